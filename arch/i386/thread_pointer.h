/* i386 thread pointer: a GDT entry from set_thread_area, loaded into %gs.
 * The word at %gs:0 points to itself (TLS ABI variant II). */
#ifndef SYSC_ARCH_I386_THREAD_POINTER_H
#define SYSC_ARCH_I386_THREAD_POINTER_H

/* struct sysc_user_desc (asm/ldt.h) and its flag bits are public, in
 * sysc/types_sys.h (checked bit by bit in tests/test_abi_sys.c). */
#define SYSC__USER_DESC_TLS_FLAGS \
	(SYSC_USER_DESC_SEG_32BIT | SYSC_USER_DESC_LIMIT_IN_PAGES | SYSC_USER_DESC_USEABLE)

/* The kernel picks a free TLS slot when entry_number is -1 and writes it back;
 * threads then reuse that slot number. */
/* Where code built with -fstack-protector reads its canary: %gs:0x14,
 * a word of the TCB (gcc's and clang's default guard location). */
#define SYSC__STACK_GUARD_OFFSET 0x14

__attribute__((always_inline)) static inline long sysc__arch_set_tp_desc(void *tp, struct sysc_user_desc *d)
{
	long r;

	d->base_addr = (unsigned int)tp;
	d->limit = 0xfffff;
	d->flags = SYSC__USER_DESC_TLS_FLAGS;
	r = sysc_raw_syscall1(SYSC_NR_set_thread_area, (long)d);
	if (r < 0)
		return r;
	__asm__ volatile ("movw %w0, %%gs" : : "q"(d->entry_number * 8 + 3));
	return 0;
}

/* always_inline: src/tls.c has two callers (non-PIE and static PIE), and
 * the non-PIE one must stay as small as with one. */
__attribute__((always_inline)) static inline long sysc__arch_set_tp(void *tp)
{
	struct sysc_user_desc d = { .entry_number = -1u };
	return sysc__arch_set_tp_desc(tp, &d);
}

static inline void *sysc__arch_get_tp(void)
{
	void *tp;
	__asm__ ("mov %%gs:0, %0" : "=r"(tp));
	return tp;
}

#endif
