/* Static TLS for the main thread and the layout that threads reuse.
 *
 * Variant I (aarch64, riscv64; SYSC__TLS_VARIANT 1 in thread_pointer.h):
 * the block starts above the thread pointer, after the arch's gap
 * (SYSC__TLS_GAP: 16 on aarch64, 0 on riscv64), rounded up to the
 * segment's alignment, as the linker computed every offset; the thread
 * pointer needs the segment's alignment. Nothing is read through tp itself
 * (those arches keep the stack protector's canary in a global).
 *
 * x86 uses TLS variant II: the thread pointer points at the TCB, and the
 * executable's TLS block sits just below it, ending at the thread pointer.
 * The linker resolved every TLS access to tp - round_up(memsz, align) +
 * offset, and the thread pointer itself must be aligned to the segment's
 * alignment. The TCB's first word points to itself (%fs:0 / %gs:0 loads it). */
#include "internal.h"
#include "vdso_parse.h"	/* the ELF header and program header layouts */

#include "thread_pointer.h"	/* arch/<arch>/, on the include path */

typedef struct sysc__elf_phdr sysc__phdr;

/* The executable's own ELF header, defined by GNU ld, gold and lld when the
 * header is loaded, as in every static executable they make. Not weak:
 * a weak reference costs a GOT entry under -fPIC (clang), and a linker
 * that does not define it fails the link rather than the program. */
extern const unsigned char __ehdr_start[] SYSC__HIDDEN;

#define SYSC__PT_TLS 7

/* Zero-initialised (.bss keeps static images small); align is set to at
 * least 1 by sysc__tls_init_main before any use. */
struct sysc__tls_image sysc__tls;

static size_t sysc__round_up(size_t x, size_t a)
{
	return (x + a - 1) & ~(a - 1);
}

/* The thread pointer's alignment: the segment's, and at least 16 for the
 * TCB. Any multiple of p_align keeps the variables aligned. */
static size_t sysc__tp_align(void)
{
	return sysc__tls.align > 16 ? sysc__tls.align : 16;
}

#if SYSC__TLS_VARIANT == 1
/* The block's offset above the thread pointer. */
static size_t sysc__tls_offset(void)
{
	return sysc__round_up(SYSC__TLS_GAP, sysc__tls.align);
}

size_t sysc__tls_block_size(void)
{
	return sysc__tp_align() + sysc__tls_offset() + sysc__tls.memsz;
}
#else
/* The block below the thread pointer is round_up(memsz, p_align): exactly
 * what the linker subtracted, so not rounded to the larger tp alignment. */
static size_t sysc__tls_block(void)
{
	return sysc__round_up(sysc__tls.memsz, sysc__tls.align);
}

size_t sysc__tls_block_size(void)
{
	return sysc__tls_block() + SYSC__TCB_SIZE + sysc__tp_align();
}
#endif

/* The canary of code built with -fstack-protector, the same in every
 * thread: from the kernel's AT_RANDOM bytes, with the low byte zero (a
 * string overflow then cannot reproduce it, since a string ends in that
 * byte). Without AT_RANDOM, from the address of the auxv: weak, but not a
 * constant. */
#ifdef SYSC__STACK_GUARD_GLOBAL
/* Where code built with -fstack-protector reads the canary on this arch;
 * written through a hidden alias (no GOT entry under -fPIC). Weak: a
 * static glibc defines its own on these arches, and this object comes
 * along beside it whenever a program uses sysc's threads or TLS (a
 * duplicate definition then, found by tests/check-mem-beside-libc.sh with
 * lld). Only sysc's _start writes this one. */
__attribute__((weak)) unsigned long __stack_chk_guard;
extern unsigned long sysc__stack_guard __attribute__((alias("__stack_chk_guard"))) SYSC__HIDDEN;
#else
unsigned long sysc__stack_guard SYSC__HIDDEN;
#endif

/* Inlined in both TLS set-ups below, as it was in the one before them. */
__attribute__((always_inline)) static inline void sysc__stack_guard_init(void)
{
	const unsigned char *r = (const unsigned char *)sysc_getauxval(SYSC_AT_RANDOM);
	unsigned long g = (unsigned long)sysc__auxv;

	if (r)
		sysc__memcpy(&g, r, sizeof g);
	sysc__stack_guard = g & ~0xffUL;
}

#if SYSC__TLS_VARIANT == 1
void *sysc__tls_place(void *mem)
{
	char *tp = (char *)sysc__round_up((size_t)mem, sysc__tp_align());
	char *block = tp + sysc__tls_offset();

	sysc__memset(tp, 0, sysc__tls_offset());
	sysc__memcpy(block, sysc__tls.init, sysc__tls.filesz);
	sysc__memset(block + sysc__tls.filesz, 0, sysc__tls.memsz - sysc__tls.filesz);
	return tp;
}
#else
void *sysc__tls_place(void *mem)
{
	size_t block = sysc__tls_block();
	char *tp = (char *)sysc__round_up((size_t)mem + block, sysc__tp_align());

	sysc__memcpy(tp - block, sysc__tls.init, sysc__tls.filesz);
	sysc__memset(tp - block + sysc__tls.filesz, 0,
		     block - sysc__tls.filesz + SYSC__TCB_SIZE);
	*(void **)tp = tp;
	*(unsigned long *)(tp + SYSC__STACK_GUARD_OFFSET) = sysc__stack_guard;
	return tp;
}
#endif


/* Enough for the errno word and a modest amount of user TLS without a
 * syscall; a larger PT_TLS is mmapped (the one extra syscall start-up can
 * make, documented in the README). */
static char sysc__main_tls[512] __attribute__((aligned(64)));

/* Finds PT_TLS in the executable's own program headers, through the ELF
 * header the linker placed at __ehdr_start, places the block, sets the
 * thread pointer. Returns 0 or -errno; runs before anything may use TLS.
 * The auxv's AT_PHDR is not needed: a hand-built stack or a loader that
 * passes none still gets the right TLS (it used to get TLS over .data).
 * p_vaddr is a link-time address: `bias` is a static PIE's load bias
 * (src/static_pie.c), 0 for every other program.
 *
 * One body, two functions: a macro, because as an inline function called
 * with 0 clang 14 lays the non-PIE one out differently (5 bytes larger,
 * which takes its static hello over 2 KiB); the PIE one is dropped by
 * --gc-sections from every program that does not call it. */
#define SYSC__TLS_INIT(bias)							\
	{									\
		const struct sysc__elf_ehdr *e = (const void *)__ehdr_start;	\
		const sysc__phdr *ph = (const sysc__phdr *)(__ehdr_start + e->e_phoff); \
		void *mem = sysc__main_tls;					\
		long r;								\
										\
		sysc__stack_guard_init();					\
		sysc__tls.align = 1;						\
		for (unsigned int i = 0; i < e->e_phnum; i++) {			\
			if (ph[i].p_type != SYSC__PT_TLS)			\
				continue;					\
			sysc__tls.init = (const void *)((bias) + ph[i].p_vaddr); \
			sysc__tls.filesz = ph[i].p_filesz;			\
			sysc__tls.memsz = ph[i].p_memsz;			\
			if (ph[i].p_align > 1 && !(ph[i].p_align & (ph[i].p_align - 1))) \
				sysc__tls.align = ph[i].p_align;		\
		}								\
		if (sysc__tls_block_size() > sizeof sysc__main_tls) {		\
			r = sysc_raw_mmap(NULL, sysc__tls_block_size(),		\
					  SYSC_PROT_READ | SYSC_PROT_WRITE,	\
					  SYSC_MAP_PRIVATE | SYSC_MAP_ANONYMOUS, -1, 0); \
			if (sysc_is_error(r))					\
				return r;					\
			mem = (void *)r;					\
		}								\
		return sysc__arch_set_tp(sysc__tls_place(mem));			\
	}

long sysc__tls_init_main(void)
SYSC__TLS_INIT(0)

long sysc__tls_init_biased(size_t bias)
SYSC__TLS_INIT(bias)
