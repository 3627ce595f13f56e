/* errno wrappers of tools/wrappers/proc.tsv written by hand ("hand"):
 * calls whose result is not the usual value-or-(-errno). */
#include "internal.h"

/* i386's 32-bit id calls (the old ones take and return 16-bit ids). */
#if defined(SYSC__FAMILY32)
#define SYSC__NR_ID(name) SYSC_NR_##name##32
#else
#define SYSC__NR_ID(name) SYSC_NR_##name
#endif

/* The id getters cannot fail, and on i386 an id of 0xfffff001 or more
 * comes back as a "negative" long: returned as is, never as an error.
 * The same holds for setfsuid/setfsgid, which always return the previous
 * id (failure shows only as the id not changing). */
sysc_uid_t sysc_getuid(void)
{
	return (sysc_uid_t)sysc__sc0(SYSC__NR_ID(getuid));
}

sysc_uid_t sysc_geteuid(void)
{
	return (sysc_uid_t)sysc__sc0(SYSC__NR_ID(geteuid));
}

sysc_gid_t sysc_getgid(void)
{
	return (sysc_gid_t)sysc__sc0(SYSC__NR_ID(getgid));
}

sysc_gid_t sysc_getegid(void)
{
	return (sysc_gid_t)sysc__sc0(SYSC__NR_ID(getegid));
}

sysc_uid_t sysc_setfsuid(sysc_uid_t fsuid)
{
	return (sysc_uid_t)sysc__sc1(SYSC__NR_ID(setfsuid), (long)fsuid);
}

sysc_gid_t sysc_setfsgid(sysc_gid_t fsgid)
{
	return (sysc_gid_t)sysc__sc1(SYSC__NR_ID(setfsgid), (long)fsgid);
}

/* times' only error is EFAULT from buf. Its value is a clock_t tick count
 * that on i386 is 32-bit: it wraps every 2^32 ticks (497 days at USER_HZ
 * 100) and starts near the wrap, so negative counts are normal values
 * there; only -EFAULT itself is taken as the error. (A tick count of
 * exactly -14 cannot be told from it: the kernel's ABI is ambiguous.)
 * Use differences of counts, as unsigned long. */
long sysc_times(struct sysc_tms *buf)
{
	long r = sysc__sc1(SYSC_NR_times, (long)buf);

	if (r == -SYSC_EFAULT)
		return sysc__fail(SYSC_EFAULT);
	return r;
}

/* The kernel returns 20 - nice (1..40) so that no success looks like
 * -errno; this returns the nice value (-20..19) as POSIX getpriority
 * does. -1 is then both a nice value and the error return: set sysc_errno
 * to 0 before the call to tell them apart, or use sysc_raw_getpriority. */
int sysc_getpriority(int which, int who)
{
	long r = sysc__sc2(SYSC_NR_getpriority, which, who);

	if (sysc_is_error(r))
		return (int)sysc__ret(r);
	return 20 - (int)r;
}

/* The error path of sysc_vfork (arch/<arch>/vfork.S), reached by a tail
 * jump; on i386 the value comes in eax. */
#if defined(__i386__)
#define SYSC__REGPARM1 __attribute__((regparm(1)))
#else
#define SYSC__REGPARM1
#endif
SYSC__REGPARM1 long sysc__vfork_fail(long r) SYSC__HIDDEN;
SYSC__REGPARM1 long sysc__vfork_fail(long r)
{
	return sysc__ret(r);
}
