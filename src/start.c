/* The C half of _start (arch/<arch>/crt_start.S): the stack holds argc, the
 * argv pointers and NULL, the envp pointers and NULL, then the auxv pairs. */
#include "internal.h"

int main(int argc, char **argv, char **envp);
long sysc__tls_init_main(void) SYSC__HIDDEN;
void sysc__exit_now(int status) __attribute__((noreturn)) SYSC__HIDDEN;

/* Provided by the default linker script for static executables. */
extern void (*const __preinit_array_start[])(int, char **, char **) __attribute__((weak));
extern void (*const __preinit_array_end[])(int, char **, char **) __attribute__((weak));
extern void (*const __init_array_start[])(int, char **, char **) __attribute__((weak));
extern void (*const __init_array_end[])(int, char **, char **) __attribute__((weak));

__attribute__((noreturn, used)) void sysc__start_c(long *sp) SYSC__HIDDEN;
void sysc__start_c(long *sp)
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
	if (sysc_is_error(sysc__tls_init_main()))
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
