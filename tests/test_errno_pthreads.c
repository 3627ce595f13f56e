/* sysc_errno beside glibc's threads: sysc's errno is initial-exec TLS, so
 * each pthread has its own, independent of the others and of libc's
 * errno. Several threads make failing sysc calls with distinct errno
 * values thousands of times at once. Also: sysc_thread_create refuses
 * beside a libc (the libc owns the thread pointer). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <errno.h>
#include <pthread.h>

#include <sysc.h>

#define NTHREADS 4
#define ROUNDS 20000

struct worker {
	int idx;
	int expect;
	int bad;
	pthread_barrier_t *start;
};

static int fail_call(int idx)
{
	switch (idx) {
	case 0:
		return sysc_close(-1);
	case 1:
		return sysc_chdir("/nonexistent/sysc-test");
	case 2:
		return sysc_munmap((void *)1, 4096);
	default:
		return sysc_kill(0x3ffffff0, 0);
	}
}

static void *worker(void *p)
{
	struct worker *w = p;
	int i, mine = 1000 + w->idx;

	pthread_barrier_wait(w->start);
	if (sysc_errno != 0)
		w->bad++;
	for (i = 0; i < ROUNDS; i++) {
		sysc_errno = mine;
		errno = -mine;
		if (fail_call(w->idx) != -1 || sysc_errno != w->expect)
			w->bad++;
		/* sysc never touches libc's errno */
		if (errno != -mine)
			w->bad++;
		sysc_errno = mine + i;
		if ((i & 63) == 0)
			sched_yield();
		if (sysc_errno != mine + i)
			w->bad++;
	}
	return NULL;
}

static void test_errno_pthreads(void **state)
{
	static const int expect[NTHREADS] = { SYSC_EBADF, SYSC_ENOENT, SYSC_EINVAL, SYSC_ESRCH };
	struct worker w[NTHREADS];
	pthread_t t[NTHREADS];
	pthread_barrier_t start;
	int i;

	(void)state;
	assert_int_equal(pthread_barrier_init(&start, NULL, NTHREADS), 0);
	for (i = 0; i < NTHREADS; i++) {
		w[i] = (struct worker){ i, expect[i], 0, &start };
		assert_int_equal(pthread_create(&t[i], NULL, worker, &w[i]), 0);
	}
	for (i = 0; i < NTHREADS; i++) {
		assert_int_equal(pthread_join(t[i], NULL), 0);
		assert_int_equal(w[i].bad, 0);
	}
	pthread_barrier_destroy(&start);
}

static int never(void *p)
{
	(void)p;
	return 0;
}

static void test_thread_create_refused(void **state)
{
	sysc_thread_t t;

	(void)state;
	sysc_errno = 0;
	assert_int_equal(sysc_thread_create(&t, never, NULL, 0), -1);
	assert_int_equal(sysc_errno, SYSC_ENOSYS);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_errno_pthreads),
		cmocka_unit_test(test_thread_create_refused),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
