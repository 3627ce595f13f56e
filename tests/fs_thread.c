/* Threads on sysc's _start: creation and join, the return value, a fresh
 * TLS copy per thread, per-thread errno under load (several threads each
 * making failing calls with their own errno value, thousands of times,
 * while the others do the same), the guard page, and the errors. */
#include "fs_rt.h"

#define NTHREADS 4
#define ROUNDS 20000

static __thread int tls_word = 7;	/* .tdata: every thread starts at 7 */

struct worker {
	int idx;
	int expect;	/* errno of this worker's failing call */
	int bad;	/* mismatches seen */
};

/* Each worker's failing call gives a different errno, so cross-talk
 * between threads shows as a wrong value. */
static int fail_call(int idx)
{
	switch (idx) {
	case 0:
		return sysc_close(-1);				/* EBADF */
	case 1:
		return sysc_chdir("/nonexistent/sysc-test");	/* ENOENT */
	case 2:
		return sysc_munmap((void *)1, 4096);		/* EINVAL */
	case 3:
		return sysc_kill(0x3ffffff0, 0);		/* ESRCH */
	default:
		return sysc_chdir("");				/* ENOENT */
	}
}

static int worker(void *p)
{
	struct worker *w = p;
	int i, mine = 1000 + w->idx;

	if (sysc_errno != 0 || tls_word != 7)
		w->bad++;
	tls_word = 100 + w->idx;
	for (i = 0; i < ROUNDS; i++) {
		sysc_errno = mine;
		if (fail_call(w->idx) != -1 || sysc_errno != w->expect)
			w->bad++;
		sysc_errno = mine + i;
		if ((i & 63) == 0)
			sysc_sched_yield();
		if (sysc_errno != mine + i || tls_word != 100 + w->idx)
			w->bad++;
	}
	return 42 + w->idx;
}

static void test_errno_threads(void)
{
	static const int expect[NTHREADS] = { SYSC_EBADF, SYSC_ENOENT, SYSC_EINVAL, SYSC_ESRCH };
	struct worker w[NTHREADS];
	sysc_thread_t t[NTHREADS];
	int i, ret, created = 0, joined = 0, rets_ok = 1, bad = 0, main_bad = 0;

	tls_word = 8;
	for (i = 0; i < NTHREADS; i++) {
		w[i].idx = i;
		w[i].expect = expect[i];
		w[i].bad = 0;
		if (sysc_thread_create(&t[i], worker, &w[i], 0) == 0 && t[i].tid > 0)
			created++;
	}
	/* The main thread takes part too, with its own errno. */
	for (i = 0; i < ROUNDS; i++) {
		sysc_errno = 7;
		if (sysc_openat(SYSC_AT_FDCWD, "", SYSC_O_RDONLY, 0) != -1 ||
		    sysc_errno != SYSC_ENOENT)
			main_bad++;
		sysc_errno = 5000 + i;
		if ((i & 63) == 0)
			sysc_sched_yield();
		if (sysc_errno != 5000 + i)
			main_bad++;
	}
	for (i = 0; i < NTHREADS; i++) {
		ret = -1;
		if (sysc_thread_join(&t[i], &ret) == 0)
			joined++;
		if (ret != 42 + i)
			rets_ok = 0;
		bad += w[i].bad;
	}
	FS_CHECK(created == NTHREADS, "thread_create: 4 threads");
	FS_CHECK(joined == NTHREADS, "thread_join: 4 threads");
	FS_CHECK(rets_ok, "thread_join: fn's return value comes back");
	FS_CHECK(bad == 0, "per-thread errno and TLS: no cross-talk in the threads");
	FS_CHECK(main_bad == 0, "per-thread errno: no cross-talk in the main thread");
	FS_CHECK(tls_word == 8, "threads' TLS writes do not reach the main thread's copy");
}

static sysc_thread_t self_t;
static volatile int self_ready;

static int join_self(void *p)
{
	(void)p;
	while (!self_ready)
		sysc_sched_yield();
	return sysc_thread_join(&self_t, NULL) == -1 && sysc_errno == SYSC_EDEADLK;
}

static void test_errors(void)
{
	sysc_thread_t t = { 0, 0, 0, 0 };
	int ret = 0, r;

	sysc_errno = 0;
	r = sysc_thread_create(&t, NULL, NULL, 0);
	FS_CHECK(r == -1 && sysc_errno == SYSC_EINVAL, "thread_create: NULL fn is EINVAL");
	sysc_errno = 0;
	r = sysc_thread_create(NULL, join_self, NULL, 0);
	FS_CHECK(r == -1 && sysc_errno == SYSC_EINVAL, "thread_create: NULL thread is EINVAL");
	sysc_errno = 0;
	r = sysc_thread_create(&t, join_self, NULL, (size_t)-1);
	FS_CHECK(r == -1 && sysc_errno == SYSC_ENOMEM, "thread_create: huge stack is ENOMEM");
#if defined(__x86_64__)
	/* Passes the size check; mmap itself fails (more than the address
	 * space), and the error must come back. */
	sysc_errno = 0;
	r = sysc_thread_create(&t, join_self, NULL, (size_t)1 << 61);
	FS_CHECK(r == -1 && sysc_errno == SYSC_ENOMEM, "thread_create: mmap's ENOMEM comes back");
#endif
	sysc_errno = 0;
	r = sysc_thread_join(&t, &ret);
	FS_CHECK(r == -1 && sysc_errno == SYSC_EINVAL, "thread_join: never-started thread is EINVAL");

	r = sysc_thread_create(&self_t, join_self, NULL, SYSC_THREAD_STACK_MIN);
	self_ready = 1;
	FS_CHECK(r == 0 && sysc_thread_join(&self_t, &ret) == 0 && ret == 1,
		 "thread_join: a thread joining itself gets EDEADLK");
	sysc_errno = 0;
	r = sysc_thread_join(&self_t, &ret);
	FS_CHECK(r == -1 && sysc_errno == SYSC_EINVAL, "thread_join: second join is EINVAL");
}

static volatile int guard_release;

static int wait_release(void *p)
{
	(void)p;
	while (!guard_release)
		sysc_sched_yield();
	return 0;
}

/* In a child process: touches the page just below the thread's stack. */
static int touch_guard(void)
{
	sysc_thread_t t;

	if (sysc_thread_create(&t, wait_release, NULL, 0) < 0)
		return 2;
	*(volatile char *)t.map_ = 1;
	return 0;
}

/* The top of the stack and the lowest stack byte are writable. */
static int touch_stack(void)
{
	sysc_thread_t t;
	size_t page = sysc_getauxval(SYSC_AT_PAGESZ);

	if (sysc_thread_create(&t, wait_release, NULL, 0) < 0)
		return 2;
	((volatile char *)t.map_)[page] = 1;
	guard_release = 1;
	return sysc_thread_join(&t, NULL) == 0 ? 0 : 3;
}

static void test_guard(void)
{
	int st = fs_in_child(touch_guard);

	FS_CHECK(fs_term_sig(st) == SYSC_SIGSEGV, "guard page below the stack faults");
	st = fs_in_child(touch_stack);
	FS_CHECK(fs_exited(st) && fs_exit_code(st) == 0, "lowest stack page is usable");
}

static int sum_to(void *p)
{
	int n = *(int *)p, s = 0, i;

	for (i = 1; i <= n; i++)
		s += i;
	return s;
}

/* Many short-lived threads: creation and join keep working (a leak of
 * mappings or a lost wake-up would show as a failure or a hang). */
static void test_many(void)
{
	int i, n = 10, ok = 0, ret;
	sysc_thread_t t;

	for (i = 0; i < 500; i++)
		if (sysc_thread_create(&t, sum_to, &n, SYSC_THREAD_STACK_MIN) == 0 &&
		    sysc_thread_join(&t, &ret) == 0 && ret == 55)
			ok++;
	FS_CHECK(ok == 500, "500 create/join cycles");
}

int main(void)
{
	test_errno_threads();
	test_errors();
	test_guard();
	test_many();
	return fs_failures;
}
