/* The i386 syscalls that carry a 32-bit time_t (in an argument or a
 * struct): those a kernel built without CONFIG_COMPAT_32BIT_TIME lacks
 * (each has a *_time64 twin since Linux 5.1), and the older ones whose
 * 32-bit times have no gate but break in 2038 (gettimeofday, select,
 * _newselect, the stat64 family and its predecessors). No sysc function
 * may issue one on i386: tests/once-no-time32.sh checks
 * doc/syscalls-by-function.md against this list, tests/fs_no_time32.c runs
 * the functions under a filter that answers ENOSYS to all of them.
 * gettimeofday and settimeofday carry a time only in their first argument:
 * sysc issues them only with a NULL one, to read or set the timezone, which
 * has no time64 form (SYSC_TESTS_TIME32_ARG0: the filter refuses them with
 * a timeval). getitimer/setitimer and getrusage/wait4 carry intervals and
 * have no replacement either. */
#ifndef SYSC_TESTS_TIME32_H
#define SYSC_TESTS_TIME32_H

#define SYSC_TESTS_TIME32(X) \
	X(time) X(stime) X(utime) X(utimes) X(futimesat) X(utimensat) \
	X(adjtimex) X(clock_adjtime) X(nanosleep) X(clock_nanosleep) \
	X(clock_settime) X(clock_gettime) X(clock_getres) \
	X(timer_settime) X(timer_gettime) X(timerfd_settime) \
	X(timerfd_gettime) X(io_getevents) X(io_pgetevents) X(recvmmsg) \
	X(mq_timedsend) X(mq_timedreceive) X(rt_sigtimedwait) X(futex) \
	X(sched_rr_get_interval) X(ppoll) X(pselect6) \
	X(select) X(_newselect) X(stat64) X(lstat64) X(fstat64) X(fstatat64) \
	X(oldstat) X(oldfstat) X(oldlstat) X(stat) X(lstat) X(fstat)

#define SYSC_TESTS_TIME32_ARG0(X) X(gettimeofday) X(settimeofday)

#endif
