/* sysc_gettimeofday(tv, tz) and sysc_raw_gettimeofday(tv, tz) read the
 * kernel's timezone (its second argument) on both arches: through the
 * vDSO when mapped (x86_64 __vdso_gettimeofday; i386 __vdso_gettimeofday
 * with a NULL timeval, the time coming from clock_gettime64), through the
 * syscall without it. Each answer is compared with the kernel's own,
 * asked directly (gettimeofday(NULL, tz)), into a zone first filled with
 * a pattern no kernel zone has; a NULL timeval with a zone works too, and
 * a bad zone pointer through the syscall is EFAULT. */
#include "fs_check.h"
#include "vdso_expect.h"

static struct sysc_timezone kernel_tz(void)
{
	struct sysc_timezone k = { -1, -1 };

	sysc_raw_syscall(SYSC_NR_gettimeofday, 0, (long)&k);
	return k;
}

static void fill(struct sysc_timezone *tz)
{
	tz->tz_minuteswest = (int)0xa5a5a5a5;
	tz->tz_dsttime = (int)0xa5a5a5a5;
}

static int same(const struct sysc_timezone *a, const struct sysc_timezone *b)
{
	return a->tz_minuteswest == b->tz_minuteswest && a->tz_dsttime == b->tz_dsttime;
}

static void check(const char *how)
{
	struct sysc_timezone k = kernel_tz(), tz;
	struct sysc_timeval tv = { 0, 0 };

	fs_puts("# ");
	fs_puts(how);
	fs_puts("\n");
	FS_CHECK(k.tz_minuteswest != -1 || k.tz_dsttime != -1, "the kernel answers gettimeofday(NULL, tz)");
	fill(&tz);
	FS_CHECK(sysc_gettimeofday(&tv, &tz) == 0 && same(&tz, &k) && tv.tv_sec > 0,
		 "gettimeofday(tv, tz): the kernel's zone and the time");
	fill(&tz);
	FS_CHECK(sysc_gettimeofday(NULL, &tz) == 0 && same(&tz, &k), "gettimeofday(NULL, tz)");
	fill(&tz);
	tv.tv_sec = 0;
	FS_CHECK(sysc_raw_gettimeofday(&tv, &tz) == 0 && same(&tz, &k) && tv.tv_sec > 0,
		 "raw gettimeofday(tv, tz)");
}

/* tests/check-valgrind.sh sets it: valgrind reports the bad pointer */
static int under_valgrind(void)
{
	static const char key[] = "SYSC_TEST_UNDER_VALGRIND=";

	for (char **e = sysc_environ; e && *e; e++) {
		size_t i = 0;

		while (key[i] && (*e)[i] == key[i])
			i++;
		if (!key[i])
			return 1;
	}
	return 0;
}

int main(void)
{
	check(sysc_vdso_sym(VE_GETTIMEOFDAY, NULL) ? "through the vDSO" :
	      "no vDSO gettimeofday here: through the syscall");
	sysc_vdso_use_image(NULL, 0);	/* fails: no image, so no vDSO calls */
	check("through the syscall (vDSO off)");
	if (under_valgrind()) {
		fs_skip("a bad zone pointer", "valgrind reports the bad pointer passed on purpose");
		return fs_failures;
	}
	FS_CHECK(sysc_gettimeofday(NULL, (struct sysc_timezone *)8) == -1 &&
		 sysc_errno == SYSC_EFAULT, "a bad zone pointer: EFAULT");
	FS_CHECK(sysc_raw_gettimeofday(NULL, (struct sysc_timezone *)8) == -SYSC_EFAULT,
		 "raw: a bad zone pointer: -EFAULT");
	return fs_failures;
}
