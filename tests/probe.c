/* Calls every function of the wrapper table once (tests/probe_calls.h,
 * generated from tools/wrappers/), errno layer and raw layer, each in its
 * own child process, between two marker writes to fd -1 that
 * tests/check-strace.sh finds in strace's output:
 *   write(-1, "P:<layer>:<name>", ...)   before the call (layer e or r)
 *   write(-1, "E", 1)                    after it (absent if it exited)
 * A 300 ms ITIMER_REAL ends a child whose call blocks (pause, select with
 * no timeout...); the parent kills one that outlives 3 s anyway (a call
 * that blocked SIGALRM). Freestanding, so nothing but the probed calls and
 * the markers happens between the markers.
 *
 * The parent makes no syscall while a child runs: it blocks in wait4 (its
 * own 3 s ITIMER_REAL interrupts that to kill the child), and the child
 * sleeps 5 ms before its marker, long after the parent blocked. qemu-user's
 * -strace, which check-strace.sh reads for the arches it emulates, prints
 * every process into one stream, a syscall in pieces, and does not show
 * write's bytes: there the markers are told apart by their order (`probe
 * --list`, one name a line) and length, which works only if the children's
 * lines are not cut by the parent's. */
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
	/* struct itimerval: four longs on every arch */
	long timer[4] = { 0, 0, 0, 300000 };
	struct sysc_timespec start = { 0, 5 * 1000 * 1000 };
	struct sysc_sigaction dfl = { .handler = SYSC_SIG_DFL };

	sysc_sigaction(SYSC_SIGALRM, &dfl, 0);	/* the parent's watchdog is not ours */
	sysc_raw_nanosleep(&start, 0);
	sysc_raw_syscall(SYSC_NR_setitimer, 0, timer, 0);
	marker(layer, p->name);
	(layer == 'e' ? p->errno_layer : p->raw_layer)();
	sysc_raw_write(-1, "E", 1);
	sysc_raw_exit_group(0);
}

/* The child the parent's SIGALRM kills (3 s after it was started). */
static volatile long watched;

static void watchdog(int sig)
{
	(void)sig;
	if (watched > 0)
		sysc_raw_kill((int)watched, SYSC_SIGKILL);
}

static void run(char layer, const struct sysc__probe *p)
{
	long limit[4] = { 0, 0, 3, 0 }, off[4] = { 0, 0, 0, 0 };
	long pid = sysc_raw_syscall(SYSC_NR_clone, SYSC_SIGCHLD, 0, 0, 0, 0);
	int status;

	if (pid == 0)
		child(layer, p);
	if (sysc_is_error(pid)) {
		sysc_raw_write(2, "probe: clone failed\n", 20);
		sysc_raw_exit_group(1);
	}
	watched = pid;
	sysc_raw_syscall(SYSC_NR_setitimer, 0, limit, 0);
	/* EINTR: the watchdog killed it; wait again to reap it */
	while (sysc_raw_wait4((int)pid, &status, 0, 0) == -SYSC_EINTR)
		;
	sysc_raw_syscall(SYSC_NR_setitimer, 0, off, 0);
	watched = 0;
}

static void print(const char *s)
{
	sysc_raw_write(1, s, len(s));
}

int main(int argc, char **argv)
{
	size_t i, n = sizeof sysc__probes / sizeof sysc__probes[0];

	struct sysc_sigaction dog = { .handler = watchdog };	/* no SA_RESTART */

	/* probe --list: the names, in the order the probes run */
	if (argc > 1 && same(argv[1], "--list")) {
		for (i = 0; i < n; i++) {
			print(sysc__probes[i].name);
			print("\n");
		}
		return 0;
	}
	if (sysc_sigaction(SYSC_SIGALRM, &dog, 0) < 0)
		return 1;
	/* probe NAME: only that function (for debugging one row) */
	for (i = 0; i < n; i++) {
		if (argc > 1 && !same(argv[1], sysc__probes[i].name))
			continue;
		run('e', &sysc__probes[i]);
		run('r', &sysc__probes[i]);
	}
	return 0;
}
