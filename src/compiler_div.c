/* The integer division helpers of the ARM EABI run-time (__aeabi_uidiv,
 * __aeabi_uidivmod, __aeabi_idiv, __aeabi_idivmod and the 64-bit
 * __aeabi_uldivmod, __aeabi_ldivmod), for programs without a
 * libc on ARMv7-A cores without a divide instruction: the compiler calls
 * them for every `/` and `%` by a variable, and on other arches libgcc
 * has its like, but no arm libgcc or compiler-rt is installed beside
 * clang here. In libsysc_mem.a for the same reason as memcpy
 * (src/compiler_mem.c): never beside a libc. Weak, so that a compiler
 * run-time linked as well meets no duplicate definition. The library
 * itself calls none of them (tests/check-nm.sh). Empty elsewhere. */
#include "internal.h"

#if defined(__arm__) && !defined(__ARM_FEATURE_IDIV)
/* quotient in the low word (r0), remainder in the high word (r1): the
 * EABI's return of a 64-bit value, as the *divmod helpers return theirs */
typedef unsigned long long sysc__qr;

#define SYSC__AEABI __attribute__((weak, visibility("hidden")))

SYSC__AEABI sysc__qr __aeabi_uidivmod(unsigned int n, unsigned int d);
SYSC__AEABI unsigned int __aeabi_uidiv(unsigned int n, unsigned int d);
SYSC__AEABI sysc__qr __aeabi_idivmod(int n, int d);
SYSC__AEABI int __aeabi_idiv(int n, int d);

/* Bit by bit, as long division on paper. A zero divisor gives quotient
 * and remainder 0 (the EABI lets the helper choose; there is no trap to
 * raise on this core). */
sysc__qr __aeabi_uidivmod(unsigned int n, unsigned int d)
{
	unsigned int q = 0, r = 0;

	if (!d)
		return 0;
	for (int i = 31; i >= 0; i--) {
		r = (r << 1) | ((n >> i) & 1);
		if (r >= d) {
			r -= d;
			q |= 1u << i;
		}
	}
	return (sysc__qr)r << 32 | q;
}

unsigned int __aeabi_uidiv(unsigned int n, unsigned int d)
{
	return (unsigned int)__aeabi_uidivmod(n, d);
}

/* C's truncating division: the remainder has the dividend's sign. */
sysc__qr __aeabi_idivmod(int n, int d)
{
	unsigned int un = n < 0 ? 0u - (unsigned int)n : (unsigned int)n;
	unsigned int ud = d < 0 ? 0u - (unsigned int)d : (unsigned int)d;
	sysc__qr qr = __aeabi_uidivmod(un, ud);
	unsigned int q = (unsigned int)qr, r = (unsigned int)(qr >> 32);

	if ((n < 0) != (d < 0))
		q = 0u - q;
	if (n < 0)
		r = 0u - r;
	return (sysc__qr)r << 32 | q;
}

int __aeabi_idiv(int n, int d)
{
	return (int)(unsigned int)__aeabi_idivmod(n, d);
}

/* 64-bit: __aeabi_uldivmod and __aeabi_ldivmod return the quotient in
 * r0:r1 and the remainder in r2:r3, which C cannot say: a few
 * instructions call a C function that returns the quotient and stores the
 * remainder on the stack, then load it into r2:r3. */
unsigned long long sysc__aeabi_udivmod64(unsigned long long n, unsigned long long d,
					  unsigned long long *rem) SYSC__HIDDEN;
long long sysc__aeabi_divmod64(long long n, long long d, long long *rem) SYSC__HIDDEN;

unsigned long long sysc__aeabi_udivmod64(unsigned long long n, unsigned long long d,
					  unsigned long long *rem)
{
	unsigned long long q = 0, r = 0;

	if (!d) {
		*rem = 0;
		return 0;
	}
	for (int i = 63; i >= 0; i--) {
		r = (r << 1) | ((n >> i) & 1);
		if (r >= d) {
			r -= d;
			q |= 1ull << i;
		}
	}
	*rem = r;
	return q;
}

long long sysc__aeabi_divmod64(long long n, long long d, long long *rem)
{
	unsigned long long un = n < 0 ? 0ull - (unsigned long long)n : (unsigned long long)n;
	unsigned long long ud = d < 0 ? 0ull - (unsigned long long)d : (unsigned long long)d;
	unsigned long long r, q = sysc__aeabi_udivmod64(un, ud, &r);

	if ((n < 0) != (d < 0))
		q = 0ull - q;
	*rem = (long long)(n < 0 ? 0ull - r : r);
	return (long long)q;
}

/* Valid in ARM and Thumb-2 state (this file follows -marm or -mthumb);
 * the stack stays 8-byte aligned at the call. */
#define SYSC__DIVMOD64(name, helper)				\
	".weak " #name "\n"					\
	".hidden " #name "\n"					\
	".type " #name ", %function\n"				\
	#name ":\n"						\
	"	push {r4, lr}\n"				\
	"	sub sp, sp, #16\n"				\
	"	add r4, sp, #8\n"				\
	"	str r4, [sp]\n"					\
	"	bl " #helper "\n"				\
	"	ldrd r2, r3, [sp, #8]\n"			\
	"	add sp, sp, #16\n"				\
	"	pop {r4, pc}\n"					\
	".size " #name ", . - " #name "\n"

__asm__(".text\n"
	SYSC__DIVMOD64(__aeabi_uldivmod, sysc__aeabi_udivmod64)
	SYSC__DIVMOD64(__aeabi_ldivmod, sysc__aeabi_divmod64));
#else
/* ISO C wants a translation unit to declare something. */
typedef int sysc__compiler_div_empty;
#endif
