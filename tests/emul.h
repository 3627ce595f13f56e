/* Whether a hosted test runs under qemu-user (how aarch64, riscv64 and
 * arm run on an x86 host without a guest kernel), for the checks that need
 * what qemu-user does not give: it translates each syscall itself, answers
 * ENOSYS to those it does not know (ptrace, seccomp, many newer ones) and
 * reshapes others on the way (flags it masks, ids it renumbers). Include
 * after <cmocka.h> and <sysc.h>.
 *
 * Told by ptrace: every Linux kernel has it (there is no option to build
 * one without), so a PEEKDATA of a process that is not a tracee is ESRCH,
 * while qemu-user has no ptrace at all and answers ENOSYS. */
#ifndef SYSC_TESTS_EMUL_H
#define SYSC_TESTS_EMUL_H

#include <stdio.h>

static inline int under_qemu_user(void)
{
	static int known = -1;
	long w;

	if (known < 0)
		known = sysc_raw_ptrace(SYSC_PTRACE_PEEKDATA, (int)sysc_raw_getpid(),
					&w, &w) == -SYSC_ENOSYS;
	return known;
}

/* Appended to a skip's reason that names what the kernel may lack: under
 * qemu-user the cause is more likely qemu's. */
static inline const char *qemu_note(void)
{
	return under_qemu_user() ? " (under qemu-user, which does not emulate every call)" : "";
}

/* Skips the current cmocka test under qemu-user, saying what it lacks. */
#define SKIP_UNDER_QEMU_USER(...) do { \
	if (under_qemu_user()) { \
		printf("    skipped: qemu-user: "); printf(__VA_ARGS__); printf("\n"); \
		skip(); \
	} \
} while (0)

#endif
