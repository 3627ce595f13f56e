/* poll, select and pselect6 (the errno forms; the raw ones and the
 * conversions are in sysc/raw_time.h): through ppoll and pselect6, which
 * take a timespec (64-bit on i386: ppoll_time64, pselect6_time64) and a
 * signal mask with its size. */
#include "internal.h"

int sysc_poll(struct sysc_pollfd *fds, unsigned int nfds, int timeout)
{
	struct sysc_timespec ts;

	return (int)sysc__ret(sysc__sc5(SYSC__NR_PPOLL, (long)fds, (long)nfds,
					(long)sysc__poll_timeout(timeout, &ts), 0, 0));
}

int sysc_pselect6(int nfds, sysc_fd_set *readfds, sysc_fd_set *writefds, sysc_fd_set *exceptfds,
		  struct sysc_timespec *timeout, const sysc_sigset_t *sigmask)
{
	struct sysc_pselect6_sigmask sm;

	return (int)sysc__ret(sysc__sc6(SYSC__NR_PSELECT6, nfds, (long)readfds, (long)writefds,
					(long)exceptfds, (long)timeout,
					(long)sysc__pselect6_sigmask(sigmask, &sm)));
}

int sysc_select(int nfds, sysc_fd_set *readfds, sysc_fd_set *writefds, sysc_fd_set *exceptfds,
		struct sysc_timeval *timeout)
{
	struct sysc_timespec ts, sent;
	long r;

	if (!timeout)
		return (int)sysc__ret(sysc__sc6(SYSC__NR_PSELECT6, nfds, (long)readfds,
						(long)writefds, (long)exceptfds, 0, 0));
	sysc__select_timeout(timeout, &ts);
	sent = ts;
	r = sysc__sc6(SYSC__NR_PSELECT6, nfds, (long)readfds, (long)writefds, (long)exceptfds,
		      (long)&ts, 0);
	sysc__select_timeleft(timeout, &ts, &sent);
	return (int)sysc__ret(r);
}
