/* Kernel ABI types and constants: processes, ids, resources, scheduling.
 * Included by sysc/types.h. tests/test_abi_proc.c checks every layout and
 * value against the uapi headers on both arches. */
/* types.h includes this header inside its C++ -Wpedantic push (flexible
 * array members) and after the types it uses; included first on its own,
 * this file is read through types.h. */
#include "types.h"
#ifndef SYSC_TYPES_PROC_H
#define SYSC_TYPES_PROC_H

#include <stdint.h>

/* User and group ids: 32-bit on both arches (i386 uses the *32 calls; the
 * old 16-bit ones would truncate). (sysc_uid_t)-1 means "unchanged" for the
 * set*id calls. */
typedef unsigned int sysc_uid_t;
typedef unsigned int sysc_gid_t;

/* The status word of wait4 (linux/wait.h leaves these to libcs): bits 0..6
 * the terminating signal (0: exited, 0x7f: stopped), bit 7 the core dump
 * flag, bits 8..15 the exit status or stop signal, bits 16..23 the
 * PTRACE_EVENT_* of a ptrace stop; 0xffff is "continued". */
#define SYSC_WEXITSTATUS(s) (((s) >> 8) & 0xff)
#define SYSC_WTERMSIG(s) ((s) & 0x7f)
#define SYSC_WSTOPSIG(s) SYSC_WEXITSTATUS(s)
#define SYSC_WIFEXITED(s) (((s) & 0x7f) == 0)
#define SYSC_WIFSIGNALED(s) (((s) & 0x7f) != 0 && ((s) & 0x7f) != 0x7f)
#define SYSC_WIFSTOPPED(s) (((s) & 0xff) == 0x7f)
#define SYSC_WIFCONTINUED(s) ((s) == 0xffff)
#define SYSC_WCOREDUMP(s) (((s) & 0x80) != 0)
#define SYSC_WPTRACE_EVENT(s) (((s) >> 16) & 0xff)

/* clone flags (linux/sched.h). */
#define SYSC_CLONE_VM 0x00000100u
#define SYSC_CLONE_FS 0x00000200u
#define SYSC_CLONE_FILES 0x00000400u
#define SYSC_CLONE_SIGHAND 0x00000800u
#define SYSC_CLONE_PIDFD 0x00001000u
#define SYSC_CLONE_PTRACE 0x00002000u
#define SYSC_CLONE_VFORK 0x00004000u
#define SYSC_CLONE_PARENT 0x00008000u
#define SYSC_CLONE_THREAD 0x00010000u
#define SYSC_CLONE_NEWNS 0x00020000u
#define SYSC_CLONE_SYSVSEM 0x00040000u
#define SYSC_CLONE_SETTLS 0x00080000u
#define SYSC_CLONE_PARENT_SETTID 0x00100000u
#define SYSC_CLONE_CHILD_CLEARTID 0x00200000u
#define SYSC_CLONE_DETACHED 0x00400000u
#define SYSC_CLONE_UNTRACED 0x00800000u
#define SYSC_CLONE_CHILD_SETTID 0x01000000u
#define SYSC_CSIGNAL 0x000000ffu

/* The namespaces (also unshare's flags and setns's nstype), and the two
 * clone3-only flags above bit 31. */
#define SYSC_CLONE_NEWTIME 0x00000080u
#define SYSC_CLONE_NEWCGROUP 0x02000000u
#define SYSC_CLONE_NEWUTS 0x04000000u
#define SYSC_CLONE_NEWIPC 0x08000000u
#define SYSC_CLONE_NEWUSER 0x10000000u
#define SYSC_CLONE_NEWPID 0x20000000u
#define SYSC_CLONE_NEWNET 0x40000000u
#define SYSC_CLONE_IO 0x80000000u
#define SYSC_CLONE_CLEAR_SIGHAND 0x100000000ULL
#define SYSC_CLONE_INTO_CGROUP 0x200000000ULL

/* clone3's argument (linux/sched.h), the same 88 bytes on both arches:
 * every field is an __aligned_u64 (8-byte aligned on i386 too), pointers
 * and fds included (cast through uintptr_t). Pass its size, or an older CLONE_ARGS_SIZE_VER*, to
 * sysc_clone3.
 * sysc_clone and sysc_clone3 return in the child too, into C code: use
 * them fork-like (no new stack, no CLONE_VM). A child on its own stack
 * must start in asm that switches stacks before touching any frame: use
 * sysc_thread_create (sysc/thread.h) for threads. */
struct sysc_clone_args {
	sysc_aligned_u64 flags;
	sysc_aligned_u64 pidfd;		/* CLONE_PIDFD: where the pidfd (int) goes */
	sysc_aligned_u64 child_tid;
	sysc_aligned_u64 parent_tid;
	sysc_aligned_u64 exit_signal;	/* SIGCHLD for a fork-like child */
	sysc_aligned_u64 stack;		/* lowest address of the stack, not its top */
	sysc_aligned_u64 stack_size;
	sysc_aligned_u64 tls;
	sysc_aligned_u64 set_tid;
	sysc_aligned_u64 set_tid_size;
	sysc_aligned_u64 cgroup;
};
#define SYSC_CLONE_ARGS_SIZE_VER0 64
#define SYSC_CLONE_ARGS_SIZE_VER1 80
#define SYSC_CLONE_ARGS_SIZE_VER2 88

/* Resource limits: the kernel's struct rlimit64 on both arches, so i386
 * limits above 4 GiB are exact (sysc_getrlimit/setrlimit use prlimit64). */
struct sysc_rlimit {
	uint64_t rlim_cur;
	uint64_t rlim_max;
};
#define SYSC_RLIM_INFINITY (~0ULL)

#define SYSC_RLIMIT_CPU 0
#define SYSC_RLIMIT_FSIZE 1
#define SYSC_RLIMIT_DATA 2
#define SYSC_RLIMIT_STACK 3
#define SYSC_RLIMIT_CORE 4
#define SYSC_RLIMIT_RSS 5
#define SYSC_RLIMIT_NPROC 6
#define SYSC_RLIMIT_NOFILE 7
#define SYSC_RLIMIT_MEMLOCK 8
#define SYSC_RLIMIT_AS 9
#define SYSC_RLIMIT_LOCKS 10
#define SYSC_RLIMIT_SIGPENDING 11
#define SYSC_RLIMIT_MSGQUEUE 12
#define SYSC_RLIMIT_NICE 13
#define SYSC_RLIMIT_RTPRIO 14
#define SYSC_RLIMIT_RTTIME 15
#define SYSC_RLIM_NLIMITS 16

/* times(): the kernel's struct tms, __kernel_clock_t (long) fields in
 * clock ticks (USER_HZ, 100 on x86). */
struct sysc_tms {
	long tms_utime;
	long tms_stime;
	long tms_cutime;
	long tms_cstime;
};

/* sysinfo(): memory sizes are in units of mem_unit bytes. `long` fields
 * give each arch its layout (112 bytes on x86_64, 64 on i386); the tail
 * pad is 20 - 2 * sizeof(long) - 4 bytes, which is none on x86_64. */
struct sysc_sysinfo {
	long uptime;
	unsigned long loads[3];	/* 1, 5, 15 min, scaled by 1 << SYSC_SI_LOAD_SHIFT */
	unsigned long totalram;
	unsigned long freeram;
	unsigned long sharedram;
	unsigned long bufferram;
	unsigned long totalswap;
	unsigned long freeswap;
	uint16_t procs;
	uint16_t pad;
	unsigned long totalhigh;
	unsigned long freehigh;
	uint32_t mem_unit;
#if defined(SYSC__FAMILY32)
	char _f[8];
#endif
};
#define SYSC_SI_LOAD_SHIFT 16

/* getpriority / setpriority (linux/resource.h). */
#define SYSC_PRIO_MIN (-20)
#define SYSC_PRIO_MAX 20
#define SYSC_PRIO_PROCESS 0
#define SYSC_PRIO_PGRP 1
#define SYSC_PRIO_USER 2

/* Scheduling policies and sched_setattr flags (linux/sched.h).
 * SCHED_EXT is 6.12+. */
#define SYSC_SCHED_NORMAL 0
#define SYSC_SCHED_OTHER SYSC_SCHED_NORMAL
#define SYSC_SCHED_FIFO 1
#define SYSC_SCHED_RR 2
#define SYSC_SCHED_BATCH 3
#define SYSC_SCHED_IDLE 5
#define SYSC_SCHED_DEADLINE 6
#define SYSC_SCHED_EXT 7
#define SYSC_SCHED_RESET_ON_FORK 0x40000000
#define SYSC_SCHED_FLAG_RESET_ON_FORK 0x01
#define SYSC_SCHED_FLAG_RECLAIM 0x02
#define SYSC_SCHED_FLAG_DL_OVERRUN 0x04
#define SYSC_SCHED_FLAG_KEEP_POLICY 0x08
#define SYSC_SCHED_FLAG_KEEP_PARAMS 0x10
#define SYSC_SCHED_FLAG_UTIL_CLAMP_MIN 0x20
#define SYSC_SCHED_FLAG_UTIL_CLAMP_MAX 0x40
#define SYSC_SCHED_FLAG_KEEP_ALL \
	(SYSC_SCHED_FLAG_KEEP_POLICY | SYSC_SCHED_FLAG_KEEP_PARAMS)
#define SYSC_SCHED_FLAG_UTIL_CLAMP \
	(SYSC_SCHED_FLAG_UTIL_CLAMP_MIN | SYSC_SCHED_FLAG_UTIL_CLAMP_MAX)

struct sysc_sched_param {
	int sched_priority;
};

/* sched_setattr / sched_getattr (linux/sched/types.h): set `size` to
 * sizeof(struct sysc_sched_attr) before sched_setattr; sched_getattr
 * takes the size as an argument and writes the size it filled. Times are
 * in nanoseconds. */
struct sysc_sched_attr {
	uint32_t size;
	uint32_t sched_policy;
	uint64_t sched_flags;
	int32_t sched_nice;
	uint32_t sched_priority;
	uint64_t sched_runtime;
	uint64_t sched_deadline;
	uint64_t sched_period;
	uint32_t sched_util_min;
	uint32_t sched_util_max;
};
#define SYSC_SCHED_ATTR_SIZE_VER0 48
#define SYSC_SCHED_ATTR_SIZE_VER1 56

/* A CPU mask for sched_setaffinity / sched_getaffinity: 1024 CPUs, the
 * size glibc's cpu_set_t has. A machine with more CPUs needs a larger
 * array of unsigned long (the kernel reads the mask in longs); pass its
 * size in bytes. */
#define SYSC_CPU_SETSIZE 1024
#define SYSC__NCPUBITS (8 * sizeof(unsigned long))
typedef struct sysc_cpu_set {
	unsigned long bits[SYSC_CPU_SETSIZE / (8 * sizeof(unsigned long))];
} sysc_cpu_set_t;
#define SYSC__CPU_WORD(cpu, set) ((set)->bits[(size_t)(cpu) / SYSC__NCPUBITS])
#define SYSC__CPU_BIT(cpu) (1UL << ((size_t)(cpu) % SYSC__NCPUBITS))
#define SYSC_CPU_ZERO(set) do { \
	size_t sysc__i_; \
	for (sysc__i_ = 0; sysc__i_ < sizeof((set)->bits) / sizeof((set)->bits[0]); sysc__i_++) \
		(set)->bits[sysc__i_] = 0; \
} while (0)
#define SYSC_CPU_SET(cpu, set) ((void)(SYSC__CPU_WORD(cpu, set) |= SYSC__CPU_BIT(cpu)))
#define SYSC_CPU_CLR(cpu, set) ((void)(SYSC__CPU_WORD(cpu, set) &= ~SYSC__CPU_BIT(cpu)))
#define SYSC_CPU_ISSET(cpu, set) ((SYSC__CPU_WORD(cpu, set) & SYSC__CPU_BIT(cpu)) != 0)

/* ioprio_get / ioprio_set (linux/ioprio.h): a priority is a class in bits
 * 13..15 and a level 0..7 in the low bits (6.5+ kernels take an I/O hint
 * in bits 3..12). */
#define SYSC_IOPRIO_CLASS_SHIFT 13
#define SYSC_IOPRIO_CLASS_MASK 0x07
#define SYSC_IOPRIO_PRIO_MASK ((1UL << SYSC_IOPRIO_CLASS_SHIFT) - 1)
#define SYSC_IOPRIO_PRIO_CLASS(p) (((p) >> SYSC_IOPRIO_CLASS_SHIFT) & SYSC_IOPRIO_CLASS_MASK)
#define SYSC_IOPRIO_PRIO_DATA(p) ((p) & SYSC_IOPRIO_PRIO_MASK)
#define SYSC_IOPRIO_PRIO_VALUE(class, data) \
	((int)(((unsigned int)(class) << SYSC_IOPRIO_CLASS_SHIFT) | (unsigned int)(data)))
#define SYSC_IOPRIO_CLASS_NONE 0
#define SYSC_IOPRIO_CLASS_RT 1
#define SYSC_IOPRIO_CLASS_BE 2
#define SYSC_IOPRIO_CLASS_IDLE 3
#define SYSC_IOPRIO_WHO_PROCESS 1
#define SYSC_IOPRIO_WHO_PGRP 2
#define SYSC_IOPRIO_WHO_USER 3
#define SYSC_IOPRIO_NORM 4
#define SYSC_IOPRIO_BE_NR 8

/* personality (linux/personality.h): an execution domain in the low byte,
 * flags above. SYSC_PER_QUERY reads the current one without changing it. */
#define SYSC_UNAME26 0x0020000
#define SYSC_ADDR_NO_RANDOMIZE 0x0040000
#define SYSC_FDPIC_FUNCPTRS 0x0080000
#define SYSC_MMAP_PAGE_ZERO 0x0100000
#define SYSC_ADDR_COMPAT_LAYOUT 0x0200000
#define SYSC_READ_IMPLIES_EXEC 0x0400000
#define SYSC_ADDR_LIMIT_32BIT 0x0800000
#define SYSC_SHORT_INODE 0x1000000
#define SYSC_WHOLE_SECONDS 0x2000000
#define SYSC_STICKY_TIMEOUTS 0x4000000
#define SYSC_ADDR_LIMIT_3GB 0x8000000
#define SYSC_PER_LINUX 0x0000
#define SYSC_PER_LINUX32 0x0008
#define SYSC_PER_MASK 0x00ff
#define SYSC_PER_QUERY 0xffffffffUL

/* arch_prctl codes (asm/prctl.h). The FS/GS ones are x86_64's only; an
 * i386 process has the CPUID and shadow stack ones. The tagged address
 * (LAM, 6.4+) and shadow stack (6.6+) codes are newer than uapi 6.1. */
#define SYSC_ARCH_SET_GS 0x1001
#define SYSC_ARCH_SET_FS 0x1002
#define SYSC_ARCH_GET_FS 0x1003
#define SYSC_ARCH_GET_GS 0x1004
#define SYSC_ARCH_GET_CPUID 0x1011
#define SYSC_ARCH_SET_CPUID 0x1012
#define SYSC_ARCH_GET_XCOMP_SUPP 0x1021
#define SYSC_ARCH_GET_XCOMP_PERM 0x1022
#define SYSC_ARCH_REQ_XCOMP_PERM 0x1023
#define SYSC_ARCH_GET_XCOMP_GUEST_PERM 0x1024
#define SYSC_ARCH_REQ_XCOMP_GUEST_PERM 0x1025
#define SYSC_ARCH_XCOMP_TILECFG 17
#define SYSC_ARCH_XCOMP_TILEDATA 18
#define SYSC_ARCH_MAP_VDSO_X32 0x2001
#define SYSC_ARCH_MAP_VDSO_32 0x2002
#define SYSC_ARCH_MAP_VDSO_64 0x2003
#define SYSC_ARCH_GET_UNTAG_MASK 0x4001
#define SYSC_ARCH_ENABLE_TAGGED_ADDR 0x4002
#define SYSC_ARCH_GET_MAX_TAG_BITS 0x4003
#define SYSC_ARCH_FORCE_TAGGED_SVA 0x4004
#define SYSC_ARCH_SHSTK_ENABLE 0x5001
#define SYSC_ARCH_SHSTK_DISABLE 0x5002
#define SYSC_ARCH_SHSTK_LOCK 0x5003
#define SYSC_ARCH_SHSTK_UNLOCK 0x5004
#define SYSC_ARCH_SHSTK_STATUS 0x5005
#define SYSC_ARCH_SHSTK_SHSTK (1ULL << 0)
#define SYSC_ARCH_SHSTK_WRSS (1ULL << 1)

/* pidfd_open flags (linux/pidfd.h; PIDFD_THREAD is 6.9+) and
 * pidfd_send_signal flags (6.9+; 0 signals the whole process). */
#define SYSC_PIDFD_NONBLOCK SYSC_O_NONBLOCK
#define SYSC_PIDFD_THREAD SYSC_O_EXCL
#define SYSC_PIDFD_SIGNAL_THREAD (1u << 0)
#define SYSC_PIDFD_SIGNAL_THREAD_GROUP (1u << 1)
#define SYSC_PIDFD_SIGNAL_PROCESS_GROUP (1u << 2)

/* kcmp types (linux/kcmp.h) and KCMP_EPOLL_TFD's idx2 argument. kcmp
 * returns 0 (equal), 1 or 2 (an order, less / greater), 3 (not equal, no
 * order). */
#define SYSC_KCMP_FILE 0
#define SYSC_KCMP_VM 1
#define SYSC_KCMP_FILES 2
#define SYSC_KCMP_FS 3
#define SYSC_KCMP_SIGHAND 4
#define SYSC_KCMP_IO 5
#define SYSC_KCMP_SYSVSEM 6
#define SYSC_KCMP_EPOLL_TFD 7
#define SYSC_KCMP_TYPES 8
struct sysc_kcmp_epoll_slot {
	uint32_t efd;
	uint32_t tfd;
	uint32_t toff;
};

/* ptrace requests (linux/ptrace.h, asm/ptrace-abi.h). sysc_ptrace is the
 * kernel's call: PTRACE_PEEK* store the word at `data` and return 0, they
 * do not return it as glibc's ptrace does. */
#define SYSC_PTRACE_TRACEME 0
#define SYSC_PTRACE_PEEKTEXT 1
#define SYSC_PTRACE_PEEKDATA 2
#define SYSC_PTRACE_PEEKUSR 3
#define SYSC_PTRACE_POKETEXT 4
#define SYSC_PTRACE_POKEDATA 5
#define SYSC_PTRACE_POKEUSR 6
#define SYSC_PTRACE_CONT 7
#define SYSC_PTRACE_KILL 8
#define SYSC_PTRACE_SINGLESTEP 9
#define SYSC_PTRACE_GETREGS 12
#define SYSC_PTRACE_SETREGS 13
#define SYSC_PTRACE_GETFPREGS 14
#define SYSC_PTRACE_SETFPREGS 15
#define SYSC_PTRACE_ATTACH 16
#define SYSC_PTRACE_DETACH 17
#define SYSC_PTRACE_GETFPXREGS 18	/* i386 only */
#define SYSC_PTRACE_SETFPXREGS 19	/* i386 only */
#define SYSC_PTRACE_SYSCALL 24
#if defined(__arm__)
#define SYSC_PTRACE_GET_THREAD_AREA 22	/* arm's: the TLS register's value */
#else
#define SYSC_PTRACE_GET_THREAD_AREA 25
#endif
#define SYSC_PTRACE_SET_THREAD_AREA 26
#define SYSC_PTRACE_ARCH_PRCTL 30	/* x86_64 only */
#define SYSC_PTRACE_SYSEMU 31
#define SYSC_PTRACE_SYSEMU_SINGLESTEP 32
#define SYSC_PTRACE_SINGLEBLOCK 33
#define SYSC_PTRACE_SETOPTIONS 0x4200
#define SYSC_PTRACE_GETEVENTMSG 0x4201
#define SYSC_PTRACE_GETSIGINFO 0x4202
#define SYSC_PTRACE_SETSIGINFO 0x4203
#define SYSC_PTRACE_GETREGSET 0x4204
#define SYSC_PTRACE_SETREGSET 0x4205
#define SYSC_PTRACE_SEIZE 0x4206
#define SYSC_PTRACE_INTERRUPT 0x4207
#define SYSC_PTRACE_LISTEN 0x4208
#define SYSC_PTRACE_PEEKSIGINFO 0x4209
#define SYSC_PTRACE_GETSIGMASK 0x420a
#define SYSC_PTRACE_SETSIGMASK 0x420b
#define SYSC_PTRACE_SECCOMP_GET_FILTER 0x420c
#define SYSC_PTRACE_SECCOMP_GET_METADATA 0x420d
#define SYSC_PTRACE_GET_SYSCALL_INFO 0x420e
#define SYSC_PTRACE_GET_RSEQ_CONFIGURATION 0x420f
#define SYSC_PTRACE_EVENT_FORK 1
#define SYSC_PTRACE_EVENT_VFORK 2
#define SYSC_PTRACE_EVENT_CLONE 3
#define SYSC_PTRACE_EVENT_EXEC 4
#define SYSC_PTRACE_EVENT_VFORK_DONE 5
#define SYSC_PTRACE_EVENT_EXIT 6
#define SYSC_PTRACE_EVENT_SECCOMP 7
#define SYSC_PTRACE_EVENT_STOP 128
#define SYSC_PTRACE_O_TRACESYSGOOD 1
#define SYSC_PTRACE_O_TRACEFORK (1 << SYSC_PTRACE_EVENT_FORK)
#define SYSC_PTRACE_O_TRACEVFORK (1 << SYSC_PTRACE_EVENT_VFORK)
#define SYSC_PTRACE_O_TRACECLONE (1 << SYSC_PTRACE_EVENT_CLONE)
#define SYSC_PTRACE_O_TRACEEXEC (1 << SYSC_PTRACE_EVENT_EXEC)
#define SYSC_PTRACE_O_TRACEVFORKDONE (1 << SYSC_PTRACE_EVENT_VFORK_DONE)
#define SYSC_PTRACE_O_TRACEEXIT (1 << SYSC_PTRACE_EVENT_EXIT)
#define SYSC_PTRACE_O_TRACESECCOMP (1 << SYSC_PTRACE_EVENT_SECCOMP)
#define SYSC_PTRACE_O_EXITKILL (1 << 20)
#define SYSC_PTRACE_O_SUSPEND_SECCOMP (1 << 21)
#define SYSC_PTRACE_O_MASK (0x000000ff | SYSC_PTRACE_O_EXITKILL | SYSC_PTRACE_O_SUSPEND_SECCOMP)
#define SYSC_PTRACE_PEEKSIGINFO_SHARED (1 << 0)

/* WSTOPSIG of a syscall stop under PTRACE_O_TRACESYSGOOD, which sets bit 7
 * so that it cannot be taken for a real SIGTRAP (ptrace(2)). */
#define SYSC_PTRACE_SYSCALL_STOPSIG (SYSC_SIGTRAP | 0x80)

/* PTRACE_GETEVENTMSG at a syscall stop (PTRACE_O_TRACESYSGOOD). */
#define SYSC_PTRACE_EVENTMSG_SYSCALL_ENTRY 1
#define SYSC_PTRACE_EVENTMSG_SYSCALL_EXIT 2

/* PTRACE_GET_SYSCALL_INFO: `addr` is the size of the buffer at `data`; the
 * kernel fills up to that much and returns the size of the whole record
 * for the stop (op says which member of u is valid). The kernel's union
 * is anonymous; sysc names it u (u.entry.nr, u.exit.rval, u.seccomp...).
 * arch is the AUDIT_ARCH_* of the syscall (i386's for an int 0x80 from a
 * 64-bit task). */
#define SYSC_PTRACE_SYSCALL_INFO_NONE 0
#define SYSC_PTRACE_SYSCALL_INFO_ENTRY 1
#define SYSC_PTRACE_SYSCALL_INFO_EXIT 2
#define SYSC_PTRACE_SYSCALL_INFO_SECCOMP 3
struct sysc_ptrace_syscall_info {
	uint8_t op;	/* PTRACE_SYSCALL_INFO_* */
	uint8_t pad[3];
	uint32_t arch;
	uint64_t instruction_pointer;
	uint64_t stack_pointer;
	union {
		struct {
			uint64_t nr;
			uint64_t args[6];
		} entry;
		struct {
			int64_t rval;
			uint8_t is_error;
		} exit;
		struct {
			uint64_t nr;
			uint64_t args[6];
			uint32_t ret_data;	/* SECCOMP_RET_DATA of the filter */
		} seccomp;
	} u;
};

/* PTRACE_GET_RSEQ_CONFIGURATION (`addr` = the size of the buffer): the
 * tracee's registered rseq area; returns the size written. */
struct sysc_ptrace_rseq_configuration {
	uint64_t rseq_abi_pointer;
	uint32_t rseq_abi_size;
	uint32_t signature;
	uint32_t flags;
	uint32_t pad;
};

/* PTRACE_GETREGSET / SETREGSET: `addr` is the note type, `data` a struct
 * sysc_iovec whose iov_len the kernel sets to the bytes it wrote
 * (linux/elf.h). NT_PRSTATUS is struct sysc_user_regs. */
#define SYSC_NT_PRSTATUS 1
#define SYSC_NT_PRFPREG 2
#define SYSC_NT_386_TLS 0x200
#define SYSC_NT_386_IOPERM 0x201
#define SYSC_NT_X86_XSTATE 0x202

/* PTRACE_PEEKSIGINFO's argument (linux/ptrace.h). */
struct sysc_ptrace_peeksiginfo_args {
	uint64_t off;
	uint32_t flags;
	int32_t nr;
};

/* The general registers as PTRACE_GETREGS and NT_PRSTATUS give them: the
 * kernel's struct user_regs_struct (asm/user_64.h, asm/user_32.h; not in
 * uapi, so checked against glibc's <sys/user.h>). i386's segment fields
 * are the kernel's xds.. names. */
struct sysc_user_regs {
#if defined(__x86_64__)
	unsigned long r15, r14, r13, r12, rbp, rbx, r11, r10, r9, r8;
	unsigned long rax, rcx, rdx, rsi, rdi, orig_rax, rip, cs, eflags, rsp, ss;
	unsigned long fs_base, gs_base, ds, es, fs, gs;
#elif defined(__aarch64__)
	/* struct user_pt_regs (asm/ptrace.h), read with PTRACE_GETREGSET
	 * NT_PRSTATUS (aarch64 has no PTRACE_GETREGS) */
	uint64_t regs[31];
	uint64_t sp, pc, pstate;
#elif defined(__riscv)
	/* struct user_regs_struct (asm/ptrace.h): pc, then x1..x31 */
	unsigned long pc, ra, sp, gp, tp, t0, t1, t2, s0, s1;
	unsigned long a0, a1, a2, a3, a4, a5, a6, a7;
	unsigned long s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, t3, t4, t5, t6;
#elif defined(__arm__)
	/* struct pt_regs (asm/ptrace.h): r0..r15, cpsr, orig_r0, as
	 * PTRACE_GETREGS and NT_PRSTATUS give them */
	unsigned long uregs[18];
#else
	unsigned long ebx, ecx, edx, esi, edi, ebp, eax;
	unsigned long xds, xes, xfs, xgs, orig_eax, eip, xcs, eflags, esp, xss;
#endif
};

#endif
