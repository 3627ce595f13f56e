/* gettimeofday with a NULL timeval is valid (the kernel returns 0 and
 * writes nothing; x86_64's vDSO does the same): sysc_gettimeofday(NULL, NULL)
 * and sysc_raw_gettimeofday(NULL, NULL) must return 0 on both arches, through the
 * vDSO and through the syscall. On i386 both are built on clock_gettime64
 * and used to write through the NULL pointer (SIGSEGV); each call runs in a
 * child so that a crash is reported, not fatal. */
#include "fs_rt.h"
#include "vdso_expect.h"

static int errno_null(void)
{
	return sysc_gettimeofday(NULL, NULL) == 0 ? 0 : 10;
}

static int raw_null(void)
{
	return sysc_raw_gettimeofday(NULL, NULL) == 0 ? 0 : 10;
}

/* No vDSO image: the functions make their syscalls. */
static int errno_null_syscall(void)
{
	sysc_vdso_use_image(NULL, 0);	/* fails: no image, so no vDSO calls */
	if (sysc_vdso_sym(VE_CLOCK_GETTIME, NULL))
		return 11;
	return errno_null();
}

static int still_works(void)
{
	struct sysc_timeval a, b;

	if (sysc_gettimeofday(&a, NULL) || sysc_raw_gettimeofday(&b, NULL))
		return 10;
	return a.tv_sec > 0 && b.tv_sec >= a.tv_sec && a.tv_usec < 1000000 ? 0 : 11;
}

static void expect0(int (*fn)(void), const char *name)
{
	int st = fs_in_child(fn);

	if (!fs_exited(st)) {
		fs_puts("# status ");
		fs_putnum(st);
		fs_puts("\n");
	}
	fs_report(fs_exited(st) && fs_exit_code(st) == 0, name, "crashed or returned non-zero");
}

int main(void)
{
	expect0(errno_null, "sysc_gettimeofday(NULL, NULL) is 0 (vDSO when mapped)");
	expect0(errno_null_syscall, "sysc_gettimeofday(NULL, NULL) is 0 (syscall)");
	expect0(raw_null, "sysc_raw_gettimeofday(NULL, NULL) is 0");
	expect0(still_works, "gettimeofday with a timeval still fills it");
	return fs_failures;
}
