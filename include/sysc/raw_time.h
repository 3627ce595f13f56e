/* Raw wrappers written by hand ("@" entries of tools/wrappers/time.tsv):
 * clocks, timers, signals, event descriptors, polling. Included by sysc/raw.h.
 * The errno forms are in src/time_settimeofday.c and src/events_poll.c; the
 * conversions both layers share are the sysc__ helpers here. */
#ifndef SYSC_RAW_TIME_H
#define SYSC_RAW_TIME_H

#include "raw.h"

/* The poll family's time64 calls on i386. */
#if defined(SYSC__FAMILY32)
#define SYSC__NR_PPOLL SYSC_NR_ppoll_time64
#define SYSC__NR_PSELECT6 SYSC_NR_pselect6_time64
#else
#define SYSC__NR_PPOLL SYSC_NR_ppoll
#define SYSC__NR_PSELECT6 SYSC_NR_pselect6
#endif

/* poll's millisecond timeout as ppoll's timespec; negative: wait forever
 * (NULL). */
static inline struct sysc_timespec *sysc__poll_timeout(int ms, struct sysc_timespec *ts)
{
	if (ms < 0)
		return SYSC__NULL;
	ts->tv_sec = ms / 1000;
	ts->tv_nsec = (long long)(ms % 1000) * 1000000;
	return ts;
}

static inline long sysc_raw_poll(struct sysc_pollfd *fds, unsigned int nfds, int timeout)
{
	struct sysc_timespec ts, *tsp = sysc__poll_timeout(timeout, &ts);

	return sysc_raw_syscall5(SYSC__NR_PPOLL, (long)fds, (long)nfds,
				 (long)tsp, 0, 0);
}

/* pselect6's sixth argument: {mask, 8}, or NULL for no mask change. */
static inline struct sysc_pselect6_sigmask *
sysc__pselect6_sigmask(const sysc_sigset_t *mask, struct sysc_pselect6_sigmask *sm)
{
	if (!mask)
		return SYSC__NULL;
	sm->ss = mask;
	sm->ss_len = sizeof(sysc_sigset_t);
	return sm;
}

static inline long sysc_raw_pselect6(int nfds, sysc_fd_set *readfds, sysc_fd_set *writefds,
				     sysc_fd_set *exceptfds, struct sysc_timespec *timeout,
				     const sysc_sigset_t *sigmask)
{
	struct sysc_pselect6_sigmask sm, *smp = sysc__pselect6_sigmask(sigmask, &sm);

	return sysc_raw_syscall6(SYSC__NR_PSELECT6, nfds, (long)readfds, (long)writefds,
				 (long)exceptfds, (long)timeout, (long)smp);
}

/* n / d for a 32-bit n and the divisors of time units, as a multiply by
 * 2^s / d rounded up and a shift, exact for every 32-bit n with these
 * (tests/test_calls_time.c compares it with `/`). gcc at -Os on cores
 * without a divide instruction (ARMv7-A) calls libgcc's __aeabi_uidiv
 * even for a constant divisor, and the library links nothing of libgcc
 * (tests/check-nm.sh). Any other d divides. */
static inline unsigned int sysc__udiv32(unsigned int n, unsigned int d)
{
	unsigned long long m = d == 10 ? 0xcccccccdULL :
			       d == 1000 ? 0x10624dd3ULL :
			       d == 1000000 ? 0x431bde83ULL : 0;
	int s = d == 10 ? 35 : d == 1000 ? 38 : 50;

	return m ? (unsigned int)((n * m) >> s) : n / d;
}

/* n / d and n % d without libgcc's 64-bit division on i386: 32-bit
 * division when n fits, else bit by bit (only for absurd timeouts). */
static inline unsigned long long sysc__udivmod32(unsigned long long n, unsigned int d,
						 unsigned int *rem)
{
#if defined(SYSC__FAMILY32)
	unsigned long long q = 0, r = 0;
	int i;

	if (!(n >> 32)) {
		unsigned int q32 = sysc__udiv32((unsigned int)n, d);

		*rem = (unsigned int)n - q32 * d;
		return q32;
	}
	for (i = 63; i >= 0; i--) {
		r = (r << 1) | ((n >> i) & 1);
		q <<= 1;
		if (r >= d) {
			r -= d;
			q |= 1;
		}
	}
	*rem = (unsigned int)r;
	return q;
#else
	*rem = (unsigned int)(n % d);
	return n / d;
#endif
}

/* select's timeval as pselect6's timespec, normalised the way the kernel's
 * select does it: tv_sec + tv_usec / 10^6 seconds, (tv_usec % 10^6) * 1000
 * nanoseconds, with C's truncating division (a negative result is
 * pselect6's EINVAL). */
static inline void sysc__select_timeout(const struct sysc_timeval *tv, struct sysc_timespec *ts)
{
	unsigned long long u = (unsigned long long)tv->tv_usec, q;
	unsigned int r;

	if (tv->tv_usec < 0) {
		q = sysc__udivmod32(-u, 1000000, &r);
		ts->tv_sec = (long long)((unsigned long long)tv->tv_sec - q);
		ts->tv_nsec = -(long long)r * 1000;
	} else {
		q = sysc__udivmod32(u, 1000000, &r);
		ts->tv_sec = (long long)((unsigned long long)tv->tv_sec + q);
		ts->tv_nsec = (long long)r * 1000;
	}
}

/* Linux's select writes the time left back to the timeval; pselect6 wrote
 * it to the timespec, unless it left it alone (zero timeout, STICKY_TIMEOUTS
 * personality, error before waiting), in which case the timeval stays as the
 * caller wrote it too. */
static inline void sysc__select_timeleft(struct sysc_timeval *tv, const struct sysc_timespec *ts,
					 const struct sysc_timespec *sent)
{
	if (ts->tv_sec != sent->tv_sec || ts->tv_nsec != sent->tv_nsec) {
		tv->tv_sec = ts->tv_sec;
		/* kernel-written: 0..999999999 */
		tv->tv_usec = (long long)sysc__udiv32((unsigned int)ts->tv_nsec, 1000);
	}
}

static inline long sysc_raw_select(int nfds, sysc_fd_set *readfds, sysc_fd_set *writefds,
				   sysc_fd_set *exceptfds, struct sysc_timeval *timeout)
{
	struct sysc_timespec ts, sent;
	long r;

	if (!timeout)
		return sysc_raw_syscall6(SYSC__NR_PSELECT6, nfds, (long)readfds,
					 (long)writefds, (long)exceptfds, 0, 0);
	sysc__select_timeout(timeout, &ts);
	sent = ts;
	r = sysc_raw_syscall6(SYSC__NR_PSELECT6, nfds, (long)readfds, (long)writefds,
			      (long)exceptfds, (long)&ts, 0);
	sysc__select_timeleft(timeout, &ts, &sent);
	return r;
}

#if defined(SYSC__FAMILY32)
/* i386's settimeofday syscall takes a 32-bit timeval, so the time goes to
 * clock_settime64(CLOCK_REALTIME) and only the time zone to settimeofday
 * (with a NULL timeval, which is y2038-safe). The kernel's order is kept:
 * the timeval is checked first (EINVAL before anything is set), then the
 * zone is set, then the time. With both NULL, settimeofday(NULL, NULL)
 * still asks the kernel (EPERM without CAP_SYS_TIME, as on x86_64). */
static inline int sysc__settimeofday_ts(const struct sysc_timeval *tv, struct sysc_timespec *ts)
{
	if (tv->tv_usec < 0 || tv->tv_usec >= 1000000)
		return 0;
	ts->tv_sec = tv->tv_sec;
	ts->tv_nsec = tv->tv_usec * 1000;
	return 1;
}

static inline long sysc_raw_settimeofday(const struct sysc_timeval *tv,
					 const struct sysc_timezone *tz)
{
	struct sysc_timespec ts;
	long r;

	if (tv && !sysc__settimeofday_ts(tv, &ts))
		return -SYSC_EINVAL;
	if (tz || !tv) {
		r = sysc_raw_syscall2(SYSC_NR_settimeofday, 0, (long)tz);
		if (r < 0 || !tv)
			return r;
	}
	return sysc_raw_syscall2(SYSC_NR_clock_settime64, SYSC_CLOCK_REALTIME, (long)&ts);
}
#endif

#endif
