/* riscv64 thread pointer: the tp register (x4), written from user space
 * (no syscall). TLS variant I with no gap: the executable's TLS block starts
 * at tp itself. The stack protector's canary is the global
 * __stack_chk_guard on this arch, not a TLS word. */
#ifndef SYSC_ARCH_RISCV64_THREAD_POINTER_H
#define SYSC_ARCH_RISCV64_THREAD_POINTER_H

#define SYSC__TLS_VARIANT 1
#define SYSC__TLS_GAP 0
#define SYSC__STACK_GUARD_GLOBAL 1

static inline long sysc__arch_set_tp(void *tp)
{
	__asm__ volatile ("mv tp, %0" : : "r"(tp) : "memory");
	return 0;
}

static inline void *sysc__arch_get_tp(void)
{
	void *tp;
	__asm__ ("mv %0, tp" : "=r"(tp));
	return tp;
}

#endif
