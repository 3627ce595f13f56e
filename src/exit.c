/* Ending the process the way a libc's exit() does for a program on sysc's
 * _start: the executable's destructors (fini_array, last first), then
 * exit_group. main's return comes here too (src/start.c). */
#include "internal.h"

void sysc__exit_now(int status) __attribute__((noreturn)) SYSC__HIDDEN;

/* The executable's fini_array, set by _start (src/start.c; this object
 * names no linker-defined symbol, so it also links into a shared object),
 * NULL beside a libc. sysc__fini_next moves down before each call: a
 * destructor that calls sysc_exit_process goes on with the next one, and
 * none runs twice. */
void (*const *sysc__fini_first)(void);
void (*const *sysc__fini_next)(void);

void sysc_exit_process(int status)
{
	while (sysc__fini_next > sysc__fini_first)
		(*--sysc__fini_next)();
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
