/* The i386 library's call through sysc__i386_entry (internal). The target
 * has the __kernel_vsyscall convention: number in eax, arguments in ebx, ecx,
 * edx, esi, edi, ebp, result in eax, all else preserved. As in
 * syscall_arch.h, ebx and ebp are never named to the compiler: the number,
 * first and sixth arguments and the target travel through an array whose
 * address is in eax. The target is pushed and called through (%esp), which
 * leaves every register free for arguments. */
#ifndef SYSC_ARCH_I386_ENTRY_CALL_H
#define SYSC_ARCH_I386_ENTRY_CALL_H

#ifdef __cplusplus
extern "C" {
#endif
/* Not C functions: the register convention above. */
extern void sysc__i386_int80(void);
extern void sysc__i386_sysenter(void);
extern void *sysc__i386_entry;
#ifdef __cplusplus
}
#endif

static inline long sysc__i386_call6(long n, long a1, long a2, long a3, long a4,
				    long a5, long a6)
{
	long v[4] = { n, a1, a6, (long)sysc__i386_entry };
	long ret;
	__asm__ volatile ("push %%ebp\n\t"
			  "push %%ebx\n\t"
			  "mov 4(%%eax), %%ebx\n\t"
			  "mov 8(%%eax), %%ebp\n\t"
			  "push 12(%%eax)\n\t"
			  "mov 0(%%eax), %%eax\n\t"
			  "call *(%%esp)\n\t"
			  "add $4, %%esp\n\t"
			  "pop %%ebx\n\t"
			  "pop %%ebp"
			  : "=a"(ret)
			  : "0"(v), "c"(a2), "d"(a3), "S"(a4), "D"(a5)
			  : "memory");
	return ret;
}

/* Up to three arguments the registers can be named directly: ebx is an
 * ordinary register for gcc (5+) and clang even under -fPIC, and neither
 * the target (any free register) nor the arguments need ebp. This is the
 * short sequence glibc's getpid uses (number in eax, call through a
 * pointer), with no stores to memory; it matters because the errno layer
 * is inline in callers. */
static inline long sysc__i386_call3(long n, long a1, long a2, long a3)
{
	long ret;
	__asm__ volatile ("call *%1"
			  : "=a"(ret)
			  : "S"(sysc__i386_entry), "0"(n), "b"(a1), "c"(a2), "d"(a3)
			  : "memory");
	return ret;
}

static inline long sysc__i386_call0(long n)
{
	long ret;
	__asm__ volatile ("call *%1" : "=a"(ret) : "r"(sysc__i386_entry), "0"(n)
			  : "memory");
	return ret;
}

/* The errno layer's entry (sysc/syscall.h). Four or more arguments go
 * through the 6-argument form; the kernel ignores registers a syscall does
 * not take. */
#define sysc__sc0(n) sysc__i386_call0(n)
#define sysc__sc1(n, a) sysc__i386_call3(n, a, 0, 0)
#define sysc__sc2(n, a, b) sysc__i386_call3(n, a, b, 0)
#define sysc__sc3(n, a, b, c) sysc__i386_call3(n, a, b, c)
#define sysc__sc4(n, a, b, c, d) sysc__i386_call6(n, a, b, c, d, 0, 0)
#define sysc__sc5(n, a, b, c, d, e) sysc__i386_call6(n, a, b, c, d, e, 0)
#define sysc__sc6 sysc__i386_call6

#endif
