/* Library-internal helpers: the errno translation on the TLS variable and
 * the per-arch way into the kernel that the errno layer uses. */
#ifndef SYSC_SRC_INTERNAL_H
#define SYSC_SRC_INTERNAL_H

#include <sysc.h>

#define SYSC__HIDDEN __attribute__((visibility("hidden")))

extern __thread int sysc__errno_value SYSC__HIDDEN;

static inline long sysc__ret(long r)
{
	if (__builtin_expect(sysc_is_error(r), 0)) {
		sysc__errno_value = (int)-r;
		return -1;
	}
	return r;
}

static inline long sysc__fail(int e)
{
	sysc__errno_value = e;
	return -1;
}

#if defined(__x86_64__)
#define sysc__sc0 sysc_raw_syscall0
#define sysc__sc1 sysc_raw_syscall1
#define sysc__sc2 sysc_raw_syscall2
#define sysc__sc3 sysc_raw_syscall3
#define sysc__sc4 sysc_raw_syscall4
#define sysc__sc5 sysc_raw_syscall5
#define sysc__sc6 sysc_raw_syscall6
#elif defined(__i386__)
#include "../arch/i386/entry_call.h"
#define sysc__sc0(n) sysc__i386_call6(n, 0, 0, 0, 0, 0, 0)
#define sysc__sc1(n, a) sysc__i386_call6(n, a, 0, 0, 0, 0, 0)
#define sysc__sc2(n, a, b) sysc__i386_call6(n, a, b, 0, 0, 0, 0)
#define sysc__sc3(n, a, b, c) sysc__i386_call6(n, a, b, c, 0, 0, 0)
#define sysc__sc4(n, a, b, c, d) sysc__i386_call6(n, a, b, c, d, 0, 0)
#define sysc__sc5(n, a, b, c, d, e) sysc__i386_call6(n, a, b, c, d, e, 0)
#define sysc__sc6 sysc__i386_call6
#endif

/* Start-up state (src/auxv.c) and the hooks _start runs (src/start.c). */
extern const unsigned long *sysc__auxv SYSC__HIDDEN;

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
void *sysc__tls_place(void *mem) SYSC__HIDDEN;

/* Set-up that depends on the auxv, run by sysc_init_auxv; weak so that a
 * program that does not use the vDSO does not link it. */
void sysc__vdso_setup(void) __attribute__((weak)) SYSC__HIDDEN;
void sysc__i386_setup(void) SYSC__HIDDEN;

/* Small freestanding helpers (no libc, and the compiler must not turn them
 * into calls to memcpy/memset: see src/mem.c). */
void sysc__memcpy(void *dst, const void *src, size_t n) SYSC__HIDDEN;
void sysc__memset(void *dst, int c, size_t n) SYSC__HIDDEN;
int sysc__strcmp(const char *a, const char *b) SYSC__HIDDEN;

#endif
