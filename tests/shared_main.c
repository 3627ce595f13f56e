/* Loads the shared object of shared_lib.c (which links libsysc.a) with
 * dlopen from an ordinary glibc program, compiled with the distributions'
 * defaults (PIE, stack protector), and checks each call against glibc and
 * sysc_errno per thread. Usage: shared_main OBJECT.so */
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <sysc.h>

static long (*so_write)(int, const void *, size_t);
static int (*so_getpid)(void);
static int (*so_clock_gettime)(int, struct sysc_timespec *);
static int (*so_fail)(int);
static int (*so_errno)(void);
static void (*so_set_errno)(int);

static int failures;

static void check(int ok, const char *what)
{
	printf("%s - %s\n", ok ? "ok" : "not ok", what);
	failures += !ok;
}

#define ROUNDS 20000
static pthread_barrier_t start;

/* Two threads fail with different errors at once; each must keep its own. */
static void *worker(void *p)
{
	int how = *(int *)p, expect = how ? SYSC_ENOENT : SYSC_EBADF, i, bad = 0;

	pthread_barrier_wait(&start);
	bad += so_errno() != 0;	/* a new thread starts at 0 */
	for (i = 0; i < ROUNDS; i++) {
		bad += so_fail(how) != expect;
		so_set_errno(1000 + how);
		if ((i & 255) == 0)
			sched_yield();
		bad += so_errno() != 1000 + how;
	}
	*(int *)p = bad;
	return NULL;
}

static void *sym(void *h, const char *name)
{
	void *s = dlsym(h, name);

	if (!s)
		printf("not ok - dlsym %s: %s\n", name, dlerror());
	return s;
}

int main(int argc, char **argv)
{
	void *h;
	struct sysc_timespec a;
	struct timespec b;
	pthread_t t[2];
	int arg[2] = { 0, 1 };

	if (argc != 2)
		return 2;
	h = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
	if (!h) {
		printf("not ok - dlopen %s: %s\n", argv[1], dlerror());
		return 1;
	}
	if (!(so_write = sym(h, "so_write")) || !(so_getpid = sym(h, "so_getpid")) ||
	    !(so_clock_gettime = sym(h, "so_clock_gettime")) ||
	    !(so_fail = sym(h, "so_fail")) || !(so_errno = sym(h, "so_errno")) ||
	    !(so_set_errno = sym(h, "so_set_errno")))
		return 1;
	fflush(stdout);
	check(so_write(1, "ok - sysc_write from the shared object\n", 39) == 39,
	      "sysc_write returned the count");
	check(so_getpid() == getpid(), "sysc_getpid equals glibc's getpid");
	clock_gettime(CLOCK_REALTIME, &b);
	check(so_clock_gettime(SYSC_CLOCK_REALTIME, &a) == 0 &&
	      a.tv_sec - b.tv_sec >= 0 && a.tv_sec - b.tv_sec <= 2,
	      "sysc_clock_gettime agrees with glibc within 2 s");
	check(so_fail(0) == SYSC_EBADF && so_errno() == SYSC_EBADF,
	      "sysc_errno is EBADF after sysc_close(-1)");

	pthread_barrier_init(&start, NULL, 3);
	for (int i = 0; i < 2; i++)
		pthread_create(&t[i], NULL, worker, &arg[i]);
	so_set_errno(7);
	pthread_barrier_wait(&start);
	for (int i = 0; i < 2; i++)
		pthread_join(t[i], NULL);
	check(arg[0] == 0 && arg[1] == 0 && so_errno() == 7,
	      "sysc_errno is per thread inside the shared object (2 threads x 20000 rounds)");
	return failures != 0;
}
