/* sysc__crash: ends the process when every exit syscall has been refused
 * (a seccomp filter answering exit_group and exit with an errno). ud2 is
 * defined to raise #UD, which the kernel turns into a forced SIGILL: when
 * SIGILL is blocked or ignored the kernel unblocks it and restores the
 * default action, so the process dies (a handler the program installed
 * that returns would re-run ud2: the program's choice). No syscall, no
 * stack, no loop of ours. */
#ifndef SYSC_ARCH_X86_64_CRASH_H
#define SYSC_ARCH_X86_64_CRASH_H

static inline __attribute__((noreturn, always_inline)) void sysc__crash(void)
{
	__asm__ volatile("ud2");
	__builtin_unreachable();
}

#endif
