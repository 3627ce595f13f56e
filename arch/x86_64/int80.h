/* A 64-bit process entering through the 32-bit gate: `int $0x80` with an
 * i386 syscall number. Used by the seccomp tests only (the kernel reports
 * such a call with AUDIT_ARCH_I386, which an x86_64 filter must reject). */
#ifndef SYSC_ARCH_X86_64_INT80_H
#define SYSC_ARCH_X86_64_INT80_H

static inline long sysc__x86_64_int80(long nr)
{
	long ret;
	__asm__ volatile ("int $0x80" : "=a"(ret) : "0"(nr)
			  : "memory", "r8", "r9", "r10", "r11");
	return ret;
}

#endif
