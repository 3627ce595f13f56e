/* riscv64 syscall entry, header-only.
 *
 * ABI: `ecall`, number in a7, arguments in a0..a5, result in a0 (-4095..-1
 * is -errno). The kernel preserves every other register, so the only
 * clobber beyond the outputs is "memory". No TLS, no globals: safe before
 * _start has set anything up. */
#ifndef SYSC_ARCH_RISCV64_SYSCALL_ARCH_H
#define SYSC_ARCH_RISCV64_SYSCALL_ARCH_H

#define SYSC_ARCH_NAME "riscv64"

static inline long sysc_raw_syscall0(long n)
{
	register long a7 __asm__("a7") = n;
	register long a0 __asm__("a0");
	__asm__ volatile ("ecall" : "=r"(a0) : "r"(a7) : "memory");
	return a0;
}

static inline long sysc_raw_syscall1(long n, long a1)
{
	register long a7 __asm__("a7") = n;
	register long a0 __asm__("a0") = a1;
	__asm__ volatile ("ecall" : "+r"(a0) : "r"(a7) : "memory");
	return a0;
}

static inline long sysc_raw_syscall2(long n, long a1, long a2)
{
	register long a7 __asm__("a7") = n;
	register long a0 __asm__("a0") = a1;
	register long r1 __asm__("a1") = a2;
	__asm__ volatile ("ecall" : "+r"(a0) : "r"(a7), "r"(r1) : "memory");
	return a0;
}

static inline long sysc_raw_syscall3(long n, long a1, long a2, long a3)
{
	register long a7 __asm__("a7") = n;
	register long a0 __asm__("a0") = a1;
	register long r1 __asm__("a1") = a2;
	register long r2 __asm__("a2") = a3;
	__asm__ volatile ("ecall" : "+r"(a0) : "r"(a7), "r"(r1), "r"(r2) : "memory");
	return a0;
}

static inline long sysc_raw_syscall4(long n, long a1, long a2, long a3, long a4)
{
	register long a7 __asm__("a7") = n;
	register long a0 __asm__("a0") = a1;
	register long r1 __asm__("a1") = a2;
	register long r2 __asm__("a2") = a3;
	register long r3 __asm__("a3") = a4;
	__asm__ volatile ("ecall" : "+r"(a0) : "r"(a7), "r"(r1), "r"(r2), "r"(r3)
			  : "memory");
	return a0;
}

static inline long sysc_raw_syscall5(long n, long a1, long a2, long a3, long a4,
				     long a5)
{
	register long a7 __asm__("a7") = n;
	register long a0 __asm__("a0") = a1;
	register long r1 __asm__("a1") = a2;
	register long r2 __asm__("a2") = a3;
	register long r3 __asm__("a3") = a4;
	register long r4 __asm__("a4") = a5;
	__asm__ volatile ("ecall" : "+r"(a0)
			  : "r"(a7), "r"(r1), "r"(r2), "r"(r3), "r"(r4) : "memory");
	return a0;
}

static inline long sysc_raw_syscall6(long n, long a1, long a2, long a3, long a4,
				     long a5, long a6)
{
	register long a7 __asm__("a7") = n;
	register long a0 __asm__("a0") = a1;
	register long r1 __asm__("a1") = a2;
	register long r2 __asm__("a2") = a3;
	register long r3 __asm__("a3") = a4;
	register long r4 __asm__("a4") = a5;
	register long r5 __asm__("a5") = a6;
	__asm__ volatile ("ecall" : "+r"(a0)
			  : "r"(a7), "r"(r1), "r"(r2), "r"(r3), "r"(r4), "r"(r5)
			  : "memory");
	return a0;
}

#endif
