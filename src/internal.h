/* Library-internal declarations. The errno translation (sysc__ret) and the
 * errno layer's way into the kernel (sysc__sc0..6) are in the public
 * headers, because the errno wrappers are inline there. */
#ifndef SYSC_SRC_INTERNAL_H
#define SYSC_SRC_INTERNAL_H

#include <sysc.h>

#define SYSC__HIDDEN __attribute__((visibility("hidden")))

#if defined(__i386__)
/* cpuid leaf 0 vendor string (12 bytes + NUL) and leaf 1 edx. */
void sysc__i386_cpuid(char vendor[13], unsigned int *leaf1_edx) SYSC__HIDDEN;
#endif

/* Start-up state (src/auxv.c) and the hooks _start runs (src/start.c). */
extern const unsigned long *sysc__auxv SYSC__HIDDEN;
extern char **sysc__environ SYSC__HIDDEN;	/* sysc_environ */
/* The destructors sysc_exit_process runs (src/exit.c). */
extern void (*const *sysc__fini_first)(void) SYSC__HIDDEN;
extern void (*const *sysc__fini_next)(void) SYSC__HIDDEN;

/* The static TLS image of the executable, from PT_TLS (src/tls.c). */
struct sysc__tls_image {
	const void *init;	/* .tdata contents */
	size_t filesz;		/* bytes of .tdata */
	size_t memsz;		/* .tdata + .tbss */
	size_t align;
};
extern struct sysc__tls_image sysc__tls SYSC__HIDDEN;

/* Size of a block that sysc__tls_place can lay a thread's TLS and TCB out
 * in, and the placement: copies .tdata, zeroes .tbss and the TCB, sets the
 * TCB self pointer, returns the thread pointer. `mem` needs no alignment. */
#define SYSC__TCB_SIZE 64
size_t sysc__tls_block_size(void) SYSC__HIDDEN;
/* The main thread's TLS set-up (src/tls.c), the second for a static PIE
 * with its load bias; its start-up (src/start.c, src/static_pie.c). */
long sysc__tls_init_main(void) SYSC__HIDDEN;
long sysc__tls_init_biased(size_t bias) SYSC__HIDDEN;
__attribute__((noreturn)) void sysc__start_biased(long *sp, size_t bias) SYSC__HIDDEN;
void *sysc__tls_place(void *mem) SYSC__HIDDEN;

/* Set-up that depends on the auxv, run by sysc_init_auxv: a function
 * pointer placed in this section (src/auxv.c), so that a program that does
 * not use the vDSO does not link it. */
#if __has_attribute(__retain__)
/* retain (SHF_GNU_RETAIN): lld (-z start-stop-gc, its default) would
 * otherwise collect a section that only __start_/__stop_ name; GNU ld
 * keeps such sections by itself. */
#define SYSC__AUXV_HOOK __attribute__((section("sysc_auxv_hooks"), used, __retain__))
#else
#define SYSC__AUXV_HOOK __attribute__((section("sysc_auxv_hooks"), used))
#endif
void sysc__vdso_setup(void) SYSC__HIDDEN;
void sysc__i386_setup(void) SYSC__HIDDEN;

/* Small freestanding helpers (no libc, and the compiler must not turn them
 * into calls to memcpy/memset: see src/mem.c). */
void sysc__memcpy(void *dst, const void *src, size_t n) SYSC__HIDDEN;
void sysc__memset(void *dst, int c, size_t n) SYSC__HIDDEN;
int sysc__strcmp(const char *a, const char *b) SYSC__HIDDEN;

#endif
