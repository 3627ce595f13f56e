/* The time and CPU calls, vDSO first (sysc/vdso.h has the rules).
 *
 * Syscalls each may make (besides the one-time initialisation beside a libc:
 * prctl, openat, read, close): the vDSO itself falls back to the same
 * syscall for clocks it cannot read in user space, and so do we.
 *   sysc_clock_gettime  x86_64 clock_gettime      i386 clock_gettime64
 *   sysc_gettimeofday   x86_64 gettimeofday       i386 clock_gettime64, and
 *                                                 gettimeofday(NULL, tz)
 *                                                 for a zone
 *   sysc_time           x86_64 time               i386 clock_gettime64
 *                       (aarch64, riscv64: as x86_64, but time is
 *                       clock_gettime)
 *   sysc_clock_getres   x86_64 clock_getres       i386 clock_getres_time64
 *   sysc_getcpu         getcpu
 * A bad pointer gives EFAULT through the syscall but a SIGSEGV inside the
 * vDSO, as with any libc. */
#include "vdso_priv.h"

typedef int (*sysc__clock_fn)(int, struct sysc_timespec *);
/* x86_64: the kernel's timeval is sysc_timeval; i386: only NULL is passed */
typedef int (*sysc__tod_fn)(struct sysc_timeval *, struct sysc_timezone *);
typedef int (*sysc__getcpu_fn)(unsigned int *, unsigned int *, void *);

/* The vDSO's answer stands when it is success or EINVAL (a bad clock id);
 * other errors (ENOSYS from old vDSOs, anything odd) retry with the
 * syscall. Returns 1 when r stands, with the errno-style result in *out. */
static int sysc__vdso_stands(int r, int *out)
{
	if (r == 0) {
		*out = 0;
		return 1;
	}
	if (r == -SYSC_EINVAL) {
		*out = (int)sysc__fail(SYSC_EINVAL);
		return 1;
	}
	return 0;
}

int sysc_clock_gettime(int clock, struct sysc_timespec *ts)
{
	sysc__clock_fn f = (sysc__clock_fn)sysc__vdso_get(SYSC__VDSO_CLOCK_GETTIME);
	int ret;

	if (f && sysc__vdso_stands(f(clock, ts), &ret))
		return ret;
#if !defined(SYSC_NR_clock_gettime64)
	return (int)sysc__ret(sysc__sc2(SYSC_NR_clock_gettime, clock, (long)ts));
#else
	return (int)sysc__ret(sysc__sc2(SYSC_NR_clock_gettime64, clock, (long)ts));
#endif
}

#if __SIZEOF_LONG__ == 8
/* A 64-bit arch's struct timeval is two longs: sysc_timeval's layout. */
typedef long (*sysc__time_fn)(long *);

int sysc_gettimeofday(struct sysc_timeval *tv, struct sysc_timezone *tz)
{
	sysc__tod_fn f = (sysc__tod_fn)sysc__vdso_get(SYSC__VDSO_GETTIMEOFDAY);
	int ret;

	if (f && sysc__vdso_stands(f(tv, tz), &ret))
		return ret;
	return (int)sysc__ret(sysc__sc2(SYSC_NR_gettimeofday, (long)tv, (long)tz));
}

#if defined(SYSC_NR_time)
long long sysc_time(void)
{
	sysc__time_fn f = (sysc__time_fn)sysc__vdso_get(SYSC__VDSO_TIME);

	/* __vdso_time cannot fail: it reads the coarse seconds. */
	if (f)
		return f(NULL);
	return sysc__ret(sysc__sc1(SYSC_NR_time, 0));
}
#else
/* No time syscall (asm-generic): the seconds of CLOCK_REALTIME. */
long long sysc_time(void)
{
	struct sysc_timespec ts;

	if (sysc_clock_gettime(SYSC_CLOCK_REALTIME, &ts))
		return -1;
	return ts.tv_sec;
}
#endif

int sysc_clock_getres(int clock, struct sysc_timespec *ts)
{
	sysc__clock_fn f = (sysc__clock_fn)sysc__vdso_get(SYSC__VDSO_CLOCK_GETRES);
	int ret;

	if (f && sysc__vdso_stands(f(clock, ts), &ret))
		return ret;
	return (int)sysc__ret(sysc__sc2(SYSC_NR_clock_getres, clock, (long)ts));
}

#else

/* i386, arm: the kernel's timeval and time_t are 32-bit; both derive from
 * clock_gettime64 instead (y2038-safe), and the zone comes from the
 * vDSO's or the kernel's gettimeofday with a NULL timeval. tv_nsec < 10^9 fits 32 bits, so the
 * division is a 32-bit one (no libgcc). A NULL tv is valid, as for the
 * kernel's gettimeofday and x86_64's vDSO: 0, nothing written; the clock
 * is still read, so the same syscall (if any) is made either way. */
int sysc_gettimeofday(struct sysc_timeval *tv, struct sysc_timezone *tz)
{
	sysc__tod_fn f = (sysc__tod_fn)sysc__vdso_get(SYSC__VDSO_GETTIMEOFDAY);
	struct sysc_timespec ts;
	int ret;

	if (sysc_clock_gettime(SYSC_CLOCK_REALTIME, &ts))
		return -1;
	if (tv) {
		tv->tv_sec = ts.tv_sec;
		tv->tv_usec = sysc__udiv32((unsigned int)ts.tv_nsec, 1000);
	}
	if (!tz)
		return 0;
	/* The zone has no time in it: gettimeofday(NULL, tz) is y2038-safe */
	if (f && sysc__vdso_stands(f(NULL, tz), &ret))
		return ret;
	return (int)sysc__ret(sysc__sc2(SYSC_NR_gettimeofday, 0, (long)tz));
}

long long sysc_time(void)
{
	struct sysc_timespec ts;

	if (sysc_clock_gettime(SYSC_CLOCK_REALTIME, &ts))
		return -1;
	return ts.tv_sec;
}

/* The old __vdso_clock_getres writes 32-bit seconds; a resolution always
 * fits, so it is used when the vDSO has no __vdso_clock_getres_time64. */
struct sysc__timespec32 {
	long tv_sec, tv_nsec;
};
typedef int (*sysc__getres32_fn)(int, struct sysc__timespec32 *);

int sysc_clock_getres(int clock, struct sysc_timespec *ts)
{
	sysc__clock_fn f = (sysc__clock_fn)sysc__vdso_get(SYSC__VDSO_CLOCK_GETRES);
	sysc__getres32_fn f32;
	struct sysc__timespec32 t32;
	int ret, r;

	if (f && sysc__vdso_stands(f(clock, ts), &ret))
		return ret;
	f32 = (sysc__getres32_fn)sysc__vdso_get(SYSC__VDSO_CLOCK_GETRES32);
	if (!f && f32) {
		r = f32(clock, ts ? &t32 : NULL);
		if (r == 0 && ts) {
			ts->tv_sec = t32.tv_sec;
			ts->tv_nsec = t32.tv_nsec;
		}
		if (sysc__vdso_stands(r, &ret))
			return ret;
	}
	return (int)sysc__ret(sysc__sc2(SYSC_NR_clock_getres_time64, clock, (long)ts));
}
#endif

int sysc_getcpu(unsigned int *cpu, unsigned int *node)
{
	sysc__getcpu_fn f = (sysc__getcpu_fn)sysc__vdso_get(SYSC__VDSO_GETCPU);
	int ret;

	if (f && sysc__vdso_stands(f(cpu, node, NULL), &ret))
		return ret;
	return (int)sysc__ret(sysc__sc3(SYSC_NR_getcpu, (long)cpu, (long)node, 0));
}
