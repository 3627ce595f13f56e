/* sysc_vdso_init_image on a copy of the live vDSO (data memory, not
 * executable): the copy can be inspected (symbols found, inside the copy),
 * while sysc_clock_gettime and friends keep working, through the live vDSO.
 * They used to be re-pointed into the copy and crashed on the next call;
 * each case runs in a child so that a crash is reported. Also: handing the
 * live image itself back adopts it for calls again, and sysc_vdso_init
 * makes the live image current for inspection again. */
#include "fs_rt.h"

#include "vdso_expect.h"

static struct sysc_vdso_info live;
static char *copy;

static int clock_ok(void)
{
	struct sysc_timespec a, b;
	struct sysc_timeval tv;
	unsigned int cpu;

	if (sysc_clock_gettime(SYSC_CLOCK_MONOTONIC, &a) || sysc_clock_gettime(SYSC_CLOCK_MONOTONIC, &b))
		return 0;
	if (sysc_gettimeofday(&tv, NULL) || sysc_time() <= 0 || sysc_getcpu(&cpu, NULL))
		return 0;
	return b.tv_sec > a.tv_sec || (b.tv_sec == a.tv_sec && b.tv_nsec >= a.tv_nsec);
}

static int inspect_copy(void)
{
	struct sysc_vdso_info in;
	char *s;

	if (sysc_vdso_init_image(copy, live.len) != 0)
		return 10;
	s = sysc_vdso_sym(VE_CLOCK_GETTIME, VE_VERSION);
	if (!s || s < copy || s >= copy + live.len)
		return 11;	/* found, in the copy */
	if (sysc_vdso_get_info(&in) || in.base != copy)
		return 12;
	if (!clock_ok())
		return 13;	/* (a crash before the fix) */
	/* Still the copy for inspection after the calls. */
	if (sysc_vdso_get_info(&in) || in.base != copy)
		return 14;
	/* The live image again: inspection and calls. */
	if (sysc_vdso_init_image(live.base, live.len) || sysc_vdso_get_info(&in) ||
	    in.base != live.base || !clock_ok())
		return 15;
	s = sysc_vdso_sym(VE_CLOCK_GETTIME, VE_VERSION);
	return s && s >= (char *)live.base && s < (char *)live.base + live.len ? 0 : 16;
}

/* A copy that fails to parse leaves the calls alone too. */
static int broken_copy(void)
{
	copy[0] = 0;	/* not ELF */
	if (sysc_vdso_init_image(copy, live.len) != -1 || sysc_errno != SYSC_ENOEXEC)
		return 10;
	if (sysc_vdso_sym(VE_CLOCK_GETTIME, NULL))
		return 11;
	if (!clock_ok())
		return 12;
	return sysc_vdso_init() == 0 && sysc_vdso_sym(VE_CLOCK_GETTIME, NULL) ? 0 : 13;
}

static void expect0(int (*fn)(void), const char *name)
{
	int st = fs_in_child(fn);

	if (!fs_exited(st) || fs_exit_code(st)) {
		fs_puts("# status ");
		fs_putnum(st);
		fs_puts("\n");
	}
	fs_report(fs_exited(st) && fs_exit_code(st) == 0, name, "crashed or failed (status above)");
}

int main(void)
{
	long r;

	if (sysc_vdso_get_info(&live) || !sysc_vdso_sym(VE_CLOCK_GETTIME, VE_VERSION)) {
		fs_skip("copied vDSO image", "no vDSO clock in this process");
		return 0;
	}
	r = sysc_raw_mmap(NULL, live.len, SYSC_PROT_READ | SYSC_PROT_WRITE,
			  SYSC_MAP_PRIVATE | SYSC_MAP_ANONYMOUS, -1, 0);
	if (sysc_is_error(r)) {
		fs_report(0, "copied vDSO image", "mmap failed");
		return fs_failures;
	}
	copy = (char *)r;
	for (r = 0; r < (long)live.len; r++)
		copy[r] = ((const char *)live.base)[r];
	expect0(inspect_copy, "copied vDSO: inspected (symbols in the copy), clock still works");
	expect0(broken_copy, "unparsable copy: refused, clock still works, sysc_vdso_init restores");
	return fs_failures;
}
