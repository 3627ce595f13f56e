/* seccomp filters: a small allow-list builder over classic BPF, and the
 * kernel ABI for writing filters by hand (linux/seccomp.h, linux/filter.h,
 * linux/audit.h). The arch's own AUDIT_ARCH value and, on x86_64, the x32
 * bit are in arch/<arch>/abi_signal.h (SYSC_AUDIT_ARCH_SELF,
 * SYSC_X32_SYSCALL_BIT). */
#ifndef SYSC_SECCOMP_H
#define SYSC_SECCOMP_H

#include "types.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Actions for sysc_seccomp_allow's default: what a syscall outside the
 * list gets. */
#define SYSC_SECCOMP_KILL_PROCESS SYSC_SECCOMP_RET_KILL_PROCESS
#define SYSC_SECCOMP_ERRNO(e) (SYSC_SECCOMP_RET_ERRNO | ((unsigned int)(e) & SYSC_SECCOMP_RET_DATA))
#define SYSC_SECCOMP_TRAP SYSC_SECCOMP_RET_TRAP
#define SYSC_SECCOMP_LOG SYSC_SECCOMP_RET_LOG

/* Confines the calling thread (and the threads and processes it creates
 * afterwards) to the syscalls numbered nrs[0..count-1] of this arch. The
 * filter first kills the process for a syscall made with another arch's
 * convention (seccomp_data.arch != SYSC_AUDIT_ARCH_SELF: on x86_64 this is
 * `int $0x80`), and on x86_64 for an x32 number (SYSC_X32_SYSCALL_BIT set,
 * number not negative), then allows the listed numbers and applies `action`
 * to everything else, negative numbers included (syscall -1 gets `action`,
 * as any unlisted number). Issues prctl(PR_SET_NO_NEW_PRIVS) and
 * seccomp(SECCOMP_SET_MODE_FILTER); the list must allow whatever the
 * program still needs (exit_group at least; see
 * doc/syscalls-by-function.md). Stack use is small and fixed: a list of up
 * to 60 numbers is built on the stack (1 KiB), a longer one in a buffer
 * from mmap (8 bytes per instruction, 2 per listed number), unmapped
 * afterwards when the new filter allows munmap (munmap on the list, or the
 * LOG action) and left mapped otherwise (a denied munmap would kill or
 * signal the caller). 0, or -1 with sysc_errno: EINVAL (NULL nrs with
 * count > 0, a negative number, an action that is not one of the four
 * above or an errno above 4095, or more numbers than one filter holds:
 * 2044 on x86_64, 2045 on i386, SYSC_BPF_MAXINSNS instructions), what mmap
 * returns (ENOMEM, or a filter already installed that refuses mmap), or
 * what the kernel returns (EFAULT, EACCES, ENOSYS before Linux 3.17). */
int sysc_seccomp_allow(const int *nrs, size_t count, unsigned int action);

/* One arch's allow-list for sysc_seccomp_allow_arches. Numbers are that
 * arch's: SYSC_NR_X86_64_<name> from <sysc/nr_x86_64.h> and
 * SYSC_NR_I386_<name> from <sysc/nr_i386.h> are available in every build. */
struct sysc_seccomp_arch_list {
	unsigned int arch;	/* SYSC_AUDIT_ARCH_<arch> */
	const int *nrs;
	size_t count;
};

/* sysc_seccomp_allow for programs of several arches, e.g. an i386 launcher
 * confining the x86_64 program it is about to execve (the filter survives
 * execve and then judges the new program's syscalls, made with its own
 * arch's numbers). lists[0..nlists-1] name distinct arches; a syscall made
 * with one of them is checked against that list (x32 numbers killed for
 * the x86_64 list, as above), unlisted numbers get `action`, and a syscall
 * of any other arch kills the process. The exec'd program's start-up needs
 * its own syscalls too (sysc's _start: arch_prctl on x86_64,
 * set_thread_area on i386; see doc/syscalls-by-function.md), and the
 * caller's list needs execve. Same syscalls, stack use and errors as
 * sysc_seccomp_allow; EINVAL also for NULL lists, nlists 0, an arch other
 * than the two, the same arch twice, or more than SYSC_BPF_MAXINSNS
 * instructions in all (4 per list, 3 more for x86_64, 2 per number, 1). */
int sysc_seccomp_allow_arches(const struct sysc_seccomp_arch_list *lists,
			      size_t nlists, unsigned int action);

/* The filter's input. */
struct sysc_seccomp_data {
	int nr;
	unsigned int arch;
	unsigned long long instruction_pointer;
	unsigned long long args[6];
};

/* Classic BPF. */
struct sysc_sock_filter {
	unsigned short code;
	unsigned char jt;
	unsigned char jf;
	unsigned int k;
};

struct sysc_sock_fprog {
	unsigned short len;
	struct sysc_sock_filter *filter;
};

#define SYSC_BPF_MAXINSNS 4096
#define SYSC_BPF_LD 0x00
#define SYSC_BPF_LDX 0x01
#define SYSC_BPF_ST 0x02
#define SYSC_BPF_STX 0x03
#define SYSC_BPF_ALU 0x04
#define SYSC_BPF_JMP 0x05
#define SYSC_BPF_RET 0x06
#define SYSC_BPF_MISC 0x07
#define SYSC_BPF_W 0x00
#define SYSC_BPF_H 0x08
#define SYSC_BPF_B 0x10
#define SYSC_BPF_IMM 0x00
#define SYSC_BPF_ABS 0x20
#define SYSC_BPF_IND 0x40
#define SYSC_BPF_MEM 0x60
#define SYSC_BPF_JA 0x00
#define SYSC_BPF_JEQ 0x10
#define SYSC_BPF_JGT 0x20
#define SYSC_BPF_JGE 0x30
#define SYSC_BPF_JSET 0x40
#define SYSC_BPF_K 0x00
#define SYSC_BPF_X 0x08
#define SYSC_BPF_A 0x10

#define SYSC_SECCOMP_SET_MODE_STRICT 0
#define SYSC_SECCOMP_SET_MODE_FILTER 1
#define SYSC_SECCOMP_GET_ACTION_AVAIL 2
#define SYSC_SECCOMP_FILTER_FLAG_TSYNC 1u
#define SYSC_SECCOMP_FILTER_FLAG_LOG 2u

#define SYSC_SECCOMP_RET_KILL_PROCESS 0x80000000u
#define SYSC_SECCOMP_RET_KILL_THREAD 0x00000000u
#define SYSC_SECCOMP_RET_TRAP 0x00030000u
#define SYSC_SECCOMP_RET_ERRNO 0x00050000u
#define SYSC_SECCOMP_RET_USER_NOTIF 0x7fc00000u
#define SYSC_SECCOMP_RET_TRACE 0x7ff00000u
#define SYSC_SECCOMP_RET_LOG 0x7ffc0000u
#define SYSC_SECCOMP_RET_ALLOW 0x7fff0000u
#define SYSC_SECCOMP_RET_ACTION_FULL 0xffff0000u
#define SYSC_SECCOMP_RET_DATA 0x0000ffffu

#define SYSC_AUDIT_ARCH_X86_64 0xc000003eu
#define SYSC_AUDIT_ARCH_I386 0x40000003u
#define SYSC_AUDIT_ARCH_AARCH64 0xc00000b7u
#define SYSC_AUDIT_ARCH_RISCV64 0xc00000f3u
#define SYSC_AUDIT_ARCH_ARM 0x40000028u

#define SYSC_PR_GET_SECCOMP 21
#define SYSC_PR_SET_SECCOMP 22
#define SYSC_PR_SET_NO_NEW_PRIVS 38
#define SYSC_PR_GET_NO_NEW_PRIVS 39

#ifdef __cplusplus
}
#endif

#endif
