/* The i386 library's call through sysc__i386_entry (internal). The target
 * has the __kernel_vsyscall convention: number in eax, arguments in ebx, ecx,
 * edx, esi, edi, ebp, result in eax, all else preserved. As in
 * syscall_arch.h, ebx and ebp are never named to the compiler: the number,
 * first and sixth arguments and the target travel through an array whose
 * address is in eax. The target is pushed and called through (%esp), which
 * leaves every register free for arguments. */
#ifndef SYSC_ARCH_I386_ENTRY_CALL_H
#define SYSC_ARCH_I386_ENTRY_CALL_H

/* Not C functions: the register convention above. */
extern void sysc__i386_int80(void);
extern void sysc__i386_sysenter(void);
extern void *sysc__i386_entry;

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

/* cpuid leaf 0 vendor string (12 bytes + NUL) and leaf 1 edx. */
void sysc__i386_cpuid(char vendor[13], unsigned int *leaf1_edx);

#endif
