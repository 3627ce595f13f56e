/* x86_64 syscall entry, header-only.
 *
 * ABI: number in rax, arguments in rdi, rsi, rdx, r10, r8, r9 (r10, not rcx,
 * because the `syscall` instruction itself overwrites rcx with the return
 * address and r11 with rflags). The kernel returns in rax; -4095..-1 is -errno.
 * No TLS, no globals: safe before _start has set anything up, and inside
 * signal handlers. */
#ifndef SYSC_ARCH_X86_64_SYSCALL_ARCH_H
#define SYSC_ARCH_X86_64_SYSCALL_ARCH_H

#define SYSC_ARCH_NAME "x86_64"

static inline long sysc_raw_syscall0(long n)
{
	long ret;
	__asm__ volatile ("syscall" : "=a"(ret) : "a"(n) : "rcx", "r11", "memory");
	return ret;
}

static inline long sysc_raw_syscall1(long n, long a1)
{
	long ret;
	__asm__ volatile ("syscall" : "=a"(ret) : "a"(n), "D"(a1)
			  : "rcx", "r11", "memory");
	return ret;
}

static inline long sysc_raw_syscall2(long n, long a1, long a2)
{
	long ret;
	__asm__ volatile ("syscall" : "=a"(ret) : "a"(n), "D"(a1), "S"(a2)
			  : "rcx", "r11", "memory");
	return ret;
}

static inline long sysc_raw_syscall3(long n, long a1, long a2, long a3)
{
	long ret;
	__asm__ volatile ("syscall" : "=a"(ret) : "a"(n), "D"(a1), "S"(a2), "d"(a3)
			  : "rcx", "r11", "memory");
	return ret;
}

static inline long sysc_raw_syscall4(long n, long a1, long a2, long a3, long a4)
{
	long ret;
	register long r10 __asm__("r10") = a4;
	__asm__ volatile ("syscall" : "=a"(ret)
			  : "a"(n), "D"(a1), "S"(a2), "d"(a3), "r"(r10)
			  : "rcx", "r11", "memory");
	return ret;
}

static inline long sysc_raw_syscall5(long n, long a1, long a2, long a3, long a4,
				     long a5)
{
	long ret;
	register long r10 __asm__("r10") = a4;
	register long r8 __asm__("r8") = a5;
	__asm__ volatile ("syscall" : "=a"(ret)
			  : "a"(n), "D"(a1), "S"(a2), "d"(a3), "r"(r10), "r"(r8)
			  : "rcx", "r11", "memory");
	return ret;
}

static inline long sysc_raw_syscall6(long n, long a1, long a2, long a3, long a4,
				     long a5, long a6)
{
	long ret;
	register long r10 __asm__("r10") = a4;
	register long r8 __asm__("r8") = a5;
	register long r9 __asm__("r9") = a6;
	__asm__ volatile ("syscall" : "=a"(ret)
			  : "a"(n), "D"(a1), "S"(a2), "d"(a3), "r"(r10), "r"(r8),
			    "r"(r9)
			  : "rcx", "r11", "memory");
	return ret;
}

#endif
