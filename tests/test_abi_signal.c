/* Checks arch/<arch>/abi_signal.h and the constants of sysc/signal.h,
 * sysc/thread.h and sysc/seccomp.h against the kernel's uapi headers, for
 * the arch being compiled. glibc's <signal.h> is left out on purpose: it
 * clashes with <asm/signal.h>. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <linux/signal.h>
#include <asm/siginfo.h>
#include <asm/unistd.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/futex.h>
#include <linux/prctl.h>
#include <linux/sched.h>
#include <linux/seccomp.h>

#include <sysc.h>
#include "abi_check.h"

static void test_sigaction_layout(void **state)
{
	(void)state;
	/* The kernel's rt_sigaction layout: handler, flags, restorer, then
	 * a 64-bit mask. x86_64's uapi struct sigaction has exactly that
	 * layout; i386's and arm's uapi structs are the old sigaction
	 * syscall's (a one-word mask), so there the offsets are the kernel's
	 * (include/linux/signal_types.h under __KERNEL__, its mask two
	 * longs): 0, 4, 8, 12, 20 bytes in all. asm-generic's (aarch64,
	 * riscv64) is the rt one, with a restorer only where the arch has
	 * SA_RESTORER (aarch64; riscv64 returns through the vDSO). */
#if defined(SA_RESTORER) != defined(SYSC_SA_RESTORER)
	fail_msg("SA_RESTORER: the uapi and sysc disagree on whether this arch has it");
#endif
#if !defined(__i386__) && !defined(__arm__)
	assert_int_equal(sizeof(struct sysc_kernel_sigaction), sizeof(struct sigaction));
	CHECK_FIELD(struct sysc_kernel_sigaction, handler, struct sigaction, sa_handler);
	CHECK_FIELD(struct sysc_kernel_sigaction, flags, struct sigaction, sa_flags);
#ifdef SA_RESTORER
	CHECK_FIELD(struct sysc_kernel_sigaction, restorer, struct sigaction, sa_restorer);
#endif
	CHECK_FIELD(struct sysc_kernel_sigaction, mask, struct sigaction, sa_mask);
#else
	assert_int_equal(offsetof(struct sysc_kernel_sigaction, handler), 0);
	assert_int_equal(offsetof(struct sysc_kernel_sigaction, flags), 4);
	assert_int_equal(offsetof(struct sysc_kernel_sigaction, restorer), 8);
	assert_int_equal(offsetof(struct sysc_kernel_sigaction, mask), 12);
	assert_int_equal(sizeof(struct sysc_kernel_sigaction), 20);
#endif
	/* The kernel's _NSIG is 64 on every arch sysc has (not exported to
	 * x86's uapi, whose NSIG is the old 32): the rt_* calls insist on
	 * sigsetsize 8. */
	assert_int_equal(sizeof(sysc_sigset_t), 8);
	assert_int_equal(SYSC_NSIG, 64);
	assert_int_equal(SYSC_SIGRTMAX, SYSC_NSIG);
}

static void test_siginfo_layout(void **state)
{
	(void)state;
	assert_int_equal(sizeof(sysc_siginfo_t), sizeof(siginfo_t));
	assert_int_equal(sizeof(sysc_siginfo_t), 128);
	CHECK_FIELD(sysc_siginfo_t, si_signo, siginfo_t, si_signo);
	CHECK_FIELD(sysc_siginfo_t, si_errno, siginfo_t, si_errno);
	CHECK_FIELD(sysc_siginfo_t, si_code, siginfo_t, si_code);
	CHECK_FIELD(sysc_siginfo_t, pid, siginfo_t, si_pid);
	CHECK_FIELD(sysc_siginfo_t, uid, siginfo_t, si_uid);
	CHECK_FIELD(sysc_siginfo_t, status, siginfo_t, si_status);
	CHECK_FIELD(sysc_siginfo_t, utime, siginfo_t, si_utime);
	CHECK_FIELD(sysc_siginfo_t, stime, siginfo_t, si_stime);
	CHECK_FIELD(sysc_siginfo_t, value, siginfo_t, si_value);
	CHECK_FIELD(sysc_siginfo_t, timerid, siginfo_t, si_tid);
	CHECK_FIELD(sysc_siginfo_t, overrun, siginfo_t, si_overrun);
	CHECK_FIELD(sysc_siginfo_t, addr, siginfo_t, si_addr);
	CHECK_FIELD(sysc_siginfo_t, band, siginfo_t, si_band);
	CHECK_FIELD(sysc_siginfo_t, fd, siginfo_t, si_fd);
	CHECK_FIELD(sysc_siginfo_t, call_addr, siginfo_t, si_call_addr);
	CHECK_FIELD(sysc_siginfo_t, syscall, siginfo_t, si_syscall);
	CHECK_FIELD(sysc_siginfo_t, arch, siginfo_t, si_arch);
	assert_int_equal(sizeof(union sysc_sigval), sizeof(sigval_t));
	assert_int_equal(SYSC_SI_USER, SI_USER);
	assert_int_equal(SYSC_SI_KERNEL, SI_KERNEL);
	assert_int_equal(SYSC_SI_QUEUE, SI_QUEUE);
	assert_int_equal(SYSC_SI_TIMER, SI_TIMER);
	assert_int_equal(SYSC_SI_MESGQ, SI_MESGQ);
	assert_int_equal(SYSC_SI_ASYNCIO, SI_ASYNCIO);
	assert_int_equal(SYSC_SI_SIGIO, SI_SIGIO);
	assert_int_equal(SYSC_SI_TKILL, SI_TKILL);
	assert_int_equal(SYSC_CLD_EXITED, CLD_EXITED);
	assert_int_equal(SYSC_CLD_KILLED, CLD_KILLED);
	assert_int_equal(SYSC_CLD_DUMPED, CLD_DUMPED);
	assert_int_equal(SYSC_CLD_TRAPPED, CLD_TRAPPED);
	assert_int_equal(SYSC_CLD_STOPPED, CLD_STOPPED);
	assert_int_equal(SYSC_CLD_CONTINUED, CLD_CONTINUED);
	assert_int_equal(SYSC_SYS_SECCOMP, SYS_SECCOMP);
}

static void test_stack_layout(void **state)
{
	(void)state;
	assert_int_equal(sizeof(struct sysc_stack), sizeof(stack_t));
	CHECK_FIELD(struct sysc_stack, ss_sp, stack_t, ss_sp);
	CHECK_FIELD(struct sysc_stack, ss_flags, stack_t, ss_flags);
	CHECK_FIELD(struct sysc_stack, ss_size, stack_t, ss_size);
	assert_int_equal(SYSC_SS_ONSTACK, SS_ONSTACK);
	assert_int_equal(SYSC_SS_DISABLE, SS_DISABLE);
	assert_int_equal(SYSC_SS_AUTODISARM, SS_AUTODISARM);
	assert_int_equal(SYSC_MINSIGSTKSZ, MINSIGSTKSZ);
	assert_int_equal(SYSC_SIGSTKSZ, SIGSTKSZ);
}

static void test_signal_numbers(void **state)
{
	static const struct { int ours, theirs; } n[] = {
		{ SYSC_SIGHUP, SIGHUP }, { SYSC_SIGINT, SIGINT },
		{ SYSC_SIGQUIT, SIGQUIT }, { SYSC_SIGILL, SIGILL },
		{ SYSC_SIGTRAP, SIGTRAP }, { SYSC_SIGABRT, SIGABRT },
		{ SYSC_SIGBUS, SIGBUS }, { SYSC_SIGFPE, SIGFPE },
		{ SYSC_SIGKILL, SIGKILL }, { SYSC_SIGUSR1, SIGUSR1 },
		{ SYSC_SIGSEGV, SIGSEGV }, { SYSC_SIGUSR2, SIGUSR2 },
		{ SYSC_SIGPIPE, SIGPIPE }, { SYSC_SIGALRM, SIGALRM },
		{ SYSC_SIGTERM, SIGTERM }, { SYSC_SIGSTKFLT, SIGSTKFLT },
		{ SYSC_SIGCHLD, SIGCHLD }, { SYSC_SIGCONT, SIGCONT },
		{ SYSC_SIGSTOP, SIGSTOP }, { SYSC_SIGTSTP, SIGTSTP },
		{ SYSC_SIGTTIN, SIGTTIN }, { SYSC_SIGTTOU, SIGTTOU },
		{ SYSC_SIGURG, SIGURG }, { SYSC_SIGXCPU, SIGXCPU },
		{ SYSC_SIGXFSZ, SIGXFSZ }, { SYSC_SIGVTALRM, SIGVTALRM },
		{ SYSC_SIGPROF, SIGPROF }, { SYSC_SIGWINCH, SIGWINCH },
		{ SYSC_SIGIO, SIGIO }, { SYSC_SIGPWR, SIGPWR },
		{ SYSC_SIGSYS, SIGSYS }, { SYSC_SIGRTMIN, SIGRTMIN },
		{ SYSC_SA_NOCLDSTOP, SA_NOCLDSTOP }, { SYSC_SA_NOCLDWAIT, SA_NOCLDWAIT },
		{ SYSC_SA_SIGINFO, SA_SIGINFO },
#ifdef SA_RESTORER
		{ SYSC_SA_RESTORER, SA_RESTORER },
#endif
		{ SYSC_SA_ONSTACK, SA_ONSTACK }, { SYSC_SA_RESTART, SA_RESTART },
		{ SYSC_SA_NODEFER, SA_NODEFER }, { (int)SYSC_SA_RESETHAND, (int)SA_RESETHAND },
		{ SYSC_SIG_BLOCK, SIG_BLOCK }, { SYSC_SIG_UNBLOCK, SIG_UNBLOCK },
		{ SYSC_SIG_SETMASK, SIG_SETMASK },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof n / sizeof n[0]; i++) {
		if (n[i].ours != n[i].theirs)
			print_error("entry %zu: %d != %d\n", i, n[i].ours, n[i].theirs);
		assert_int_equal(n[i].ours, n[i].theirs);
	}
	assert_ptr_equal((void *)SYSC_SIG_DFL, (void *)SIG_DFL);
	assert_ptr_equal((void *)SYSC_SIG_IGN, (void *)SIG_IGN);
	assert_true(SYSC_SIGBIT(SYSC_SIGRTMAX) == 1ULL << 63);
}

static void test_clone_futex(void **state)
{
	static const struct { unsigned long long ours, theirs; } n[] = {
		{ SYSC_CLONE_VM, CLONE_VM }, { SYSC_CLONE_FS, CLONE_FS },
		{ SYSC_CLONE_FILES, CLONE_FILES }, { SYSC_CLONE_SIGHAND, CLONE_SIGHAND },
		{ SYSC_CLONE_PIDFD, CLONE_PIDFD }, { SYSC_CLONE_PTRACE, CLONE_PTRACE },
		{ SYSC_CLONE_VFORK, CLONE_VFORK }, { SYSC_CLONE_PARENT, CLONE_PARENT },
		{ SYSC_CLONE_THREAD, CLONE_THREAD }, { SYSC_CLONE_NEWNS, CLONE_NEWNS },
		{ SYSC_CLONE_SYSVSEM, CLONE_SYSVSEM }, { SYSC_CLONE_SETTLS, CLONE_SETTLS },
		{ SYSC_CLONE_PARENT_SETTID, CLONE_PARENT_SETTID },
		{ SYSC_CLONE_CHILD_CLEARTID, CLONE_CHILD_CLEARTID },
		{ SYSC_CLONE_DETACHED, CLONE_DETACHED }, { SYSC_CLONE_UNTRACED, CLONE_UNTRACED },
		{ SYSC_CLONE_CHILD_SETTID, CLONE_CHILD_SETTID }, { SYSC_CSIGNAL, CSIGNAL },
		{ SYSC_FUTEX_WAIT, FUTEX_WAIT }, { SYSC_FUTEX_WAKE, FUTEX_WAKE },
		{ SYSC_FUTEX_REQUEUE, FUTEX_REQUEUE }, { SYSC_FUTEX_CMP_REQUEUE, FUTEX_CMP_REQUEUE },
		{ SYSC_FUTEX_WAKE_OP, FUTEX_WAKE_OP }, { SYSC_FUTEX_WAIT_BITSET, FUTEX_WAIT_BITSET },
		{ SYSC_FUTEX_WAKE_BITSET, FUTEX_WAKE_BITSET },
		{ SYSC_FUTEX_PRIVATE_FLAG, FUTEX_PRIVATE_FLAG },
		{ SYSC_FUTEX_CLOCK_REALTIME, FUTEX_CLOCK_REALTIME },
		{ SYSC_FUTEX_WAIT_PRIVATE, FUTEX_WAIT_PRIVATE },
		{ SYSC_FUTEX_WAKE_PRIVATE, FUTEX_WAKE_PRIVATE },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof n / sizeof n[0]; i++) {
		if (n[i].ours != n[i].theirs)
			print_error("entry %zu: %llx != %llx\n", i, n[i].ours, n[i].theirs);
		assert_true(n[i].ours == n[i].theirs);
	}
}

static void test_seccomp_bpf(void **state)
{
	static const struct { unsigned long long ours, theirs; } n[] = {
		{ SYSC_SECCOMP_SET_MODE_STRICT, SECCOMP_SET_MODE_STRICT },
		{ SYSC_SECCOMP_SET_MODE_FILTER, SECCOMP_SET_MODE_FILTER },
		{ SYSC_SECCOMP_GET_ACTION_AVAIL, SECCOMP_GET_ACTION_AVAIL },
		{ SYSC_SECCOMP_FILTER_FLAG_TSYNC, SECCOMP_FILTER_FLAG_TSYNC },
		{ SYSC_SECCOMP_FILTER_FLAG_LOG, SECCOMP_FILTER_FLAG_LOG },
		{ SYSC_SECCOMP_RET_KILL_PROCESS, SECCOMP_RET_KILL_PROCESS },
		{ SYSC_SECCOMP_RET_KILL_THREAD, SECCOMP_RET_KILL_THREAD },
		{ SYSC_SECCOMP_RET_TRAP, SECCOMP_RET_TRAP },
		{ SYSC_SECCOMP_RET_ERRNO, SECCOMP_RET_ERRNO },
		{ SYSC_SECCOMP_RET_USER_NOTIF, SECCOMP_RET_USER_NOTIF },
		{ SYSC_SECCOMP_RET_TRACE, SECCOMP_RET_TRACE },
		{ SYSC_SECCOMP_RET_LOG, SECCOMP_RET_LOG },
		{ SYSC_SECCOMP_RET_ALLOW, SECCOMP_RET_ALLOW },
		{ SYSC_SECCOMP_RET_ACTION_FULL, SECCOMP_RET_ACTION_FULL },
		{ SYSC_SECCOMP_RET_DATA, SECCOMP_RET_DATA },
		{ SYSC_SECCOMP_ERRNO(1), SECCOMP_RET_ERRNO | 1 },
		{ SYSC_AUDIT_ARCH_X86_64, AUDIT_ARCH_X86_64 },
		{ SYSC_AUDIT_ARCH_I386, AUDIT_ARCH_I386 },
		{ SYSC_AUDIT_ARCH_AARCH64, AUDIT_ARCH_AARCH64 },
		{ SYSC_AUDIT_ARCH_RISCV64, AUDIT_ARCH_RISCV64 },
		{ SYSC_AUDIT_ARCH_ARM, AUDIT_ARCH_ARM },
		{ SYSC_PR_GET_SECCOMP, PR_GET_SECCOMP },
		{ SYSC_PR_SET_SECCOMP, PR_SET_SECCOMP },
		{ SYSC_PR_SET_NO_NEW_PRIVS, PR_SET_NO_NEW_PRIVS },
		{ SYSC_PR_GET_NO_NEW_PRIVS, PR_GET_NO_NEW_PRIVS },
		{ SYSC_BPF_MAXINSNS, BPF_MAXINSNS },
		{ SYSC_BPF_LD, BPF_LD }, { SYSC_BPF_LDX, BPF_LDX }, { SYSC_BPF_ST, BPF_ST },
		{ SYSC_BPF_STX, BPF_STX }, { SYSC_BPF_ALU, BPF_ALU }, { SYSC_BPF_JMP, BPF_JMP },
		{ SYSC_BPF_RET, BPF_RET }, { SYSC_BPF_MISC, BPF_MISC },
		{ SYSC_BPF_W, BPF_W }, { SYSC_BPF_H, BPF_H }, { SYSC_BPF_B, BPF_B },
		{ SYSC_BPF_IMM, BPF_IMM }, { SYSC_BPF_ABS, BPF_ABS }, { SYSC_BPF_IND, BPF_IND },
		{ SYSC_BPF_MEM, BPF_MEM }, { SYSC_BPF_JA, BPF_JA }, { SYSC_BPF_JEQ, BPF_JEQ },
		{ SYSC_BPF_JGT, BPF_JGT }, { SYSC_BPF_JGE, BPF_JGE }, { SYSC_BPF_JSET, BPF_JSET },
		{ SYSC_BPF_K, BPF_K }, { SYSC_BPF_X, BPF_X }, { SYSC_BPF_A, BPF_A },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof n / sizeof n[0]; i++) {
		if (n[i].ours != n[i].theirs)
			print_error("entry %zu: %llx != %llx\n", i, n[i].ours, n[i].theirs);
		assert_true(n[i].ours == n[i].theirs);
	}
#if defined(__x86_64__)
	assert_int_equal(SYSC_AUDIT_ARCH_SELF, AUDIT_ARCH_X86_64);
	assert_int_equal(SYSC_X32_SYSCALL_BIT, __X32_SYSCALL_BIT);
#elif defined(__i386__)
	assert_int_equal(SYSC_AUDIT_ARCH_SELF, AUDIT_ARCH_I386);
#elif defined(__aarch64__)
	assert_int_equal(SYSC_AUDIT_ARCH_SELF, AUDIT_ARCH_AARCH64);
#elif defined(__riscv) && __riscv_xlen == 64
	assert_int_equal(SYSC_AUDIT_ARCH_SELF, AUDIT_ARCH_RISCV64);
#elif defined(__arm__) && !defined(__ARMEB__)
	assert_int_equal(SYSC_AUDIT_ARCH_SELF, AUDIT_ARCH_ARM);
#else
#error "which AUDIT_ARCH is this arch's?"
#endif
	assert_int_equal(sizeof(struct sysc_seccomp_data), sizeof(struct seccomp_data));
	CHECK_FIELD(struct sysc_seccomp_data, nr, struct seccomp_data, nr);
	CHECK_FIELD(struct sysc_seccomp_data, arch, struct seccomp_data, arch);
	CHECK_FIELD(struct sysc_seccomp_data, instruction_pointer, struct seccomp_data, instruction_pointer);
	CHECK_FIELD(struct sysc_seccomp_data, args, struct seccomp_data, args);
	assert_int_equal(sizeof(struct sysc_sock_filter), sizeof(struct sock_filter));
	CHECK_FIELD(struct sysc_sock_filter, code, struct sock_filter, code);
	CHECK_FIELD(struct sysc_sock_filter, jt, struct sock_filter, jt);
	CHECK_FIELD(struct sysc_sock_filter, jf, struct sock_filter, jf);
	CHECK_FIELD(struct sysc_sock_filter, k, struct sock_filter, k);
	assert_int_equal(sizeof(struct sysc_sock_fprog), sizeof(struct sock_fprog));
	CHECK_FIELD(struct sysc_sock_fprog, len, struct sock_fprog, len);
	CHECK_FIELD(struct sysc_sock_fprog, filter, struct sock_fprog, filter);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sigaction_layout),
		cmocka_unit_test(test_siginfo_layout),
		cmocka_unit_test(test_stack_layout),
		cmocka_unit_test(test_signal_numbers),
		cmocka_unit_test(test_clone_futex),
		cmocka_unit_test(test_seccomp_bpf),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
