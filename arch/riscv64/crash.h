/* sysc__crash: ends the process when every exit syscall has been refused.
 * `unimp` is an illegal instruction: the kernel forces SIGILL (unblocking
 * it and restoring the default action when it is blocked or ignored), as
 * ud2 does on x86. */
#ifndef SYSC_ARCH_RISCV64_CRASH_H
#define SYSC_ARCH_RISCV64_CRASH_H

static inline __attribute__((noreturn, always_inline)) void sysc__crash(void)
{
	__asm__ volatile("unimp");
	__builtin_unreachable();
}

#endif
