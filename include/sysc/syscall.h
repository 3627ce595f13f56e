/* The errno layer: -1 and sysc_errno on failure, the kernel's value
 * otherwise. On i386 these enter the kernel the way sysc_i386_use() chose;
 * the raw layer always uses int $0x80.
 *
 * Inline by default: an errno wrapper costs what the raw asm costs. On AMD
 * CPUs with the SRSO mitigation every `ret` after a syscall mispredicts, so
 * an out-of-line wrapper measured 1.08x the asm and an inline one 1.00x.
 * The inline definitions are `static inline`: a translation unit that takes
 * an address or does not inline a call (-O0) gets its own copy. libsysc.a
 * holds one out-of-line definition of each under the same name, for other
 * languages and for code built with SYSC_NO_INLINE (define it before
 * including sysc.h to get prototypes only). */
#ifndef SYSC_SYSCALL_H
#define SYSC_SYSCALL_H

#include "raw.h"
#include "errno.h"

/* The errno layer's way in (sysc__sc0..6) and sysc__crash come with the
 * arch headers (sysc/arch.h). */

#ifdef __cplusplus
extern "C" {
#endif

/* SYSC__OUTLINE: src/calls.c, which compiles the same definitions once
 * more as ordinary external functions. */
#if defined(SYSC__OUTLINE)
#define SYSC__FN
#else
#define SYSC__FN static __inline__
#endif

/* sysc_syscall(nr, ...) with 0 to 6 arguments, each converted to long.
 * Inline, each arity enters the kernel with just the registers it needs;
 * with SYSC_NO_INLINE every arity calls sysc_syscall6 in libsysc.a. */
#define sysc_syscall(...) SYSC__CAT(SYSC__SC, SYSC__NARGS(__VA_ARGS__))(__VA_ARGS__)
#if !defined(SYSC_NO_INLINE)
#define SYSC__SC0(n) sysc__ret(sysc__sc0((long)(n)))
#define SYSC__SC1(n, a) sysc__ret(sysc__sc1((long)(n), (long)(a)))
#define SYSC__SC2(n, a, b) sysc__ret(sysc__sc2((long)(n), (long)(a), (long)(b)))
#define SYSC__SC3(n, a, b, c) \
	sysc__ret(sysc__sc3((long)(n), (long)(a), (long)(b), (long)(c)))
#define SYSC__SC4(n, a, b, c, d) \
	sysc__ret(sysc__sc4((long)(n), (long)(a), (long)(b), (long)(c), (long)(d)))
#define SYSC__SC5(n, a, b, c, d, e)                                        \
	sysc__ret(sysc__sc5((long)(n), (long)(a), (long)(b), (long)(c), (long)(d), \
			    (long)(e)))
#else
#define SYSC__SC0(n) sysc_syscall6((long)(n), 0, 0, 0, 0, 0, 0)
#define SYSC__SC1(n, a) sysc_syscall6((long)(n), (long)(a), 0, 0, 0, 0, 0)
#define SYSC__SC2(n, a, b) \
	sysc_syscall6((long)(n), (long)(a), (long)(b), 0, 0, 0, 0)
#define SYSC__SC3(n, a, b, c) \
	sysc_syscall6((long)(n), (long)(a), (long)(b), (long)(c), 0, 0, 0)
#define SYSC__SC4(n, a, b, c, d) \
	sysc_syscall6((long)(n), (long)(a), (long)(b), (long)(c), (long)(d), 0, 0)
#define SYSC__SC5(n, a, b, c, d, e)                                        \
	sysc_syscall6((long)(n), (long)(a), (long)(b), (long)(c), (long)(d), \
		      (long)(e), 0)
#endif
#define SYSC__SC6(n, a, b, c, d, e, f)                                     \
	sysc_syscall6((long)(n), (long)(a), (long)(b), (long)(c), (long)(d), \
		      (long)(e), (long)(f))

/* sysc_ret(r): the translation every errno wrapper applies, exported for
 * callers of the raw layer: -4095..-1 becomes -1 with sysc_errno set. */
#if !defined(SYSC_NO_INLINE) || defined(SYSC__OUTLINE)
SYSC__FN long sysc_syscall6(long n, long a1, long a2, long a3, long a4, long a5,
			    long a6)
{
	return sysc__ret(sysc__sc6(n, a1, a2, a3, a4, a5, a6));
}

SYSC__FN long sysc_ret(long r)
{
	return sysc__ret(r);
}
#else
long sysc_syscall6(long n, long a1, long a2, long a3, long a4, long a5, long a6);
long sysc_ret(long r);
#endif

/* What the exit wrappers do when the kernel refuses their call (a seccomp
 * filter returning an errno): the other exit call, then a fault. An exit
 * that returned would run the caller's code after it. */
static inline __attribute__((__noreturn__)) void sysc__exit_fallback(long nr, long status)
{
	sysc__sc1(nr == SYSC_NR_exit ? SYSC_NR_exit_group : SYSC_NR_exit, status);
	sysc__crash();
}

/* Name of a syscall number on this arch ("read"), or NULL; and back. */
const char *sysc_syscall_name(long nr);
long sysc_syscall_number(const char *name);

#ifdef __cplusplus
}
#endif

#include "calls.h"

#endif
