/* aarch64 thread pointer: TPIDR_EL0, written from user space (no syscall).
 * TLS variant I: the executable's TLS block starts above the thread pointer,
 * after a 16-byte gap reserved for the TCB (the linker's offsets count from
 * tp + round_up(16, p_align)). The stack protector's canary is the global
 * __stack_chk_guard on this arch, not a TLS word. */
#ifndef SYSC_ARCH_AARCH64_THREAD_POINTER_H
#define SYSC_ARCH_AARCH64_THREAD_POINTER_H

#define SYSC__TLS_VARIANT 1
#define SYSC__TLS_GAP 16
#define SYSC__STACK_GUARD_GLOBAL 1

static inline long sysc__arch_set_tp(void *tp)
{
	__asm__ volatile ("msr tpidr_el0, %0" : : "r"(tp) : "memory");
	return 0;
}

static inline void *sysc__arch_get_tp(void)
{
	void *tp;
	__asm__ ("mrs %0, tpidr_el0" : "=r"(tp));
	return tp;
}

#endif
