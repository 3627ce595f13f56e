/* Threads for programs on sysc's _start (freestanding, no libc). Each
 * thread has its own TLS block, so its own sysc_errno. Beside a libc, use
 * the libc's threads instead (pthread_create): sysc's errno is plain
 * initial-exec TLS and works in them, while sysc_thread_create refuses
 * (ENOSYS) because the libc owns the TLS layout. */
#ifndef SYSC_THREAD_H
#define SYSC_THREAD_H

#include "types.h"

#ifdef __cplusplus
extern "C" {
#endif

/* A started thread. `tid` is the kernel thread id (for sysc_tgkill) until
 * the thread is joined; the other members are private. */
typedef struct sysc_thread {
	int tid;
	void *map_;
	size_t map_size_;
	void *ctl_;
} sysc_thread_t;

#define SYSC_THREAD_STACK_DEFAULT (256 * 1024)
#define SYSC_THREAD_STACK_MIN (16 * 1024)

/* Starts fn(arg) in a new thread with a stack of stack_size bytes (0: the
 * default; raised to SYSC_THREAD_STACK_MIN and rounded to pages), a
 * PROT_NONE guard page below it and a fresh copy of the program's TLS
 * (sysc_errno starts at 0). One mmap, one mprotect, one clone; on failure
 * the mapping is gone again. 0, or -1 with sysc_errno: EINVAL (NULL t or
 * fn), ENOMEM (size too large, or mmap failed), EAGAIN (clone: thread
 * limit), ENOSYS (not started by sysc's _start). */
int sysc_thread_create(sysc_thread_t *t, int (*fn)(void *), void *arg,
		       size_t stack_size);

/* Waits for the thread to finish (futex wait on its tid, which the kernel
 * clears at exit), stores fn's return value in *ret (ret may be NULL) and
 * unmaps its stack and TLS. 0, or -1 with sysc_errno: EINVAL (not a
 * started thread, or already joined), EDEADLK (joining oneself). */
int sysc_thread_join(sysc_thread_t *t, int *ret);

/* The clone flags are in sysc/types_proc.h. */

/* futex operations (linux/futex.h). */
#define SYSC_FUTEX_WAIT 0
#define SYSC_FUTEX_WAKE 1
#define SYSC_FUTEX_REQUEUE 3
#define SYSC_FUTEX_CMP_REQUEUE 4
#define SYSC_FUTEX_WAKE_OP 5
#define SYSC_FUTEX_WAIT_BITSET 9
#define SYSC_FUTEX_WAKE_BITSET 10
#define SYSC_FUTEX_PRIVATE_FLAG 128
#define SYSC_FUTEX_CLOCK_REALTIME 256
#define SYSC_FUTEX_WAIT_PRIVATE (SYSC_FUTEX_WAIT | SYSC_FUTEX_PRIVATE_FLAG)
#define SYSC_FUTEX_WAKE_PRIVATE (SYSC_FUTEX_WAKE | SYSC_FUTEX_PRIVATE_FLAG)

#ifdef __cplusplus
}
#endif

#endif
