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
#include "abi_check.h"

static void timer_structs(void **state)
{
	(void)state;
	assert_int_equal(sizeof(struct sysc_itimerspec), sizeof(struct __kernel_itimerspec));
	CHECK_FIELD(struct sysc_itimerspec, it_interval, struct __kernel_itimerspec, it_interval);
	CHECK_FIELD(struct sysc_itimerspec, it_value, struct __kernel_itimerspec, it_value);
	CHECK_FIELD(struct sysc_itimerspec, it_value.tv_sec, struct __kernel_itimerspec, it_value.tv_sec);
	CHECK_FIELD(struct sysc_itimerspec, it_value.tv_nsec, struct __kernel_itimerspec, it_value.tv_nsec);
	assert_int_equal(sizeof(struct sysc_itimerspec), 32);

	/* getitimer/setitimer: __kernel_old_itimerval, long fields. */
	assert_int_equal(sizeof(struct sysc_itimerval), sizeof(struct __kernel_old_itimerval));
	CHECK_FIELD(struct sysc_itimerval, it_interval.tv_sec, struct __kernel_old_itimerval, it_interval.tv_sec);
	CHECK_FIELD(struct sysc_itimerval, it_interval.tv_usec, struct __kernel_old_itimerval, it_interval.tv_usec);
	CHECK_FIELD(struct sysc_itimerval, it_value.tv_sec, struct __kernel_old_itimerval, it_value.tv_sec);
	CHECK_FIELD(struct sysc_itimerval, it_value.tv_usec, struct __kernel_old_itimerval, it_value.tv_usec);
	assert_int_equal(sizeof(struct sysc_itimerval), 4 * sizeof(long));
	CHECK_K1(K(ITIMER_REAL));
	CHECK_K1(K(ITIMER_VIRTUAL));
	CHECK_K1(K(ITIMER_PROF));

	assert_int_equal(sizeof(struct sysc_timezone), sizeof(struct timezone));
	CHECK_FIELD(struct sysc_timezone, tz_minuteswest, struct timezone, tz_minuteswest);
	CHECK_FIELD(struct sysc_timezone, tz_dsttime, struct timezone, tz_dsttime);

	/* The 64-bit arches' settimeofday reads a __kernel_old_timeval:
	 * sysc_timeval's layout there (i386 converts,
	 * src/time_settimeofday.c). */
#if __SIZEOF_LONG__ == 8
	assert_int_equal(sizeof(struct sysc_timeval), sizeof(struct __kernel_old_timeval));
	CHECK_FIELD(struct sysc_timeval, tv_usec, struct __kernel_old_timeval, tv_usec);
#endif
	CHECK_K1(K(CLOCK_SGI_CYCLE));
}

static void timex(void **state)
{
	(void)state;
	assert_int_equal(sizeof(struct sysc_timex), sizeof(struct __kernel_timex));
	assert_int_equal(sizeof(struct sysc_timex), 208);
	CHECK_FIELD(struct sysc_timex, modes, struct __kernel_timex, modes);
	CHECK_FIELD(struct sysc_timex, offset, struct __kernel_timex, offset);
	CHECK_FIELD(struct sysc_timex, freq, struct __kernel_timex, freq);
	CHECK_FIELD(struct sysc_timex, maxerror, struct __kernel_timex, maxerror);
	CHECK_FIELD(struct sysc_timex, esterror, struct __kernel_timex, esterror);
	CHECK_FIELD(struct sysc_timex, status, struct __kernel_timex, status);
	CHECK_FIELD(struct sysc_timex, constant, struct __kernel_timex, constant);
	CHECK_FIELD(struct sysc_timex, precision, struct __kernel_timex, precision);
	CHECK_FIELD(struct sysc_timex, tolerance, struct __kernel_timex, tolerance);
	CHECK_FIELD(struct sysc_timex, time, struct __kernel_timex, time);
	CHECK_FIELD(struct sysc_timex, time.tv_sec, struct __kernel_timex, time.tv_sec);
	CHECK_FIELD(struct sysc_timex, time.tv_usec, struct __kernel_timex, time.tv_usec);
	CHECK_FIELD(struct sysc_timex, tick, struct __kernel_timex, tick);
	CHECK_FIELD(struct sysc_timex, ppsfreq, struct __kernel_timex, ppsfreq);
	CHECK_FIELD(struct sysc_timex, jitter, struct __kernel_timex, jitter);
	CHECK_FIELD(struct sysc_timex, shift, struct __kernel_timex, shift);
	CHECK_FIELD(struct sysc_timex, stabil, struct __kernel_timex, stabil);
	CHECK_FIELD(struct sysc_timex, jitcnt, struct __kernel_timex, jitcnt);
	CHECK_FIELD(struct sysc_timex, calcnt, struct __kernel_timex, calcnt);
	CHECK_FIELD(struct sysc_timex, errcnt, struct __kernel_timex, errcnt);
	CHECK_FIELD(struct sysc_timex, stbcnt, struct __kernel_timex, stbcnt);
	CHECK_FIELD(struct sysc_timex, tai, struct __kernel_timex, tai);

	CHECK_K1(K(ADJ_OFFSET));
	CHECK_K1(K(ADJ_FREQUENCY));
	CHECK_K1(K(ADJ_MAXERROR));
	CHECK_K1(K(ADJ_ESTERROR));
	CHECK_K1(K(ADJ_STATUS));
	CHECK_K1(K(ADJ_TIMECONST));
	CHECK_K1(K(ADJ_TAI));
	CHECK_K1(K(ADJ_SETOFFSET));
	CHECK_K1(K(ADJ_MICRO));
	CHECK_K1(K(ADJ_NANO));
	CHECK_K1(K(ADJ_TICK));
	CHECK_K1(K(ADJ_OFFSET_SINGLESHOT));
	CHECK_K1(K(ADJ_OFFSET_SS_READ));
	CHECK_K1(K(STA_PLL));
	CHECK_K1(K(STA_PPSFREQ));
	CHECK_K1(K(STA_PPSTIME));
	CHECK_K1(K(STA_FLL));
	CHECK_K1(K(STA_INS));
	CHECK_K1(K(STA_DEL));
	CHECK_K1(K(STA_UNSYNC));
	CHECK_K1(K(STA_FREQHOLD));
	CHECK_K1(K(STA_PPSSIGNAL));
	CHECK_K1(K(STA_PPSJITTER));
	CHECK_K1(K(STA_PPSWANDER));
	CHECK_K1(K(STA_PPSERROR));
	CHECK_K1(K(STA_CLOCKERR));
	CHECK_K1(K(STA_NANO));
	CHECK_K1(K(STA_MODE));
	CHECK_K1(K(STA_CLK));
	CHECK_K1(K(STA_RONLY));
	CHECK_K1(K(TIME_OK));
	CHECK_K1(K(TIME_INS));
	CHECK_K1(K(TIME_DEL));
	CHECK_K1(K(TIME_OOP));
	CHECK_K1(K(TIME_WAIT));
	CHECK_K1(K(TIME_ERROR));
}

static void fd_flags(void **state)
{
	(void)state;
	CHECK_K1(K(TFD_TIMER_ABSTIME));
	CHECK_K1(K(TFD_TIMER_CANCEL_ON_SET));
	CHECK_K1(K(TFD_CLOEXEC));
	CHECK_K1(K(TFD_NONBLOCK));
	CHECK_K1(K(TFD_IOC_SET_TICKS));
	CHECK_K1(K(SFD_CLOEXEC));
	CHECK_K1(K(SFD_NONBLOCK));
	/* eventfd's flags are not in uapi 6.1 (include/uapi/linux/eventfd.h
	 * came with 6.9): EFD_SEMAPHORE is 1, the other two are the O_ flags
	 * (include/linux/eventfd.h); test_calls_time checks them on glibc's
	 * <sys/eventfd.h> and the kernel's behaviour. */
	CHECK_K1(KV(EFD_CLOEXEC, O_CLOEXEC));
	CHECK_K1(KV(EFD_NONBLOCK, O_NONBLOCK));
	CHECK_K1(KV(EFD_SEMAPHORE, 1));
}

static void signalfd_siginfo(void **state)
{
	(void)state;
	assert_int_equal(sizeof(struct sysc_signalfd_siginfo), sizeof(struct signalfd_siginfo));
	assert_int_equal(sizeof(struct sysc_signalfd_siginfo), 128);
#define F(m) CHECK_FIELD(struct sysc_signalfd_siginfo, m, struct signalfd_siginfo, m)
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
#if defined(__x86_64__) || defined(__i386__)
	assert_int_equal(sizeof(struct sysc_epoll_event), 12);	/* packed on x86 */
#else
	assert_int_equal(sizeof(struct sysc_epoll_event), 16);
#endif
	assert_int_equal(_Alignof(struct sysc_epoll_event), _Alignof(struct epoll_event));
	CHECK_FIELD(struct sysc_epoll_event, events, struct epoll_event, events);
	CHECK_FIELD(struct sysc_epoll_event, data, struct epoll_event, data);
	/* data.u64 against data, whose alignment the packing decides (the
	 * struct's own alignment is compared above) */
	CHECK_FIELD_POS(struct sysc_epoll_event, data.u64, struct epoll_event, data);
	CHECK_K1(K(EPOLL_CLOEXEC));
	CHECK_K1(K(EPOLL_CTL_ADD));
	CHECK_K1(K(EPOLL_CTL_DEL));
	CHECK_K1(K(EPOLL_CTL_MOD));
	CHECK_K1(K(EPOLLIN));
	CHECK_K1(K(EPOLLPRI));
	CHECK_K1(K(EPOLLOUT));
	CHECK_K1(K(EPOLLERR));
	CHECK_K1(K(EPOLLHUP));
	CHECK_K1(K(EPOLLNVAL));
	CHECK_K1(K(EPOLLRDNORM));
	CHECK_K1(K(EPOLLRDBAND));
	CHECK_K1(K(EPOLLWRNORM));
	CHECK_K1(K(EPOLLWRBAND));
	CHECK_K1(K(EPOLLMSG));
	CHECK_K1(K(EPOLLRDHUP));
	CHECK_K1(K(EPOLL_URING_WAKE));
	CHECK_K1(K(EPOLLEXCLUSIVE));
	CHECK_K1(K(EPOLLWAKEUP));
	CHECK_K1(K(EPOLLONESHOT));
	CHECK_K1(K(EPOLLET));
}

static void poll_select(void **state)
{
	(void)state;
	assert_int_equal(sizeof(struct sysc_pollfd), sizeof(struct pollfd));
	CHECK_FIELD(struct sysc_pollfd, fd, struct pollfd, fd);
	CHECK_FIELD(struct sysc_pollfd, events, struct pollfd, events);
	CHECK_FIELD(struct sysc_pollfd, revents, struct pollfd, revents);
	CHECK_K1(K(POLLIN));
	CHECK_K1(K(POLLPRI));
	CHECK_K1(K(POLLOUT));
	CHECK_K1(K(POLLERR));
	CHECK_K1(K(POLLHUP));
	CHECK_K1(K(POLLNVAL));
	CHECK_K1(K(POLLRDNORM));
	CHECK_K1(K(POLLRDBAND));
	CHECK_K1(K(POLLWRNORM));
	CHECK_K1(K(POLLWRBAND));
	CHECK_K1(K(POLLMSG));
	CHECK_K1(K(POLLREMOVE));
	CHECK_K1(K(POLLRDHUP));

	assert_int_equal(sizeof(sysc_fd_set), sizeof(__kernel_fd_set));
	CHECK_K1(KV(FD_SETSIZE, __FD_SETSIZE));
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
