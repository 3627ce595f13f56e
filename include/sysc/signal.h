/* Signals. The kernel layouts and the SIG*, SA_*, SS_* numbers are per
 * arch, in arch/<arch>/abi_signal.h (included through sysc/types.h).
 *
 * Generated errno wrappers (sysc/calls.h), one syscall each:
 *   sysc_sigprocmask(how, set, old)     rt_sigprocmask (sigsetsize 8)
 *   sysc_sigpending(set)                rt_sigpending
 *   sysc_sigaltstack(ss, old)           sigaltstack
 *   sysc_sigsuspend(mask)               rt_sigsuspend; always -1, EINTR
 *   sysc_sigtimedwait(set, info, ts)    rt_sigtimedwait (i386:
 *                                       rt_sigtimedwait_time64); the signal
 *                                       number, or -1 (EAGAIN on time-out)
 *   sysc_kill(pid, sig), sysc_tgkill(tgid, tid, sig)
 * The first four also under the syscalls' own names (sysc_rt_sigprocmask,
 * sysc_rt_sigpending, sysc_rt_sigsuspend, sysc_rt_sigtimedwait), with
 * sysc_rt_sigaction (the bare call: the caller supplies SA_RESTORER and a
 * restorer), rt_sigqueueinfo, rt_tgsigqueueinfo, tkill, pause, signalfd4
 * (sysc/types_time.h). Hand-written here: sysc_sigaction, which installs
 * sysc's restorer, and sysc_raise. */
#ifndef SYSC_SIGNAL_H
#define SYSC_SIGNAL_H

#include "types.h"

#ifdef __cplusplus
extern "C" {
#endif

#define SYSC_SIG_DFL ((void (*)(int))0)
#define SYSC_SIG_IGN ((void (*)(int))1)

/* The bit of signal `sig` in a sysc_sigset_t. */
#define SYSC_SIGBIT(sig) (1ULL << ((sig) - 1))

/* si_code values (asm-generic/siginfo.h): who sent the signal. */
#define SYSC_SI_USER 0
#define SYSC_SI_KERNEL 0x80
#define SYSC_SI_QUEUE (-1)
#define SYSC_SI_TIMER (-2)
#define SYSC_SI_MESGQ (-3)
#define SYSC_SI_ASYNCIO (-4)
#define SYSC_SI_SIGIO (-5)
#define SYSC_SI_TKILL (-6)
/* SIGCHLD codes, and SIGSYS from a seccomp SECCOMP_RET_TRAP. */
#define SYSC_CLD_EXITED 1
#define SYSC_CLD_KILLED 2
#define SYSC_CLD_DUMPED 3
#define SYSC_CLD_TRAPPED 4
#define SYSC_CLD_STOPPED 5
#define SYSC_CLD_CONTINUED 6
#define SYSC_SYS_SECCOMP 1

/* sysc's sigaction. The members carry no sa_ prefix because a libc's
 * <signal.h> defines sa_handler and sa_sigaction as macros. With
 * SYSC_SA_SIGINFO in flags the kernel calls `action` (signal, siginfo,
 * ucontext), else `handler` (signal). */
struct sysc_sigaction {
	__extension__ union {	/* anonymous: see struct sysc_siginfo */
		void (*handler)(int);
		void (*action)(int, sysc_siginfo_t *, void *);
	};
	sysc_sigset_t mask;
	unsigned int flags;
};

/* rt_sigaction with the kernel's layout, always with SYSC_SA_RESTORER and
 * sysc's trampoline (x86_64: rt_sigreturn; i386: rt_sigreturn for
 * SA_SIGINFO handlers, whose frames are rt frames, sigreturn for the
 * others, whose frames are the old kind). `flags` must not contain
 * SYSC_SA_RESTORER (EINVAL); `old` never reports it. 0 or -1 with
 * sysc_errno (EINVAL: bad signal, SIGKILL/SIGSTOP, bad flags). */
SYSC__SAME_NAME_BEGIN
int sysc_sigaction(int sig, const struct sysc_sigaction *act,
		   struct sysc_sigaction *old);
SYSC__SAME_NAME_END

/* Sends `sig` to the calling thread: tgkill(getpid(), gettid(), sig), so
 * three syscalls. 0 or -1 with sysc_errno. */
int sysc_raise(int sig);

#ifdef __cplusplus
}
#endif

#endif
