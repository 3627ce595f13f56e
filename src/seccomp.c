/* sysc_seccomp_allow: an allow-list filter in classic BPF. */
#include "internal.h"

#define SYSC__STMT(code, k) ((struct sysc_sock_filter){ (code), 0, 0, (k) })
#define SYSC__JUMP(code, k, jt, jf) ((struct sysc_sock_filter){ (code), (jt), (jf), (k) })

/* Instructions before the list: the arch check (3), the load of the
 * number (1) and on x86_64 the x32 check (2). */
#if defined(__x86_64__)
#define SYSC__SECCOMP_HEAD 6
#else
#define SYSC__SECCOMP_HEAD 4
#endif
#define SYSC__SECCOMP_MAX ((SYSC_BPF_MAXINSNS - SYSC__SECCOMP_HEAD - 1) / 2)

static int sysc__action_ok(unsigned int a)
{
	unsigned int data = a & SYSC_SECCOMP_RET_DATA;

	switch (a & SYSC_SECCOMP_RET_ACTION_FULL) {
	case SYSC_SECCOMP_RET_KILL_PROCESS:
	case SYSC_SECCOMP_RET_LOG:
		return data == 0;
	case SYSC_SECCOMP_RET_TRAP:
		return 1;	/* data goes to si_errno */
	case SYSC_SECCOMP_RET_ERRNO:
		return data <= 4095;	/* the kernel caps larger ones */
	default:
		return 0;
	}
}

int sysc_seccomp_allow(const int *nrs, size_t count, unsigned int action)
{
	size_t i, pc = 0;
	long r;

	if ((count && !nrs) || !sysc__action_ok(action) || count > SYSC__SECCOMP_MAX)
		return (int)sysc__fail(SYSC_EINVAL);
	for (i = 0; i < count; i++)
		if (nrs[i] < 0)
			return (int)sysc__fail(SYSC_EINVAL);

	{
		/* Each listed number is "jeq nr, fall through, skip one" then
		 * "ret ALLOW": two instructions, but no jump ever needs more
		 * than the 8-bit offsets classic BPF has, however long the
		 * list. */
		struct sysc_sock_filter prog[SYSC__SECCOMP_HEAD + 2 * count + 1];
		struct sysc_sock_fprog fprog;

		prog[pc++] = SYSC__STMT(SYSC_BPF_LD | SYSC_BPF_W | SYSC_BPF_ABS,
					offsetof(struct sysc_seccomp_data, arch));
		prog[pc++] = SYSC__JUMP(SYSC_BPF_JMP | SYSC_BPF_JEQ | SYSC_BPF_K,
					SYSC_AUDIT_ARCH_SELF, 1, 0);
		prog[pc++] = SYSC__STMT(SYSC_BPF_RET | SYSC_BPF_K, SYSC_SECCOMP_RET_KILL_PROCESS);
		prog[pc++] = SYSC__STMT(SYSC_BPF_LD | SYSC_BPF_W | SYSC_BPF_ABS,
					offsetof(struct sysc_seccomp_data, nr));
#if defined(__x86_64__)
		/* x32 numbers pass the arch check (same AUDIT_ARCH) but
		 * would not match the list as intended. */
		prog[pc++] = SYSC__JUMP(SYSC_BPF_JMP | SYSC_BPF_JGE | SYSC_BPF_K,
					SYSC_X32_SYSCALL_BIT, 0, 1);
		prog[pc++] = SYSC__STMT(SYSC_BPF_RET | SYSC_BPF_K, SYSC_SECCOMP_RET_KILL_PROCESS);
#endif
		for (i = 0; i < count; i++) {
			prog[pc++] = SYSC__JUMP(SYSC_BPF_JMP | SYSC_BPF_JEQ | SYSC_BPF_K,
						(unsigned int)nrs[i], 0, 1);
			prog[pc++] = SYSC__STMT(SYSC_BPF_RET | SYSC_BPF_K, SYSC_SECCOMP_RET_ALLOW);
		}
		prog[pc++] = SYSC__STMT(SYSC_BPF_RET | SYSC_BPF_K, action);
		fprog.len = (unsigned short)pc;
		fprog.filter = prog;

		/* Without CAP_SYS_ADMIN the kernel only accepts a filter from
		 * a thread that can gain no privileges. */
		r = sysc__sc5(SYSC_NR_prctl, SYSC_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
		if (sysc_is_error(r))
			return (int)sysc__ret(r);
		r = sysc__sc3(SYSC_NR_seccomp, SYSC_SECCOMP_SET_MODE_FILTER, 0, (long)&fprog);
		return (int)sysc__ret(r);
	}
}
