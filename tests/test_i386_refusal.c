/* Raw sysenter's refusal rules, for CPUs this machine is not: AMD and Hygon
 * must be refused (sysenter raises SIGILL there in compat mode), as must a
 * CPU without SEP or a process without a vDSO; Intel with both is allowed.
 * The live path is covered by fs_i386_ways. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include <sysc.h>

const char *sysc__sysenter_refusal(const char *vendor, unsigned int leaf1_edx, int vdso_mapped);

#define SEP (1u << 11)

static void refusals(void **state)
{
	(void)state;
#if defined(__i386__)
	assert_null(sysc__sysenter_refusal("GenuineIntel", SEP, 1));
	assert_null(sysc__sysenter_refusal("CentaurHauls", SEP, 1));
	assert_string_equal(sysc__sysenter_refusal("AuthenticAMD", SEP, 1),
			    "raw sysenter: not supported on this CPU (AMD)");
	assert_non_null(strstr(sysc__sysenter_refusal("HygonGenuine", SEP, 1), "Hygon"));
	assert_non_null(strstr(sysc__sysenter_refusal("GenuineIntel", 0, 1), "SEP"));
	assert_non_null(strstr(sysc__sysenter_refusal("GenuineIntel", SEP, 0), "vDSO"));
#else
	/* x86_64 has no i386 ways; the query says so for each. */
	for (int w = SYSC_I386_INT80; w <= SYSC_I386_SYSENTER; w++)
		assert_non_null(sysc_i386_unavailable(w));
	assert_int_equal(sysc_i386_use(SYSC_I386_SYSENTER), -1);
	assert_int_equal(sysc_errno, SYSC_ENOSYS);
#endif
}

/* Beside glibc nothing has called sysc_init_auxv: the errno layer still
 * works through int $0x80, and vsyscall is unavailable until the caller
 * hands over an auxv. */
static void beside_a_libc(void **state)
{
	(void)state;
#if defined(__i386__)
	assert_int_equal(sysc_i386_way(), SYSC_I386_INT80);
	assert_non_null(sysc_i386_unavailable(SYSC_I386_VSYSCALL));
	assert_true(sysc_getpid() > 0);
#else
	assert_int_equal(sysc_i386_way(), 0);
#endif
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(refusals),
		cmocka_unit_test(beside_a_libc),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
