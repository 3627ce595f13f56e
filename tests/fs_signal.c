/* Signals on sysc's _start, both restorers (on i386 the rt one for
 * SA_SIGINFO handlers and the sigreturn one for the others):
 *  - a handler runs and the program continues with every register intact,
 *    even when the signal lands at random points of a register-heavy loop
 *    (signals sent from a second thread);
 *  - SA_SIGINFO handlers see si_signo, si_code (SI_TKILL / SI_USER), si_pid,
 *    si_uid;
 *  - a blocking pipe read interrupted by a handler fails with EINTR without
 *    SA_RESTART and carries on (returning the data sent later) with it, on
 *    i386 through every available way into the kernel;
 *  - SA_ONSTACK handlers run on the alternate stack, others do not;
 *  - sigprocmask/sigpending, sigsuspend, sigtimedwait, sigaction's old
 *    value and its errors. */
#include "fs_rt.h"

static volatile int hits, last_sig;
static volatile int info_signo, info_code, info_pid, info_uid, info_ctx;

static void on_signal(int sig)
{
	/* Clobbers general and SSE registers, so that a restorer that got
	 * them wrong would show in the interrupted code. */
	volatile double z = 1.5;
	int k;

	for (k = 0; k < 50; k++)
		z = z * 1.0001 + k;
	last_sig = sig;
	hits = hits + 1;
}

static void on_siginfo(int sig, sysc_siginfo_t *si, void *ctx)
{
	on_signal(sig);
	info_signo = si->si_signo;
	info_code = si->si_code;
	info_pid = si->pid;
	info_uid = (int)si->uid;
	info_ctx = ctx != NULL;
}

static int install(int sig, void (*h)(int), unsigned int flags)
{
	struct sysc_sigaction sa;

	sa.handler = h;
	sa.mask = 0;
	sa.flags = flags;
	return sysc_sigaction(sig, &sa, NULL);
}

static int install_info(int sig, unsigned int flags)
{
	struct sysc_sigaction sa;

	sa.action = on_siginfo;
	sa.mask = 0;
	sa.flags = flags | SYSC_SA_SIGINFO;
	return sysc_sigaction(sig, &sa, NULL);
}

static int my_uid(void)
{
#if defined(__i386__)
	return (int)sysc_raw_syscall(SYSC_NR_getuid32);
#else
	return (int)sysc_raw_syscall(SYSC_NR_getuid);
#endif
}

/* Synchronous: values live across sysc_raise (in callee-saved registers
 * at -O2) and the program goes on. */
static void test_raise(void)
{
	volatile unsigned int seed = 12345;
	unsigned int a = seed, b = a * 3, c = b ^ 0x55aa, d = c + a;
	int r;

	hits = 0;
	r = install(SYSC_SIGUSR1, on_signal, 0);
	FS_CHECK(r == 0, "sigaction: handler installed");
	r = sysc_raise(SYSC_SIGUSR1);
	FS_CHECK(r == 0 && hits == 1 && last_sig == SYSC_SIGUSR1, "raise: handler ran once");
	FS_CHECK(a == 12345 && b == 37035 && c == (37035u ^ 0x55aa) && d == c + 12345,
		 "raise: live values intact after the handler");
}

/* Asynchronous: a thread sends signals while the main thread is in a loop
 * that keeps many values in registers (general and SSE) and makes no
 * calls; the result must equal that of the same loop without signals. */
struct spin {
	unsigned int w[8];
	double x, y;
};

static void spin(unsigned int seed, long n, struct spin *out)
{
	unsigned int a = seed, b = seed * 3 + 1, c = seed ^ 0x9e3779b9u, d = 7,
		     e = 11, f = 13, g = 17, h = 19;
	double x = seed & 0xff, y = 1.0;
	long i;

	for (i = 0; i < n; i++) {
		a = a * 1103515245u + 12345u;
		b ^= a >> 3;
		c += b * 7;
		d = (d << 5) ^ c;
		e += d ^ a;
		f = f * 33 + e;
		g ^= f >> 7;
		h += g;
		x = x * 0.999 + (double)(a & 0xff);
		y += x * 1e-3;
	}
	out->w[0] = a; out->w[1] = b; out->w[2] = c; out->w[3] = d;
	out->w[4] = e; out->w[5] = f; out->w[6] = g; out->w[7] = h;
	out->x = x;
	out->y = y;
}

static volatile int spin_tid, spin_started, spin_done;

static int bombard(void *p)
{
	int sig = *(int *)p, pid = sysc_getpid();

	while (!spin_started)
		sysc_sched_yield();
	while (!spin_done) {
		sysc_tgkill(pid, spin_tid, sig);
		fs_sleep_ms(1);
	}
	return 0;
}

static void spin_under_fire(int sig, const char *name)
{
	static volatile unsigned int seed = 4242;
	struct spin quiet, loud;
	sysc_thread_t t;
	int i, same = 1, h0;

	spin(seed, 3000000, &quiet);
	spin_tid = sysc_gettid();
	spin_started = spin_done = 0;
	if (sysc_thread_create(&t, bombard, &sig, 0) < 0) {
		fs_report(0, name, "thread_create failed");
		return;
	}
	h0 = hits;
	spin_started = 1;
	spin(seed, 3000000, &loud);
	/* Make sure a few signals landed inside the loop: repeat it while
	 * fewer than 5 did (the thread keeps firing). */
	for (i = 0; i < 20 && hits - h0 < 5; i++)
		spin(seed, 3000000, &loud);
	spin_done = 1;
	sysc_thread_join(&t, NULL);
	for (i = 0; i < 8; i++)
		if (quiet.w[i] != loud.w[i])
			same = 0;
	if (quiet.x != loud.x || quiet.y != loud.y)
		same = 0;
	fs_report(same && hits - h0 >= 5, name,
		  same ? "fewer than 5 signals arrived" : "registers differ after signals");
}

static void test_async_registers(void)
{
	install(SYSC_SIGUSR1, on_signal, 0);
	spin_under_fire(SYSC_SIGUSR1, "async signals: registers intact (plain handler)");
	install_info(SYSC_SIGUSR2, 0);
	spin_under_fire(SYSC_SIGUSR2, "async signals: registers intact (SA_SIGINFO handler)");
}

static void test_siginfo(void)
{
	install_info(SYSC_SIGUSR1, 0);
	info_signo = info_code = info_pid = info_ctx = 0;
	info_uid = -1;
	sysc_raise(SYSC_SIGUSR1);
	FS_CHECK(info_signo == SYSC_SIGUSR1, "SA_SIGINFO: si_signo");
	FS_CHECK(info_code == SYSC_SI_TKILL, "SA_SIGINFO: si_code is SI_TKILL after raise");
	FS_CHECK(info_pid == sysc_getpid(), "SA_SIGINFO: si_pid is ours");
	FS_CHECK(info_uid == my_uid(), "SA_SIGINFO: si_uid is ours");
	FS_CHECK(info_ctx, "SA_SIGINFO: ucontext passed");
	info_code = 99;
	sysc_kill(sysc_getpid(), SYSC_SIGUSR1);
	FS_CHECK(info_code == SYSC_SI_USER, "SA_SIGINFO: si_code is SI_USER after kill");
}

/* A blocking read on an empty pipe, with a thread sending signals. */
static int pipe_fds[2];
static volatile int reader_tid, reader_waiting, reader_done, restart_mode;

static int interrupter(void *p)
{
	int pid = sysc_getpid(), sent = 0;

	(void)p;
	while (!reader_waiting)
		sysc_sched_yield();
	while (!reader_done) {
		fs_sleep_ms(20);
		if (reader_done)
			break;
		sysc_tgkill(pid, reader_tid, SYSC_SIGUSR1);
		/* With SA_RESTART: a few interruptions, then the data. */
		if (restart_mode && ++sent == 3) {
			fs_sleep_ms(20);
			sysc_write(pipe_fds[1], "xyz", 3);
			break;
		}
	}
	return 0;
}

static void read_under_signals(int restart, const char *name)
{
	char buf[8] = { 0 };
	sysc_thread_t t;
	long n;
	int h0, err;

	install(SYSC_SIGUSR1, on_signal, restart ? SYSC_SA_RESTART : 0);
	reader_tid = sysc_gettid();
	reader_waiting = reader_done = 0;
	restart_mode = restart;
	if (sysc_thread_create(&t, interrupter, NULL, 0) < 0) {
		fs_report(0, name, "thread_create failed");
		return;
	}
	h0 = hits;
	reader_waiting = 1;
	sysc_errno = 0;
	n = sysc_read(pipe_fds[0], buf, sizeof buf);
	err = sysc_errno;
	reader_done = 1;
	sysc_thread_join(&t, NULL);
	if (restart)
		fs_report(n == 3 && buf[0] == 'x' && buf[2] == 'z' && hits - h0 >= 3, name,
			  n < 0 ? "read failed" : "wrong data or too few signals");
	else
		fs_report(n == -1 && err == SYSC_EINTR && hits - h0 >= 1, name,
			  "read did not fail with EINTR");
}

static void test_read_eintr(void)
{
	if (sysc_pipe2(pipe_fds, 0) < 0) {
		fs_report(0, "pipe2", "failed");
		return;
	}
	read_under_signals(0, "blocking read: EINTR without SA_RESTART");
	read_under_signals(1, "blocking read: restarted with SA_RESTART, data arrives");
#if defined(__i386__)
	{
		static const char *const names[] = {
			0, "blocking read via int80: EINTR", "blocking read via vsyscall: EINTR",
			"blocking read via sysenter: EINTR" };
		static const char *const rnames[] = {
			0, "blocking read via int80: restarted", "blocking read via vsyscall: restarted",
			"blocking read via sysenter: restarted" };
		int way, orig = sysc_i386_way();

		for (way = SYSC_I386_INT80; way <= SYSC_I386_SYSENTER; way++) {
			if (sysc_i386_use(way) < 0) {
				fs_skip(names[way], sysc_i386_unavailable(way));
				continue;
			}
			read_under_signals(0, names[way]);
			read_under_signals(1, rnames[way]);
		}
		sysc_i386_use(orig);
	}
#endif
	sysc_close(pipe_fds[0]);
	sysc_close(pipe_fds[1]);
}

static char altstack[4 * SYSC_SIGSTKSZ] __attribute__((aligned(16)));
static volatile int on_alt, alt_flag_seen;

static void on_alt_signal(int sig)
{
	char local;
	struct sysc_stack cur;

	(void)sig;
	on_alt = &local >= altstack && &local < altstack + sizeof altstack;
	alt_flag_seen = sysc_sigaltstack(NULL, &cur) == 0 && (cur.ss_flags & SYSC_SS_ONSTACK);
}

static void test_altstack(void)
{
	struct sysc_stack ss = { altstack, 0, sizeof altstack }, cur;

	FS_CHECK(sysc_sigaltstack(&ss, NULL) == 0, "sigaltstack: set");
	install(SYSC_SIGUSR2, on_alt_signal, 0);
	on_alt = -1;
	sysc_raise(SYSC_SIGUSR2);
	FS_CHECK(on_alt == 0, "handler without SA_ONSTACK runs on the normal stack");
	install(SYSC_SIGUSR2, on_alt_signal, SYSC_SA_ONSTACK);
	on_alt = alt_flag_seen = 0;
	sysc_raise(SYSC_SIGUSR2);
	FS_CHECK(on_alt == 1, "SA_ONSTACK handler runs on the alternate stack");
	FS_CHECK(alt_flag_seen, "sigaltstack reports SS_ONSTACK inside the handler");
	FS_CHECK(sysc_sigaltstack(NULL, &cur) == 0 && !(cur.ss_flags & SYSC_SS_ONSTACK) &&
		 cur.ss_sp == altstack && cur.ss_size == sizeof altstack,
		 "sigaltstack: query after the handler");
	ss.ss_flags = SYSC_SS_DISABLE;
	FS_CHECK(sysc_sigaltstack(&ss, NULL) == 0 && sysc_sigaltstack(NULL, &cur) == 0 &&
		 (cur.ss_flags & SYSC_SS_DISABLE), "sigaltstack: disable");
	ss.ss_flags = 0;
	ss.ss_size = 16;
	sysc_errno = 0;
	FS_CHECK(sysc_sigaltstack(&ss, NULL) == -1 && sysc_errno == SYSC_ENOMEM,
		 "sigaltstack: too small is ENOMEM");
}

static void test_mask(void)
{
	sysc_sigset_t set = SYSC_SIGBIT(SYSC_SIGUSR1), old = 0, pend = 0;
	int h0;

	install(SYSC_SIGUSR1, on_signal, 0);
	FS_CHECK(sysc_sigprocmask(SYSC_SIG_BLOCK, &set, &old) == 0 &&
		 !(old & SYSC_SIGBIT(SYSC_SIGUSR1)), "sigprocmask: block");
	h0 = hits;
	sysc_raise(SYSC_SIGUSR1);
	FS_CHECK(hits == h0, "blocked signal not delivered");
	FS_CHECK(sysc_sigpending(&pend) == 0 && (pend & SYSC_SIGBIT(SYSC_SIGUSR1)),
		 "sigpending shows it");
	sysc_sigprocmask(SYSC_SIG_UNBLOCK, &set, NULL);
	FS_CHECK(hits == h0 + 1, "unblocking delivers it");
	sysc_errno = 0;
	FS_CHECK(sysc_sigprocmask(99, &set, NULL) == -1 && sysc_errno == SYSC_EINVAL,
		 "sigprocmask: bad how is EINVAL");
}

static volatile int wake_tid;

static int send_later(void *p)
{
	(void)p;
	fs_sleep_ms(30);
	sysc_tgkill(sysc_getpid(), wake_tid, SYSC_SIGUSR2);
	return 0;
}

static void test_suspend_wait(void)
{
	sysc_sigset_t usr2 = SYSC_SIGBIT(SYSC_SIGUSR2), none = 0, now = 0;
	struct sysc_timespec ts = { 0, 10 * 1000000 };
	sysc_siginfo_t si;
	sysc_thread_t t;
	int r, h0;

	install(SYSC_SIGUSR2, on_signal, 0);
	sysc_sigprocmask(SYSC_SIG_BLOCK, &usr2, NULL);
	wake_tid = sysc_gettid();
	h0 = hits;
	sysc_thread_create(&t, send_later, NULL, 0);
	sysc_errno = 0;
	r = sysc_sigsuspend(&none);
	sysc_thread_join(&t, NULL);
	FS_CHECK(r == -1 && sysc_errno == SYSC_EINTR && hits == h0 + 1 && last_sig == SYSC_SIGUSR2,
		 "sigsuspend: woken by the handler, EINTR");
	FS_CHECK(sysc_sigprocmask(SYSC_SIG_BLOCK, NULL, &now) == 0 && (now & usr2),
		 "sigsuspend: mask restored");

	sysc_raise(SYSC_SIGUSR2);
	si.si_signo = 0;
	r = sysc_sigtimedwait(&usr2, &si, NULL);
	FS_CHECK(r == SYSC_SIGUSR2 && si.si_signo == SYSC_SIGUSR2 && si.si_code == SYSC_SI_TKILL &&
		 hits == h0 + 1, "sigtimedwait: takes the pending signal, no handler");
	sysc_errno = 0;
	r = sysc_sigtimedwait(&usr2, &si, &ts);
	FS_CHECK(r == -1 && sysc_errno == SYSC_EAGAIN, "sigtimedwait: time-out is EAGAIN");
	sysc_sigprocmask(SYSC_SIG_UNBLOCK, &usr2, NULL);
}

static void test_sigaction_api(void)
{
	struct sysc_sigaction sa, old;

	sa.handler = on_signal;
	sa.mask = SYSC_SIGBIT(SYSC_SIGINT) | SYSC_SIGBIT(SYSC_SIGRTMAX);
	sa.flags = SYSC_SA_RESTART | SYSC_SA_NODEFER;
	sysc_sigaction(SYSC_SIGHUP, &sa, NULL);
	FS_CHECK(sysc_sigaction(SYSC_SIGHUP, NULL, &old) == 0 && old.handler == on_signal &&
		 old.mask == sa.mask && old.flags == sa.flags,
		 "sigaction: old value round-trips, without SA_RESTORER");
	sa.handler = SYSC_SIG_DFL;
	sa.flags = 0;
	FS_CHECK(sysc_sigaction(SYSC_SIGHUP, &sa, &old) == 0 && old.handler == on_signal,
		 "sigaction: new and old at once");
	sysc_errno = 0;
	FS_CHECK(sysc_sigaction(0, &sa, NULL) == -1 && sysc_errno == SYSC_EINVAL,
		 "sigaction: signal 0 is EINVAL");
	sysc_errno = 0;
	FS_CHECK(sysc_sigaction(65, &sa, NULL) == -1 && sysc_errno == SYSC_EINVAL,
		 "sigaction: signal 65 is EINVAL");
	sa.handler = on_signal;
	sysc_errno = 0;
	FS_CHECK(sysc_sigaction(SYSC_SIGKILL, &sa, NULL) == -1 && sysc_errno == SYSC_EINVAL,
		 "sigaction: SIGKILL is EINVAL");
#ifdef SYSC_SA_RESTORER	/* riscv64 has none */
	sa.flags = SYSC_SA_RESTORER;
	sysc_errno = 0;
	FS_CHECK(sysc_sigaction(SYSC_SIGUSR1, &sa, NULL) == -1 && sysc_errno == SYSC_EINVAL,
		 "sigaction: caller's SA_RESTORER is EINVAL");
#endif
}

int main(void)
{
	test_raise();
	test_siginfo();
	test_async_registers();
	test_read_eintr();
	test_altstack();
	test_mask();
	test_suspend_wait();
	test_sigaction_api();
	return fs_failures;
}
