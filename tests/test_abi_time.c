/* Checks sysc/types_time.h against the kernel's uapi headers, for the arch
 * being compiled: struct sizes and field offsets, and every constant.
 * Where uapi 6.1 lacks a fact (eventfd's flags, the CPU clock id encoding,
 * pselect6's mask argument), the test says where the value comes from. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <linux/time.h>
#include <linux/time_types.h>
#include <linux/timex.h>
#include <linux/timerfd.h>
#include <linux/signalfd.h>
#include <linux/eventpoll.h>
#include <linux/poll.h>
#include <linux/posix_types.h>
#include <linux/fcntl.h>

#include <sysc.h>

#define SAME_OFF(ts, tm, us, um) \
	assert_int_equal(offsetof(ts, tm), offsetof(us, um))
#define SAME_SIZE(ts, tm, us, um) \
	assert_int_equal(sizeof(((ts *)0)->tm), sizeof(((us *)0)->um))
#define SAME_FIELD(ts, tm, us, um) \
	do { SAME_OFF(ts, tm, us, um); SAME_SIZE(ts, tm, us, um); } while (0)
#define SAME(s, u) assert_int_equal((long long)(s), (long long)(u))

static void timer_structs(void **state)
{
	(void)state;
	assert_int_equal(sizeof(struct sysc_itimerspec), sizeof(struct __kernel_itimerspec));
	SAME_FIELD(struct sysc_itimerspec, it_interval, struct __kernel_itimerspec, it_interval);
	SAME_FIELD(struct sysc_itimerspec, it_value, struct __kernel_itimerspec, it_value);
	SAME_FIELD(struct sysc_itimerspec, it_value.tv_sec, struct __kernel_itimerspec, it_value.tv_sec);
	SAME_FIELD(struct sysc_itimerspec, it_value.tv_nsec, struct __kernel_itimerspec, it_value.tv_nsec);
	assert_int_equal(sizeof(struct sysc_itimerspec), 32);

	/* getitimer/setitimer: __kernel_old_itimerval, long fields. */
	assert_int_equal(sizeof(struct sysc_itimerval), sizeof(struct __kernel_old_itimerval));
	SAME_FIELD(struct sysc_itimerval, it_interval.tv_sec, struct __kernel_old_itimerval, it_interval.tv_sec);
	SAME_FIELD(struct sysc_itimerval, it_interval.tv_usec, struct __kernel_old_itimerval, it_interval.tv_usec);
	SAME_FIELD(struct sysc_itimerval, it_value.tv_sec, struct __kernel_old_itimerval, it_value.tv_sec);
	SAME_FIELD(struct sysc_itimerval, it_value.tv_usec, struct __kernel_old_itimerval, it_value.tv_usec);
	assert_int_equal(sizeof(struct sysc_itimerval), 4 * sizeof(long));
	SAME(SYSC_ITIMER_REAL, ITIMER_REAL);
	SAME(SYSC_ITIMER_VIRTUAL, ITIMER_VIRTUAL);
	SAME(SYSC_ITIMER_PROF, ITIMER_PROF);

	assert_int_equal(sizeof(struct sysc_timezone), sizeof(struct timezone));
	SAME_FIELD(struct sysc_timezone, tz_minuteswest, struct timezone, tz_minuteswest);
	SAME_FIELD(struct sysc_timezone, tz_dsttime, struct timezone, tz_dsttime);

	/* x86_64's settimeofday reads a __kernel_old_timeval: sysc_timeval's
	 * layout there (i386 converts, src/time_settimeofday.c). */
#if defined(__x86_64__)
	assert_int_equal(sizeof(struct sysc_timeval), sizeof(struct __kernel_old_timeval));
	SAME_FIELD(struct sysc_timeval, tv_usec, struct __kernel_old_timeval, tv_usec);
#endif
	SAME(SYSC_CLOCK_SGI_CYCLE, CLOCK_SGI_CYCLE);
}

static void timex(void **state)
{
	(void)state;
	assert_int_equal(sizeof(struct sysc_timex), sizeof(struct __kernel_timex));
	assert_int_equal(sizeof(struct sysc_timex), 208);
	SAME_FIELD(struct sysc_timex, modes, struct __kernel_timex, modes);
	SAME_FIELD(struct sysc_timex, offset, struct __kernel_timex, offset);
	SAME_FIELD(struct sysc_timex, freq, struct __kernel_timex, freq);
	SAME_FIELD(struct sysc_timex, maxerror, struct __kernel_timex, maxerror);
	SAME_FIELD(struct sysc_timex, esterror, struct __kernel_timex, esterror);
	SAME_FIELD(struct sysc_timex, status, struct __kernel_timex, status);
	SAME_FIELD(struct sysc_timex, constant, struct __kernel_timex, constant);
	SAME_FIELD(struct sysc_timex, precision, struct __kernel_timex, precision);
	SAME_FIELD(struct sysc_timex, tolerance, struct __kernel_timex, tolerance);
	SAME_FIELD(struct sysc_timex, time, struct __kernel_timex, time);
	SAME_FIELD(struct sysc_timex, time.tv_sec, struct __kernel_timex, time.tv_sec);
	SAME_FIELD(struct sysc_timex, time.tv_usec, struct __kernel_timex, time.tv_usec);
	SAME_FIELD(struct sysc_timex, tick, struct __kernel_timex, tick);
	SAME_FIELD(struct sysc_timex, ppsfreq, struct __kernel_timex, ppsfreq);
	SAME_FIELD(struct sysc_timex, jitter, struct __kernel_timex, jitter);
	SAME_FIELD(struct sysc_timex, shift, struct __kernel_timex, shift);
	SAME_FIELD(struct sysc_timex, stabil, struct __kernel_timex, stabil);
	SAME_FIELD(struct sysc_timex, jitcnt, struct __kernel_timex, jitcnt);
	SAME_FIELD(struct sysc_timex, calcnt, struct __kernel_timex, calcnt);
	SAME_FIELD(struct sysc_timex, errcnt, struct __kernel_timex, errcnt);
	SAME_FIELD(struct sysc_timex, stbcnt, struct __kernel_timex, stbcnt);
	SAME_FIELD(struct sysc_timex, tai, struct __kernel_timex, tai);

	SAME(SYSC_ADJ_OFFSET, ADJ_OFFSET);
	SAME(SYSC_ADJ_FREQUENCY, ADJ_FREQUENCY);
	SAME(SYSC_ADJ_MAXERROR, ADJ_MAXERROR);
	SAME(SYSC_ADJ_ESTERROR, ADJ_ESTERROR);
	SAME(SYSC_ADJ_STATUS, ADJ_STATUS);
	SAME(SYSC_ADJ_TIMECONST, ADJ_TIMECONST);
	SAME(SYSC_ADJ_TAI, ADJ_TAI);
	SAME(SYSC_ADJ_SETOFFSET, ADJ_SETOFFSET);
	SAME(SYSC_ADJ_MICRO, ADJ_MICRO);
	SAME(SYSC_ADJ_NANO, ADJ_NANO);
	SAME(SYSC_ADJ_TICK, ADJ_TICK);
	SAME(SYSC_ADJ_OFFSET_SINGLESHOT, ADJ_OFFSET_SINGLESHOT);
	SAME(SYSC_ADJ_OFFSET_SS_READ, ADJ_OFFSET_SS_READ);
	SAME(SYSC_STA_PLL, STA_PLL);
	SAME(SYSC_STA_PPSFREQ, STA_PPSFREQ);
	SAME(SYSC_STA_PPSTIME, STA_PPSTIME);
	SAME(SYSC_STA_FLL, STA_FLL);
	SAME(SYSC_STA_INS, STA_INS);
	SAME(SYSC_STA_DEL, STA_DEL);
	SAME(SYSC_STA_UNSYNC, STA_UNSYNC);
	SAME(SYSC_STA_FREQHOLD, STA_FREQHOLD);
	SAME(SYSC_STA_PPSSIGNAL, STA_PPSSIGNAL);
	SAME(SYSC_STA_PPSJITTER, STA_PPSJITTER);
	SAME(SYSC_STA_PPSWANDER, STA_PPSWANDER);
	SAME(SYSC_STA_PPSERROR, STA_PPSERROR);
	SAME(SYSC_STA_CLOCKERR, STA_CLOCKERR);
	SAME(SYSC_STA_NANO, STA_NANO);
	SAME(SYSC_STA_MODE, STA_MODE);
	SAME(SYSC_STA_CLK, STA_CLK);
	SAME(SYSC_STA_RONLY, STA_RONLY);
	SAME(SYSC_TIME_OK, TIME_OK);
	SAME(SYSC_TIME_INS, TIME_INS);
	SAME(SYSC_TIME_DEL, TIME_DEL);
	SAME(SYSC_TIME_OOP, TIME_OOP);
	SAME(SYSC_TIME_WAIT, TIME_WAIT);
	SAME(SYSC_TIME_ERROR, TIME_ERROR);
}

static void fd_flags(void **state)
{
	(void)state;
	SAME(SYSC_TFD_TIMER_ABSTIME, TFD_TIMER_ABSTIME);
	SAME(SYSC_TFD_TIMER_CANCEL_ON_SET, TFD_TIMER_CANCEL_ON_SET);
	SAME(SYSC_TFD_CLOEXEC, TFD_CLOEXEC);
	SAME(SYSC_TFD_NONBLOCK, TFD_NONBLOCK);
	SAME(SYSC_TFD_IOC_SET_TICKS, TFD_IOC_SET_TICKS);
	SAME(SYSC_SFD_CLOEXEC, SFD_CLOEXEC);
	SAME(SYSC_SFD_NONBLOCK, SFD_NONBLOCK);
	/* eventfd's flags are not in uapi 6.1 (include/uapi/linux/eventfd.h
	 * came with 6.9): EFD_SEMAPHORE is 1, the other two are the O_ flags
	 * (include/linux/eventfd.h); test_calls_time checks them on glibc's
	 * <sys/eventfd.h> and the kernel's behaviour. */
	SAME(SYSC_EFD_CLOEXEC, O_CLOEXEC);
	SAME(SYSC_EFD_NONBLOCK, O_NONBLOCK);
	SAME(SYSC_EFD_SEMAPHORE, 1);
}

static void signalfd_siginfo(void **state)
{
	(void)state;
	assert_int_equal(sizeof(struct sysc_signalfd_siginfo), sizeof(struct signalfd_siginfo));
	assert_int_equal(sizeof(struct sysc_signalfd_siginfo), 128);
#define F(m) SAME_FIELD(struct sysc_signalfd_siginfo, m, struct signalfd_siginfo, m)
	F(ssi_signo); F(ssi_errno); F(ssi_code); F(ssi_pid); F(ssi_uid); F(ssi_fd);
	F(ssi_tid); F(ssi_band); F(ssi_overrun); F(ssi_trapno); F(ssi_status);
	F(ssi_int); F(ssi_ptr); F(ssi_utime); F(ssi_stime); F(ssi_addr);
	F(ssi_addr_lsb); F(ssi_syscall); F(ssi_call_addr); F(ssi_arch);
#undef F
}

static void epoll(void **state)
{
	(void)state;
	assert_int_equal(sizeof(struct sysc_epoll_event), sizeof(struct epoll_event));
	assert_int_equal(sizeof(struct sysc_epoll_event), 12);
	assert_int_equal(_Alignof(struct sysc_epoll_event), _Alignof(struct epoll_event));
	SAME_FIELD(struct sysc_epoll_event, events, struct epoll_event, events);
	SAME_FIELD(struct sysc_epoll_event, data, struct epoll_event, data);
	SAME_FIELD(struct sysc_epoll_event, data.u64, struct epoll_event, data);
	SAME(SYSC_EPOLL_CLOEXEC, EPOLL_CLOEXEC);
	SAME(SYSC_EPOLL_CTL_ADD, EPOLL_CTL_ADD);
	SAME(SYSC_EPOLL_CTL_DEL, EPOLL_CTL_DEL);
	SAME(SYSC_EPOLL_CTL_MOD, EPOLL_CTL_MOD);
	SAME(SYSC_EPOLLIN, EPOLLIN);
	SAME(SYSC_EPOLLPRI, EPOLLPRI);
	SAME(SYSC_EPOLLOUT, EPOLLOUT);
	SAME(SYSC_EPOLLERR, EPOLLERR);
	SAME(SYSC_EPOLLHUP, EPOLLHUP);
	SAME(SYSC_EPOLLNVAL, EPOLLNVAL);
	SAME(SYSC_EPOLLRDNORM, EPOLLRDNORM);
	SAME(SYSC_EPOLLRDBAND, EPOLLRDBAND);
	SAME(SYSC_EPOLLWRNORM, EPOLLWRNORM);
	SAME(SYSC_EPOLLWRBAND, EPOLLWRBAND);
	SAME(SYSC_EPOLLMSG, EPOLLMSG);
	SAME(SYSC_EPOLLRDHUP, EPOLLRDHUP);
	SAME(SYSC_EPOLL_URING_WAKE, EPOLL_URING_WAKE);
	SAME(SYSC_EPOLLEXCLUSIVE, EPOLLEXCLUSIVE);
	SAME(SYSC_EPOLLWAKEUP, EPOLLWAKEUP);
	SAME(SYSC_EPOLLONESHOT, EPOLLONESHOT);
	SAME(SYSC_EPOLLET, EPOLLET);
}

static void poll_select(void **state)
{
	(void)state;
	assert_int_equal(sizeof(struct sysc_pollfd), sizeof(struct pollfd));
	SAME_FIELD(struct sysc_pollfd, fd, struct pollfd, fd);
	SAME_FIELD(struct sysc_pollfd, events, struct pollfd, events);
	SAME_FIELD(struct sysc_pollfd, revents, struct pollfd, revents);
	SAME(SYSC_POLLIN, POLLIN);
	SAME(SYSC_POLLPRI, POLLPRI);
	SAME(SYSC_POLLOUT, POLLOUT);
	SAME(SYSC_POLLERR, POLLERR);
	SAME(SYSC_POLLHUP, POLLHUP);
	SAME(SYSC_POLLNVAL, POLLNVAL);
	SAME(SYSC_POLLRDNORM, POLLRDNORM);
	SAME(SYSC_POLLRDBAND, POLLRDBAND);
	SAME(SYSC_POLLWRNORM, POLLWRNORM);
	SAME(SYSC_POLLWRBAND, POLLWRBAND);
	SAME(SYSC_POLLMSG, POLLMSG);
	SAME(SYSC_POLLREMOVE, POLLREMOVE);
	SAME(SYSC_POLLRDHUP, POLLRDHUP);

	assert_int_equal(sizeof(sysc_fd_set), sizeof(__kernel_fd_set));
	SAME(SYSC_FD_SETSIZE, __FD_SETSIZE);
	/* pselect6's sixth argument: the kernel's struct sigset_argpack
	 * (fs/select.c, not in uapi), a pointer and a size_t. */
	assert_int_equal(sizeof(struct sysc_pselect6_sigmask), 2 * sizeof(void *));
	assert_int_equal(offsetof(struct sysc_pselect6_sigmask, ss_len), sizeof(void *));
}

static void fd_set_macros(void **state)
{
	(void)state;
	sysc_fd_set s;

	SYSC_FD_ZERO(&s);
	SYSC_FD_SET(0, &s);
	SYSC_FD_SET(65, &s);
	SYSC_FD_SET(1023, &s);
	/* The kernel's bit order: fd n is bit n % BITS_PER_LONG of word n /
	 * BITS_PER_LONG, i.e. bit n of the little-endian bitmap. */
	assert_int_equal(((unsigned char *)&s)[0], 1);
	assert_int_equal(((unsigned char *)&s)[8], 2);
	assert_int_equal(((unsigned char *)&s)[127], 0x80);
	assert_true(SYSC_FD_ISSET(65, &s));
	assert_false(SYSC_FD_ISSET(64, &s));
	SYSC_FD_CLR(65, &s);
	assert_false(SYSC_FD_ISSET(65, &s));
	assert_int_equal(((unsigned char *)&s)[8], 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(timer_structs),
		cmocka_unit_test(timex),
		cmocka_unit_test(fd_flags),
		cmocka_unit_test(signalfd_siginfo),
		cmocka_unit_test(epoll),
		cmocka_unit_test(poll_select),
		cmocka_unit_test(fd_set_macros),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
