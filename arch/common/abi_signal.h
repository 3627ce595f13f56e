/* The signal ABI that x86_64, i386, arm and the asm-generic arches
 * (aarch64, riscv64) share: the kernel's layouts and numbers as rt_sigaction,
 * rt_sigprocmask, sigaltstack, waitid and the signal frame use them, written
 * in terms of pointer and long so that one definition gives each arch its
 * layout. Values from the kernel's uapi headers (asm/signal.h,
 * asm-generic/signal.h, asm-generic/siginfo.h); tests/test_abi_signal.c
 * checks them against the x86 ones. Included by arch/<arch>/abi_signal.h,
 * which first defines what differs: SYSC_SA_RESTORER where the arch has it
 * (riscv64 does not: its handlers return through the vDSO), and
 * SYSC_MINSIGSTKSZ / SYSC_SIGSTKSZ where not the generic 2048 / 8192. */
#ifndef SYSC_ARCH_COMMON_ABI_SIGNAL_H
#define SYSC_ARCH_COMMON_ABI_SIGNAL_H

#include <stddef.h>

/* The rt_* calls take a 64-bit mask (sigsetsize 8): bit n-1 is signal n. */
typedef unsigned long long sysc_sigset_t;

/* struct sigaction as rt_sigaction reads it (the kernel's layout: handler,
 * flags, restorer, mask last; on i386 and arm 20 bytes). The kernel's mask
 * is an array of longs, so it is long-aligned: packed and re-aligned here,
 * which changes nothing where a long long has that alignment already and
 * keeps arm's EABI (8-byte long long) from padding it to offset 16.
 * sysc_sigaction translates sysc's own struct into it. This is not the
 * struct the uapi <asm/signal.h> shows for i386, which is the old
 * sigaction of the sigaction syscall (32-bit mask before the flags). */
struct sysc_kernel_sigaction {
	void *handler;
	unsigned long flags;
#ifdef SYSC_SA_RESTORER
	void (*restorer)(void);
#endif
	sysc_sigset_t mask __attribute__((__packed__, __aligned__(sizeof(long))));
};

union sysc_sigval {
	int sival_int;
	void *sival_ptr;
};

/* siginfo_t: 128 bytes; the union starts after three ints, aligned to the
 * pointer size (offset 16 on x86_64, 12 on i386). The union members drop the
 * kernel's si_ prefix because a libc's <signal.h> defines si_pid, si_addr
 * and friends as macros, which would break this struct beside it. Which
 * members are meaningful depends on si_signo and si_code, as in POSIX:
 * pid, uid for kill/tgkill/sigqueue; value also for sigqueue and timers;
 * status, utime, stime for SIGCHLD; addr for faults; call_addr, syscall,
 * arch for seccomp's SIGSYS. The anonymous members are C11 (and a GNU
 * extension in C99 and C++): __extension__ keeps the names short for every
 * dialect gcc and clang compile, where naming them would change the API. */
struct sysc_siginfo {
	int si_signo;
	int si_errno;
	int si_code;
	__extension__ union {
		int sysc_pad_[__SIZEOF_POINTER__ == 8 ? 28 : 29];
		__extension__ struct {
			int pid;
			unsigned int uid;
			__extension__ union {
				int status;
				union sysc_sigval value;
			};
			long utime;
			long stime;
		};
		__extension__ struct {
			int timerid;
			int overrun;
		};
		void *addr;
		__extension__ struct {
			long band;
			int fd;
		};
		__extension__ struct {
			void *call_addr;
			int syscall;
			unsigned int arch;
		};
	};
};

/* stack_t of sigaltstack. */
struct sysc_stack {
	void *ss_sp;
	int ss_flags;
	size_t ss_size;
};

#define SYSC_SIGHUP 1
#define SYSC_SIGINT 2
#define SYSC_SIGQUIT 3
#define SYSC_SIGILL 4
#define SYSC_SIGTRAP 5
#define SYSC_SIGABRT 6
#define SYSC_SIGBUS 7
#define SYSC_SIGFPE 8
#define SYSC_SIGKILL 9
#define SYSC_SIGUSR1 10
#define SYSC_SIGSEGV 11
#define SYSC_SIGUSR2 12
#define SYSC_SIGPIPE 13
#define SYSC_SIGALRM 14
#define SYSC_SIGTERM 15
#define SYSC_SIGSTKFLT 16
#define SYSC_SIGCHLD 17
#define SYSC_SIGCONT 18
#define SYSC_SIGSTOP 19
#define SYSC_SIGTSTP 20
#define SYSC_SIGTTIN 21
#define SYSC_SIGTTOU 22
#define SYSC_SIGURG 23
#define SYSC_SIGXCPU 24
#define SYSC_SIGXFSZ 25
#define SYSC_SIGVTALRM 26
#define SYSC_SIGPROF 27
#define SYSC_SIGWINCH 28
#define SYSC_SIGIO 29
#define SYSC_SIGPWR 30
#define SYSC_SIGSYS 31
#define SYSC_SIGRTMIN 32
#define SYSC_SIGRTMAX 64
#define SYSC_NSIG 64

#define SYSC_SA_NOCLDSTOP 0x00000001u
#define SYSC_SA_NOCLDWAIT 0x00000002u
#define SYSC_SA_SIGINFO 0x00000004u
#define SYSC_SA_ONSTACK 0x08000000u
#define SYSC_SA_RESTART 0x10000000u
#define SYSC_SA_NODEFER 0x40000000u
#define SYSC_SA_RESETHAND 0x80000000u

#define SYSC_SIG_BLOCK 0
#define SYSC_SIG_UNBLOCK 1
#define SYSC_SIG_SETMASK 2

#define SYSC_SS_ONSTACK 1
#define SYSC_SS_DISABLE 2
#define SYSC_SS_AUTODISARM (1u << 31)
#ifndef SYSC_MINSIGSTKSZ
#define SYSC_MINSIGSTKSZ 2048
#define SYSC_SIGSTKSZ 8192
#endif

#endif
