/* What the vDSO-first functions (src/vdso_time.c, src/vdso_random.c) share
 * with src/vdso.c: the resolved entry points, published one atomic pointer
 * each, and the one-time initialisation. */
#ifndef SYSC_SRC_VDSO_PRIV_H
#define SYSC_SRC_VDSO_PRIV_H

#include "internal.h"

enum {
	SYSC__VDSO_CLOCK_GETTIME,	/* i386, arm: __vdso_clock_gettime64 */
	SYSC__VDSO_GETTIMEOFDAY,	/* i386, arm: only for the zone (NULL timeval) */
	SYSC__VDSO_TIME,		/* x86_64 only */
	SYSC__VDSO_GETCPU,
	SYSC__VDSO_CLOCK_GETRES,	/* i386: __vdso_clock_getres_time64 */
	SYSC__VDSO_CLOCK_GETRES32,	/* i386, arm: __vdso_clock_getres */
	SYSC__VDSO_GETRANDOM,		/* x86_64 only */
	SYSC__VDSO_NFN
};

extern void *sysc__vdso_fn[SYSC__VDSO_NFN] SYSC__HIDDEN;
extern int sysc__vdso_state SYSC__HIDDEN;	/* 2: initialised */
void sysc__vdso_lazy(void) SYSC__HIDDEN;

/* The entry point, or NULL (then the caller makes the syscall). Beside a
 * libc, the first call initialises (see sysc/vdso.h). */
static inline void *sysc__vdso_get(int which)
{
	if (__builtin_expect(__atomic_load_n(&sysc__vdso_state, __ATOMIC_ACQUIRE) != 2, 0))
		sysc__vdso_lazy();
	return __atomic_load_n(&sysc__vdso_fn[which], __ATOMIC_ACQUIRE);
}

#endif
