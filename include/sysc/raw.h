/* The raw layer: header-only, no TLS, no globals, async-signal-safe.
 * sysc_raw_syscall(nr, ...) takes 0 to 6 arguments, each converted to long
 * (on i386 a 64-bit value must be split by the caller, or use a named
 * wrapper, which splits it). It returns what the kernel returned: -4095..-1
 * is -errno, anything else is a value (test with sysc_is_error()). */
#ifndef SYSC_RAW_H
#define SYSC_RAW_H

#include "types.h"

#define SYSC__NARGS(...) SYSC__NARGS_(__VA_ARGS__, 6, 5, 4, 3, 2, 1, 0, -)
#define SYSC__NARGS_(n, a, b, c, d, e, f, count, ...) count
#define SYSC__CAT(a, b) SYSC__CAT_(a, b)
#define SYSC__CAT_(a, b) a##b

#define sysc_raw_syscall(...) SYSC__CAT(SYSC__RAW, SYSC__NARGS(__VA_ARGS__))(__VA_ARGS__)
#define SYSC__RAW0(n) sysc_raw_syscall0((long)(n))
#define SYSC__RAW1(n, a) sysc_raw_syscall1((long)(n), (long)(a))
#define SYSC__RAW2(n, a, b) sysc_raw_syscall2((long)(n), (long)(a), (long)(b))
#define SYSC__RAW3(n, a, b, c) \
	sysc_raw_syscall3((long)(n), (long)(a), (long)(b), (long)(c))
#define SYSC__RAW4(n, a, b, c, d) \
	sysc_raw_syscall4((long)(n), (long)(a), (long)(b), (long)(c), (long)(d))
#define SYSC__RAW5(n, a, b, c, d, e)                                           \
	sysc_raw_syscall5((long)(n), (long)(a), (long)(b), (long)(c), (long)(d), \
			  (long)(e))
#define SYSC__RAW6(n, a, b, c, d, e, f)                                        \
	sysc_raw_syscall6((long)(n), (long)(a), (long)(b), (long)(c), (long)(d), \
			  (long)(e), (long)(f))

/* One compare: -4096 and below are values (mmap may return high addresses).
 * The parameter is 64-bit on both arches so that a raw call returning a
 * 64-bit value on i386 (sysc_raw_lseek's sysc_off_t) is tested whole; a
 * `long` result sign-extends to the same answer. Pass the raw function's
 * result in its own type: an `unsigned long` is not sign-extended. */
static inline int sysc_is_error(long long r)
{
	return (unsigned long long)r > -4096ULL;
}

/* i386 passes a 64-bit argument as two registers, low word first. */
#define SYSC__LO(x) ((long)(unsigned long)(unsigned long long)(x))
#define SYSC__HI(x) ((long)(unsigned long)((unsigned long long)(x) >> 32))

#include "raw_special.h"
#include "raw_calls.h"
#include "raw_fs.h"
#include "raw_io.h"
#include "raw_net.h"
#include "raw_ipc.h"
#include "raw_proc.h"
#include "raw_sys.h"
#include "raw_time.h"
#include "raw_mm.h"

#endif
