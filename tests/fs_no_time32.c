/* No sysc function issues a 32-bit-time syscall on i386 or arm (the list is in
 * tests/time32.h): under a seccomp filter that answers ENOSYS to each of
 * them, as a kernel without CONFIG_COMPAT_32BIT_TIME does, every function
 * that takes or reads a time still works, through the vDSO and through
 * the syscalls, and a thread is created and joined (its join used to wait
 * with futex, failing and leaking the stack). A function may fail for
 * its own reasons (EBADF for a bad fd, EPERM); it must not get ENOSYS.
 * The raw time32 calls themselves must get ENOSYS: that shows the filter
 * is in force. The 64-bit arches have no time32 calls: skipped there; where seccomp is
 * missing (qemu-user) the filter cannot be installed: skipped, saying so. */
#include "fs_rt.h"
#include "time32.h"

/* By name: each 32-bit arch has its own subset (arm has no time, stime,
 * utime, select, old stat calls); the numbers are this arch's, looked up
 * at run time, and a name it lacks is left out. */
#define NAME_ENTRY(name) #name,
static const char *const time32_names[] = { SYSC_TESTS_TIME32(NAME_ENTRY) };
static const char *const time32_arg0_names[] = { SYSC_TESTS_TIME32_ARG0(NAME_ENTRY) };
#define NNAMES (sizeof time32_names / sizeof time32_names[0])
#define NARG0 (sizeof time32_arg0_names / sizeof time32_arg0_names[0])
static int time32[NNAMES], time32_arg0[NARG0];
static unsigned int N32;
/* where the two answers sit in the program below */
#define ALLOW (3 + N32 + 3 * NARG0)
#define DENY (ALLOW + 1)

static struct sysc_sock_filter insn(unsigned short code, unsigned int k,
				    unsigned int at, unsigned int jt, unsigned int jf)
{
	/* jt, jf: absolute targets (0: the next instruction) */
	struct sysc_sock_filter f = { code, (unsigned char)(jt ? jt - at - 1 : 0),
				      (unsigned char)(jf ? jf - at - 1 : 0), k };
	return f;
}

/* arch != i386: allow; nr in time32: ENOSYS; nr in time32_arg0: ENOSYS
 * if its first argument (a timeval pointer) is not NULL; else allow. */
static int deny_time32(void)
{
	static struct sysc_sock_filter f[3 + NNAMES + 3 * NARG0 + 2];
	struct sysc_sock_fprog prog;
	const unsigned short ld = SYSC_BPF_LD | SYSC_BPF_W | SYSC_BPF_ABS;
	const unsigned short jeq = SYSC_BPF_JMP | SYSC_BPF_JEQ | SYSC_BPF_K;
	const unsigned short ret = SYSC_BPF_RET | SYSC_BPF_K;
	unsigned int i, n = 0;

	for (i = 0; i < NNAMES; i++)
		if (sysc_syscall_number(time32_names[i]) >= 0)
			time32[N32++] = (int)sysc_syscall_number(time32_names[i]);
	for (i = 0; i < NARG0; i++)
		time32_arg0[i] = (int)sysc_syscall_number(time32_arg0_names[i]);
	f[n] = insn(ld, 4, n, 0, 0), n++;	/* seccomp_data.arch */
	f[n] = insn(jeq, SYSC_AUDIT_ARCH_SELF, n, 0, ALLOW), n++;
	f[n] = insn(ld, 0, n, 0, 0), n++;	/* seccomp_data.nr */
	for (i = 0; i < N32; i++)
		f[n] = insn(jeq, (unsigned int)time32[i], n, DENY, 0), n++;
	for (i = 0; i < NARG0; i++) {
		f[n] = insn(jeq, (unsigned int)time32_arg0[i], n, 0, n + 3), n++;
		f[n] = insn(ld, 16, n, 0, 0), n++;	/* args[0], low word */
		f[n] = insn(jeq, 0, n, ALLOW, DENY), n++;
	}
	f[n] = insn(ret, SYSC_SECCOMP_RET_ALLOW, n, 0, 0), n++;
	f[n] = insn(ret, SYSC_SECCOMP_ERRNO(SYSC_ENOSYS), n, 0, 0), n++;
	prog.len = (unsigned short)n;
	prog.filter = f;
	if (sysc_prctl(SYSC_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0))
		return -1;
	return sysc_seccomp(SYSC_SECCOMP_SET_MODE_FILTER, 0, &prog);
}

/* An errno-layer result: success, or an errno other than ENOSYS. */
#define WORKS(call) ((call) != -1 || sysc_errno != SYSC_ENOSYS)

static int thread_fn(void *arg)
{
	struct sysc_timespec ts = { 0, 1000000 };

	sysc_nanosleep(&ts, NULL);	/* the joiner waits on the futex */
	return *(int *)arg + 1;
}

static void time_functions(const char *how)
{
	struct sysc_timespec ts, zero = { 0, 0 }, ms = { 0, 1000000 };
	struct sysc_timeval tv = { 0, 0 };
	struct sysc_timezone tz;
	struct sysc_itimerspec its = { { 0, 0 }, { 100, 0 } }, cur;
	struct sysc_sigevent sev;
	struct sysc_timex tx;
	sysc_sigset_t set = 1ULL << (SYSC_SIGUSR1 - 1);
	uint32_t word = 1;
	int fd, id, bad = 0;

	fs_puts("# ");
	fs_puts(how);
	fs_puts("\n");
	FS_CHECK(sysc_clock_gettime(SYSC_CLOCK_REALTIME, &ts) == 0 && ts.tv_sec > 0, "clock_gettime");
	FS_CHECK(sysc_clock_getres(SYSC_CLOCK_MONOTONIC, &ts) == 0, "clock_getres");
	FS_CHECK(sysc_gettimeofday(&tv, NULL) == 0 && tv.tv_sec > 0, "gettimeofday");
	FS_CHECK(sysc_gettimeofday(&tv, &tz) == 0 && tv.tv_sec > 0, "gettimeofday with the zone");
	FS_CHECK(sysc_raw_gettimeofday(&tv, &tz) == 0 && tv.tv_sec > 0,
		 "raw gettimeofday with the zone");
	FS_CHECK(sysc_time() > 0, "time");
	FS_CHECK(sysc_nanosleep(&ms, NULL) == 0, "nanosleep");
	FS_CHECK(sysc_clock_nanosleep(SYSC_CLOCK_MONOTONIC, 0, &ms, NULL) == 0, "clock_nanosleep");
	FS_CHECK(sysc_poll(NULL, 0, 1) == 0, "poll with a timeout");
	FS_CHECK(sysc_ppoll(NULL, 0, &zero, NULL) == 0, "ppoll with a timeout");
	tv.tv_sec = 0;
	tv.tv_usec = 1000;
	FS_CHECK(sysc_select(0, NULL, NULL, NULL, &tv) == 0, "select with a timeout");
	FS_CHECK(sysc_pselect6(0, NULL, NULL, NULL, &zero, NULL) == 0, "pselect6 with a timeout");
	FS_CHECK(sysc_futex(&word, SYSC_FUTEX_WAIT, 2, &ms, NULL, 0) == -1 && sysc_errno == SYSC_EAGAIN,
		 "futex wait with a timeout");
	FS_CHECK(sysc_rt_sigtimedwait(&set, NULL, &zero) == -1 && sysc_errno == SYSC_EAGAIN,
		 "rt_sigtimedwait with a timeout");
	FS_CHECK(sysc_utimensat(-1, NULL, NULL, 0) == -1 && sysc_errno == SYSC_EBADF,
		 "utimensat (refused: EBADF, not ENOSYS)");
	fd = sysc_timerfd_create(SYSC_CLOCK_MONOTONIC, 0);
	FS_CHECK(fd >= 0 && sysc_timerfd_settime(fd, 0, &its, NULL) == 0 &&
		 sysc_timerfd_gettime(fd, &cur) == 0 && cur.it_value.tv_sec > 90,
		 "timerfd_settime, timerfd_gettime");
	sysc_close(fd);
	for (unsigned i = 0; i < sizeof sev; i++)
		((char *)&sev)[i] = 0;
	sev.sigev_notify = SYSC_SIGEV_NONE;
	FS_CHECK(sysc_timer_create(SYSC_CLOCK_MONOTONIC, &sev, &id) == 0 &&
		 sysc_timer_settime(id, 0, &its, NULL) == 0 &&
		 sysc_timer_gettime(id, &cur) == 0 && cur.it_value.tv_sec > 90 &&
		 sysc_timer_delete(id) == 0, "timer_settime, timer_gettime");
	FS_CHECK(sysc_sched_rr_get_interval(0, &ts) == 0, "sched_rr_get_interval");
	FS_CHECK(sysc_clock_settime(SYSC_CLOCK_MONOTONIC, &ts) == -1 && sysc_errno == SYSC_EINVAL,
		 "clock_settime (refused: EINVAL, not ENOSYS)");
	for (unsigned i = 0; i < sizeof tx; i++)
		((char *)&tx)[i] = 0;
	FS_CHECK(sysc_adjtimex(&tx) >= 0, "adjtimex (read only)");
	FS_CHECK(sysc_clock_adjtime(SYSC_CLOCK_REALTIME, &tx) >= 0, "clock_adjtime (read only)");
	bad += !WORKS(sysc_recvmmsg(-1, NULL, 0, 0, &zero));
	bad += !WORKS(sysc_mq_timedsend(-1, "", 0, 0, &zero));
	bad += !WORKS(sysc_mq_timedreceive(-1, NULL, 0, NULL, &zero));
	bad += !WORKS(sysc_semtimedop(-1, NULL, 0, &zero));
	bad += !WORKS(sysc_io_getevents(0, 0, 0, NULL, &zero));
	bad += !WORKS(sysc_io_pgetevents(0, 0, 0, NULL, &zero, NULL));
	FS_CHECK(bad == 0, "recvmmsg, mq_timed*, semtimedop, io_*getevents: no ENOSYS");
}

int main(void)
{
	sysc_thread_t t;
	struct sysc_stat st;
	int in = 41, out = 0;

#if !defined(SYSC__FAMILY32)
	fs_skip("no time32", "64-bit arches have no 32-bit-time syscalls");
	return 0;
#endif
	if (deny_time32()) {
		fs_skip("no time32", sysc_errno == SYSC_ENOSYS || sysc_errno == SYSC_EINVAL ?
			"seccomp filters unavailable here (qemu-user has none)" :
			"the seccomp filter could not be installed");
		return 0;
	}
	{
		struct sysc_timezone tz;
		int tv[2];

		FS_CHECK(sysc_raw_syscall(SYSC_NR_futex, 0, 0, 0, 0, 0, 0) == -SYSC_ENOSYS &&
			 sysc_raw_syscall(SYSC_NR_clock_gettime, 0, 0) == -SYSC_ENOSYS &&
			 sysc_raw_syscall(SYSC_NR_gettimeofday, tv, 0) == -SYSC_ENOSYS &&
			 sysc_raw_syscall(SYSC_NR_gettimeofday, 0, &tz) == 0,
			 "the filter answers ENOSYS to time32 calls, gettimeofday only with a timeval");
	}
	FS_CHECK(sysc_thread_create(&t, thread_fn, &in, 0) == 0, "thread_create");
	FS_CHECK(sysc_thread_join(&t, &out) == 0 && out == 42, "thread_join");
	FS_CHECK(sysc_fstat(0, &st) == 0 || sysc_errno == SYSC_EBADF, "fstat");
	FS_CHECK(sysc_stat("/", &st) == 0 && st.st_mtime_sec > 0, "stat");
	time_functions("through the vDSO where it serves");
	sysc_vdso_use_image(NULL, 0);	/* fails: no image, so no vDSO calls */
	time_functions("through the syscalls (no vDSO)");
	return fs_failures;
}
