/* Running a program in a child process with its stdout captured and a
 * bounded wait: for tests whose failure mode is a loop (a process that
 * never ends) or a crash. The parent polls wait4(WNOHANG) and kills the
 * child after the timeout, so a hang is reported as a failure instead of
 * hanging `make test`. */
#ifndef SYSC_TESTS_FS_EXEC_H
#define SYSC_TESTS_FS_EXEC_H

#include "fs_rt.h"

/* The child's exit code when execve fails with ENOEXEC. */
#define FS_EXIT_NOEXEC 125

struct fs_run {
	int status;		/* wait status, when !timed_out */
	int noexec;		/* execve failed with ENOEXEC (see fs_run_noexec) */
	int timed_out;		/* killed by us after the timeout */
	char out[4096];		/* the first bytes the child wrote to stdout */
	size_t len;
};

/* Execs path with argv (envp empty) with stdout on a pipe, after calling
 * prep() in the child when it is not NULL; 0, or -1 when pipe, fork or wait
 * failed (a failed execve exits the child with 126). */
static inline int fs_run_prep(const char *path, char *const argv[], void (*prep)(void),
			      long timeout_ms, struct fs_run *r)
{
	static char *const no_env[] = { NULL };
	int fds[2], pid, got = 0;
	long waited;
	long n;

	r->timed_out = 0;
	r->len = 0;
	r->status = 0;
	if (sysc_pipe2(fds, SYSC_O_CLOEXEC) < 0)
		return -1;
	pid = fs_fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		sysc_dup3(fds[1], 1, 0);
		if (prep)
			prep();
		if (sysc_execve(path, argv, no_env) < 0 && sysc_errno == SYSC_ENOEXEC)
			sysc_raw_exit_group(FS_EXIT_NOEXEC);
		sysc_raw_exit_group(126);
	}
	sysc_close(fds[1]);
	for (waited = 0; waited <= timeout_ms; waited += 10) {
		got = sysc_wait4(pid, &r->status, SYSC_WNOHANG, NULL);
		if (got != 0)
			break;
		fs_sleep_ms(10);
	}
	if (got == 0) {
		r->timed_out = 1;
		sysc_kill(pid, SYSC_SIGKILL);
		got = sysc_wait4(pid, &r->status, 0, NULL);
	}
	/* The child is gone: read what it left in the pipe, up to the end. */
	while (r->len < sizeof r->out - 1 &&
	       (n = sysc_read(fds[0], r->out + r->len, sizeof r->out - 1 - r->len)) > 0)
		r->len += (size_t)n;
	r->out[r->len] = 0;
	sysc_close(fds[0]);
	r->noexec = !r->timed_out && (r->status & 0x7f) == 0 &&
		    ((r->status >> 8) & 0xff) == FS_EXIT_NOEXEC && r->len == 0;
	return got == pid ? 0 : -1;
}

/* A program of this arch that the kernel cannot execute: under qemu-user
 * without a binfmt handler (which sysc's tests never register) the guest's
 * execve reaches the host kernel, which answers ENOEXEC. Prints the skip
 * and returns 1 then. */
static inline int fs_run_noexec(const struct fs_run *r, const char *name)
{
	if (!r->noexec)
		return 0;
	fs_skip(name, "execve of this arch's program gives ENOEXEC (emulated: qemu-user without binfmt)");
	return 1;
}

static inline int fs_run(const char *path, char *const argv[], long timeout_ms,
			 struct fs_run *r)
{
	return fs_run_prep(path, argv, NULL, timeout_ms, r);
}

static inline int fs_streq(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return *a == *b;
}

/* Prints a child's status and output as "#" comment lines. */
static inline void fs_show_run(const struct fs_run *r)
{
	size_t i;

	fs_puts("# ");
	if (r->timed_out)
		fs_puts("timed out and killed; ");
	fs_puts("status ");
	fs_putnum(r->status);
	fs_puts(", output:\n# ");
	for (i = 0; i < r->len && i < 400; i++) {
		char c[2] = { r->out[i], 0 };

		fs_puts(c[0] == '\n' ? "\\n" : c);
	}
	fs_puts("\n");
}

#endif
