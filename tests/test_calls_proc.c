/* The proc area's wrappers against the kernel, on both arches: processes,
 * ids, resources, scheduling. glibc is the oracle where it has the call;
 * anything that changes the process (ids, limits, namespaces, priorities)
 * happens in a forked child, which reports through its exit status. On
 * i386, values above 32 bits (rlimits) and ids above 0xfffff000 prove the
 * 64-bit and *32 paths. Tests run as root; the root-only parts skip
 * otherwise. */
#define _GNU_SOURCE
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <unistd.h>
#include <fcntl.h>
#include <grp.h>
#include <sched.h>
#include <signal.h>
#include <time.h>
#include <sys/personality.h>
#include <sys/resource.h>
#include <sys/sysinfo.h>
#include <sys/times.h>
#include <sys/user.h>
#if defined(__riscv)
#include <asm/ptrace.h>	/* user_regs_struct: glibc's sys/user.h has none */
#elif defined(__arm__)
#include <asm/ptrace.h>	/* struct pt_regs, the kernel's own */
#endif
#include <sys/utsname.h>
#include <sys/wait.h>
#include <cmocka.h>

#include <sysc.h>
#include "emul.h"

/* In a child: report the failing line through the exit status. */
#define CHILD_CHECK(c) do { \
	if (!(c)) { \
		fprintf(stderr, "child %s:%d: %s (errno %s)\n", __FILE__, \
			__LINE__, #c, sysc_strerror_name(sysc_errno)); \
		_exit(1); \
	} \
} while (0)

/* Waits for pid with sysc_wait4 and returns its status. */
static int reap(int pid)
{
	int status = -1;

	assert_int_equal(sysc_wait4(pid, &status, 0, NULL), pid);
	return status;
}

static void assert_child_ok(int pid)
{
	int status = reap(pid);

	if (!SYSC_WIFEXITED(status) || SYSC_WEXITSTATUS(status) != 0)
		fail_msg("child status %#x", status);
}

static int is_root(void)
{
	if (geteuid() == 0)
		return 1;
	printf("skip: needs root (ids, namespaces, priorities)\n");
	return 0;
}

/* ---- processes ---- */

static void wait_macros_match_glibc(void **state)
{
	(void)state;
	for (int s = 0; s <= 0xffff; s++) {
		assert_int_equal(!!SYSC_WIFEXITED(s), !!WIFEXITED(s));
		assert_int_equal(!!SYSC_WIFSIGNALED(s), !!WIFSIGNALED(s));
		assert_int_equal(!!SYSC_WIFSTOPPED(s), !!WIFSTOPPED(s));
		assert_int_equal(!!SYSC_WIFCONTINUED(s), !!WIFCONTINUED(s));
		assert_int_equal(!!SYSC_WCOREDUMP(s), !!WCOREDUMP(s));
		if (WIFEXITED(s))
			assert_int_equal(SYSC_WEXITSTATUS(s), WEXITSTATUS(s));
		if (WIFSIGNALED(s))
			assert_int_equal(SYSC_WTERMSIG(s), WTERMSIG(s));
		if (WIFSTOPPED(s))
			assert_int_equal(SYSC_WSTOPSIG(s), WSTOPSIG(s));
	}
}

static void fork_and_wait_statuses(void **state)
{
	int parent = getpid(), pid, status, fds[2];
	struct sysc_rusage ru;

	(void)state;
	pid = sysc_fork();
	if (pid == 0) {
		CHILD_CHECK(sysc_getppid() == parent);
		CHILD_CHECK(sysc_getpid() == getpid() && sysc_getpid() != parent);
		_exit(42);
	}
	assert_true(pid > 0);
	memset(&ru, 0xff, sizeof(ru));
	assert_int_equal(sysc_wait4(pid, &status, 0, &ru), pid);
	assert_true(SYSC_WIFEXITED(status));
	assert_int_equal(SYSC_WEXITSTATUS(status), 42);
	assert_true(ru.ru_utime.tv_usec >= 0 && ru.ru_utime.tv_usec < 1000000);

	/* killed, then stopped and continued (waitpid = wait4 without rusage) */
	pid = sysc_fork();
	if (pid == 0) {
		raise(SIGKILL);
		_exit(1);
	}
	assert_int_equal(sysc_waitpid(pid, &status, 0), pid);
	assert_true(SYSC_WIFSIGNALED(status) && !SYSC_WIFEXITED(status));
	assert_int_equal(SYSC_WTERMSIG(status), SYSC_SIGKILL);

	/* the child waits on a pipe after it is continued: had it exited at
	 * once, the WCONTINUED wait could see the exit first */
	assert_int_equal(pipe(fds), 0);
	pid = sysc_fork();
	if (pid == 0) {
		char c;

		close(fds[1]);
		raise(SIGSTOP);
		_exit(read(fds[0], &c, 1) == 0 ? 9 : 8);
	}
	close(fds[0]);
	assert_int_equal(sysc_waitpid(pid, &status, SYSC_WUNTRACED), pid);
	assert_true(SYSC_WIFSTOPPED(status));
	assert_int_equal(SYSC_WSTOPSIG(status), SYSC_SIGSTOP);
	assert_int_equal(kill(pid, SIGCONT), 0);
	assert_int_equal(sysc_waitpid(pid, &status, SYSC_WCONTINUED), pid);
	assert_true(SYSC_WIFCONTINUED(status));
	close(fds[1]);
	assert_int_equal(sysc_waitpid(pid, &status, 0), pid);
	assert_int_equal(SYSC_WEXITSTATUS(status), 9);

	assert_int_equal(sysc_waitpid(-1, &status, SYSC_WNOHANG), -1);
	assert_int_equal(sysc_errno, SYSC_ECHILD);
}

static volatile int vfork_mark;

/* vfork's child shares the parent's memory until it exits: its store is
 * visible to the parent, which resumes only then. */
static void vfork_shares_memory(void **state)
{
	int pid, status;
	long r;

	(void)state;
	SKIP_UNDER_QEMU_USER("vfork is a fork (the child's writes stay in its own memory)");
	vfork_mark = 0;
	pid = sysc_vfork();
	if (pid == 0) {
		vfork_mark = 1234;
		sysc_exit(7);
	}
	assert_true(pid > 0);
	assert_int_equal(vfork_mark, 1234);
	status = reap(pid);
	assert_true(SYSC_WIFEXITED(status));
	assert_int_equal(SYSC_WEXITSTATUS(status), 7);

	/* the raw form, with the classic use: exec in the child */
	r = sysc_raw_vfork();
	if (r == 0) {
		char *argv[] = { "false", NULL };
		char *envp[] = { NULL };
		sysc_execve("/bin/false", argv, envp);
		sysc_exit(99);
	}
	assert_false(sysc_is_error(r));
	status = reap((int)r);
	assert_true(SYSC_WIFEXITED(status));
	assert_int_equal(SYSC_WEXITSTATUS(status), 1);
}

/* clone's tid pointers come in a different order on i386 (tls before
 * child_tid): CLONE_CHILD_SETTID and CLONE_PARENT_SETTID only land where
 * they should if the wrapper passes them right. */
/* sysc_fork, sysc_vfork, sysc_clone and sysc_clone3 all return a pid as
 * int (the raw forms return the kernel's long). */
_Static_assert(__builtin_types_compatible_p(__typeof__(sysc_clone(0, 0, 0, 0, 0)), int) &&
	       __builtin_types_compatible_p(__typeof__(sysc_clone3(0, 0)), int) &&
	       __builtin_types_compatible_p(__typeof__(sysc_fork()), int),
	       "the fork family returns int");

static void clone_sets_tids(void **state)
{
	int ptid = 0, ctid = 0;
	int pid;

	(void)state;
	SKIP_UNDER_QEMU_USER("clone without CLONE_VM stores CLONE_PARENT_SETTID's tid in the child's memory, not the parent's");
	pid = sysc_clone(SYSC_SIGCHLD | SYSC_CLONE_PARENT_SETTID |
			 SYSC_CLONE_CHILD_SETTID, 0, &ptid, &ctid, 0);
	if (pid == 0) {
		CHILD_CHECK(ctid == sysc_gettid());
		_exit(0);
	}
	assert_true(pid > 0);
	assert_int_equal(ptid, pid);
	assert_int_equal(ctid, 0);	/* written in the child's copy only */
	assert_child_ok(pid);

	/* CLONE_THREAD without CLONE_SIGHAND: EINVAL */
	assert_int_equal(sysc_clone(SYSC_CLONE_THREAD, 0, 0, 0, 0), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
}

static void clone3_pidfd(void **state)
{
	int pidfd = -1, ptid = 0;
	struct sysc_clone_args args;
	sysc_siginfo_t info;
	int pid;

	(void)state;
	memset(&args, 0, sizeof(args));
	args.flags = SYSC_CLONE_PIDFD | SYSC_CLONE_PARENT_SETTID;
	args.pidfd = (uintptr_t)&pidfd;
	args.parent_tid = (uintptr_t)&ptid;
	args.exit_signal = SYSC_SIGCHLD;
	pid = sysc_clone3(&args, sizeof(args));
	if (pid == -1 && sysc_errno == SYSC_ENOSYS) {
		printf("skip: clone3 needs Linux 5.3%s\n", qemu_note());
		skip();
	}
	if (pid == 0)
		_exit(5);
	assert_true(pid > 0);
	assert_int_equal(ptid, pid);
	assert_true(pidfd >= 0);
	memset(&info, 0, sizeof(info));
	assert_int_equal(sysc_waitid(SYSC_P_PIDFD, pidfd, &info, SYSC_WEXITED, NULL), 0);
	assert_int_equal(info.pid, pid);
	assert_int_equal(info.status, 5);
	close(pidfd);

	/* smaller than CLONE_ARGS_SIZE_VER0: EINVAL */
	assert_int_equal(sysc_clone3(&args, 8), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
}

static int exec_status(int fd, const char *path, int flags)
{
	int pid = sysc_fork();

	if (pid == 0) {
		char *argv[] = { "x", NULL };
		char *envp[] = { NULL };
		sysc_execveat(fd, path, argv, envp, flags);
		_exit(99);
	}
	return reap(pid);
}

static void execveat_empty_path(void **state)
{
	int t, f, status;
	char *argv[] = { "x", NULL };

	(void)state;
	SKIP_UNDER_QEMU_USER("execveat is ENOSYS (qemu 7.2 does not emulate it)");
	t = open("/bin/true", O_PATH | O_CLOEXEC);
	f = open("/bin/false", O_PATH | O_CLOEXEC);
	assert_true(t >= 0 && f >= 0);
	status = exec_status(t, "", SYSC_AT_EMPTY_PATH);
	assert_true(SYSC_WIFEXITED(status));
	assert_int_equal(SYSC_WEXITSTATUS(status), 0);
	status = exec_status(f, "", SYSC_AT_EMPTY_PATH);
	assert_int_equal(SYSC_WEXITSTATUS(status), 1);
	/* a path relative to a directory fd */
	int bin = open("/bin", O_PATH | O_DIRECTORY | O_CLOEXEC);
	status = exec_status(bin, "false", 0);
	assert_int_equal(SYSC_WEXITSTATUS(status), 1);
	close(t);
	close(f);
	close(bin);
	assert_int_equal(sysc_execveat(-1, "", argv, argv + 1, SYSC_AT_EMPTY_PATH), -1);
	assert_int_equal(sysc_errno, SYSC_EBADF);
}

static void process_groups_and_sessions(void **state)
{
	int pid;

	(void)state;
	assert_int_equal(sysc_getpgrp(), getpgrp());
	assert_int_equal(sysc_getpgid(0), getpgid(0));
	assert_int_equal(sysc_getsid(0), getsid(0));

	pid = sysc_fork();
	if (pid == 0) {
		int me = sysc_getpid();
		CHILD_CHECK(sysc_setpgid(0, 0) == 0);
		CHILD_CHECK(sysc_getpgid(0) == me && sysc_getpgrp() == me);
		CHILD_CHECK(getpgrp() == me);
		/* a group leader cannot start a session */
		CHILD_CHECK(sysc_setsid() == -1 && sysc_errno == SYSC_EPERM);
		_exit(0);
	}
	assert_child_ok(pid);
	assert_int_equal(sysc_getpgid(pid), -1);
	assert_int_equal(sysc_errno, SYSC_ESRCH);

	pid = sysc_fork();
	if (pid == 0) {
		int me = sysc_getpid();
		CHILD_CHECK(sysc_setsid() == me);
		CHILD_CHECK(sysc_getsid(0) == me && getsid(0) == me);
		CHILD_CHECK(sysc_getpgrp() == me);
		_exit(0);
	}
	assert_child_ok(pid);
	assert_int_equal(sysc_setpgid(-1, 0), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
}

/* ---- ids ---- */

static void ids_read_as_glibc(void **state)
{
	sysc_uid_t r, e, s;
	sysc_gid_t gr, ge, gs;
	uid_t lr, le, ls;
	gid_t lgr, lge, lgs;
	int n;
	sysc_gid_t list[256];
	gid_t glist[256];

	(void)state;
	assert_int_equal(sysc_getuid(), getuid());
	assert_int_equal(sysc_geteuid(), geteuid());
	assert_int_equal(sysc_getgid(), getgid());
	assert_int_equal(sysc_getegid(), getegid());
	assert_int_equal(sysc_getresuid(&r, &e, &s), 0);
	assert_int_equal(getresuid(&lr, &le, &ls), 0);
	assert_true(r == lr && e == le && s == ls);
	assert_int_equal(sysc_getresgid(&gr, &ge, &gs), 0);
	assert_int_equal(getresgid(&lgr, &lge, &lgs), 0);
	assert_true(gr == lgr && ge == lge && gs == lgs);
	n = sysc_getgroups(0, NULL);
	assert_int_equal(n, getgroups(0, NULL));
	assert_true(n <= 256);
	assert_int_equal(sysc_getgroups(256, list), n);
	assert_int_equal(getgroups(256, glist), n);
	for (int i = 0; i < n; i++)
		assert_int_equal(list[i], glist[i]);
	assert_int_equal(sysc_getresuid((sysc_uid_t *)1, &e, &s), -1);
	assert_int_equal(sysc_errno, SYSC_EFAULT);
}

/* Ids above 0xfffff000 are valid kernel ids: on i386 they come back from
 * getuid32 as "negative" longs, which a generic errno wrapper would take
 * for an error. The 16-bit calls would truncate them. */
#define BIG_ID 0xfffff00au

static void ids_set_in_root_child(void **state)
{
	int pid;

	(void)state;
	if (!is_root())
		skip();
	pid = sysc_fork();
	if (pid == 0) {
		static const sysc_gid_t groups[] = { 1001, 1002, BIG_ID };
		sysc_gid_t got[8];
		gid_t gg[8];
		sysc_uid_t r, e, s;
		sysc_gid_t gr, ge, gs;

		CHILD_CHECK(sysc_setgroups(3, groups) == 0);
		CHILD_CHECK(sysc_getgroups(8, got) == 3 && getgroups(8, gg) == 3);
		CHILD_CHECK(got[0] == 1001 && got[1] == 1002 && got[2] == BIG_ID);
		CHILD_CHECK(gg[2] == BIG_ID);
		CHILD_CHECK(sysc_getgroups(1, got) == -1 && sysc_errno == SYSC_EINVAL);

		CHILD_CHECK(sysc_setresgid(2001, 2002, BIG_ID) == 0);
		CHILD_CHECK(sysc_getresgid(&gr, &ge, &gs) == 0);
		CHILD_CHECK(gr == 2001 && ge == 2002 && gs == BIG_ID);
		CHILD_CHECK(sysc_getgid() == 2001 && sysc_getegid() == 2002);
		CHILD_CHECK(getgid() == 2001 && getegid() == 2002);
		CHILD_CHECK(sysc_setregid(BIG_ID, 2005) == 0);
		CHILD_CHECK(sysc_getgid() == BIG_ID && sysc_getegid() == 2005);
		CHILD_CHECK(sysc_setgid(2006) == 0);	/* root: all three */
		CHILD_CHECK(getgid() == 2006 && getegid() == 2006);
		/* setfsgid returns the previous fsgid; -1 only reads it */
		CHILD_CHECK(sysc_setfsgid(BIG_ID) == 2006);
		CHILD_CHECK(sysc_setfsgid((sysc_gid_t)-1) == BIG_ID);

		CHILD_CHECK(sysc_setfsuid(BIG_ID) == 0);
		CHILD_CHECK(sysc_setfsuid((sysc_uid_t)-1) == BIG_ID);
		CHILD_CHECK(sysc_setreuid(BIG_ID, 3001) == 0);	/* saved: 3001 */
		CHILD_CHECK(sysc_getuid() == BIG_ID && sysc_geteuid() == 3001);
		CHILD_CHECK(getuid() == BIG_ID && geteuid() == 3001);
		/* no longer root: setuid may only pick one of its ids */
		CHILD_CHECK(sysc_setuid(4000) == -1 && sysc_errno == SYSC_EPERM);
		CHILD_CHECK(sysc_setresuid((sysc_uid_t)-1, BIG_ID, (sysc_uid_t)-1) == 0);
		CHILD_CHECK(sysc_getresuid(&r, &e, &s) == 0);
		CHILD_CHECK(r == BIG_ID && e == BIG_ID && s == 3001);
		CHILD_CHECK(sysc_setuid(3001) == 0);	/* the saved id */
		CHILD_CHECK(sysc_geteuid() == 3001 && sysc_getuid() == BIG_ID);
		_exit(0);
	}
	assert_child_ok(pid);
	assert_int_equal(sysc_setuid((sysc_uid_t)-1), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
}

/* ---- resources ---- */

#define GIB(n) ((uint64_t)(n) << 30)

static void rlimits_64bit(void **state)
{
	struct sysc_rlimit rl, old;
	struct rlimit64 g;
	int pid;

	(void)state;
	assert_int_equal(sysc_getrlimit(SYSC_RLIMIT_NOFILE, &rl), 0);
	assert_int_equal(getrlimit64(RLIMIT_NOFILE, &g), 0);
	assert_true(rl.rlim_cur == g.rlim_cur && rl.rlim_max == g.rlim_max);
	assert_int_equal(sysc_getrlimit(SYSC_RLIMIT_AS, &rl), 0);
	assert_int_equal(getrlimit64(RLIMIT_AS, &g), 0);
	assert_true(rl.rlim_cur == g.rlim_cur);

	/* A 32-bit kernel (arm's, unlike i386 on x86_64) keeps limits in
	 * 32 bits and stores any value above as unlimited: probed with glibc
	 * alone, so what sysc sends cannot cause the skip. */
	pid = fork();
	if (pid == 0) {
		struct rlimit64 five = { GIB(5), GIB(5) };

		_exit(setrlimit64(RLIMIT_FSIZE, &five) || getrlimit64(RLIMIT_FSIZE, &five) ? 1 :
		      five.rlim_cur == RLIM64_INFINITY ? 2 : 0);
	}
	assert_true(pid > 0);
	{
		int st;

		assert_int_equal(waitpid(pid, &st, 0), pid);
		assert_true(WIFEXITED(st) && WEXITSTATUS(st) != 1);
		if (WEXITSTATUS(st) == 2) {
			print_message("skip: this kernel keeps resource limits in 32 bits (5 GiB reads back as unlimited)\n");
			skip();
		}
	}

	pid = sysc_fork();
	if (pid == 0) {
		/* above 4 GiB: exact only through the 64-bit struct */
		struct sysc_rlimit big = { GIB(5) + 1, GIB(6) + 3 }, back, prev;

		CHILD_CHECK(sysc_setrlimit(SYSC_RLIMIT_FSIZE, &big) == 0);
		CHILD_CHECK(getrlimit64(RLIMIT_FSIZE, &g) == 0);
		CHILD_CHECK(g.rlim_cur == GIB(5) + 1 && g.rlim_max == GIB(6) + 3);
		CHILD_CHECK(sysc_getrlimit(SYSC_RLIMIT_FSIZE, &back) == 0);
		CHILD_CHECK(back.rlim_cur == big.rlim_cur && back.rlim_max == big.rlim_max);
		big.rlim_cur = GIB(4) + 7;
		CHILD_CHECK(sysc_prlimit64(0, SYSC_RLIMIT_FSIZE, &big, &prev) == 0);
		CHILD_CHECK(prev.rlim_cur == GIB(5) + 1);
		/* soft above hard: EINVAL */
		big.rlim_cur = GIB(7);
		CHILD_CHECK(sysc_setrlimit(SYSC_RLIMIT_FSIZE, &big) == -1 &&
			    sysc_errno == SYSC_EINVAL);
		pause();
		_exit(0);
	}
	/* another process's limits, read from here: the child may still be
	 * setting them, so wait until it is in pause() (its FSIZE soft limit
	 * is final before that) */
	for (;;) {
		int st;

		/* a child whose checks failed has exited: no endless wait */
		assert_int_equal(waitpid(pid, &st, WNOHANG), 0);
		assert_int_equal(sysc_prlimit64(pid, SYSC_RLIMIT_FSIZE, NULL, &old), 0);
		if (old.rlim_cur == GIB(4) + 7)
			break;
		sysc_sched_yield();
	}
	assert_true(old.rlim_max == GIB(6) + 3);
	rl.rlim_cur = GIB(5);
	rl.rlim_max = GIB(6);
	assert_int_equal(sysc_prlimit64(pid, SYSC_RLIMIT_FSIZE, &rl, &old), 0);
	assert_true(old.rlim_cur == GIB(4) + 7);
	assert_int_equal(prlimit64(pid, RLIMIT_FSIZE, NULL, &g), 0);
	assert_true(g.rlim_cur == GIB(5) && g.rlim_max == GIB(6));
	kill(pid, SIGKILL);
	reap(pid);
	assert_int_equal(sysc_getrlimit(SYSC_RLIM_NLIMITS, &rl), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
}

static volatile unsigned long burn_sink;

/* Burns at least 20 ms of CPU time (process CPU clock, not wall time). */
static void burn_cpu(void)
{
	struct timespec a, b;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &a);
	do {
		for (int i = 0; i < 100000; i++)
			burn_sink += (unsigned long)i * 7;
		clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &b);
	} while ((b.tv_sec - a.tv_sec) * 1000000000L + (b.tv_nsec - a.tv_nsec) < 20000000L);
}

static long long tv_us(struct sysc_old_timeval t)
{
	return (long long)t.tv_sec * 1000000 + t.tv_usec;
}

static void rusage_and_times(void **state)
{
	struct sysc_rusage ru, ch;
	struct rusage g;
	struct sysc_tms t;
	struct tms gt;
	long ticks;
	clock_t gticks;
	int pid;

	(void)state;
	burn_cpu();
	assert_int_equal(sysc_getrusage(SYSC_RUSAGE_SELF, &ru), 0);
	assert_int_equal(getrusage(RUSAGE_SELF, &g), 0);
	assert_true(tv_us(ru.ru_utime) + tv_us(ru.ru_stime) >= 20000);
	assert_true(tv_us(ru.ru_utime) <= (long long)g.ru_utime.tv_sec * 1000000 + g.ru_utime.tv_usec);
	assert_true(ru.ru_minflt > 0 && ru.ru_minflt <= g.ru_minflt);
	assert_int_equal(sysc_getrusage(SYSC_RUSAGE_THREAD, &ru), 0);
	assert_true(tv_us(ru.ru_utime) + tv_us(ru.ru_stime) >= 20000);

	pid = sysc_fork();
	if (pid == 0) {
		burn_cpu();
		_exit(0);
	}
	assert_int_equal(sysc_getrusage(SYSC_RUSAGE_CHILDREN, &ch), 0);
	long long before = tv_us(ch.ru_utime) + tv_us(ch.ru_stime);
	assert_child_ok(pid);
	assert_int_equal(sysc_getrusage(SYSC_RUSAGE_CHILDREN, &ch), 0);
	assert_true(tv_us(ch.ru_utime) + tv_us(ch.ru_stime) >= before + 20000);
	assert_int_equal(sysc_getrusage(2, &ru), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);

	/* times: the same clock_t ticks as glibc's, and the CPU times burnt
	 * by us and by the child (20 ms each: at least one 10 ms tick, after
	 * the kernel truncates user and system time separately) */
	ticks = sysc_times(&t);
	gticks = times(&gt);
	assert_true((unsigned long)gticks - (unsigned long)ticks < 1000);
	/* our own ticks: what glibc's times() says a moment later, give or
	 * take the tick between the two calls (the kernel splits a process's
	 * time into user and system from samples, so neither alone is sure
	 * to have reached a tick after 20 ms) */
	assert_true(t.tms_utime <= gt.tms_utime && t.tms_stime <= gt.tms_stime);
	assert_true((gt.tms_utime + gt.tms_stime) - (t.tms_utime + t.tms_stime) <= 1);
	assert_true(t.tms_cutime + t.tms_cstime >= 1);
	assert_true(t.tms_cutime == gt.tms_cutime && t.tms_cstime == gt.tms_cstime);
	assert_int_equal(sysc_times((struct sysc_tms *)8), -1);
	assert_int_equal(sysc_errno, SYSC_EFAULT);
	/* NULL is allowed: only the tick count */
	assert_true((unsigned long)sysc_times(NULL) - (unsigned long)ticks < 1000);
}

static void sysinfo_matches_glibc(void **state)
{
	struct sysc_sysinfo s;
	struct sysinfo g;

	(void)state;
	assert_int_equal(sysc_sysinfo(&s), 0);
	assert_int_equal(sysinfo(&g), 0);
	assert_true(s.mem_unit == g.mem_unit && s.mem_unit > 0);
	assert_true(s.totalram == g.totalram && s.totalswap == g.totalswap);
	assert_true(s.uptime <= g.uptime && s.uptime > 0);
	assert_true(s.procs > 0);
	assert_true(s.freeram <= s.totalram);
	assert_int_equal(sysc_sysinfo((struct sysc_sysinfo *)8), -1);
	assert_int_equal(sysc_errno, SYSC_EFAULT);
}

/* ---- host name, namespaces ---- */

static void hostname_in_new_uts_ns(void **state)
{
	int pid;

	(void)state;
	/* a length the kernel rejects (checked after the capability) */
	assert_int_equal(sysc_sethostname("x", (size_t)-1), -1);
	assert_true(sysc_errno == SYSC_EINVAL || sysc_errno == SYSC_EPERM);
	assert_int_equal(sysc_setdomainname("x", 65), -1);
	assert_true(sysc_errno == SYSC_EINVAL || sysc_errno == SYSC_EPERM);
	if (!is_root())
		skip();
	pid = sysc_fork();
	if (pid == 0) {
		struct sysc_utsname u, orig;
		char host[65];
		int fd = open("/proc/self/ns/uts", O_RDONLY | O_CLOEXEC);

		CHILD_CHECK(fd >= 0 && sysc_uname(&orig) == 0);
		CHILD_CHECK(sysc_unshare(SYSC_CLONE_NEWUTS) == 0);
		CHILD_CHECK(sysc_sethostname("sysc-proc-host", 14) == 0);
		CHILD_CHECK(sysc_setdomainname("sysc.example", 12) == 0);
		CHILD_CHECK(sysc_uname(&u) == 0);
		CHILD_CHECK(strcmp(u.nodename, "sysc-proc-host") == 0);
		CHILD_CHECK(strcmp(u.domainname, "sysc.example") == 0);
		CHILD_CHECK(gethostname(host, sizeof(host)) == 0 &&
			    strcmp(host, "sysc-proc-host") == 0);
		/* back into the original namespace: the old name again */
		CHILD_CHECK(sysc_setns(fd, SYSC_CLONE_NEWUTS) == 0);
		CHILD_CHECK(sysc_uname(&u) == 0);
		CHILD_CHECK(strcmp(u.nodename, orig.nodename) == 0);
		/* the wrong type for this fd */
		CHILD_CHECK(sysc_setns(fd, SYSC_CLONE_NEWNET) == -1 &&
			    sysc_errno == SYSC_EINVAL);
		_exit(0);
	}
	assert_child_ok(pid);
	assert_int_equal(sysc_unshare(0x1), -1);	/* not a clone flag */
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	assert_int_equal(sysc_setns(-1, 0), -1);
	assert_int_equal(sysc_errno, SYSC_EBADF);
}

/* ---- scheduling ---- */

static void priorities(void **state)
{
	int pid;

	(void)state;
	assert_int_equal(sysc_getpriority(SYSC_PRIO_PROCESS, 0),
			 getpriority(PRIO_PROCESS, 0));
	assert_int_equal(sysc_raw_getpriority(SYSC_PRIO_PROCESS, 0),
			 20 - getpriority(PRIO_PROCESS, 0));
	pid = sysc_fork();
	if (pid == 0) {
		CHILD_CHECK(sysc_setpriority(SYSC_PRIO_PROCESS, 0, 7) == 0);
		CHILD_CHECK(sysc_getpriority(SYSC_PRIO_PROCESS, 0) == 7);
		CHILD_CHECK(getpriority(PRIO_PROCESS, 0) == 7);
		CHILD_CHECK(sysc_raw_getpriority(SYSC_PRIO_PROCESS, 0) == 13);
		if (geteuid() == 0) {
			/* nice -1: the value that is also the error return */
			sysc_errno = 0;
			CHILD_CHECK(sysc_setpriority(SYSC_PRIO_PROCESS, 0, -1) == 0);
			CHILD_CHECK(sysc_getpriority(SYSC_PRIO_PROCESS, 0) == -1 &&
				    sysc_errno == 0);
		}
		_exit(0);
	}
	assert_child_ok(pid);
	assert_int_equal(sysc_getpriority(99, 0), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	assert_int_equal(sysc_setpriority(SYSC_PRIO_PROCESS, -5, 0), -1);
	assert_int_equal(sysc_errno, SYSC_ESRCH);
}

static void sched_policy_and_params(void **state)
{
	struct sysc_sched_param p;
	struct sysc_timespec ts;
	struct timespec gts;
	int pid;

	(void)state;
	assert_int_equal(sysc_sched_getscheduler(0), sched_getscheduler(0));
	assert_int_equal(sysc_sched_get_priority_max(SYSC_SCHED_FIFO),
			 sched_get_priority_max(SCHED_FIFO));
	assert_int_equal(sysc_sched_get_priority_min(SYSC_SCHED_RR),
			 sched_get_priority_min(SCHED_RR));
	assert_int_equal(sysc_sched_get_priority_max(SYSC_SCHED_NORMAL), 0);
	assert_int_equal(sysc_sched_get_priority_max(77), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	p.sched_priority = -1;
	assert_int_equal(sysc_sched_getparam(0, &p), 0);
	assert_int_equal(p.sched_priority, 0);
	/* SCHED_OTHER takes priority 0 only */
	p.sched_priority = 5;
	assert_int_equal(sysc_sched_setparam(0, &p), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	assert_int_equal(sysc_sched_rr_get_interval(0, &ts), 0);
	assert_int_equal(sched_rr_get_interval(0, &gts), 0);
	assert_true(ts.tv_sec == gts.tv_sec && ts.tv_nsec == gts.tv_nsec);
	if (!is_root())
		skip();
	pid = sysc_fork();
	if (pid == 0) {
		struct sched_param gp;

		p.sched_priority = 3;
		if (sysc_sched_setscheduler(0, SYSC_SCHED_RR, &p) != 0) {
			/* no real-time budget (cgroup v2 rt group) */
			CHILD_CHECK(sysc_errno == SYSC_EPERM);
			_exit(77);
		}
		CHILD_CHECK(sysc_sched_getscheduler(0) == SYSC_SCHED_RR);
		CHILD_CHECK(sched_getscheduler(0) == SCHED_RR);
		p.sched_priority = 4;
		CHILD_CHECK(sysc_sched_setparam(0, &p) == 0);
		CHILD_CHECK(sched_getparam(0, &gp) == 0 && gp.sched_priority == 4);
		CHILD_CHECK(sysc_sched_rr_get_interval(0, &ts) == 0);
		CHILD_CHECK(ts.tv_sec > 0 || ts.tv_nsec > 0);
		p.sched_priority = 0;
		CHILD_CHECK(sysc_sched_setscheduler(0, SYSC_SCHED_OTHER, &p) == 0);
		_exit(0);
	}
	int status = reap(pid);
	if (SYSC_WIFEXITED(status) && SYSC_WEXITSTATUS(status) == 77) {
		printf("skip: SCHED_RR refused (no real-time budget here)\n");
		skip();
	}
	assert_true(SYSC_WIFEXITED(status) && SYSC_WEXITSTATUS(status) == 0);
}

static void sched_attr_round_trip(void **state)
{
	struct sysc_sched_attr a;
	int pid;

	(void)state;
	memset(&a, 0xff, sizeof(a));
	assert_int_equal(sysc_sched_getattr(0, &a, sizeof(a), 0), 0);
	assert_int_equal(a.size, sizeof(a));
	assert_int_equal(a.sched_policy, sched_getscheduler(0));
	assert_int_equal(a.sched_nice, getpriority(PRIO_PROCESS, 0));
	/* smaller than SCHED_ATTR_SIZE_VER0 */
	assert_int_equal(sysc_sched_getattr(0, &a, 16, 0), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);

	pid = sysc_fork();
	if (pid == 0) {
		struct sysc_sched_attr s, g;

		memset(&s, 0, sizeof(s));
		s.size = sizeof(s);
		s.sched_policy = SYSC_SCHED_BATCH;
		s.sched_nice = 3;
		CHILD_CHECK(sysc_sched_setattr(0, &s, 0) == 0);
		memset(&g, 0, sizeof(g));
		CHILD_CHECK(sysc_sched_getattr(0, &g, sizeof(g), 0) == 0);
		CHILD_CHECK(g.sched_policy == SYSC_SCHED_BATCH && g.sched_nice == 3);
		CHILD_CHECK(sched_getscheduler(0) == SCHED_BATCH);
		CHILD_CHECK(getpriority(PRIO_PROCESS, 0) == 3);
		/* unknown flags */
		s.sched_flags = 1ULL << 40;
		CHILD_CHECK(sysc_sched_setattr(0, &s, 0) == -1 &&
			    sysc_errno == SYSC_EINVAL);
		_exit(0);
	}
	assert_child_ok(pid);
}

static void affinity_round_trip(void **state)
{
	sysc_cpu_set_t m, one;
	cpu_set_t g;
	int n, pid, first = -1;

	(void)state;
	SYSC_CPU_ZERO(&m);
	n = sysc_sched_getaffinity(0, sizeof(m), &m);
	/* the kernel's value: bytes written (glibc's wrapper returns 0) */
	assert_true(n > 0 && n <= (int)sizeof(m) && n % (int)sizeof(long) == 0);
	assert_int_equal(sched_getaffinity(0, sizeof(g), &g), 0);
	for (int c = 0; c < SYSC_CPU_SETSIZE; c++) {
		assert_int_equal(SYSC_CPU_ISSET(c, &m), !!CPU_ISSET(c, &g));
		if (first < 0 && SYSC_CPU_ISSET(c, &m))
			first = c;
	}
	assert_true(first >= 0);
	assert_int_equal(sysc_sched_getaffinity(0, 1, &m), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);

	pid = sysc_fork();
	if (pid == 0) {
		SYSC_CPU_ZERO(&one);
		SYSC_CPU_SET(first, &one);
		SYSC_CPU_SET(SYSC_CPU_SETSIZE - 1, &one);	/* no such CPU: ignored */
		SYSC_CPU_CLR(SYSC_CPU_SETSIZE - 1, &one);
		CHILD_CHECK(sysc_sched_setaffinity(0, sizeof(one), &one) == 0);
		CHILD_CHECK(sched_getaffinity(0, sizeof(g), &g) == 0);
		CHILD_CHECK(CPU_COUNT(&g) == 1 && CPU_ISSET(first, &g));
		CHILD_CHECK(sched_getcpu() == first);
		SYSC_CPU_ZERO(&one);
		CHILD_CHECK(sysc_sched_setaffinity(0, sizeof(one), &one) == -1 &&
			    sysc_errno == SYSC_EINVAL);
		_exit(0);
	}
	assert_child_ok(pid);
}

static void ioprio_round_trip(void **state)
{
	int pid;

	(void)state;
	assert_true(sysc_ioprio_get(SYSC_IOPRIO_WHO_PROCESS, 0) >= 0);
	pid = sysc_fork();
	if (pid == 0) {
		int v = SYSC_IOPRIO_PRIO_VALUE(SYSC_IOPRIO_CLASS_BE, 6);
		int got;

		CHILD_CHECK(sysc_ioprio_set(SYSC_IOPRIO_WHO_PROCESS, 0, v) == 0);
		got = sysc_ioprio_get(SYSC_IOPRIO_WHO_PROCESS, 0);
		CHILD_CHECK(got == v);
		CHILD_CHECK(SYSC_IOPRIO_PRIO_CLASS(got) == SYSC_IOPRIO_CLASS_BE);
		CHILD_CHECK(SYSC_IOPRIO_PRIO_DATA(got) == 6);
		_exit(0);
	}
	assert_child_ok(pid);
	assert_int_equal(sysc_ioprio_get(0, 0), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	assert_int_equal(sysc_ioprio_set(SYSC_IOPRIO_WHO_PROCESS, 0,
					 SYSC_IOPRIO_PRIO_VALUE(6, 0)), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
}

static void personality_and_arch_prctl(void **state)
{
	int pid, cur;

	(void)state;
	cur = sysc_personality(SYSC_PER_QUERY);
	assert_int_equal(cur, personality(0xffffffff));
	pid = sysc_fork();
	if (pid == 0) {
		CHILD_CHECK(sysc_personality((unsigned long)cur | SYSC_ADDR_NO_RANDOMIZE) == cur);
		CHILD_CHECK(personality(0xffffffff) == (cur | SYSC_ADDR_NO_RANDOMIZE));
		_exit(0);
	}
	assert_child_ok(pid);

#if defined(__x86_64__) || defined(__i386__)
	/* arch_prctl is x86's only. CPUID faulting is off: the instruction
	 * works (1) */
	assert_int_equal(sysc_arch_prctl(SYSC_ARCH_GET_CPUID, 0), 1);
#if defined(__x86_64__)
	unsigned long fs = 0, self;
	__asm__("mov %%fs:0, %0" : "=r"(self));	/* glibc's TCB self pointer */
	assert_int_equal(sysc_arch_prctl(SYSC_ARCH_GET_FS, (unsigned long)&fs), 0);
	assert_true(fs == self && fs != 0);
#else
	/* the FS/GS codes are x86_64's only */
	unsigned long fs;
	assert_int_equal(sysc_arch_prctl(SYSC_ARCH_GET_FS, (unsigned long)&fs), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
#endif
	assert_int_equal(sysc_arch_prctl(0x7777, 0), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
#endif
}

/* ---- other processes: pidfd, kcmp, process_vm, ptrace ---- */

static char child_data[64] = "initial";
static volatile unsigned long peek_word;

/* A child that sets child_data, says so on the pipe and waits. */
static int paused_child(int *ready_fd)
{
	int p[2], pid;
	char c;

	assert_int_equal(pipe(p), 0);
	pid = sysc_fork();
	if (pid == 0) {
		close(p[0]);
		strcpy(child_data, "data in the child");
		peek_word = 0x5ca1ab1eUL;
		if (write(p[1], "r", 1) != 1)
			_exit(2);
		for (;;)
			pause();
	}
	close(p[1]);
	assert_int_equal(read(p[0], &c, 1), 1);
	if (ready_fd)
		*ready_fd = p[0];
	else
		close(p[0]);
	return pid;
}

static void pidfd_signal_and_getfd(void **state)
{
	int fd, pidfd, got, pid, status, d, other;

	(void)state;
	fd = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
	assert_true(fd >= 0);
	pid = paused_child(NULL);
	pidfd = sysc_pidfd_open(pid, 0);
	if (pidfd == -1 && sysc_errno == SYSC_ENOSYS) {
		kill(pid, SIGKILL);
		reap(pid);
		printf("skip: pidfd_open needs Linux 5.3\n");
		skip();
	}
	assert_true(pidfd >= 0);

	/* the child's fd (inherited: the same open file) */
	got = sysc_pidfd_getfd(pidfd, fd, 0);
	assert_true(got >= 0 && got != fd);
	assert_int_equal(sysc_kcmp(getpid(), getpid(), SYSC_KCMP_FILE, fd, got), 0);
	assert_int_equal(sysc_kcmp(getpid(), pid, SYSC_KCMP_FILE, fd, fd), 0);
	d = dup(fd);
	other = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
	assert_int_equal(sysc_kcmp(getpid(), getpid(), SYSC_KCMP_FILE, fd, d), 0);
	int ord = sysc_kcmp(getpid(), getpid(), SYSC_KCMP_FILE, fd, other);
	assert_true(ord == 1 || ord == 2);
	/* the order is consistent both ways */
	assert_int_equal(sysc_kcmp(getpid(), getpid(), SYSC_KCMP_FILE, other, fd), 3 - ord);
	assert_int_equal(sysc_kcmp(getpid(), pid, SYSC_KCMP_VM, 0, 0) == 0, 0);
	assert_int_equal(sysc_kcmp(getpid(), getpid(), SYSC_KCMP_FILE, fd, 999), -1);
	assert_int_equal(sysc_errno, SYSC_EBADF);
	assert_int_equal(sysc_pidfd_getfd(pidfd, 999, 0), -1);
	assert_int_equal(sysc_errno, SYSC_EBADF);

	assert_int_equal(sysc_pidfd_send_signal(pidfd, SYSC_SIGUSR1, NULL, 0), 0);
	status = reap(pid);
	assert_true(SYSC_WIFSIGNALED(status));
	assert_int_equal(SYSC_WTERMSIG(status), SYSC_SIGUSR1);
	/* the process is gone: ESRCH through the same pidfd */
	assert_int_equal(sysc_pidfd_send_signal(pidfd, SYSC_SIGUSR1, NULL, 0), -1);
	assert_int_equal(sysc_errno, SYSC_ESRCH);
	assert_int_equal(sysc_pidfd_open(getpid(), 0x1), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	close(pidfd);
	close(got);
	close(d);
	close(other);
	close(fd);
}

static void process_vm_read_write(void **state)
{
	char buf[64] = { 0 }, back[64] = { 0 };
	struct sysc_iovec local, remote;
	int pid;

	(void)state;
	SKIP_UNDER_QEMU_USER("process_vm_readv and process_vm_writev are ENOSYS (qemu 7.2 does not emulate them)");
	pid = paused_child(NULL);
	/* the child's copy of child_data is at the same address */
	local.iov_base = buf;
	local.iov_len = sizeof(buf);
	remote.iov_base = child_data;
	remote.iov_len = sizeof(child_data);
	assert_int_equal(sysc_process_vm_readv(pid, &local, 1, &remote, 1, 0),
			 sizeof(buf));
	assert_string_equal(buf, "data in the child");
	assert_string_equal(child_data, "initial");

	local.iov_base = "written by the parent";
	local.iov_len = 22;
	assert_int_equal(sysc_process_vm_writev(pid, &local, 1, &remote, 1, 0), 22);
	local.iov_base = back;
	local.iov_len = sizeof(back);
	assert_int_equal(sysc_process_vm_readv(pid, &local, 1, &remote, 1, 0),
			 sizeof(back));
	assert_string_equal(back, "written by the parent");
	assert_int_equal(sysc_process_vm_readv(pid, &local, 1, &remote, 1, 1), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	kill(pid, SIGKILL);
	reap(pid);
}

/* glibc's copy of the kernel's general registers: user_regs_struct, but
 * struct user_regs on arm. */
#if defined(__arm__)
typedef struct user_regs libc_user_regs;
#else
typedef struct user_regs_struct libc_user_regs;
#endif

/* sysc_user_regs is the kernel's user_regs_struct: glibc's copy of it. */
static void user_regs_layout(void **state)
{
	(void)state;
	assert_int_equal(sizeof(struct sysc_user_regs), sizeof(libc_user_regs));
#if defined(__x86_64__)
#define REG(f) assert_int_equal(offsetof(struct sysc_user_regs, f), \
				offsetof(struct user_regs_struct, f))
	REG(r15); REG(r14); REG(r13); REG(r12); REG(rbp); REG(rbx); REG(r11);
	REG(r10); REG(r9); REG(r8); REG(rax); REG(rcx); REG(rdx); REG(rsi);
	REG(rdi); REG(orig_rax); REG(rip); REG(cs); REG(eflags); REG(rsp);
	REG(ss); REG(fs_base); REG(gs_base); REG(ds); REG(es); REG(fs); REG(gs);
#elif defined(__i386__)
#define REG(f, g) assert_int_equal(offsetof(struct sysc_user_regs, f), \
				   offsetof(struct user_regs_struct, g))
	REG(ebx, ebx); REG(ecx, ecx); REG(edx, edx); REG(esi, esi);
	REG(edi, edi); REG(ebp, ebp); REG(eax, eax); REG(xds, xds);
	REG(xes, xes); REG(xfs, xfs); REG(xgs, xgs); REG(orig_eax, orig_eax);
	REG(eip, eip); REG(xcs, xcs); REG(eflags, eflags); REG(esp, esp);
	REG(xss, xss);
#elif defined(__aarch64__)
#define REG(f) assert_int_equal(offsetof(struct sysc_user_regs, f), \
				offsetof(struct user_regs_struct, f))
	REG(regs); REG(sp); REG(pc); REG(pstate);
#elif defined(__riscv)
#define REG(f) assert_int_equal(offsetof(struct sysc_user_regs, f), \
				offsetof(struct user_regs_struct, f))
	REG(pc); REG(ra); REG(sp); REG(gp); REG(tp); REG(t0); REG(t1); REG(t2);
	REG(s0); REG(s1); REG(a0); REG(a1); REG(a2); REG(a3); REG(a4); REG(a5);
	REG(a6); REG(a7); REG(s2); REG(s3); REG(s4); REG(s5); REG(s6); REG(s7);
	REG(s8); REG(s9); REG(s10); REG(s11); REG(t3); REG(t4); REG(t5); REG(t6);
#elif defined(__arm__)
	/* r0..r15, cpsr, orig_r0: the kernel's pt_regs, glibc's user_regs */
	assert_int_equal(sizeof(struct sysc_user_regs), sizeof(struct pt_regs));
	assert_int_equal(offsetof(struct sysc_user_regs, uregs), offsetof(struct pt_regs, uregs));
	assert_int_equal(sizeof(((struct sysc_user_regs *)0)->uregs),
			 sizeof(((struct pt_regs *)0)->uregs));
	assert_int_equal(offsetof(struct sysc_user_regs, uregs), offsetof(libc_user_regs, uregs));
#else
#error "which user_regs_struct is this arch's?"
#endif
#undef REG
}

static void ptrace_traceme_and_attach(void **state)
{
	unsigned long word = 0;
	struct sysc_user_regs regs;
#if defined(__x86_64__) || defined(__i386__) || defined(__arm__)
	libc_user_regs gregs;
#endif
	struct sysc_iovec iov;
	int pid, status;

	(void)state;
	SKIP_UNDER_QEMU_USER("no ptrace (ENOSYS)");
	pid = sysc_fork();
	if (pid == 0) {
		peek_word = 0x7e57ab1eUL;
		CHILD_CHECK(sysc_ptrace(SYSC_PTRACE_TRACEME, 0, 0, 0) == 0);
		raise(SIGSTOP);
		_exit(0);
	}
	assert_int_equal(sysc_waitpid(pid, &status, 0), pid);
	assert_true(SYSC_WIFSTOPPED(status));
	/* PEEKDATA stores the word at data (the kernel's interface) */
	assert_int_equal(sysc_ptrace(SYSC_PTRACE_PEEKDATA, pid, (void *)&peek_word, &word), 0);
	assert_true(word == 0x7e57ab1eUL);
	iov.iov_base = &regs;
	iov.iov_len = sizeof(regs);
	assert_int_equal(sysc_ptrace(SYSC_PTRACE_GETREGSET, pid,
				     (void *)SYSC_NT_PRSTATUS, &iov), 0);
	assert_int_equal(iov.iov_len, sizeof(regs));
#if defined(__x86_64__) || defined(__i386__) || defined(__arm__)
	assert_int_equal(sysc_ptrace(SYSC_PTRACE_GETREGS, pid, 0, &gregs), 0);
	assert_memory_equal(&regs, &gregs, sizeof(regs));
#else
	/* no PTRACE_GETREGS on this arch: the regset is the one way; the
	 * stopped child's pc and stack pointer are there */
	assert_true(regs.pc != 0 && regs.sp != 0);
#endif
	assert_int_equal(sysc_ptrace(SYSC_PTRACE_CONT, pid, 0, 0), 0);
	assert_child_ok(pid);

	/* attach to a running child */
	pid = paused_child(NULL);
	assert_int_equal(sysc_ptrace(SYSC_PTRACE_ATTACH, pid, 0, 0), 0);
	assert_int_equal(sysc_waitpid(pid, &status, 0), pid);
	assert_true(SYSC_WIFSTOPPED(status));
	word = 0;
	assert_int_equal(sysc_ptrace(SYSC_PTRACE_PEEKDATA, pid, (void *)&peek_word, &word), 0);
	assert_true(word == 0x5ca1ab1eUL);
	assert_int_equal(sysc_ptrace(SYSC_PTRACE_DETACH, pid, 0, 0), 0);
	kill(pid, SIGKILL);
	reap(pid);
	assert_int_equal(sysc_ptrace(SYSC_PTRACE_PEEKDATA, pid, 0, &word), -1);
	assert_int_equal(sysc_errno, SYSC_ESRCH);
}

/* PTRACE_GET_SYSCALL_INFO at the syscall-entry stop of the child's
 * getppid and at its exit stop: op, nr, arch (this arch's AUDIT_ARCH: an
 * i386 build is a compat task on an x86_64 kernel), the return value, and
 * the size the kernel reports for each kind of record. */
static void ptrace_get_syscall_info(void **state)
{
	struct sysc_ptrace_syscall_info info;
	int pid, status, stops = 0;
	long n;

	(void)state;
	SKIP_UNDER_QEMU_USER("no ptrace (ENOSYS)");
	pid = sysc_fork();
	if (pid == 0) {
		CHILD_CHECK(sysc_ptrace(SYSC_PTRACE_TRACEME, 0, 0, 0) == 0);
		raise(SIGSTOP);
		sysc_getppid();
		_exit(0);
	}
	assert_int_equal(sysc_waitpid(pid, &status, 0), pid);
	assert_true(SYSC_WIFSTOPPED(status));
	assert_int_equal(sysc_ptrace(SYSC_PTRACE_SETOPTIONS, pid, 0,
				     (void *)(long)(SYSC_PTRACE_O_TRACESYSGOOD |
						    SYSC_PTRACE_O_EXITKILL)), 0);
	/* At a signal-delivery stop there is no syscall to report. */
	memset(&info, 0xff, sizeof info);
	n = sysc_ptrace(SYSC_PTRACE_GET_SYSCALL_INFO, pid, (void *)sizeof info, &info);
	if (n < 0 && sysc_errno == SYSC_EIO) {
		kill(pid, SIGKILL);
		reap(pid);
		printf("skip: PTRACE_GET_SYSCALL_INFO: EIO (kernel < 5.3)\n");
		skip();
	}
	assert_true(n >= (long)offsetof(struct sysc_ptrace_syscall_info, u));
	assert_int_equal(info.op, SYSC_PTRACE_SYSCALL_INFO_NONE);

	/* raise's own syscalls come first: step to getppid's entry. */
	for (;;) {
		assert_true(++stops < 64);
		assert_int_equal(sysc_ptrace(SYSC_PTRACE_SYSCALL, pid, 0, 0), 0);
		assert_int_equal(sysc_waitpid(pid, &status, 0), pid);
		assert_true(SYSC_WIFSTOPPED(status));
		assert_int_equal(SYSC_WSTOPSIG(status), SYSC_PTRACE_SYSCALL_STOPSIG);
		memset(&info, 0, sizeof info);
		n = sysc_ptrace(SYSC_PTRACE_GET_SYSCALL_INFO, pid, (void *)sizeof info, &info);
		assert_true(n > 0);
		if (info.op == SYSC_PTRACE_SYSCALL_INFO_ENTRY &&
		    info.u.entry.nr == SYSC_NR_getppid)
			break;
	}
	assert_int_equal(n, offsetof(struct sysc_ptrace_syscall_info, u.entry.args) +
			    sizeof info.u.entry.args);
	assert_int_equal(info.arch, SYSC_AUDIT_ARCH_SELF);
	assert_true(info.instruction_pointer != 0);
	assert_true(info.stack_pointer != 0);

	/* A short buffer gets the head only; the size is still the whole. */
	{
		struct sysc_ptrace_syscall_info head;

		memset(&head, 0xab, sizeof head);
		assert_int_equal(sysc_ptrace(SYSC_PTRACE_GET_SYSCALL_INFO, pid,
					     (void *)8, &head), n);
		assert_int_equal(head.op, SYSC_PTRACE_SYSCALL_INFO_ENTRY);
		assert_int_equal(head.arch, SYSC_AUDIT_ARCH_SELF);
		assert_true(head.instruction_pointer == 0xababababababababULL);
	}

	/* The exit stop: getppid returned this process's pid. */
	assert_int_equal(sysc_ptrace(SYSC_PTRACE_SYSCALL, pid, 0, 0), 0);
	assert_int_equal(sysc_waitpid(pid, &status, 0), pid);
	assert_int_equal(SYSC_WSTOPSIG(status), SYSC_PTRACE_SYSCALL_STOPSIG);
	memset(&info, 0, sizeof info);
	n = sysc_ptrace(SYSC_PTRACE_GET_SYSCALL_INFO, pid, (void *)sizeof info, &info);
	assert_int_equal(n, offsetof(struct sysc_ptrace_syscall_info, u.exit.is_error) +
			    sizeof info.u.exit.is_error);
	assert_int_equal(info.op, SYSC_PTRACE_SYSCALL_INFO_EXIT);
	assert_int_equal(info.arch, SYSC_AUDIT_ARCH_SELF);
	assert_int_equal(info.u.exit.is_error, 0);
	assert_int_equal(info.u.exit.rval, getpid());
	assert_int_equal(sysc_ptrace(SYSC_PTRACE_DETACH, pid, 0, 0), 0);
	assert_child_ok(pid);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(wait_macros_match_glibc),
		cmocka_unit_test(fork_and_wait_statuses),
		cmocka_unit_test(vfork_shares_memory),
		cmocka_unit_test(clone_sets_tids),
		cmocka_unit_test(clone3_pidfd),
		cmocka_unit_test(execveat_empty_path),
		cmocka_unit_test(process_groups_and_sessions),
		cmocka_unit_test(ids_read_as_glibc),
		cmocka_unit_test(ids_set_in_root_child),
		cmocka_unit_test(rlimits_64bit),
		cmocka_unit_test(rusage_and_times),
		cmocka_unit_test(sysinfo_matches_glibc),
		cmocka_unit_test(hostname_in_new_uts_ns),
		cmocka_unit_test(priorities),
		cmocka_unit_test(sched_policy_and_params),
		cmocka_unit_test(sched_attr_round_trip),
		cmocka_unit_test(affinity_round_trip),
		cmocka_unit_test(ioprio_round_trip),
		cmocka_unit_test(personality_and_arch_prctl),
		cmocka_unit_test(pidfd_signal_and_getfd),
		cmocka_unit_test(process_vm_read_write),
		cmocka_unit_test(user_regs_layout),
		cmocka_unit_test(ptrace_traceme_and_attach),
		cmocka_unit_test(ptrace_get_syscall_info),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
