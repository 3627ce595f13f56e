/* sysc__crash: ends the process when every exit syscall has been refused.
 * `udf #0` is permanently undefined in ARM and in Thumb state, and not one
 * of the encodings the kernel claims for breakpoints: it forces SIGILL
 * (unblocking it and restoring the default action when it is blocked or
 * ignored), as ud2 does on x86. */
#ifndef SYSC_ARCH_ARM_CRASH_H
#define SYSC_ARCH_ARM_CRASH_H

static inline __attribute__((noreturn, always_inline)) void sysc__crash(void)
{
	__asm__ volatile("udf #0");
	__builtin_unreachable();
}

#endif
