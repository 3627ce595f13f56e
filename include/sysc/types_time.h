/* Kernel ABI types and constants: clocks, timers, signals, event descriptors,
 * polling. Included by sysc/types.h (after types_ipc.h, which defines struct
 * sysc_sigevent). tests/test_abi_time.c checks every size, offset and value
 * against the kernel's uapi headers on both arches.
 *
 * Clock ids, TIMER_ABSTIME, sysc_timespec and sysc_timeval are in
 * sysc/consts.h and sysc/types.h; signal numbers, sysc_sigset_t and
 * sysc_siginfo_t in arch/<arch>/abi_signal.h. */
/* types.h includes this header inside its C++ -Wpedantic push (flexible
 * array members) and after the types it uses; included first on its own,
 * this file is read through types.h. */
#include "types.h"
#ifndef SYSC_TYPES_TIME_H
#define SYSC_TYPES_TIME_H

#include <stdint.h>

/* timer_create's event (SIGEV_*): defined with mq_notify's in types_ipc.h
 * (declared here too so this header stands alone). A NULL one means
 * SIGEV_SIGNAL with SIGALRM and the timer id as si_value. */
struct sysc_sigevent;

/* The kernel's __kernel_itimerspec: two 64-bit timespecs on both arches
 * (i386 uses timer_settime64, timer_gettime64, timerfd_settime64,
 * timerfd_gettime64). */
struct sysc_itimerspec {
	struct sysc_timespec it_interval;
	struct sysc_timespec it_value;
};

/* The kernel's __kernel_old_itimerval, for getitimer and setitimer: `long`
 * fields, so 32-bit seconds on i386. The kernel has no 64-bit-time variant
 * of these calls; an interval timer measures a span, not a date, and 2^31
 * seconds is 68 years, so the y2038 limit does not bite here. A timer that
 * must be set from a date uses timer_settime or timerfd_settime. */
struct sysc_itimerval {
	struct sysc_old_timeval it_interval;
	struct sysc_old_timeval it_value;
};

#define SYSC_ITIMER_REAL 0
#define SYSC_ITIMER_VIRTUAL 1
#define SYSC_ITIMER_PROF 2

/* settimeofday's obsolete time zone (struct timezone): the kernel keeps it
 * for FAT timestamps and the RTC's local-time offset. */
struct sysc_timezone {
	int tz_minuteswest;
	int tz_dsttime;
};

/* Clock ids computed from a process, thread or descriptor (the kernel's
 * include/linux/posix-timers.h, not in uapi): the CPU clock of process `pid`
 * (0: the caller), of thread `tid` (0: the calling thread), and a dynamic
 * clock opened as a file (/dev/ptp0). `clk` is one of SYSC_CPUCLOCK_*. What
 * glibc's clock_getcpuclockid / pthread_getcpuclockid return. */
#define SYSC_CPUCLOCK_PROF 0
#define SYSC_CPUCLOCK_VIRT 1
#define SYSC_CPUCLOCK_SCHED 2
#define SYSC_CPUCLOCK_PERTHREAD_MASK 4
#define SYSC_CLOCKFD 3
#define SYSC_MAKE_PROCESS_CPUCLOCK(pid, clk) ((int)((~(unsigned int)(pid)) << 3) | (clk))
#define SYSC_MAKE_THREAD_CPUCLOCK(tid, clk) \
	(SYSC_MAKE_PROCESS_CPUCLOCK(tid, clk) | SYSC_CPUCLOCK_PERTHREAD_MASK)
#define SYSC_FD_TO_CLOCKID(fd) ((int)((~(unsigned int)(fd)) << 3) | SYSC_CLOCKFD)
/* The obsolete SGI cycle counter id; the kernel refuses it (EINVAL). */
#define SYSC_CLOCK_SGI_CYCLE 10

/* clock_adjtime / adjtimex: the kernel's __kernel_timex, 64-bit fields and
 * explicit padding, so the same 208 bytes on both arches (i386 uses
 * clock_adjtime64; the kernel's 32-bit struct timex is not used). `time`'s
 * tv_usec holds nanoseconds when status has SYSC_STA_NANO. */
struct sysc_timex_timeval {
	long long tv_sec;
	long long tv_usec;
};

struct sysc_timex {
	unsigned int modes;
	int sysc_pad0_;
	long long offset;
	long long freq;
	long long maxerror;
	long long esterror;
	int status;
	int sysc_pad1_;
	long long constant;
	long long precision;
	long long tolerance;
	struct sysc_timex_timeval time;
	long long tick;
	long long ppsfreq;
	long long jitter;
	int shift;
	int sysc_pad2_;
	long long stabil;
	long long jitcnt;
	long long calcnt;
	long long errcnt;
	long long stbcnt;
	int tai;
	int sysc_pad3_[11];
};

/* timex.modes (linux/timex.h). */
#define SYSC_ADJ_OFFSET 0x0001
#define SYSC_ADJ_FREQUENCY 0x0002
#define SYSC_ADJ_MAXERROR 0x0004
#define SYSC_ADJ_ESTERROR 0x0008
#define SYSC_ADJ_STATUS 0x0010
#define SYSC_ADJ_TIMECONST 0x0020
#define SYSC_ADJ_TAI 0x0080
#define SYSC_ADJ_SETOFFSET 0x0100
#define SYSC_ADJ_MICRO 0x1000
#define SYSC_ADJ_NANO 0x2000
#define SYSC_ADJ_TICK 0x4000
#define SYSC_ADJ_OFFSET_SINGLESHOT 0x8001
#define SYSC_ADJ_OFFSET_SS_READ 0xa001
/* timex.status. */
#define SYSC_STA_PLL 0x0001
#define SYSC_STA_PPSFREQ 0x0002
#define SYSC_STA_PPSTIME 0x0004
#define SYSC_STA_FLL 0x0008
#define SYSC_STA_INS 0x0010
#define SYSC_STA_DEL 0x0020
#define SYSC_STA_UNSYNC 0x0040
#define SYSC_STA_FREQHOLD 0x0080
#define SYSC_STA_PPSSIGNAL 0x0100
#define SYSC_STA_PPSJITTER 0x0200
#define SYSC_STA_PPSWANDER 0x0400
#define SYSC_STA_PPSERROR 0x0800
#define SYSC_STA_CLOCKERR 0x1000
#define SYSC_STA_NANO 0x2000
#define SYSC_STA_MODE 0x4000
#define SYSC_STA_CLK 0x8000
#define SYSC_STA_RONLY                                                      \
	(SYSC_STA_PPSSIGNAL | SYSC_STA_PPSJITTER | SYSC_STA_PPSWANDER |     \
	 SYSC_STA_PPSERROR | SYSC_STA_CLOCKERR | SYSC_STA_NANO |           \
	 SYSC_STA_MODE | SYSC_STA_CLK)
/* What clock_adjtime / adjtimex return on success: the clock state. */
#define SYSC_TIME_OK 0
#define SYSC_TIME_INS 1
#define SYSC_TIME_DEL 2
#define SYSC_TIME_OOP 3
#define SYSC_TIME_WAIT 4
#define SYSC_TIME_ERROR 5

/* timerfd (linux/timerfd.h). TFD_IOC_SET_TICKS is an ioctl taking a
 * pointer to a uint64_t expiration count (CONFIG_CHECKPOINT_RESTORE). */
#define SYSC_TFD_TIMER_ABSTIME (1 << 0)
#define SYSC_TFD_TIMER_CANCEL_ON_SET (1 << 1)
#define SYSC_TFD_CLOEXEC SYSC_O_CLOEXEC
#define SYSC_TFD_NONBLOCK SYSC_O_NONBLOCK
#define SYSC_TFD_IOC_SET_TICKS 0x40085400u

/* eventfd (the kernel's include/linux/eventfd.h; uapi has it from 6.9). */
#define SYSC_EFD_SEMAPHORE (1 << 0)
#define SYSC_EFD_CLOEXEC SYSC_O_CLOEXEC
#define SYSC_EFD_NONBLOCK SYSC_O_NONBLOCK

/* signalfd (linux/signalfd.h): each read returns whole records of 128
 * bytes, the same layout on both arches. */
#define SYSC_SFD_CLOEXEC SYSC_O_CLOEXEC
#define SYSC_SFD_NONBLOCK SYSC_O_NONBLOCK

struct sysc_signalfd_siginfo {
	uint32_t ssi_signo;
	int32_t ssi_errno;
	int32_t ssi_code;
	uint32_t ssi_pid;
	uint32_t ssi_uid;
	int32_t ssi_fd;
	uint32_t ssi_tid;
	uint32_t ssi_band;
	uint32_t ssi_overrun;
	uint32_t ssi_trapno;
	int32_t ssi_status;
	int32_t ssi_int;
	uint64_t ssi_ptr;
	uint64_t ssi_utime;
	uint64_t ssi_stime;
	uint64_t ssi_addr;
	uint16_t ssi_addr_lsb;
	uint16_t sysc_pad2_;
	int32_t ssi_syscall;
	uint64_t ssi_call_addr;
	uint32_t ssi_arch;
	uint8_t sysc_pad_[28];
};

/* epoll (linux/eventpoll.h). */
#define SYSC_EPOLL_CLOEXEC SYSC_O_CLOEXEC
#define SYSC_EPOLL_CTL_ADD 1
#define SYSC_EPOLL_CTL_DEL 2
#define SYSC_EPOLL_CTL_MOD 3
#define SYSC_EPOLLIN 0x00000001u
#define SYSC_EPOLLPRI 0x00000002u
#define SYSC_EPOLLOUT 0x00000004u
#define SYSC_EPOLLERR 0x00000008u
#define SYSC_EPOLLHUP 0x00000010u
#define SYSC_EPOLLNVAL 0x00000020u
#define SYSC_EPOLLRDNORM 0x00000040u
#define SYSC_EPOLLRDBAND 0x00000080u
#define SYSC_EPOLLWRNORM 0x00000100u
#define SYSC_EPOLLWRBAND 0x00000200u
#define SYSC_EPOLLMSG 0x00000400u
#define SYSC_EPOLLRDHUP 0x00002000u
#define SYSC_EPOLL_URING_WAKE (1u << 27)
#define SYSC_EPOLLEXCLUSIVE (1u << 28)
#define SYSC_EPOLLWAKEUP (1u << 29)
#define SYSC_EPOLLONESHOT (1u << 30)
#define SYSC_EPOLLET (1u << 31)

/* The kernel stores one 64-bit word per registration and hands it back;
 * the union gives the usual ways of filling it. */
union sysc_epoll_data {
	void *ptr;
	int fd;
	uint32_t u32;
	uint64_t u64;
};

/* 12 bytes on both arches, `data` at offset 4: x86_64's uapi packs the
 * struct so that 64-bit code shares i386's layout (where a 64-bit member
 * is 4-byte aligned anyway). Packed on x86_64 only, as the kernel's. */
struct sysc_epoll_event {
	uint32_t events;
	union sysc_epoll_data data;
}
#if defined(__x86_64__)
__attribute__((__packed__))
#endif
;

/* poll / ppoll (asm-generic/poll.h, which x86 uses unchanged). */
struct sysc_pollfd {
	int fd;
	short events;
	short revents;
};

#define SYSC_POLLIN 0x0001
#define SYSC_POLLPRI 0x0002
#define SYSC_POLLOUT 0x0004
#define SYSC_POLLERR 0x0008
#define SYSC_POLLHUP 0x0010
#define SYSC_POLLNVAL 0x0020
#define SYSC_POLLRDNORM 0x0040
#define SYSC_POLLRDBAND 0x0080
#define SYSC_POLLWRNORM 0x0100
#define SYSC_POLLWRBAND 0x0200
#define SYSC_POLLMSG 0x0400
#define SYSC_POLLREMOVE 0x1000
#define SYSC_POLLRDHUP 0x2000

/* select / pselect6: the kernel's __kernel_fd_set, 1024 bits in longs.
 * Descriptors >= SYSC_FD_SETSIZE need a larger bitmap (the kernel reads
 * nfds bits from each non-NULL set). */
#define SYSC_FD_SETSIZE 1024
#define SYSC__NFDBITS (8 * sizeof(unsigned long))

typedef struct {
	unsigned long fds_bits[SYSC_FD_SETSIZE / SYSC__NFDBITS];
} sysc_fd_set;

#define SYSC__FDELT(fd) ((unsigned int)(fd) / SYSC__NFDBITS)
#define SYSC__FDMASK(fd) (1UL << ((unsigned int)(fd) % SYSC__NFDBITS))
#define SYSC_FD_SET(fd, set) ((void)((set)->fds_bits[SYSC__FDELT(fd)] |= SYSC__FDMASK(fd)))
#define SYSC_FD_CLR(fd, set) ((void)((set)->fds_bits[SYSC__FDELT(fd)] &= ~SYSC__FDMASK(fd)))
#define SYSC_FD_ISSET(fd, set) (((set)->fds_bits[SYSC__FDELT(fd)] & SYSC__FDMASK(fd)) != 0)
#define SYSC_FD_ZERO(set)                                                     \
	do {                                                                  \
		size_t sysc__i;                                               \
		for (sysc__i = 0; sysc__i < SYSC_FD_SETSIZE / SYSC__NFDBITS; sysc__i++) \
			(set)->fds_bits[sysc__i] = 0;                         \
	} while (0)

/* pselect6's sixth argument as the kernel reads it: the mask and its size
 * (sysc_pselect6 builds it from a sysc_sigset_t pointer). */
struct sysc_pselect6_sigmask {
	const sysc_sigset_t *ss;
	size_t ss_len;
};

#endif
