/* Calls every function of the wrapper table once (tests/probe_calls.h,
 * generated from tools/wrappers/), errno layer and raw layer, each in its
 * own child process, between two marker writes to fd -1 that
 * tests/check-strace.sh finds in strace's output:
 *   write(-1, "P:<layer>:<name>", ...)   before the call (layer e or r)
 *   write(-1, "E", 1)                    after it (absent if it exited)
 * A 300 ms ITIMER_REAL ends a child whose call blocks (pause, select with
 * no timeout...); the parent kills one that outlives 3 s anyway (a call
 * that blocked SIGALRM). Freestanding, so nothing but the probed calls and
 * the markers happens between the markers. */
#include <sysc.h>

#include "probe_calls.h"

static size_t len(const char *s)
{
	size_t n = 0;

	while (s[n])
		n++;
	return n;
}

static int same(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return *a == *b;
}

static void marker(char layer, const char *name)
{
	char buf[96] = "P:?:";
	size_t n = len(name), i;

	if (n > sizeof buf - 5)
		n = sizeof buf - 5;
	buf[2] = layer;
	for (i = 0; i < n; i++)
		buf[4 + i] = name[i];
	sysc_raw_write(-1, buf, 4 + n);
}

static void child(char layer, const struct sysc__probe *p)
{
	/* struct itimerval: four longs on both arches */
	long timer[4] = { 0, 0, 0, 300000 };

	sysc_raw_syscall(SYSC_NR_setitimer, 0, timer, 0);
	marker(layer, p->name);
	(layer == 'e' ? p->errno_layer : p->raw_layer)();
	sysc_raw_write(-1, "E", 1);
	sysc_raw_exit_group(0);
}

static void run(char layer, const struct sysc__probe *p)
{
	struct sysc_timespec tick = { 0, 1000 * 1000 };
	long pid = sysc_raw_syscall(SYSC_NR_clone, SYSC_SIGCHLD, 0, 0, 0, 0);
	int status, waited;

	if (pid == 0)
		child(layer, p);
	if (sysc_is_error(pid)) {
		sysc_raw_write(2, "probe: clone failed\n", 20);
		sysc_raw_exit_group(1);
	}
	for (waited = 0; sysc_raw_wait4((int)pid, &status, SYSC_WNOHANG, 0) == 0; waited++) {
		if (waited == 3000)
			sysc_raw_kill((int)pid, SYSC_SIGKILL);
		sysc_raw_nanosleep(&tick, 0);
	}
}

int main(int argc, char **argv)
{
	size_t i, n = sizeof sysc__probes / sizeof sysc__probes[0];

	/* probe NAME: only that function (for debugging one row) */
	for (i = 0; i < n; i++) {
		if (argc > 1 && !same(argv[1], sysc__probes[i].name))
			continue;
		run('e', &sysc__probes[i]);
		run('r', &sysc__probes[i]);
	}
	return 0;
}
