/* What sysc's _start captured (freestanding programs), or what sysc_init()
 * read beside a libc. */
#ifndef SYSC_START_H
#define SYSC_START_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Set by sysc's _start; NULL beside a libc. */
extern char **sysc_environ;

/* The value of auxv entry `type` (AT_*), or 0 when absent or when no auxv
 * is known (beside a libc, before sysc_init()). */
unsigned long sysc_getauxval(unsigned long type);

/* The whole auxv sysc_getauxval reads: pairs of words (type, value), the
 * last one AT_NULL, and in *count (if count is not NULL) the number of
 * pairs before it. NULL and 0 when no auxv is known. Walk it as
 *   for (a = sysc_auxv(NULL); a && a[0] != SYSC_AT_NULL; a += 2) ...
 * Issues no syscall. */
const unsigned long *sysc_auxv(size_t *count);

/* Use this auxv (pairs of words ending with AT_NULL) from now on, and run the
 * one-time set-up that depends on it: on i386 the switch to
 * __kernel_vsyscall, and the vDSO when it is linked in. _start calls it; a
 * program beside a libc may call it with an auxv it has. The array must
 * stay valid. Issues no syscall. */
void sysc_init_auxv(const unsigned long *auxv);

/* For programs on sysc's _start, what a libc's exit() is: runs the
 * executable's destructors (fini_array, in reverse order; each at most once,
 * even when a destructor calls this again), then exit_group(status). Returning
 * from main does the same. Not for programs beside a libc (use the libc's
 * exit: it also flushes stdio and runs atexit handlers). When a seccomp
 * filter refuses exit_group, it tries exit, which ends the process from its
 * last thread; if that is refused too, it executes a faulting instruction
 * (SIGILL): it never returns and never loops. Syscalls: exit_group, and exit
 * only when exit_group failed. */
__attribute__((noreturn)) void sysc_exit_process(int status);

/* A freestanding program compiled as PIE (-fPIE, the default of most
 * distributions' gcc) may be linked as a static PIE (-static-pie): this
 * reference links the start-up that relocates it (libsysc.a's
 * static_pie.o), which does nothing when the link is not PIE. Code built
 * -fno-pie, and hosted code beside a libc, never links it. */
#if (defined(__PIE__) || defined(__pie__)) && defined(__STDC_HOSTED__) && !__STDC_HOSTED__ && \
	!defined(SYSC_HEADER_ONLY)
/* Bootstrap code that uses only the headers (no libsysc.a) defines
 * SYSC_HEADER_ONLY: it has no sysc _start to relocate. Without it, such
 * code compiled as PIE fails to link on this name, loudly, rather than a
 * static PIE on sysc's _start running unrelocated. */
__asm__(".globl sysc__static_pie");
#endif

#define SYSC_AT_NULL 0
#define SYSC_AT_PHDR 3
#define SYSC_AT_PHENT 4
#define SYSC_AT_PHNUM 5
#define SYSC_AT_PAGESZ 6
#define SYSC_AT_BASE 7
#define SYSC_AT_ENTRY 9
#define SYSC_AT_UID 11
#define SYSC_AT_HWCAP 16
#define SYSC_AT_CLKTCK 17
#define SYSC_AT_SECURE 23
#define SYSC_AT_RANDOM 25
#define SYSC_AT_EXECFN 31
#define SYSC_AT_SYSINFO 32
#define SYSC_AT_SYSINFO_EHDR 33
#define SYSC_AT_MINSIGSTKSZ 51

#ifdef __cplusplus
}
#endif

#endif
