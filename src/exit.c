/* Ending the process the way a libc's exit() does for a program on sysc's
 * _start: the executable's destructors (fini_array, last first), then
 * exit_group. main's return comes here too (src/start.c). */
#include "internal.h"

void sysc__exit_now(int status) __attribute__((noreturn)) SYSC__HIDDEN;

/* Provided by the default linker script for static executables. */
extern void (*const __fini_array_start[])(void) __attribute__((weak));
extern void (*const __fini_array_end[])(void) __attribute__((weak));

/* Entries already started, counted before each call: a destructor that
 * calls sysc_exit_process goes on with the next one, and none runs twice. */
static size_t sysc__fini_started;

void sysc_exit_process(int status)
{
	size_t n = (size_t)(__fini_array_end - __fini_array_start);

	while (sysc__fini_started < n)
		__fini_array_start[n - ++sysc__fini_started]();
	sysc__exit_now(status);
}

/* sysc_exit_group never returns: when a seccomp filter refuses exit_group
 * it tries exit, which still ends the process when this is its last thread,
 * and if that is refused too, a fault (sysc__exit_fallback in sysc/syscall.h).
 * Never a loop back into the caller. */
void sysc__exit_now(int status)
{
	sysc_exit_group(status);
}
