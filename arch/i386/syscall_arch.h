/* i386 syscall entry through `int $0x80`, header-only.
 *
 * ABI: number in eax, arguments in ebx, ecx, edx, esi, edi, ebp; result in
 * eax, -4095..-1 is -errno; every other register is preserved.
 *
 * ebx is the PIC register under -fPIC and ebp the frame pointer without
 * -fomit-frame-pointer, and gcc and clang disagree about when either may be
 * named in an asm operand or clobber list. So neither is named: the number,
 * the first and the sixth argument go through a small array whose address is
 * passed in eax, and the asm saves and restores ebx and ebp itself. That one
 * form compiles at every optimisation level with and without PIC and frame
 * pointer, under both compilers; the few extra moves cost nothing next to the
 * trap. Fewer arguments reuse it with zeros: the kernel ignores registers a
 * syscall does not take.
 *
 * No TLS, no globals: safe before _start and in signal handlers. The library
 * itself enters through a pointer that may use __kernel_vsyscall instead
 * (see sysc/i386.h). */
#ifndef SYSC_ARCH_I386_SYSCALL_ARCH_H
#define SYSC_ARCH_I386_SYSCALL_ARCH_H

#define SYSC_ARCH_NAME "i386"

static inline long sysc_raw_syscall6(long n, long a1, long a2, long a3, long a4,
				     long a5, long a6)
{
	long v[3] = { n, a1, a6 };
	long ret;
	__asm__ volatile ("push %%ebp\n\t"
			  "push %%ebx\n\t"
			  "mov 4(%%eax), %%ebx\n\t"
			  "mov 8(%%eax), %%ebp\n\t"
			  "mov 0(%%eax), %%eax\n\t"
			  "int $0x80\n\t"
			  "pop %%ebx\n\t"
			  "pop %%ebp"
			  : "=a"(ret)
			  : "0"(v), "c"(a2), "d"(a3), "S"(a4), "D"(a5)
			  : "memory");
	return ret;
}

static inline long sysc_raw_syscall0(long n)
{
	return sysc_raw_syscall6(n, 0, 0, 0, 0, 0, 0);
}

static inline long sysc_raw_syscall1(long n, long a1)
{
	return sysc_raw_syscall6(n, a1, 0, 0, 0, 0, 0);
}

static inline long sysc_raw_syscall2(long n, long a1, long a2)
{
	return sysc_raw_syscall6(n, a1, a2, 0, 0, 0, 0);
}

static inline long sysc_raw_syscall3(long n, long a1, long a2, long a3)
{
	return sysc_raw_syscall6(n, a1, a2, a3, 0, 0, 0);
}

static inline long sysc_raw_syscall4(long n, long a1, long a2, long a3, long a4)
{
	return sysc_raw_syscall6(n, a1, a2, a3, a4, 0, 0);
}

static inline long sysc_raw_syscall5(long n, long a1, long a2, long a3, long a4,
				     long a5)
{
	return sysc_raw_syscall6(n, a1, a2, a3, a4, a5, 0);
}

#endif
