/* Raw wrappers written by hand ("@" entries of tools/wrappers/proc.tsv):
 * processes, ids, resources, scheduling. Included by sysc/raw.h. */
#ifndef SYSC_RAW_PROC_H
#define SYSC_RAW_PROC_H

#include "raw.h"

#ifdef __cplusplus
extern "C" {
#endif

/* vfork: the child runs on the parent's stack until it calls execve or
 * exit, so no C function may return in it: a wrapper's `ret` in the child
 * would leave the parent a clobbered frame. Both are therefore asm
 * (arch/<arch>/vfork.S), keeping the return address in a register across
 * the syscall, and live in libsysc.a: sysc_raw_vfork is the one raw
 * wrapper that is not header-only. returns_twice tells the compiler the
 * caller's frame is shared, as for setjmp (sysc_vfork is declared with it
 * in sysc/calls.h, from the table's returns_twice note). The child may only call
 * sysc_execve/execveat or sysc_exit (not exit_group's libc cousins: no
 * atexit handlers, no stdio flush). */
long sysc_raw_vfork(void) __attribute__((__returns_twice__));

#ifdef __cplusplus
}
#endif

#endif
