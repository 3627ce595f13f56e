/* sysc_seccomp_allow, each case in a child process so that a filter or a
 * kill stays there:
 *  - the errno action: a denied call fails with that errno via sysc_errno,
 *    an allowed one reaches the kernel;
 *  - the kill action kills the process with SIGSYS;
 *  - the trap action raises SIGSYS with si_code SYS_SECCOMP and the number;
 *  - the log action lets the call through;
 *  - x86_64: `int $0x80` and x32 numbers are killed by the arch and x32
 *    checks even when the number is on the list;
 *  - confined to write and exit_group, the clock is still read through the
 *    vDSO;
 *  - the longest list the BPF limit allows is accepted, one more is not;
 *  - bad arguments are refused before anything is installed. */
#include "fs_rt.h"
#include "vdso_expect.h"
#if defined(__x86_64__)
#include "../arch/x86_64/int80.h"
#endif

static int parent_pid;

static int errno_action(void)
{
	static const int allow[] = { SYSC_NR_write, SYSC_NR_exit_group, SYSC_NR_close };

	if (sysc_seccomp_allow(allow, 3, SYSC_SECCOMP_ERRNO(SYSC_EPERM)) < 0)
		return 10;
	sysc_errno = 0;
	if (sysc_getppid() != -1 || sysc_errno != SYSC_EPERM)
		return 11;
	/* allowed: the kernel's own answer */
	if (sysc_close(-1) != -1 || sysc_errno != SYSC_EBADF)
		return 12;
	return 0;
}

static int errno_action_other(void)
{
	static const int allow[] = { SYSC_NR_exit_group };

	if (sysc_seccomp_allow(allow, 1, SYSC_SECCOMP_ERRNO(SYSC_ENOSYS)) < 0)
		return 10;
	sysc_errno = 0;
	return sysc_getppid() == -1 && sysc_errno == SYSC_ENOSYS ? 0 : 11;
}

static int kill_action(void)
{
	static const int allow[] = { SYSC_NR_write, SYSC_NR_exit_group };

	if (sysc_seccomp_allow(allow, 2, SYSC_SECCOMP_KILL_PROCESS) < 0)
		return 10;
	if (sysc_write(1, "", 0) != 0)
		return 11;
	sysc_getppid();
	return 12;	/* not reached */
}

static volatile int trap_code, trap_nr, trap_errno, trap_count;
static volatile unsigned int trap_arch;

static void on_sigsys(int sig, sysc_siginfo_t *si, void *ctx)
{
	(void)sig;
	(void)ctx;
	trap_code = si->si_code;
	trap_nr = si->syscall;
	trap_arch = si->arch;
	trap_errno = si->si_errno;
	trap_count++;
}

static int trap_action(void)
{
	/* The handler's return needs rt_sigreturn (SA_SIGINFO frame). */
	static const int allow[] = { SYSC_NR_exit_group, SYSC_NR_rt_sigreturn };
	struct sysc_sigaction sa;

	sa.action = on_sigsys;
	sa.mask = 0;
	sa.flags = SYSC_SA_SIGINFO;
	if (sysc_sigaction(SYSC_SIGSYS, &sa, NULL) < 0)
		return 10;
	if (sysc_seccomp_allow(allow, 2, SYSC_SECCOMP_TRAP | 42) < 0)
		return 11;
	sysc_getppid();
	if (trap_code != SYSC_SYS_SECCOMP)
		return 12;
	if (trap_nr != SYSC_NR_getppid || trap_arch != SYSC_AUDIT_ARCH_SELF)
		return 13;
	return trap_errno == 42 ? 0 : 14;
}

/* The calls qemu-user cannot trace for tests/check-strace.sh (riscv64's
 * riscv_flush_icache, which it answers without printing; arm's bind and
 * connect, whose printing crashes qemu-arm), traced here by the kernel:
 * under a filter that traps every other call, each layer's function traps
 * once, with its syscall's number. */
#if defined(__riscv)
static void flush_errno(void) { (void)sysc_riscv_flush_icache(0, 0, 0); }
static void flush_raw(void) { (void)sysc_raw_riscv_flush_icache(0, 0, 0); }
#define UNTRACED { "sysc_riscv_flush_icache and its raw form issue riscv_flush_icache, once each", \
		   { flush_errno, flush_raw }, SYSC_NR_riscv_flush_icache }
#elif defined(__arm__)
static void bind_errno(void) { (void)sysc_bind(-1, 0, 0); }
static void bind_raw(void) { (void)sysc_raw_bind(-1, 0, 0); }
static void connect_errno(void) { (void)sysc_connect(-1, 0, 0); }
static void connect_raw(void) { (void)sysc_raw_connect(-1, 0, 0); }
#define UNTRACED { "sysc_bind and its raw form issue bind, once each", \
		   { bind_errno, bind_raw }, SYSC_NR_bind }, \
		 { "sysc_connect and its raw form issue connect, once each", \
		   { connect_errno, connect_raw }, SYSC_NR_connect }
#endif

#ifdef UNTRACED
static const struct untraced {
	const char *what;
	void (*layer[2])(void);
	int nr;
} untraced[] = { UNTRACED };
static int untraced_i;

static int untraced_call(void)
{
	static const int allow[] = { SYSC_NR_exit_group, SYSC_NR_rt_sigreturn };
	const struct untraced *u = &untraced[untraced_i];
	struct sysc_sigaction sa;
	int i;

	sa.action = on_sigsys;
	sa.mask = 0;
	sa.flags = SYSC_SA_SIGINFO;
	if (sysc_sigaction(SYSC_SIGSYS, &sa, NULL) < 0)
		return 10;
	if (sysc_seccomp_allow(allow, 2, SYSC_SECCOMP_TRAP) < 0)
		return 11;
	for (i = 0; i < 2; i++) {
		u->layer[i]();
		if (trap_count != i + 1 || trap_nr != u->nr)
			return 12 + i;
	}
	return 0;
}
#endif

static int log_action(void)
{
	static const int allow[] = { SYSC_NR_exit_group };

	if (sysc_seccomp_allow(allow, 1, SYSC_SECCOMP_LOG) < 0)
		return 10;
	return sysc_getppid() == parent_pid ? 0 : 11;
}

static int longest_list(void)
{
	/* (4096 - head - 1) / 2 numbers: head is 6 on x86_64, 4 on i386 */
#if defined(__x86_64__)
	static int allow[2044];
#else
	static int allow[2045];
#endif
	size_t i, n = sizeof allow / sizeof allow[0];

	for (i = 0; i < n; i++)
		allow[i] = SYSC_NR_exit_group;
	allow[n - 1] = SYSC_NR_getppid;	/* the last compare must work too */
	sysc_errno = 0;
	if (sysc_seccomp_allow(allow, n + 1, SYSC_SECCOMP_KILL_PROCESS) != -1 ||
	    sysc_errno != SYSC_EINVAL)
		return 10;
	if (sysc_seccomp_allow(allow, n, SYSC_SECCOMP_ERRNO(SYSC_EPERM)) < 0)
		return 11;
	if (sysc_getppid() != parent_pid)
		return 12;
	sysc_errno = 0;
	return sysc_getpid() == -1 && sysc_errno == SYSC_EPERM ? 0 : 13;
}

#if defined(__x86_64__)
/* i386 getpid is 20; with 20 on the list, only the arch check stops it. */
static int int80_call(void)
{
	static const int allow[] = { SYSC_NR_write, SYSC_NR_exit_group, 20 };

	if (sysc_seccomp_allow(allow, 3, SYSC_SECCOMP_ERRNO(SYSC_EPERM)) < 0)
		return 10;
	sysc__x86_64_int80(20);
	return 11;
}

/* getpid with the x32 bit: without the x32 check it would get EPERM. */
static int x32_call(void)
{
	static const int allow[] = { SYSC_NR_write, SYSC_NR_exit_group, SYSC_NR_getpid };

	if (sysc_seccomp_allow(allow, 3, SYSC_SECCOMP_ERRNO(SYSC_EPERM)) < 0)
		return 10;
	sysc_raw_syscall(SYSC_NR_getpid | SYSC_X32_SYSCALL_BIT);
	return 11;
}
#endif

static int vdso_clock(void)
{
	static const int allow[] = { SYSC_NR_write, SYSC_NR_exit_group };
	struct sysc_timespec a, b;

	if (sysc_seccomp_allow(allow, 2, SYSC_SECCOMP_KILL_PROCESS) < 0)
		return 10;
	if (sysc_clock_gettime(SYSC_CLOCK_MONOTONIC, &a) != 0 ||
	    sysc_clock_gettime(SYSC_CLOCK_MONOTONIC, &b) != 0)
		return 11;
	if (b.tv_sec < a.tv_sec || (b.tv_sec == a.tv_sec && b.tv_nsec < a.tv_nsec))
		return 12;
	return a.tv_sec || a.tv_nsec ? 0 : 13;
}

static void expect_exit0(int (*fn)(void), const char *name)
{
	int st = fs_in_child(fn);

	if (fs_exited(st) && fs_exit_code(st) == 0) {
		fs_report(1, name, NULL);
		return;
	}
	fs_puts("# status ");
	fs_putnum(st);
	fs_puts("\n");
	fs_report(0, name, "child failed (status above)");
}

static void expect_sigsys(int (*fn)(void), const char *name)
{
	int st = fs_in_child(fn);

	if (fs_term_sig(st) != SYSC_SIGSYS) {
		fs_puts("# status ");
		fs_putnum(st);
		fs_puts("\n");
	}
	fs_report(fs_term_sig(st) == SYSC_SIGSYS, name, "not killed by SIGSYS");
}

static void test_bad_args(void)
{
	static const int one[] = { SYSC_NR_exit_group }, neg[] = { -1 };

	sysc_errno = 0;
	FS_CHECK(sysc_seccomp_allow(NULL, 1, SYSC_SECCOMP_KILL_PROCESS) == -1 &&
		 sysc_errno == SYSC_EINVAL, "seccomp_allow: NULL list is EINVAL");
	sysc_errno = 0;
	FS_CHECK(sysc_seccomp_allow(neg, 1, SYSC_SECCOMP_KILL_PROCESS) == -1 &&
		 sysc_errno == SYSC_EINVAL, "seccomp_allow: negative number is EINVAL");
	sysc_errno = 0;
	FS_CHECK(sysc_seccomp_allow(one, 1, 0x12340000u) == -1 && sysc_errno == SYSC_EINVAL,
		 "seccomp_allow: unknown action is EINVAL");
	sysc_errno = 0;
	FS_CHECK(sysc_seccomp_allow(one, 1, SYSC_SECCOMP_ERRNO(5000)) == -1 &&
		 sysc_errno == SYSC_EINVAL, "seccomp_allow: errno above 4095 is EINVAL");
	sysc_errno = 0;
	FS_CHECK(sysc_seccomp_allow(one, 1, SYSC_SECCOMP_RET_ALLOW) == -1 &&
		 sysc_errno == SYSC_EINVAL, "seccomp_allow: ALLOW as default is EINVAL");
	sysc_errno = 0;
	FS_CHECK(sysc_seccomp_allow(one, (size_t)-1 / 2, SYSC_SECCOMP_KILL_PROCESS) == -1 &&
		 sysc_errno == SYSC_EINVAL, "seccomp_allow: huge count is EINVAL");
	FS_CHECK(sysc_prctl(SYSC_PR_GET_SECCOMP, 0, 0, 0, 0) == 0,
		 "seccomp_allow: nothing installed after the refusals");
}

#if defined(__x86_64__)
/* tests/run.sh sets SYSC_HOST_NO_IA32=1 when its probe found that this
 * kernel runs no i386 program: int $0x80 then faults (SIGSEGV) before
 * seccomp sees it. */
static int host_has_ia32(char **envp)
{
	static const char key[] = "SYSC_HOST_NO_IA32=1";

	for (; *envp; envp++) {
		size_t i = 0;

		while (key[i] && (*envp)[i] == key[i])
			i++;
		if (!key[i] && !(*envp)[i])
			return 0;
	}
	return 1;
}
#endif

int main(int argc, char **argv, char **envp)
{
	(void)argc, (void)argv, (void)envp;
	parent_pid = sysc_getpid();
	if (fs_skip_without_seccomp("seccomp filters (every check of this program)"))
		return 0;
	test_bad_args();
	expect_exit0(errno_action, "errno action: denied call gives EPERM, allowed one runs");
	expect_exit0(errno_action_other, "errno action: the errno value is the caller's");
	expect_sigsys(kill_action, "kill action: SIGSYS");
	expect_exit0(trap_action, "trap action: SIGSYS handler sees SYS_SECCOMP, nr, arch, data");
	expect_exit0(log_action, "log action: call allowed");
	expect_exit0(longest_list, "longest list accepted (one more refused), last entry works");
#if defined(__x86_64__)
	if (host_has_ia32(envp))
		expect_sigsys(int80_call, "int $0x80 from a 64-bit process: killed by the arch check");
	else
		fs_skip("int $0x80 from a 64-bit process: killed by the arch check",
			"the host kernel has no IA32 emulation (int $0x80 faults)");
	expect_sigsys(x32_call, "x32 syscall number: killed");
#endif
#ifdef UNTRACED
	for (untraced_i = 0; untraced_i < (int)(sizeof untraced / sizeof untraced[0]); untraced_i++)
		expect_exit0(untraced_call, untraced[untraced_i].what);
#endif
	if (!sysc_vdso_sym(VE_CLOCK_GETTIME, VE_VERSION))
		fs_skip("vDSO clock under write+exit_group filter", "no vDSO clock_gettime mapped");
	else
		expect_exit0(vdso_clock, "vDSO clock under write+exit_group filter");
	return fs_failures;
}
