/* aarch64 syscall entry, header-only.
 *
 * ABI: `svc #0`, number in x8, arguments in x0..x5, result in x0 (-4095..-1
 * is -errno). The kernel preserves every other register and the flags
 * (NZCV are restored from the saved PSTATE), so the only clobber beyond the
 * outputs is "memory": the kernel reads and writes memory the arguments
 * point to. No TLS, no globals: safe before _start has set anything up. */
#ifndef SYSC_ARCH_AARCH64_SYSCALL_ARCH_H
#define SYSC_ARCH_AARCH64_SYSCALL_ARCH_H

#define SYSC_ARCH_NAME "aarch64"

static inline long sysc_raw_syscall0(long n)
{
	register long x8 __asm__("x8") = n;
	register long x0 __asm__("x0");
	__asm__ volatile ("svc #0" : "=r"(x0) : "r"(x8) : "memory");
	return x0;
}

static inline long sysc_raw_syscall1(long n, long a1)
{
	register long x8 __asm__("x8") = n;
	register long x0 __asm__("x0") = a1;
	__asm__ volatile ("svc #0" : "+r"(x0) : "r"(x8) : "memory");
	return x0;
}

static inline long sysc_raw_syscall2(long n, long a1, long a2)
{
	register long x8 __asm__("x8") = n;
	register long x0 __asm__("x0") = a1;
	register long x1 __asm__("x1") = a2;
	__asm__ volatile ("svc #0" : "+r"(x0) : "r"(x8), "r"(x1) : "memory");
	return x0;
}

static inline long sysc_raw_syscall3(long n, long a1, long a2, long a3)
{
	register long x8 __asm__("x8") = n;
	register long x0 __asm__("x0") = a1;
	register long x1 __asm__("x1") = a2;
	register long x2 __asm__("x2") = a3;
	__asm__ volatile ("svc #0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2)
			  : "memory");
	return x0;
}

static inline long sysc_raw_syscall4(long n, long a1, long a2, long a3, long a4)
{
	register long x8 __asm__("x8") = n;
	register long x0 __asm__("x0") = a1;
	register long x1 __asm__("x1") = a2;
	register long x2 __asm__("x2") = a3;
	register long x3 __asm__("x3") = a4;
	__asm__ volatile ("svc #0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2), "r"(x3)
			  : "memory");
	return x0;
}

static inline long sysc_raw_syscall5(long n, long a1, long a2, long a3, long a4,
				     long a5)
{
	register long x8 __asm__("x8") = n;
	register long x0 __asm__("x0") = a1;
	register long x1 __asm__("x1") = a2;
	register long x2 __asm__("x2") = a3;
	register long x3 __asm__("x3") = a4;
	register long x4 __asm__("x4") = a5;
	__asm__ volatile ("svc #0" : "+r"(x0)
			  : "r"(x8), "r"(x1), "r"(x2), "r"(x3), "r"(x4)
			  : "memory");
	return x0;
}

static inline long sysc_raw_syscall6(long n, long a1, long a2, long a3, long a4,
				     long a5, long a6)
{
	register long x8 __asm__("x8") = n;
	register long x0 __asm__("x0") = a1;
	register long x1 __asm__("x1") = a2;
	register long x2 __asm__("x2") = a3;
	register long x3 __asm__("x3") = a4;
	register long x4 __asm__("x4") = a5;
	register long x5 __asm__("x5") = a6;
	__asm__ volatile ("svc #0" : "+r"(x0)
			  : "r"(x8), "r"(x1), "r"(x2), "r"(x3), "r"(x4), "r"(x5)
			  : "memory");
	return x0;
}

#endif
