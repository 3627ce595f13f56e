/* sysc_seccomp_allow at its edges, each case in a child process:
 *  - syscall -1 under an errno action gets that errno on both arches (on
 *    x86_64 the x32 check used to catch every negative number, as unsigned,
 *    and kill the process); an x32 number is still killed;
 *  - a sysc thread with the smallest stack (SYSC_THREAD_STACK_MIN, 16 KiB)
 *    installs a 2000-number filter without touching memory below its stack
 *    (the program, 32 KiB, used to be a VLA on the stack); a sentinel
 *    mapping right below the thread's guard page must stay intact;
 *  - lists too long for one filter are refused with EINVAL, for one arch
 *    and for sysc_seccomp_allow_arches, and nothing is installed. */
#include "fs_rt.h"

static int neg_nr(unsigned int e)
{
	static const int allow[] = { SYSC_NR_write, SYSC_NR_exit_group };

	if (sysc_seccomp_allow(allow, 2, SYSC_SECCOMP_ERRNO(e)) < 0)
		return 10;
	if (sysc_raw_syscall(-1) != -(long)e)
		return 11;
	/* another negative number, with the x32 bit set too */
	return sysc_raw_syscall((long)(int)0xc0000027) == -(long)e ? 0 : 12;
}

static int neg_nr_enosys(void) { return neg_nr(SYSC_ENOSYS); }
static int neg_nr_eperm(void) { return neg_nr(SYSC_EPERM); }

#if defined(__x86_64__)
static int x32_nr(void)
{
	static const int allow[] = { SYSC_NR_write, SYSC_NR_exit_group, SYSC_NR_getpid };

	if (sysc_seccomp_allow(allow, 3, SYSC_SECCOMP_ERRNO(SYSC_ENOSYS)) < 0)
		return 10;
	sysc_raw_syscall(SYSC_NR_getpid | 0x40000000);
	return 11;
}
#endif

/* ---- the minimum-size thread stack ---- */

#define NNUM 2000
#define SENTINEL (64 * 1024)

static sysc_thread_t th;
static volatile int th_ready;
static int nums[NNUM];

/* The thread's result: 0, or the first check that failed. */
static int small_stack_thread(void *arg)
{
	char *below, *p;
	long r;
	size_t i;
	int bad = 0;

	(void)arg;
	while (!th_ready)
		sysc_sched_yield();
	/* The thread's mapping starts with its guard page; map a sentinel
	 * right below it, where an oversized stack frame would land. */
	below = (char *)th.map_ - SENTINEL;
	r = sysc_raw_mmap(below, SENTINEL, SYSC_PROT_READ | SYSC_PROT_WRITE,
			  SYSC_MAP_PRIVATE | SYSC_MAP_ANONYMOUS | SYSC_MAP_FIXED_NOREPLACE, -1, 0);
	if (sysc_is_error(r) || (char *)r != below)
		return 20;	/* the address is taken: cannot place the sentinel */
	for (p = below; p < below + SENTINEL; p++)
		*p = (char)0xa5;
	if (sysc_seccomp_allow(nums, NNUM, SYSC_SECCOMP_ERRNO(SYSC_EPERM)) < 0)
		return 21;
	for (i = 0; i < SENTINEL; i++)
		bad |= below[i] != (char)0xa5;
	if (bad)
		return 22;
	/* The filter is the thread's: unlisted getppid is refused. */
	return sysc_raw_getppid() == -SYSC_EPERM ? 0 : 23;
}

static int small_stack(void)
{
	int ret = -1;
	size_t i;

	for (i = 0; i < NNUM; i++)
		nums[i] = SYSC_NR_getpid;
	nums[0] = SYSC_NR_write;
	nums[1] = SYSC_NR_exit;		/* the thread's end */
	nums[2] = SYSC_NR_sched_yield;
	nums[NNUM - 1] = SYSC_NR_munmap;	/* so the buffer is unmapped too */
	if (sysc_thread_create(&th, small_stack_thread, NULL, SYSC_THREAD_STACK_MIN) < 0)
		return 10;
	th_ready = 1;
	if (sysc_thread_join(&th, &ret) < 0)
		return 11;
	return ret;
}

/* ---- too long ---- */

static int too_long(void)
{
	static int many[2100];
	struct sysc_seccomp_arch_list l[2];
	size_t i;

	for (i = 0; i < sizeof many / sizeof many[0]; i++)
		many[i] = SYSC_NR_getpid;
	sysc_errno = 0;
	if (sysc_seccomp_allow(many, 2046, SYSC_SECCOMP_KILL_PROCESS) != -1 ||
	    sysc_errno != SYSC_EINVAL)
		return 10;
	/* 1 + (7 + 2 * 1500) + (4 + 2 * 600) = 4212 > 4096 */
	l[0].arch = SYSC_AUDIT_ARCH_X86_64;
	l[0].nrs = many;
	l[0].count = 1500;
	l[1].arch = SYSC_AUDIT_ARCH_I386;
	l[1].nrs = many;
	l[1].count = 600;
	sysc_errno = 0;
	if (sysc_seccomp_allow_arches(l, 2, SYSC_SECCOMP_KILL_PROCESS) != -1 ||
	    sysc_errno != SYSC_EINVAL)
		return 11;
	/* the same arch twice, an unknown arch */
	l[1].arch = SYSC_AUDIT_ARCH_X86_64;
	l[1].count = 1;
	sysc_errno = 0;
	if (sysc_seccomp_allow_arches(l, 2, SYSC_SECCOMP_KILL_PROCESS) != -1 ||
	    sysc_errno != SYSC_EINVAL)
		return 12;
	l[1].arch = 0x8000002bu;	/* AUDIT_ARCH_SPARC64: not an arch sysc builds for */
	sysc_errno = 0;
	if (sysc_seccomp_allow_arches(l, 2, SYSC_SECCOMP_KILL_PROCESS) != -1 ||
	    sysc_errno != SYSC_EINVAL)
		return 13;
	sysc_errno = 0;
	if (sysc_seccomp_allow_arches(NULL, 1, SYSC_SECCOMP_KILL_PROCESS) != -1 ||
	    sysc_errno != SYSC_EINVAL || sysc_seccomp_allow_arches(l, 0, SYSC_SECCOMP_KILL_PROCESS) != -1)
		return 14;
	return sysc_prctl(SYSC_PR_GET_SECCOMP, 0, 0, 0, 0) == 0 ? 0 : 15;
}

static void expect_status(int st, int want_sig, const char *name)
{
	int ok = want_sig ? fs_term_sig(st) == want_sig
			  : fs_exited(st) && fs_exit_code(st) == 0;

	if (!ok) {
		fs_puts("# status ");
		fs_putnum(st);
		fs_puts(" (exit code ");
		fs_putnum(fs_exit_code(st));
		fs_puts(")\n");
	}
	fs_report(ok, name, want_sig ? "not killed by the expected signal"
				     : "child failed (status above)");
}

static void expect(int (*fn)(void), int want_sig, const char *name)
{
	expect_status(fs_in_child(fn), want_sig, name);
}

int main(void)
{
	int st;

	if (fs_skip_without_seccomp("seccomp filters (every check of this program)"))
		return 0;
	expect(neg_nr_enosys, 0, "syscall -1 under ERRNO(ENOSYS) gets ENOSYS, not killed");
	expect(neg_nr_eperm, 0, "syscall -1 under ERRNO(EPERM) gets the filter's EPERM");
#if defined(__x86_64__)
	expect(x32_nr, SYSC_SIGSYS, "x32 number still killed");
#endif
	st = fs_in_child(small_stack);
	if (st == (20 << 8))
		fs_skip("2000-number filter from a 16 KiB thread stack",
			"the address below the thread's mapping is taken");
	else
		expect_status(st, 0, "2000-number filter from a 16 KiB thread stack, nothing below touched");
	expect(too_long, 0, "too many numbers for one filter: EINVAL, nothing installed");
	return fs_failures;
}
