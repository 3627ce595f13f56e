/* The C half of _start (arch/<arch>/crt_start.S): the stack holds argc, the
 * argv pointers and NULL, the envp pointers and NULL, then the auxv pairs. */
#include "internal.h"

int main(int argc, char **argv, char **envp);
void sysc__exit_now(int status) __attribute__((noreturn)) SYSC__HIDDEN;

/* Provided by the default linker script for static executables. */
extern void (*const __preinit_array_start[])(int, char **, char **) __attribute__((weak));
extern void (*const __preinit_array_end[])(int, char **, char **) __attribute__((weak));
extern void (*const __init_array_start[])(int, char **, char **) __attribute__((weak));
extern void (*const __init_array_end[])(int, char **, char **) __attribute__((weak));

/* The start-up; `pie` is a constant in each caller below, so the non-PIE
 * one is exactly the code without the static-PIE case. */
__attribute__((always_inline, noreturn)) static inline void sysc__start(long *sp, int pie,
									 size_t bias)
{
	int argc = (int)sp[0];
	char **argv = (char **)(sp + 1);
	char **envp = argv + argc + 1;
	char **p = envp;
	size_t i, n;

	while (*p)
		p++;
	sysc_environ = envp;
	/* No TLS yet: sysc_init_auxv and the TLS set-up use none. */
	sysc__auxv = (const unsigned long *)(p + 1);
	if (sysc_is_error(pie ? sysc__tls_init_biased(bias) : sysc__tls_init_main()))
		sysc__exit_now(127);
	sysc_init_auxv(sysc__auxv);

	n = (size_t)(__preinit_array_end - __preinit_array_start);
	for (i = 0; i < n; i++)
		__preinit_array_start[i](argc, argv, envp);
	n = (size_t)(__init_array_end - __init_array_start);
	for (i = 0; i < n; i++)
		__init_array_start[i](argc, argv, envp);

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
