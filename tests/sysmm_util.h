/* Helpers for tests/test_calls_sys.c and tests/test_calls_mm.c: reading
 * /proc as an oracle, running a check in a child process, skipping with a
 * reason. Hosted (glibc). */
#ifndef SYSC_TESTS_SYSMM_UTIL_H
#define SYSC_TESTS_SYSMM_UTIL_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>

#include "emul.h"

/* Skip the current cmocka test, saying why. */
#define SKIP_BECAUSE(...) do { \
	printf("    skipped: "); printf(__VA_ARGS__); printf("\n"); \
	skip(); \
} while (0)

/* A call the running kernel may lack (built without the option): ENOSYS
 * skips the test with the reason. Under qemu-user the ENOSYS is most
 * likely qemu's own (a call it does not emulate): said so too. */
#define SKIP_IF_ENOSYS(r, why) do { \
	if ((r) == -1 && sysc_errno == SYSC_ENOSYS) { \
		if (under_qemu_user()) \
			SKIP_BECAUSE("ENOSYS under qemu-user, which does not emulate every " \
				     "call (on a kernel it would mean: %s)", why); \
		SKIP_BECAUSE("ENOSYS: %s", why); \
	} \
} while (0)

/* In a child: a failed check prints where and exits 1. */
#define CHILD_CHECK(c) do { \
	if (!(c)) { \
		fprintf(stderr, "%s:%d: child check failed: %s (sysc_errno %d)\n", \
			__FILE__, __LINE__, #c, sysc_errno); \
		_exit(1); \
	} \
} while (0)

/* Runs fn in a forked child and returns its wait status; fn returns the
 * exit code (0 = pass). */
static inline int in_child(int (*fn)(void *), void *arg)
{
	int st = -1;
	pid_t pid;

	fflush(NULL);
	pid = fork();
	if (pid == 0)
		_exit(fn(arg));
	if (pid < 0 || waitpid(pid, &st, 0) != pid)
		return -1;
	return st;
}

#define ASSERT_CHILD_OK(fn, arg) do { \
	int st_ = in_child(fn, arg); \
	assert_true(WIFEXITED(st_)); \
	assert_int_equal(WEXITSTATUS(st_), 0); \
} while (0)

/* A "Name:   value" line of /proc/self/status, as a number (kB for the
 * Vm* lines; hex for the Cap* lines when base is 16). -1 if absent. */
static inline long long status_field(const char *name, int base)
{
	char line[256];
	size_t n = strlen(name);
	long long v = -1;
	FILE *f = fopen("/proc/self/status", "r");

	if (!f)
		return -1;
	while (fgets(line, sizeof(line), f)) {
		if (strncmp(line, name, n) == 0 && line[n] == ':') {
			v = strtoll(line + n + 1, NULL, base);
			break;
		}
	}
	fclose(f);
	return v;
}

/* The permission letters ("rw-p") of the mapping holding addr, from
 * /proc/self/maps; "" if none. */
static inline const char *maps_perms(const void *addr)
{
	static char perms[8];
	char line[512];
	unsigned long a = (unsigned long)addr;
	FILE *f = fopen("/proc/self/maps", "r");

	perms[0] = 0;
	if (!f)
		return perms;
	while (fgets(line, sizeof(line), f)) {
		unsigned long lo, hi;
		char p[8];

		if (sscanf(line, "%lx-%lx %7s", &lo, &hi, p) == 3 &&
		    a >= lo && a < hi) {
			strcpy(perms, p);
			break;
		}
	}
	fclose(f);
	return perms;
}

/* CLOCK_MONOTONIC in seconds, from glibc (the oracle for timed waits). */
#include <time.h>
static inline double mono_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

#endif
