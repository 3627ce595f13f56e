/* arm (32-bit EABI) syscall entry, header-only.
 *
 * ABI: `svc 0`, number in r7, arguments in r0..r5, result in r0
 * (-4095..-1 is -errno). The kernel preserves every other register and
 * the flags, so the only clobber beyond the outputs is "memory". A 64-bit
 * argument takes an even/odd register pair (r0:r1, r2:r3, r4:r5), low word
 * first: the wrapper table puts a padding argument before a pair that
 * would start on an odd register (tools/wrappers/arch.tsv).
 *
 * r7: in Thumb state it is the frame pointer. This code is inlined into
 * the caller's, built with the caller's flags, so it cannot count on
 * -fomit-frame-pointer: with a frame pointer, clang and gcc refuse r7 as an
 * operand (or worse, keep using it as the frame pointer). So in Thumb state
 * r7 is never named: the number arrives in any register, and the asm
 * saves r7 in another one, loads the number, traps and restores r7. The
 * frame pointer is briefly wrong only between two instructions of ours,
 * where nothing reads it (a signal handler runs on its own frame, and the
 * kernel restores every register). In ARM state the frame pointer is r11
 * and r7 is an ordinary register, named directly. No TLS, no globals: safe
 * before _start has set anything up. */
#ifndef SYSC_ARCH_ARM_SYSCALL_ARCH_H
#define SYSC_ARCH_ARM_SYSCALL_ARCH_H

#define SYSC_ARCH_NAME "arm"

#ifdef __thumb__
/* %[nr]: the number; %[sv]: where r7 waits (early-clobbered, so it is none
 * of the argument registers). */
#define SYSC__ARM_SVC(...) \
	long sv; \
	__asm__ volatile ("mov %[sv], r7\n\tmov r7, %[nr]\n\tsvc 0\n\tmov r7, %[sv]" \
			  : "+r"(r0), [sv] "=&r"(sv) : [nr] "r"(n) __VA_ARGS__ : "memory")
#define SYSC__ARM_NR(n)
#else
#define SYSC__ARM_SVC(...) \
	__asm__ volatile ("svc 0" : "+r"(r0) : "r"(r7) __VA_ARGS__ : "memory")
#define SYSC__ARM_NR(n) register long r7 __asm__("r7") = (n);
#endif

static inline long sysc_raw_syscall0(long n)
{
	SYSC__ARM_NR(n)
	register long r0 __asm__("r0") = 0;
	SYSC__ARM_SVC();
	return r0;
}

static inline long sysc_raw_syscall1(long n, long a1)
{
	SYSC__ARM_NR(n)
	register long r0 __asm__("r0") = a1;
	SYSC__ARM_SVC();
	return r0;
}

static inline long sysc_raw_syscall2(long n, long a1, long a2)
{
	SYSC__ARM_NR(n)
	register long r0 __asm__("r0") = a1;
	register long r1 __asm__("r1") = a2;
	SYSC__ARM_SVC(, "r"(r1));
	return r0;
}

static inline long sysc_raw_syscall3(long n, long a1, long a2, long a3)
{
	SYSC__ARM_NR(n)
	register long r0 __asm__("r0") = a1;
	register long r1 __asm__("r1") = a2;
	register long r2 __asm__("r2") = a3;
	SYSC__ARM_SVC(, "r"(r1), "r"(r2));
	return r0;
}

static inline long sysc_raw_syscall4(long n, long a1, long a2, long a3, long a4)
{
	SYSC__ARM_NR(n)
	register long r0 __asm__("r0") = a1;
	register long r1 __asm__("r1") = a2;
	register long r2 __asm__("r2") = a3;
	register long r3 __asm__("r3") = a4;
	SYSC__ARM_SVC(, "r"(r1), "r"(r2), "r"(r3));
	return r0;
}

static inline long sysc_raw_syscall5(long n, long a1, long a2, long a3, long a4, long a5)
{
	SYSC__ARM_NR(n)
	register long r0 __asm__("r0") = a1;
	register long r1 __asm__("r1") = a2;
	register long r2 __asm__("r2") = a3;
	register long r3 __asm__("r3") = a4;
	register long r4 __asm__("r4") = a5;
	SYSC__ARM_SVC(, "r"(r1), "r"(r2), "r"(r3), "r"(r4));
	return r0;
}

static inline long sysc_raw_syscall6(long n, long a1, long a2, long a3, long a4, long a5, long a6)
{
	SYSC__ARM_NR(n)
	register long r0 __asm__("r0") = a1;
	register long r1 __asm__("r1") = a2;
	register long r2 __asm__("r2") = a3;
	register long r3 __asm__("r3") = a4;
	register long r4 __asm__("r4") = a5;
	register long r5 __asm__("r5") = a6;
	SYSC__ARM_SVC(, "r"(r1), "r"(r2), "r"(r3), "r"(r4), "r"(r5));
	return r0;
}

#endif
