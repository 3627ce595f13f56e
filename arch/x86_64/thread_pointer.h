/* x86_64 thread pointer: %fs base, set with arch_prctl(ARCH_SET_FS). The
 * TLS ABI (variant II) wants the word at %fs:0 to point to itself. */
#ifndef SYSC_ARCH_X86_64_THREAD_POINTER_H
#define SYSC_ARCH_X86_64_THREAD_POINTER_H

#define SYSC__ARCH_SET_FS 0x1002

/* Where code built with -fstack-protector reads its canary: %fs:0x28,
 * a word of the TCB (gcc's and clang's default guard location). */
#define SYSC__STACK_GUARD_OFFSET 0x28

/* always_inline: src/tls.c has two callers (non-PIE and static PIE), and
 * the non-PIE one must stay as small as with one. */
__attribute__((always_inline)) static inline long sysc__arch_set_tp(void *tp)
{
	return sysc_raw_syscall2(SYSC_NR_arch_prctl, SYSC__ARCH_SET_FS, (long)tp);
}

static inline void *sysc__arch_get_tp(void)
{
	void *tp;
	__asm__ ("mov %%fs:0, %0" : "=r"(tp));
	return tp;
}

#endif
