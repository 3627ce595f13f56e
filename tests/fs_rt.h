/* Helpers shared by the thread, signal and seccomp freestanding tests:
 * running a piece of a test in a child process (so that a kill, a crash or
 * a seccomp filter stays there) and decoding wait statuses. */
#ifndef SYSC_TESTS_FS_RT_H
#define SYSC_TESTS_FS_RT_H

#include "fs_check.h"

/* fork() as clone(SIGCHLD): the same call on both arches, and the child
 * goes on on a copy of this stack, so the raw inline syscall is fine. */
static inline int fs_fork(void)
{
	return (int)sysc_raw_syscall(SYSC_NR_clone, SYSC_SIGCHLD, 0, 0, 0, 0);
}

/* Runs fn() in a child process that exits with fn's value; returns the
 * wait status, or -1 if fork or wait failed. */
static inline int fs_in_child(int (*fn)(void))
{
	int pid = fs_fork(), status = 0;

	if (pid < 0)
		return -1;
	if (pid == 0)
		sysc_raw_exit_group(fn());
	if (sysc_wait4(pid, &status, 0, NULL) != pid)
		return -1;
	return status;
}

static inline int fs_exited(int st) { return (st & 0x7f) == 0; }
static inline int fs_exit_code(int st) { return (st >> 8) & 0xff; }
static inline int fs_term_sig(int st)
{
	return (st & 0x7f) != 0 && (st & 0x7f) != 0x7f ? st & 0x7f : 0;
}

/* Sleeps `ms` milliseconds (nanosleep; restarts after signal handlers). */
static inline void fs_sleep_ms(long ms)
{
	struct sysc_timespec ts = { ms / 1000, (ms % 1000) * 1000000L }, rem;

	while (sysc_nanosleep(&ts, &rem) < 0 && sysc_errno == SYSC_EINTR)
		ts = rem;
}

/* Prints a skip for `what` and returns 1 when this process has no
 * seccomp(2): qemu-user answers ENOSYS to every seccomp call (and EINVAL to
 * prctl(PR_SET_SECCOMP)) rather than passing filters to the host. */
static inline int fs_skip_without_seccomp(const char *what)
{
	unsigned int action = SYSC_SECCOMP_RET_ALLOW;

	if (sysc_raw_seccomp(SYSC_SECCOMP_GET_ACTION_AVAIL, 0, &action) != -SYSC_ENOSYS)
		return 0;
	fs_skip(what, "seccomp(2) gives ENOSYS here (qemu-user has none)");
	return 1;
}

#endif
