/* The errno layer's translation, the errno names and the number tables.
 * Oracles are independent of sysc: glibc's strerrorname_np for the names,
 * and the kernel's own -errno results for real calls. */
#define _GNU_SOURCE
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <limits.h>
#include <unistd.h>
#include <cmocka.h>

#include <sysc.h>

/* Every kernel error value becomes -1 with sysc_errno = -r. */
static void every_error_value_is_translated(void **state)
{
	(void)state;
	for (long r = -4095; r <= -1; r++) {
		sysc_errno = 0;
		assert_int_equal(sysc_ret(r), -1);
		assert_int_equal(sysc_errno, -r);
		assert_true(sysc_is_error(r));
	}
}

/* -4096 and below, 0 and positive values are results: returned unchanged,
 * sysc_errno untouched. On i386 -4096 is 0xfffff000, a valid mmap address. */
static void values_around_the_boundary_pass_through(void **state)
{
	static const long values[] = {
		-4096, -4097, -8192, -65536, LONG_MIN, LONG_MIN + 1, 0, 1, 4095,
		4096, LONG_MAX, (long)(ULONG_MAX - 4096 * 2 + 1),
		(long)(ULONG_MAX - 4095 - 1), (long)0x80000000UL,
	};
	(void)state;
	for (size_t i = 0; i < sizeof values / sizeof values[0]; i++) {
		sysc_errno = 12345;
		assert_int_equal(sysc_ret(values[i]), values[i]);
		assert_int_equal(sysc_errno, 12345);
		assert_false(sysc_is_error(values[i]));
	}
}

#if defined(__i386__)
/* A 32-bit process on a 64-bit kernel can map pages above 2 GiB, whose
 * addresses are negative as a long: the translation must treat them as
 * values. MAP_FIXED_NOREPLACE asks for such an address without disturbing
 * what may already be there. */
static void high_mmap_address_is_not_an_error(void **state)
{
	static const unsigned long want[] = { 0xf0000000UL, 0xe0000000UL, 0xc0000000UL, 0x90000000UL };
	(void)state;
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
		char *p = sysc_mmap((void *)want[i], 4096, SYSC_PROT_READ | SYSC_PROT_WRITE,
				    SYSC_MAP_PRIVATE | SYSC_MAP_ANONYMOUS | SYSC_MAP_FIXED_NOREPLACE, -1, 0);
		if (p == SYSC_MAP_FAILED)
			continue;
		assert_ptr_equal(p, (void *)want[i]);
		assert_true((long)p < 0);
		p[0] = 1;
		p[4095] = 2;
		assert_int_equal(sysc_munmap(p, 4096), 0);
		return;
	}
	print_message("skip - high mmap address: no free page above 2 GiB here (valgrind keeps them)\n");
	skip();
}
#endif

/* A raw 64-bit result is tested whole: on i386 sysc_raw_lseek returns a
 * sysc_off_t, and an offset like 0x1fffffffff has a low word that would read
 * as -1 if the test narrowed it to a long. */
static void raw_64bit_results_are_not_errors(void **state)
{
	char path[] = "/tmp/sysc-errno-XXXXXX";
	int fd = mkstemp(path);
	sysc_off_t far = 0x1FFFFFFFFLL, r;

	(void)state;
	assert_true(fd >= 0);
	unlink(path);
	r = sysc_raw_lseek(fd, far, SYSC_SEEK_SET);
	assert_true(r == far);
	assert_false(sysc_is_error(r));
	assert_false(sysc_is_error(sysc_raw_lseek(fd, 0xFFFFF000LL, SYSC_SEEK_SET)));
	assert_true(sysc_is_error(sysc_raw_lseek(fd, -1, SYSC_SEEK_SET)));
	assert_true(sysc_raw_lseek(fd, -1, SYSC_SEEK_SET) == -SYSC_EINVAL);
	/* a long result still sign-extends: -4095..-1 are errors */
	assert_true(sysc_is_error((long)-SYSC_EBADF) && !sysc_is_error((long)-4096));
	close(fd);
}

static void names_match_glibc(void **state)
{
	(void)state;
	assert_string_equal(sysc_strerror_name(SYSC_ENOENT), "ENOENT");
	for (int e = 1; e < 134; e++) {
		const char *g = strerrorname_np(e);
		if (g)
			assert_string_equal(sysc_strerror_name(e), g);
	}
	assert_string_equal(sysc_strerror_name(0), "E?");
	assert_string_equal(sysc_strerror_name(-1), "E?");
	assert_string_equal(sysc_strerror_name(100000), "E?");
}

/* Real kernel errors arrive as the right errno through both layers. */
static void real_errors(void **state)
{
	(void)state;
	sysc_errno = 0;
	assert_int_equal(sysc_close(-1), -1);
	assert_int_equal(sysc_errno, SYSC_EBADF);
	assert_int_equal(sysc_raw_close(-1), -SYSC_EBADF);
	assert_int_equal(sysc_openat(SYSC_AT_FDCWD, "/nonexistent/x", SYSC_O_RDONLY, 0), -1);
	assert_int_equal(sysc_errno, SYSC_ENOENT);
	assert_int_equal(sysc_syscall(SYSC_NR_close, -1), -1);
	assert_int_equal(sysc_errno, SYSC_EBADF);
	/* an unimplemented number */
	assert_int_equal(sysc_syscall(100000), -1);
	assert_int_equal(sysc_errno, SYSC_ENOSYS);
	assert_int_equal(sysc_raw_syscall(100000), -SYSC_ENOSYS);
}

/* Bad pointers come back as EFAULT, never a crash. valgrind reports such
 * calls as errors even though the kernel handles them, so
 * tests/check-valgrind.sh sets SYSC_TEST_UNDER_VALGRIND and this one skips. */
static void bad_pointers_give_efault(void **state)
{
	int fds[2];
	(void)state;
	if (getenv("SYSC_TEST_UNDER_VALGRIND")) {
		print_message("skip - EFAULT checks: valgrind reports bad pointers passed on purpose\n");
		skip();
	}
	assert_int_equal(sysc_pipe2(fds, 0), 0);
	assert_int_equal(sysc_write(fds[1], "abc", 3), 3);
	assert_int_equal(sysc_read(fds[0], (void *)1, 3), -1);
	assert_int_equal(sysc_errno, SYSC_EFAULT);
	assert_int_equal(sysc_write(fds[1], (void *)1, 3), -1);
	assert_int_equal(sysc_errno, SYSC_EFAULT);
	assert_int_equal(sysc_openat(SYSC_AT_FDCWD, (const char *)1, 0, 0), -1);
	assert_int_equal(sysc_errno, SYSC_EFAULT);
	assert_int_equal(sysc_raw_clock_gettime(SYSC_CLOCK_MONOTONIC, (void *)1), -SYSC_EFAULT);
	assert_int_equal(sysc_uname((void *)1), -1);
	assert_int_equal(sysc_errno, SYSC_EFAULT);
	int *volatile bad = (int *)1;	/* hides the constant from gcc's bounds check */
	assert_int_equal(sysc_pipe2(bad, 0), -1);
	assert_int_equal(sysc_errno, SYSC_EFAULT);
	sysc_close(fds[0]);
	sysc_close(fds[1]);
}

static void syscall_names(void **state)
{
	(void)state;
	assert_string_equal(sysc_syscall_name(SYSC_NR_read), "read");
	assert_string_equal(sysc_syscall_name(SYSC_NR_getrandom), "getrandom");
	assert_int_equal(sysc_syscall_number("openat"), SYSC_NR_openat);
	assert_int_equal(sysc_syscall_number("no_such_call"), -1);
	assert_int_equal(sysc_syscall_number(NULL), -1);
	assert_null(sysc_syscall_name(-1));
	assert_null(sysc_syscall_name(SYSC_NR_MAX + 1));
	/* every number in the table maps back to itself */
	for (long nr = 0; nr <= SYSC_NR_MAX; nr++) {
		const char *n = sysc_syscall_name(nr);
		if (n)
			assert_int_equal(sysc_syscall_number(n), nr);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(every_error_value_is_translated),
		cmocka_unit_test(values_around_the_boundary_pass_through),
#if defined(__i386__)
		cmocka_unit_test(high_mmap_address_is_not_an_error),
#endif
		cmocka_unit_test(raw_64bit_results_are_not_errors),
		cmocka_unit_test(names_match_glibc),
		cmocka_unit_test(real_errors),
		cmocka_unit_test(bad_pointers_give_efault),
		cmocka_unit_test(syscall_names),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
