/* sysc_sigaction (translation to the kernel's struct and the restorer) and
 * sysc_raise. The other signal calls are plain wrappers from the table. */
#include "internal.h"

#ifdef SYSC_SA_RESTORER
/* arch/<arch>/sigrestore.S */
void sysc__sigrestore_rt(void) SYSC__HIDDEN;
#endif
#if defined(SYSC__SIGRESTORE_OLD_FRAME)
void sysc__sigrestore(void) SYSC__HIDDEN;
#define SYSC__RESTORER(flags) \
	((flags) & SYSC_SA_SIGINFO ? sysc__sigrestore_rt : sysc__sigrestore)
#else
#define SYSC__RESTORER(flags) sysc__sigrestore_rt
#endif

int sysc_sigaction(int sig, const struct sysc_sigaction *act,
		   struct sysc_sigaction *old)
{
	struct sysc_kernel_sigaction k, ko;
	long r;

	if (act) {
		/* The restorer is sysc's business: one supplied through the
		 * flags could not be honoured. */
#ifdef SYSC_SA_RESTORER
		if (act->flags & SYSC_SA_RESTORER)
			return (int)sysc__fail(SYSC_EINVAL);
		k.handler = (void *)act->handler;
		k.flags = act->flags | SYSC_SA_RESTORER;
		k.restorer = SYSC__RESTORER(act->flags);
#else
		/* no SA_RESTORER (riscv64): the kernel returns through the
		 * vDSO's rt_sigreturn */
		k.handler = (void *)act->handler;
		k.flags = act->flags;
#endif
		k.mask = act->mask;
	}
	/* The kernel checks the signal number (1..64, and no handler for
	 * SIGKILL or SIGSTOP). */
	r = sysc__sc4(SYSC_NR_rt_sigaction, sig, act ? (long)&k : 0,
		      old ? (long)&ko : 0, sizeof(sysc_sigset_t));
	if (sysc_is_error(r))
		return (int)sysc__ret(r);
	if (old) {
		old->handler = (void (*)(int))ko.handler;
		old->mask = ko.mask;
#ifdef SYSC_SA_RESTORER
		old->flags = (unsigned int)(ko.flags & ~(unsigned long)SYSC_SA_RESTORER);
#else
		old->flags = (unsigned int)ko.flags;
#endif
	}
	return 0;
}

int sysc_raise(int sig)
{
	long pid = sysc__sc0(SYSC_NR_getpid);
	long tid = sysc__sc0(SYSC_NR_gettid);

	return (int)sysc__ret(sysc__sc3(SYSC_NR_tgkill, pid, tid, sig));
}
