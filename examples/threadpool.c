/* threadpool: a fixed pool of sysc threads fed through a futex-based work
 * queue. Freestanding; the only synchronisation is sysc_futex and the
 * compiler's __atomic builtins.
 *
 *   threadpool [WORKERS [TASKS]]     (default 4 workers, 200 tasks)
 *
 * Each task counts the primes below a bound; the workers add their counts
 * to a shared total, and main checks it against the same sum computed
 * alone. The lock is the three-state futex mutex (0 free, 1 locked, 2
 * locked with waiters): an uncontended lock and unlock make no syscall.
 * Idle workers sleep on a sequence number that every push increments, so a
 * wake-up between a worker's check and its FUTEX_WAIT is never lost (the
 * kernel compares the word before sleeping). */
#include "out.h"

#define MAX_WORKERS 16
#define MAX_TASKS 4096

struct pool {
	unsigned int lock;
	unsigned int seq;		/* bumped by every push and by shutdown */
	unsigned int head, tail;	/* tasks[head..tail) are queued */
	unsigned int done;		/* tasks finished; main waits on it */
	unsigned int stop;
	unsigned int tasks[MAX_TASKS];
	unsigned long long total;
};

static struct pool pool;

static void futex_wait(unsigned int *word, unsigned int expected)
{
	sysc_futex(word, SYSC_FUTEX_WAIT_PRIVATE, expected, NULL, NULL, 0);
}

static void futex_wake(unsigned int *word, int n)
{
	sysc_futex(word, SYSC_FUTEX_WAKE_PRIVATE, (unsigned int)n, NULL, NULL, 0);
}

static void lock(unsigned int *l)
{
	unsigned int c = 0;

	if (__atomic_compare_exchange_n(l, &c, 1, 0, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
		return;
	if (c != 2)
		c = __atomic_exchange_n(l, 2, __ATOMIC_ACQUIRE);
	while (c != 0) {
		futex_wait(l, 2);
		c = __atomic_exchange_n(l, 2, __ATOMIC_ACQUIRE);
	}
}

static void unlock(unsigned int *l)
{
	if (__atomic_fetch_sub(l, 1, __ATOMIC_RELEASE) != 1) {
		__atomic_store_n(l, 0, __ATOMIC_RELEASE);
		futex_wake(l, 1);
	}
}

static unsigned int primes_below(unsigned int n)
{
	unsigned int count = 0;

	for (unsigned int i = 2; i < n; i++) {
		unsigned int d = 2;

		while (d * d <= i && i % d)
			d++;
		count += d * d > i;
	}
	return count;
}

static int worker(void *arg)
{
	unsigned int mine = 0;

	(void)arg;
	for (;;) {
		unsigned int seq = __atomic_load_n(&pool.seq, __ATOMIC_ACQUIRE);
		unsigned int task = 0;
		int have = 0;

		lock(&pool.lock);
		if (pool.head != pool.tail) {
			task = pool.tasks[pool.head++ % MAX_TASKS];
			have = 1;
		}
		unlock(&pool.lock);
		if (!have) {
			if (__atomic_load_n(&pool.stop, __ATOMIC_ACQUIRE))
				return (int)mine;
			futex_wait(&pool.seq, seq);
			continue;
		}
		unsigned int r = primes_below(task);

		lock(&pool.lock);
		pool.total += r;
		unlock(&pool.lock);
		mine++;
		__atomic_fetch_add(&pool.done, 1, __ATOMIC_RELEASE);
		futex_wake(&pool.done, 1);
	}
}

int main(int argc, char **argv)
{
	struct out o = { 1, 0, { 0 } };
	unsigned int workers = number(argc > 1 ? argv[1] : NULL, 4, MAX_WORKERS);
	unsigned int ntasks = number(argc > 2 ? argv[2] : NULL, 200, MAX_TASKS);
	sysc_thread_t t[MAX_WORKERS];
	unsigned long long expect = 0;
	int per[MAX_WORKERS], sum = 0;

	for (unsigned int i = 0; i < workers; i++)
		if (sysc_thread_create(&t[i], worker, NULL, 0) < 0)
			return fail("sysc_thread_create");
	for (unsigned int i = 0; i < ntasks; i++) {
		unsigned int bound = 1000 + (i * 7919) % 20000;

		expect += primes_below(bound);
		lock(&pool.lock);
		pool.tasks[pool.tail++ % MAX_TASKS] = bound;
		unlock(&pool.lock);
		__atomic_fetch_add(&pool.seq, 1, __ATOMIC_RELEASE);
		futex_wake(&pool.seq, 1);
	}
	for (;;) {
		unsigned int d = __atomic_load_n(&pool.done, __ATOMIC_ACQUIRE);

		if (d == ntasks)
			break;
		futex_wait(&pool.done, d);
	}
	__atomic_store_n(&pool.stop, 1, __ATOMIC_RELEASE);
	__atomic_fetch_add(&pool.seq, 1, __ATOMIC_RELEASE);
	futex_wake(&pool.seq, (int)workers);
	for (unsigned int i = 0; i < workers; i++) {
		if (sysc_thread_join(&t[i], &per[i]) < 0)
			return fail("sysc_thread_join");
		sum += per[i];
	}
	out_str(&o, "threadpool: ");
	out_udec(&o, workers, 0);
	out_str(&o, " workers ran ");
	out_udec(&o, (unsigned long long)sum, 0);
	out_str(&o, " tasks, primes counted ");
	out_udec(&o, pool.total, 0);
	out_str(&o, pool.total == expect && (unsigned int)sum == ntasks ? " (matches)\n" : " (WRONG)\n");
	out_flush(&o);
	return pool.total == expect && (unsigned int)sum == ntasks ? 0 : 1;
}
