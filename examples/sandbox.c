/* sandbox: runs a program (x86_64, as /bin on this system is) in a child
 * that has its own session, resource limits and a seccomp allow-list, and
 * reports how it ended and what it used. Freestanding; the i386 build
 * confines an x86_64 program too, since the filter has a list per arch.
 *
 *   sandbox [PROGRAM [ARG...]]        (default /bin/true)
 *
 * The child: setsid, then limits through prlimit64 (open files, file size,
 * CPU seconds, address space), then the filter (allowed: what a dynamically
 * linked glibc program needs to start, read, write and exit; anything else
 * fails with EPERM instead of killing the program), then it checks that a
 * call outside the list is refused, and execs. The parent: wait4 with the
 * child's rusage. */
#include "out.h"
#include <sysc/nr_x86_64.h>
#include <sysc/nr_i386.h>

/* What glibc's start-up, a shell and the coreutils need (x86_64 numbers). */
static const int program_calls[] = {
	SYSC_NR_X86_64_read, SYSC_NR_X86_64_write, SYSC_NR_X86_64_openat,
	SYSC_NR_X86_64_close, SYSC_NR_X86_64_fstat, SYSC_NR_X86_64_newfstatat,
	SYSC_NR_X86_64_statx, SYSC_NR_X86_64_lseek, SYSC_NR_X86_64_mmap,
	SYSC_NR_X86_64_mprotect, SYSC_NR_X86_64_munmap, SYSC_NR_X86_64_brk,
	SYSC_NR_X86_64_pread64, SYSC_NR_X86_64_access, SYSC_NR_X86_64_faccessat2,
	SYSC_NR_X86_64_arch_prctl, SYSC_NR_X86_64_set_tid_address,
	SYSC_NR_X86_64_set_robust_list, SYSC_NR_X86_64_rseq,
	SYSC_NR_X86_64_prlimit64, SYSC_NR_X86_64_getrandom, SYSC_NR_X86_64_futex,
	SYSC_NR_X86_64_rt_sigaction, SYSC_NR_X86_64_rt_sigprocmask,
	SYSC_NR_X86_64_rt_sigreturn, SYSC_NR_X86_64_ioctl, SYSC_NR_X86_64_fcntl,
	SYSC_NR_X86_64_getdents64, SYSC_NR_X86_64_getcwd, SYSC_NR_X86_64_readlink,
	SYSC_NR_X86_64_getpid, SYSC_NR_X86_64_getppid, SYSC_NR_X86_64_getuid,
	SYSC_NR_X86_64_geteuid, SYSC_NR_X86_64_getgid, SYSC_NR_X86_64_getegid,
	SYSC_NR_X86_64_uname, SYSC_NR_X86_64_execve, SYSC_NR_X86_64_exit,
	SYSC_NR_X86_64_exit_group,
};

/* What this launcher itself does between installing the filter and the
 * exec (i386 numbers when it is the i386 build). */
#if defined(__i386__)
static const int launcher_calls[] = {
	SYSC_NR_I386_write, SYSC_NR_I386_execve, SYSC_NR_I386_exit_group,
	SYSC_NR_I386_exit,
};
#endif

static int confine(void)
{
	static const struct { int resource; unsigned long long limit; } limits[] = {
		{ SYSC_RLIMIT_NOFILE, 64 },
		{ SYSC_RLIMIT_FSIZE, 1 << 20 },
		{ SYSC_RLIMIT_CPU, 5 },
		{ SYSC_RLIMIT_AS, 1ULL << 30 },
	};
	struct sysc_seccomp_arch_list lists[] = {
		{ SYSC_AUDIT_ARCH_X86_64, program_calls, sizeof program_calls / sizeof program_calls[0] },
#if defined(__i386__)
		{ SYSC_AUDIT_ARCH_I386, launcher_calls, sizeof launcher_calls / sizeof launcher_calls[0] },
#endif
	};

	if (sysc_setsid() < 0)
		return fail("setsid");
	for (size_t i = 0; i < sizeof limits / sizeof limits[0]; i++) {
		struct sysc_rlimit rl = { limits[i].limit, limits[i].limit };

		if (sysc_prlimit64(0, limits[i].resource, &rl, NULL) < 0)
			return fail("prlimit64");
	}
	if (sysc_seccomp_allow_arches(lists, sizeof lists / sizeof lists[0],
				      SYSC_SECCOMP_ERRNO(SYSC_EPERM)) < 0)
		return fail("seccomp");
	/* socket is not on the list: refused, not fatal */
	if (sysc_socket(SYSC_AF_INET, SYSC_SOCK_STREAM, 0) != -1 || sysc_errno != SYSC_EPERM)
		return fail("the filter let socket() through");
	return 0;
}

static void out_time(struct out *o, const struct sysc_old_timeval *tv)
{
	out_udec(o, (unsigned long long)tv->tv_sec * 1000000ULL + (unsigned long long)tv->tv_usec, 0);
	out_str(o, " us");
}

int main(int argc, char **argv, char **envp)
{
	static char *dflt[] = { (char *)"/bin/true", NULL };
	char **args = argc > 1 ? argv + 1 : dflt;
	struct out o = { 1, 0, { 0 } };
	struct sysc_rusage ru;
	int pid, status;

	pid = sysc_fork();
	if (pid < 0)
		return fail("fork");
	if (pid == 0) {
		if (confine() == 0)
			sysc_execve(args[0], args, envp);
		sysc_exit_group(127);
	}
	if (sysc_wait4(pid, &status, 0, &ru) != pid)
		return fail("wait4");
	out_str(&o, "sandbox: ");
	out_str(&o, args[0]);
	if (SYSC_WIFEXITED(status)) {
		out_str(&o, " exited ");
		out_udec(&o, (unsigned int)SYSC_WEXITSTATUS(status), 0);
	} else if (SYSC_WIFSIGNALED(status)) {
		out_str(&o, " killed by signal ");
		out_udec(&o, (unsigned int)SYSC_WTERMSIG(status), 0);
	}
	out_str(&o, "; user ");
	out_time(&o, &ru.ru_utime);
	out_str(&o, ", system ");
	out_time(&o, &ru.ru_stime);
	out_str(&o, ", max RSS ");
	out_udec(&o, (unsigned long)ru.ru_maxrss, 0);
	out_str(&o, " KiB\n");
	out_flush(&o);
	return SYSC_WIFEXITED(status) ? SYSC_WEXITSTATUS(status) : 128 + SYSC_WTERMSIG(status);
}
