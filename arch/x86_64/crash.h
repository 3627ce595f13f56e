/* The last resort of a call that must not return (an exit the kernel
 * refused): ud2 raises SIGILL, which a process cannot ignore for a fault it
 * caused (the kernel kills it if the signal is blocked or ignored). */
#ifndef SYSC_ARCH_X86_64_CRASH_H
#define SYSC_ARCH_X86_64_CRASH_H

static inline __attribute__((__noreturn__)) void sysc__crash(void)
{
	for (;;)
		__asm__ volatile ("ud2");
}

#endif
