/* The proc area's types and constants (include/sysc/types_proc.h) against
 * the kernel's uapi headers, on both arches: every struct's size and field
 * offsets, every constant's value. Constants newer than the installed uapi
 * (6.1) are compared with the kernel's documented values (KDOC). The uapi
 * headers come before any libc header. */
#include <linux/sched.h>
#include <linux/sched/types.h>
#include <linux/resource.h>
#include <linux/sysinfo.h>
#include <linux/times.h>
#include <linux/ioprio.h>
#include <linux/personality.h>
#include <linux/pidfd.h>
#include <linux/kcmp.h>
#include <linux/ptrace.h>
#include <asm/signal.h>
#include <linux/elf.h>
#if defined(__x86_64__) || defined(__i386__)
#include <asm/prctl.h>
#endif

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <cmocka.h>

#include <sysc.h>

#include "abi_check.h"

/* sysc's struct st against the kernel's struct ust, fields tiled up to
 * alignment padding (which both sides have). */
#define CHECK(what, t, st, ust) \
	CHECK_STRUCT_COVER(what, t, sizeof(struct st), PADDED, sizeof(struct st), \
			   sizeof(struct ust))

static void clone_args_layout(void **state)
{
	static const struct field t[] = {
		FIELD(sysc_clone_args, struct clone_args, flags),
		FIELD(sysc_clone_args, struct clone_args, pidfd),
		FIELD(sysc_clone_args, struct clone_args, child_tid),
		FIELD(sysc_clone_args, struct clone_args, parent_tid),
		FIELD(sysc_clone_args, struct clone_args, exit_signal),
		FIELD(sysc_clone_args, struct clone_args, stack),
		FIELD(sysc_clone_args, struct clone_args, stack_size),
		FIELD(sysc_clone_args, struct clone_args, tls),
		FIELD(sysc_clone_args, struct clone_args, set_tid),
		FIELD(sysc_clone_args, struct clone_args, set_tid_size),
		FIELD(sysc_clone_args, struct clone_args, cgroup),
	};

	(void)state;
	CHECK("clone_args", t, sysc_clone_args, clone_args);
	assert_int_equal(sizeof(struct sysc_clone_args), CLONE_ARGS_SIZE_VER2);
}

static void rlimit_tms_sysinfo_layout(void **state)
{
	static const struct field rl[] = {
		FIELD(sysc_rlimit, struct rlimit64, rlim_cur),
		FIELD(sysc_rlimit, struct rlimit64, rlim_max),
	};
	static const struct field tms[] = {
		FIELD(sysc_tms, struct tms, tms_utime),
		FIELD(sysc_tms, struct tms, tms_stime),
		FIELD(sysc_tms, struct tms, tms_cutime),
		FIELD(sysc_tms, struct tms, tms_cstime),
	};
	static const struct field si[] = {
		FIELD(sysc_sysinfo, struct sysinfo, uptime),
		FIELD(sysc_sysinfo, struct sysinfo, loads),
		FIELD(sysc_sysinfo, struct sysinfo, totalram),
		FIELD(sysc_sysinfo, struct sysinfo, freeram),
		FIELD(sysc_sysinfo, struct sysinfo, sharedram),
		FIELD(sysc_sysinfo, struct sysinfo, bufferram),
		FIELD(sysc_sysinfo, struct sysinfo, totalswap),
		FIELD(sysc_sysinfo, struct sysinfo, freeswap),
		FIELD(sysc_sysinfo, struct sysinfo, procs),
		FIELD(sysc_sysinfo, struct sysinfo, pad),
		FIELD(sysc_sysinfo, struct sysinfo, totalhigh),
		FIELD(sysc_sysinfo, struct sysinfo, freehigh),
		FIELD(sysc_sysinfo, struct sysinfo, mem_unit),
#if __SIZEOF_LONG__ == 4	/* 20 - 2 * 4 - 4 bytes */
		FIELD(sysc_sysinfo, struct sysinfo, _f),
#endif
	};

	(void)state;
	CHECK("rlimit", rl, sysc_rlimit, rlimit64);
	CHECK("tms", tms, sysc_tms, tms);
	CHECK("sysinfo", si, sysc_sysinfo, sysinfo);
#if __SIZEOF_LONG__ == 8
	/* the kernel's _f is empty here: mem_unit is followed by padding */
	assert_int_equal(sizeof(((struct sysinfo *)0)->_f), 0);
#endif
}

static void sched_layout(void **state)
{
	static const struct field sp[] = {
		FIELD(sysc_sched_param, struct sched_param, sched_priority),
	};
	static const struct field sa[] = {
		FIELD(sysc_sched_attr, struct sched_attr, size),
		FIELD(sysc_sched_attr, struct sched_attr, sched_policy),
		FIELD(sysc_sched_attr, struct sched_attr, sched_flags),
		FIELD(sysc_sched_attr, struct sched_attr, sched_nice),
		FIELD(sysc_sched_attr, struct sched_attr, sched_priority),
		FIELD(sysc_sched_attr, struct sched_attr, sched_runtime),
		FIELD(sysc_sched_attr, struct sched_attr, sched_deadline),
		FIELD(sysc_sched_attr, struct sched_attr, sched_period),
		FIELD(sysc_sched_attr, struct sched_attr, sched_util_min),
		FIELD(sysc_sched_attr, struct sched_attr, sched_util_max),
	};

	(void)state;
	CHECK("sched_param", sp, sysc_sched_param, sched_param);
	CHECK("sched_attr", sa, sysc_sched_attr, sched_attr);
	assert_int_equal(sizeof(struct sysc_sched_attr), SCHED_ATTR_SIZE_VER1);
	/* The kernel reads the mask in longs: whole longs, 1024 bits. */
	assert_int_equal(sizeof(sysc_cpu_set_t), 1024 / 8);
}

static void kcmp_ptrace_layout(void **state)
{
	static const struct field ks[] = {
		FIELD(sysc_kcmp_epoll_slot, struct kcmp_epoll_slot, efd),
		FIELD(sysc_kcmp_epoll_slot, struct kcmp_epoll_slot, tfd),
		FIELD(sysc_kcmp_epoll_slot, struct kcmp_epoll_slot, toff),
	};
	static const struct field pk[] = {
		FIELD(sysc_ptrace_peeksiginfo_args, struct ptrace_peeksiginfo_args, off),
		FIELD(sysc_ptrace_peeksiginfo_args, struct ptrace_peeksiginfo_args, flags),
		FIELD(sysc_ptrace_peeksiginfo_args, struct ptrace_peeksiginfo_args, nr),
	};

	(void)state;
	CHECK("kcmp_epoll_slot", ks, sysc_kcmp_epoll_slot, kcmp_epoll_slot);
	CHECK("ptrace_peeksiginfo_args", pk, sysc_ptrace_peeksiginfo_args,
	      ptrace_peeksiginfo_args);
}

/* The kernel's union in ptrace_syscall_info is anonymous: its members are
 * reached through the uapi struct by their own names (entry.nr...), sysc's
 * through u. Every member listed, union members overlapping. */
#define PSI(f, uf) FIELD2(sysc_ptrace_syscall_info, f, struct ptrace_syscall_info, uf)
static const struct field psi_f[] = {
	PSI(op, op), PSI(pad, pad), PSI(arch, arch),
	PSI(instruction_pointer, instruction_pointer),
	PSI(stack_pointer, stack_pointer),
	PSI(u.entry.nr, entry.nr), PSI(u.entry.args, entry.args),
	PSI(u.exit.rval, exit.rval), PSI(u.exit.is_error, exit.is_error),
	PSI(u.seccomp.nr, seccomp.nr), PSI(u.seccomp.args, seccomp.args),
	PSI(u.seccomp.ret_data, seccomp.ret_data),
	PSI(u.entry, entry), PSI(u.exit, exit),
	PSI(u.seccomp, seccomp),
};
static const struct field rseq_conf_f[] = {
	FIELD(sysc_ptrace_rseq_configuration, struct ptrace_rseq_configuration, rseq_abi_pointer),
	FIELD(sysc_ptrace_rseq_configuration, struct ptrace_rseq_configuration, rseq_abi_size),
	FIELD(sysc_ptrace_rseq_configuration, struct ptrace_rseq_configuration, signature),
	FIELD(sysc_ptrace_rseq_configuration, struct ptrace_rseq_configuration, flags),
	FIELD(sysc_ptrace_rseq_configuration, struct ptrace_rseq_configuration, pad),
};

static void ptrace_info_layout(void **state)
{
	(void)state;
	/* The union is as big as its biggest member (seccomp): the kernel's
	 * size of the whole struct is what an ENTRY/SECCOMP stop returns. */
	CHECK_LISTED(struct sysc_ptrace_syscall_info, struct ptrace_syscall_info, psi_f);
	assert_int_equal(sizeof(struct sysc_ptrace_syscall_info),
#if defined(__i386__)
			 84	/* 64-bit members 4-aligned */
#else
			 88
#endif
	);
	CHECK_TYPE(sysc_ptrace_rseq_configuration, struct ptrace_rseq_configuration,
		   rseq_conf_f);
}

static const struct constant constants[] = {
	/* linux/sched.h: clone flags sysc/thread.h lacks */
	K(CLONE_NEWTIME), K(CLONE_NEWCGROUP), K(CLONE_NEWUTS), K(CLONE_NEWIPC),
	K(CLONE_NEWUSER), K(CLONE_NEWPID), K(CLONE_NEWNET), K(CLONE_IO),
	K(CLONE_CLEAR_SIGHAND), K(CLONE_INTO_CGROUP),
	K(CLONE_ARGS_SIZE_VER0), K(CLONE_ARGS_SIZE_VER1), K(CLONE_ARGS_SIZE_VER2),
	/* and the ones it has, which unshare/clone3 users need too */
	K(CLONE_VM), K(CLONE_FS), K(CLONE_FILES), K(CLONE_SIGHAND),
	K(CLONE_PIDFD), K(CLONE_PTRACE), K(CLONE_VFORK), K(CLONE_PARENT),
	K(CLONE_THREAD), K(CLONE_NEWNS), K(CLONE_SYSVSEM), K(CLONE_SETTLS),
	K(CLONE_PARENT_SETTID), K(CLONE_CHILD_CLEARTID), K(CLONE_DETACHED),
	K(CLONE_UNTRACED), K(CLONE_CHILD_SETTID), K(CSIGNAL),
	/* asm-generic/resource.h, linux/resource.h */
	K(RLIMIT_CPU), K(RLIMIT_FSIZE), K(RLIMIT_DATA), K(RLIMIT_STACK),
	K(RLIMIT_CORE), K(RLIMIT_RSS), K(RLIMIT_NPROC), K(RLIMIT_NOFILE),
	K(RLIMIT_MEMLOCK), K(RLIMIT_AS), K(RLIMIT_LOCKS), K(RLIMIT_SIGPENDING),
	K(RLIMIT_MSGQUEUE), K(RLIMIT_NICE), K(RLIMIT_RTPRIO), K(RLIMIT_RTTIME),
	K(RLIM_NLIMITS), KV(RLIM_INFINITY, RLIM64_INFINITY),
	K(PRIO_MIN), K(PRIO_MAX), K(PRIO_PROCESS), K(PRIO_PGRP), K(PRIO_USER),
	KDOC(SI_LOAD_SHIFT, 16), /* linux/kernel.h, not uapi */
	/* linux/sched.h, linux/sched/types.h */
	K(SCHED_NORMAL), K(SCHED_FIFO), K(SCHED_RR), K(SCHED_BATCH),
	K(SCHED_IDLE), K(SCHED_DEADLINE), K(SCHED_RESET_ON_FORK),
#ifdef SCHED_EXT
	K(SCHED_EXT),
#else
	KDOC(SCHED_EXT, 7),	/* 6.12 */
#endif
	K(SCHED_FLAG_RESET_ON_FORK), K(SCHED_FLAG_RECLAIM),
	K(SCHED_FLAG_DL_OVERRUN), K(SCHED_FLAG_KEEP_POLICY),
	K(SCHED_FLAG_KEEP_PARAMS), K(SCHED_FLAG_UTIL_CLAMP_MIN),
	K(SCHED_FLAG_UTIL_CLAMP_MAX), K(SCHED_FLAG_KEEP_ALL),
	K(SCHED_FLAG_UTIL_CLAMP), K(SCHED_ATTR_SIZE_VER0),
	K(SCHED_ATTR_SIZE_VER1),
	/* linux/ioprio.h */
	K(IOPRIO_CLASS_SHIFT), K(IOPRIO_CLASS_MASK), K(IOPRIO_PRIO_MASK),
	K(IOPRIO_CLASS_NONE), K(IOPRIO_CLASS_RT), K(IOPRIO_CLASS_BE),
	K(IOPRIO_CLASS_IDLE), K(IOPRIO_WHO_PROCESS), K(IOPRIO_WHO_PGRP),
	K(IOPRIO_WHO_USER), K(IOPRIO_NORM), K(IOPRIO_BE_NR),
	KV(IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 7),
	   (IOPRIO_CLASS_BE << IOPRIO_CLASS_SHIFT) | 7),
	KV(IOPRIO_PRIO_CLASS(0x4005), IOPRIO_PRIO_CLASS(0x4005)),
	KV(IOPRIO_PRIO_DATA(0x4005), IOPRIO_PRIO_DATA(0x4005)),
	/* linux/personality.h */
	K(UNAME26), K(ADDR_NO_RANDOMIZE), K(FDPIC_FUNCPTRS), K(MMAP_PAGE_ZERO),
	K(ADDR_COMPAT_LAYOUT), K(READ_IMPLIES_EXEC), K(ADDR_LIMIT_32BIT),
	K(SHORT_INODE), K(WHOLE_SECONDS), K(STICKY_TIMEOUTS),
	K(ADDR_LIMIT_3GB), K(PER_LINUX), K(PER_LINUX32), K(PER_MASK),
	KDOC(PER_QUERY, 0xffffffff),	/* personality(2): query only */
#if defined(__x86_64__) || defined(__i386__)
	/* asm/prctl.h: x86's arch_prctl codes (the other arches have no
	 * arch_prctl; sysc's SYSC_ARCH_* are x86's values everywhere) */
	K(ARCH_SET_GS), K(ARCH_SET_FS), K(ARCH_GET_FS), K(ARCH_GET_GS),
	K(ARCH_GET_CPUID), K(ARCH_SET_CPUID), K(ARCH_GET_XCOMP_SUPP),
	K(ARCH_GET_XCOMP_PERM), K(ARCH_REQ_XCOMP_PERM),
	K(ARCH_GET_XCOMP_GUEST_PERM), K(ARCH_REQ_XCOMP_GUEST_PERM),
	K(ARCH_MAP_VDSO_X32), K(ARCH_MAP_VDSO_32), K(ARCH_MAP_VDSO_64),
#ifdef ARCH_XCOMP_TILEDATA
	K(ARCH_XCOMP_TILECFG), K(ARCH_XCOMP_TILEDATA),
#else
	KDOC(ARCH_XCOMP_TILECFG, 17), KDOC(ARCH_XCOMP_TILEDATA, 18),
#endif
#ifdef ARCH_GET_UNTAG_MASK
	K(ARCH_GET_UNTAG_MASK), K(ARCH_ENABLE_TAGGED_ADDR),
	K(ARCH_GET_MAX_TAG_BITS), K(ARCH_FORCE_TAGGED_SVA),
#else	/* 6.4 */
	KDOC(ARCH_GET_UNTAG_MASK, 0x4001), KDOC(ARCH_ENABLE_TAGGED_ADDR, 0x4002),
	KDOC(ARCH_GET_MAX_TAG_BITS, 0x4003), KDOC(ARCH_FORCE_TAGGED_SVA, 0x4004),
#endif
#ifdef ARCH_SHSTK_ENABLE
	K(ARCH_SHSTK_ENABLE), K(ARCH_SHSTK_DISABLE), K(ARCH_SHSTK_LOCK),
	K(ARCH_SHSTK_UNLOCK), K(ARCH_SHSTK_STATUS), K(ARCH_SHSTK_SHSTK),
	K(ARCH_SHSTK_WRSS),
#else	/* 6.6 */
	KDOC(ARCH_SHSTK_ENABLE, 0x5001), KDOC(ARCH_SHSTK_DISABLE, 0x5002),
	KDOC(ARCH_SHSTK_LOCK, 0x5003), KDOC(ARCH_SHSTK_UNLOCK, 0x5004),
	KDOC(ARCH_SHSTK_STATUS, 0x5005), KDOC(ARCH_SHSTK_SHSTK, 1),
	KDOC(ARCH_SHSTK_WRSS, 2),
#endif
#endif
	/* linux/pidfd.h */
	K(PIDFD_NONBLOCK),
#ifdef PIDFD_THREAD
	K(PIDFD_THREAD), K(PIDFD_SIGNAL_THREAD), K(PIDFD_SIGNAL_THREAD_GROUP),
	K(PIDFD_SIGNAL_PROCESS_GROUP),
#else	/* 6.9 */
	KDOC(PIDFD_THREAD, O_EXCL), KDOC(PIDFD_SIGNAL_THREAD, 1),
	KDOC(PIDFD_SIGNAL_THREAD_GROUP, 2), KDOC(PIDFD_SIGNAL_PROCESS_GROUP, 4),
#endif
	/* linux/kcmp.h */
	K(KCMP_FILE), K(KCMP_VM), K(KCMP_FILES), K(KCMP_FS), K(KCMP_SIGHAND),
	K(KCMP_IO), K(KCMP_SYSVSEM), K(KCMP_EPOLL_TFD), K(KCMP_TYPES),
	/* linux/ptrace.h, asm/ptrace-abi.h */
	K(PTRACE_TRACEME), K(PTRACE_PEEKTEXT), K(PTRACE_PEEKDATA),
	K(PTRACE_PEEKUSR), K(PTRACE_POKETEXT), K(PTRACE_POKEDATA),
	K(PTRACE_POKEUSR), K(PTRACE_CONT), K(PTRACE_KILL),
	K(PTRACE_SINGLESTEP), K(PTRACE_ATTACH), K(PTRACE_DETACH),
	K(PTRACE_SYSCALL),
#if defined(__x86_64__) || defined(__i386__)
	/* asm/ptrace-abi.h: x86's own requests */
	K(PTRACE_GETREGS), K(PTRACE_SETREGS),
	K(PTRACE_GETFPREGS), K(PTRACE_SETFPREGS),
	K(PTRACE_GETFPXREGS), K(PTRACE_SETFPXREGS),
	K(PTRACE_GET_THREAD_AREA), K(PTRACE_SET_THREAD_AREA),
#ifdef PTRACE_ARCH_PRCTL
	K(PTRACE_ARCH_PRCTL),
#else	/* asm/ptrace-abi.h defines it for x86_64 builds only */
	KDOC(PTRACE_ARCH_PRCTL, 30),
#endif
	K(PTRACE_SINGLEBLOCK),
#endif
#if defined(__x86_64__) || defined(__i386__) || defined(__aarch64__)
	K(PTRACE_SYSEMU), K(PTRACE_SYSEMU_SINGLESTEP),
#endif
	K(PTRACE_SETOPTIONS), K(PTRACE_GETEVENTMSG), K(PTRACE_GETSIGINFO),
	K(PTRACE_SETSIGINFO), K(PTRACE_GETREGSET), K(PTRACE_SETREGSET),
	K(PTRACE_SEIZE), K(PTRACE_INTERRUPT), K(PTRACE_LISTEN),
	K(PTRACE_PEEKSIGINFO), K(PTRACE_GETSIGMASK), K(PTRACE_SETSIGMASK),
	K(PTRACE_SECCOMP_GET_FILTER), K(PTRACE_SECCOMP_GET_METADATA),
	K(PTRACE_GET_SYSCALL_INFO), K(PTRACE_GET_RSEQ_CONFIGURATION),
	K(PTRACE_SYSCALL_INFO_NONE), K(PTRACE_SYSCALL_INFO_ENTRY),
	K(PTRACE_SYSCALL_INFO_EXIT), K(PTRACE_SYSCALL_INFO_SECCOMP),
	K(PTRACE_EVENTMSG_SYSCALL_ENTRY), K(PTRACE_EVENTMSG_SYSCALL_EXIT),
	K(PTRACE_EVENT_FORK), K(PTRACE_EVENT_VFORK), K(PTRACE_EVENT_CLONE),
	K(PTRACE_EVENT_EXEC), K(PTRACE_EVENT_VFORK_DONE), K(PTRACE_EVENT_EXIT),
	K(PTRACE_EVENT_SECCOMP), K(PTRACE_EVENT_STOP),
	K(PTRACE_O_TRACESYSGOOD),
	/* a syscall stop's WSTOPSIG: SIGTRAP with bit 7 (ptrace(2)) */
	KDOC_AT(PTRACE_SYSCALL_STOPSIG, SIGTRAP | 0x80, "ptrace(2)"),
	K(PTRACE_O_TRACEFORK), K(PTRACE_O_TRACEVFORK),
	K(PTRACE_O_TRACECLONE), K(PTRACE_O_TRACEEXEC),
	K(PTRACE_O_TRACEVFORKDONE), K(PTRACE_O_TRACEEXIT),
	K(PTRACE_O_TRACESECCOMP), K(PTRACE_O_EXITKILL),
	K(PTRACE_O_SUSPEND_SECCOMP), K(PTRACE_O_MASK),
	K(PTRACE_PEEKSIGINFO_SHARED),
	/* linux/elf.h */
	K(NT_PRSTATUS), K(NT_PRFPREG), K(NT_386_TLS), K(NT_386_IOPERM),
	K(NT_X86_XSTATE),
};

static void constants_match_uapi(void **state)
{
	(void)state;
	CHECK_CONSTANTS(constants);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(clone_args_layout),
		cmocka_unit_test(rlimit_tms_sysinfo_layout),
		cmocka_unit_test(sched_layout),
		cmocka_unit_test(kcmp_ptrace_layout),
		cmocka_unit_test(ptrace_info_layout),
		cmocka_unit_test(constants_match_uapi),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
