/* The C half of _start (arch/<arch>/crt_start.S): the stack holds argc, the
 * argv pointers and NULL, the envp pointers and NULL, then the auxv pairs. */
#include "internal.h"

int main(int argc, char **argv, char **envp);
void sysc__exit_now(int status) __attribute__((noreturn)) SYSC__HIDDEN;

/* Defined by the linker in every executable (GNU ld's default scripts,
 * gold, lld), even when the section is empty. Hidden and not weak: under
 * -fPIC a weak or default-visibility reference goes through the GOT, which
 * the aarch64 and riscv64 links keep (a section, its header and a word per
 * symbol in every static program); a hidden one is a PC-relative address.
 * This object is only linked with _start, that is into executables: a
 * shared object linking libsysc.a, for which GNU ld defines none of these,
 * never pulls it in. The destructors' bounds are handed to
 * sysc_exit_process here for the same reason (src/exit.c). */
typedef void (*const sysc__ctor_fn)(int, char **, char **);
extern sysc__ctor_fn __preinit_array_start[] SYSC__HIDDEN;
extern sysc__ctor_fn __preinit_array_end[] SYSC__HIDDEN;
extern sysc__ctor_fn __init_array_start[] SYSC__HIDDEN;
extern sysc__ctor_fn __init_array_end[] SYSC__HIDDEN;
extern void (*const __fini_array_start[])(void) SYSC__HIDDEN;
extern void (*const __fini_array_end[])(void) SYSC__HIDDEN;

/* The start-up; `pie` is a constant in each caller below, so the non-PIE
 * one is exactly the code without the static-PIE case. */
__attribute__((always_inline, noreturn)) static inline void sysc__start(long *sp, int pie,
									 size_t bias)
{
	int argc = (int)sp[0];
	char **argv = (char **)(sp + 1);
	char **envp = argv + argc + 1;
	char **p = envp;
	sysc__ctor_fn *f;

	while (*p)
		p++;
	sysc__environ = envp;
	/* No TLS yet: sysc_init_auxv and the TLS set-up use none. */
	sysc__auxv = (const unsigned long *)(p + 1);
	if (sysc_is_error(pie ? sysc__tls_init_biased(bias) : sysc__tls_init_main()))
		sysc__exit_now(127);
	sysc_init_auxv(sysc__auxv);

	for (f = __preinit_array_start; f < __preinit_array_end; f++)
		(*f)(argc, argv, envp);
	for (f = __init_array_start; f < __init_array_end; f++)
		(*f)(argc, argv, envp);
	sysc__fini_first = __fini_array_start;
	sysc__fini_next = __fini_array_end;

	sysc_exit_process(main(argc, argv, envp));
}

__attribute__((noreturn)) void sysc__start_main(long *sp) SYSC__HIDDEN;
void sysc__start_main(long *sp)
{
	sysc__start(sp, 0, 0);
}

/* A static PIE's, after it relocated itself (src/static_pie.c): PT_TLS is
 * found at its link-time address plus `bias`. */
void sysc__start_biased(long *sp, size_t bias)
{
	sysc__start(sp, 1, bias);
}

/* What _start calls, weakly (arch/<arch>/crt_start.S): this alias, or in a
 * program compiled as PIE the strong one of src/static_pie.c, which
 * relocates the program and then calls sysc__start_biased. _start's
 * reference is weak so that it never pulls src/static_pie.c's object out of
 * the archive by itself: only <sysc/start.h>'s reference does. */
void sysc__start_c(long *sp)
	__attribute__((noreturn, weak, alias("sysc__start_main"))) SYSC__HIDDEN;

/* glibc's __getauxval, which a compiler run-time calls from its own
 * constructors: gcc on aarch64 makes atomics calls into libgcc's
 * __aarch64_* helpers by default (-moutline-atomics), and libgcc picks
 * their LSE or load/store-exclusive form by AT_HWCAP, read through
 * __getauxval. Here, with _start, because only a program without a libc
 * links this object and it always does: in libsysc_mem.a it would come
 * too early on the link line, libgcc being last. The auxv is filled
 * before any constructor runs (above). Weak and hidden as the memory
 * functions are (src/compiler_mem.c). The library itself is built without
 * outline atomics (the Makefile's CF_LIB_aarch64, tests/check-nm.sh). */
unsigned long __getauxval(unsigned long type) __attribute__((weak, visibility("hidden")));
unsigned long __getauxval(unsigned long type)
{
	return sysc_getauxval(type);
}
