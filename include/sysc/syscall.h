/* The errno layer (libsysc.a): -1 and sysc_errno on failure, the kernel's
 * value otherwise. On i386 these enter the kernel the way sysc_i386_use()
 * chose; the raw layer always uses int $0x80. */
#ifndef SYSC_SYSCALL_H
#define SYSC_SYSCALL_H

#include "raw.h"
#include "errno.h"

/* sysc_syscall(nr, ...) with 0 to 6 arguments, each converted to long. */
long sysc_syscall6(long n, long a1, long a2, long a3, long a4, long a5, long a6);
#define sysc_syscall(...) SYSC__CAT(SYSC__SC, SYSC__NARGS(__VA_ARGS__))(__VA_ARGS__)
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
#define SYSC__SC6(n, a, b, c, d, e, f)                                     \
	sysc_syscall6((long)(n), (long)(a), (long)(b), (long)(c), (long)(d), \
		      (long)(e), (long)(f))

/* The translation every errno wrapper applies, exported for callers of the
 * raw layer: -4095..-1 becomes -1 with sysc_errno set. */
long sysc_ret(long r);

/* Name of a syscall number on this arch ("read"), or NULL; and back. */
const char *sysc_syscall_name(long nr);
long sysc_syscall_number(const char *name);

#include "calls.h"

#endif
