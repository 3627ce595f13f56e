/* settimeofday on i386: the time through clock_settime64, the time zone
 * through settimeofday(NULL, tz) (why and in which order: sysc/raw_time.h).
 * x86_64's settimeofday takes a 64-bit timeval and is generated. */
#include "internal.h"

#if defined(SYSC__FAMILY32)
int sysc_settimeofday(const struct sysc_timeval *tv, const struct sysc_timezone *tz)
{
	struct sysc_timespec ts;
	long r;

	if (tv && !sysc__settimeofday_ts(tv, &ts))
		return (int)sysc__fail(SYSC_EINVAL);
	if (tz || !tv) {
		r = sysc__ret(sysc__sc2(SYSC_NR_settimeofday, 0, (long)tz));
		if (r < 0 || !tv)
			return (int)r;
	}
	return (int)sysc__ret(sysc__sc2(SYSC_NR_clock_settime64, SYSC_CLOCK_REALTIME, (long)&ts));
}
#endif
