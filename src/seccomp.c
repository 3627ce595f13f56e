/* sysc_seccomp_allow and sysc_seccomp_allow_arches: allow-list filters in
 * classic BPF, one block per arch:
 *
 *	ld  arch
 *	jeq AUDIT_ARCH_<first>, +1, +0	 for each list
 *	ja  <next list's jeq>		 (the last list: ret KILL_PROCESS)
 *	ld  nr
 *	jge 0x80000000, +2, +0		 x86_64 only: negative numbers are
 *	jge 0x40000000, +0, +1		 never x32 (the kernel answers ENOSYS
 *	ret KILL_PROCESS		 or the action below), x32 ones are killed
 *	jeq nr_i, +0, +1		 for each number
 *	ret ALLOW
 *	ret action
 *
 * Every conditional jump is short (8-bit offsets) whatever the list
 * lengths; the one long jump per list is `ja` (32-bit). */
#include "internal.h"

#define SYSC__STMT(code, k) ((struct sysc_sock_filter){ (code), 0, 0, (k) })
#define SYSC__JUMP(code, k, jt, jf) ((struct sysc_sock_filter){ (code), (jt), (jf), (k) })

#define SYSC__X32_BIT 0x40000000u
#define SYSC__NEGATIVE 0x80000000u

/* Programs up to this many instructions (1 KiB; 60 numbers for one arch)
 * are built on the stack; longer ones in an mmapped buffer, so that the
 * stack use stays small whatever the list (a 16 KiB thread stack could not
 * hold the 32 KiB a full-size program takes). */
#define SYSC__SECCOMP_STACK_INSNS 128

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

/* Instructions for one list, or 0 when the list is unacceptable. */
static size_t sysc__list_insns(const struct sysc_seccomp_arch_list *l)
{
	size_t i;

	if (l->arch != SYSC_AUDIT_ARCH_X86_64 && l->arch != SYSC_AUDIT_ARCH_I386 &&
	    l->arch != SYSC_AUDIT_ARCH_AARCH64 && l->arch != SYSC_AUDIT_ARCH_RISCV64 &&
	    l->arch != SYSC_AUDIT_ARCH_ARM)
		return 0;
	if ((l->count && !l->nrs) || l->count > SYSC_BPF_MAXINSNS)
		return 0;
	for (i = 0; i < l->count; i++)
		if (l->nrs[i] < 0)
			return 0;
	return 4 + (l->arch == SYSC_AUDIT_ARCH_X86_64 ? 3 : 0) + 2 * l->count;
}

static void sysc__emit_list(struct sysc_sock_filter *p, size_t *pc,
			    const struct sysc_seccomp_arch_list *l, size_t len,
			    int last, unsigned int action)
{
	size_t i, n = *pc;

	p[n++] = SYSC__JUMP(SYSC_BPF_JMP | SYSC_BPF_JEQ | SYSC_BPF_K, l->arch, 1, 0);
	if (last)
		p[n++] = SYSC__STMT(SYSC_BPF_RET | SYSC_BPF_K, SYSC_SECCOMP_RET_KILL_PROCESS);
	else	/* to the next list's jeq, past the rest of this block */
		p[n++] = SYSC__STMT(SYSC_BPF_JMP | SYSC_BPF_JA, (unsigned int)(len - 2));
	p[n++] = SYSC__STMT(SYSC_BPF_LD | SYSC_BPF_W | SYSC_BPF_ABS,
			    offsetof(struct sysc_seccomp_data, nr));
	if (l->arch == SYSC_AUDIT_ARCH_X86_64) {
		/* x32 numbers pass the arch check (same AUDIT_ARCH) but would
		 * not match the list as intended. A negative number (-1 as
		 * ptrace uses it) has the bit too, but is no x32 call. */
		p[n++] = SYSC__JUMP(SYSC_BPF_JMP | SYSC_BPF_JGE | SYSC_BPF_K, SYSC__NEGATIVE, 2, 0);
		p[n++] = SYSC__JUMP(SYSC_BPF_JMP | SYSC_BPF_JGE | SYSC_BPF_K, SYSC__X32_BIT, 0, 1);
		p[n++] = SYSC__STMT(SYSC_BPF_RET | SYSC_BPF_K, SYSC_SECCOMP_RET_KILL_PROCESS);
	}
	/* "jeq nr, fall through, skip one" then "ret ALLOW": no jump ever
	 * needs more than an 8-bit offset, however long the list. */
	for (i = 0; i < l->count; i++) {
		p[n++] = SYSC__JUMP(SYSC_BPF_JMP | SYSC_BPF_JEQ | SYSC_BPF_K,
				    (unsigned int)l->nrs[i], 0, 1);
		p[n++] = SYSC__STMT(SYSC_BPF_RET | SYSC_BPF_K, SYSC_SECCOMP_RET_ALLOW);
	}
	p[n++] = SYSC__STMT(SYSC_BPF_RET | SYSC_BPF_K, action);
	*pc = n;
}

/* Does the filter being installed let this thread's munmap through? */
static int sysc__munmap_allowed(const struct sysc_seccomp_arch_list *lists,
				size_t nlists, unsigned int action)
{
	size_t k, i;

	if ((action & SYSC_SECCOMP_RET_ACTION_FULL) == SYSC_SECCOMP_RET_LOG)
		return 1;
	for (k = 0; k < nlists; k++)
		if (lists[k].arch == SYSC_AUDIT_ARCH_SELF)
			for (i = 0; i < lists[k].count; i++)
				if (lists[k].nrs[i] == SYSC_NR_munmap)
					return 1;
	return 0;
}

static long sysc__install(struct sysc_sock_filter *prog, size_t len)
{
	struct sysc_sock_fprog fprog;
	long r;

	fprog.len = (unsigned short)len;
	fprog.filter = prog;
	/* Without CAP_SYS_ADMIN the kernel only accepts a filter from a
	 * thread that can gain no privileges. */
	r = sysc__sc5(SYSC_NR_prctl, SYSC_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
	if (sysc_is_error(r))
		return r;
	return sysc__sc3(SYSC_NR_seccomp, SYSC_SECCOMP_SET_MODE_FILTER, 0, (long)&fprog);
}

int sysc_seccomp_allow_arches(const struct sysc_seccomp_arch_list *lists,
			      size_t nlists, unsigned int action)
{
	struct sysc_sock_filter small[SYSC__SECCOMP_STACK_INSNS], *prog = small;
	size_t k, j, total = 1, pc = 0, bytes = 0;
	long r;

	if (!lists || !nlists || nlists > 2 || !sysc__action_ok(action))
		return (int)sysc__fail(SYSC_EINVAL);
	for (k = 0; k < nlists; k++) {
		size_t n = sysc__list_insns(&lists[k]);

		for (j = 0; j < k; j++)
			if (lists[j].arch == lists[k].arch)
				return (int)sysc__fail(SYSC_EINVAL);
		if (!n)
			return (int)sysc__fail(SYSC_EINVAL);
		total += n;	/* at most 2 lists of at most ~8200 each: no overflow */
	}
	if (total > SYSC_BPF_MAXINSNS)
		return (int)sysc__fail(SYSC_EINVAL);

	if (total > SYSC__SECCOMP_STACK_INSNS) {
		bytes = total * sizeof *prog;
#if !defined(SYSC_NR_mmap2)
		r = sysc__sc6(SYSC_NR_mmap, 0, (long)bytes, SYSC_PROT_READ | SYSC_PROT_WRITE,
			      SYSC_MAP_PRIVATE | SYSC_MAP_ANONYMOUS, -1, 0);
#else
		r = sysc__sc6(SYSC_NR_mmap2, 0, (long)bytes, SYSC_PROT_READ | SYSC_PROT_WRITE,
			      SYSC_MAP_PRIVATE | SYSC_MAP_ANONYMOUS, -1, 0);
#endif
		if (sysc_is_error(r))
			return (int)sysc__ret(r);
		prog = (struct sysc_sock_filter *)r;
	}
	prog[pc++] = SYSC__STMT(SYSC_BPF_LD | SYSC_BPF_W | SYSC_BPF_ABS,
				offsetof(struct sysc_seccomp_data, arch));
	for (k = 0; k < nlists; k++)
		sysc__emit_list(prog, &pc, &lists[k], sysc__list_insns(&lists[k]),
				k + 1 == nlists, action);

	r = sysc__install(prog, pc);
	/* Once installed, the new filter judges the munmap too: a denied one
	 * would kill or signal the caller, so the buffer then stays mapped. */
	if (bytes && (sysc_is_error(r) || sysc__munmap_allowed(lists, nlists, action)))
		sysc__sc2(SYSC_NR_munmap, (long)prog, (long)bytes);
	return (int)sysc__ret(r);
}

int sysc_seccomp_allow(const int *nrs, size_t count, unsigned int action)
{
	struct sysc_seccomp_arch_list l;

	l.arch = SYSC_AUDIT_ARCH_SELF;
	l.nrs = nrs;
	l.count = count;
	return sysc_seccomp_allow_arches(&l, 1, action);
}
