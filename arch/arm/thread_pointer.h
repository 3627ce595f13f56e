/* arm thread pointer: the user read-only thread ID register (TPIDRURO),
 * which only the kernel writes: set with the private syscall
 * __ARM_NR_set_tls (and CLONE_SETTLS for a new thread), read with
 * `mrc p15, 0, Rt, c13, c0, 3`. Every ARMv6K and later core has the
 * register (HWCAP_TLS); sysc is built for ARMv7-A, so the mrc is always
 * there and the kernel's helper at 0xffff0fe0 (for older cores, absent
 * on kernels without CONFIG_KUSER_HELPERS) is never needed.
 * TLS variant I: the executable's TLS block starts above the thread
 * pointer, after an 8-byte gap reserved for the TCB (the linker's offsets
 * count from tp + round_up(8, p_align)). The stack protector's canary is
 * the global __stack_chk_guard on this arch, not a TLS word. */
#ifndef SYSC_ARCH_ARM_THREAD_POINTER_H
#define SYSC_ARCH_ARM_THREAD_POINTER_H

#define SYSC__TLS_VARIANT 1
#define SYSC__TLS_GAP 8
#define SYSC__STACK_GUARD_GLOBAL 1

static inline long sysc__arch_set_tp(void *tp)
{
	return sysc_raw_syscall1(SYSC_ARM_NR_set_tls, (long)tp);
}

static inline void *sysc__arch_get_tp(void)
{
	void *tp;
	__asm__ ("mrc p15, 0, %0, c13, c0, 3" : "=r"(tp));
	return tp;
}

#endif
