/* watch: inotify, a timerfd and a signalfd in one poll loop, the shape of
 * a small event-driven daemon. Freestanding.
 *
 *   watch DIR
 *
 * It drives itself so that its output is the same on every run: the timer
 * ticks every 20 ms; on tick 1 it creates and writes DIR/watch-demo, on
 * tick 2 removes it, on tick 3 sends itself SIGUSR1, on tick 4 SIGTERM,
 * which ends the loop. Every event is printed as it is read: inotify's
 * records (variable length, name NUL-padded), the signalfd's siginfo, the
 * timer's expiration count. Within one wake-up the descriptors are read in
 * a fixed order (inotify, signals, timer), so an event caused by a tick is
 * always printed before the next tick. */
#include "out.h"

static struct out o = { 1, 0, { 0 } };

static void inotify_events(int fd)
{
	static const struct { unsigned int bit; const char *name; } kinds[] = {
		{ SYSC_IN_CREATE, "create" }, { SYSC_IN_CLOSE_WRITE, "close_write" },
		{ SYSC_IN_DELETE, "delete" },
	};
	char buf[4096] __attribute__((aligned(8)));
	long n;

	while ((n = sysc_read(fd, buf, sizeof buf)) > 0) {
		for (long off = 0; off < n;) {
			struct sysc_inotify_event *e = (struct sysc_inotify_event *)(buf + off);

			for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
				if (!(e->mask & kinds[k].bit))
					continue;
				out_str(&o, "inotify: ");
				out_str(&o, kinds[k].name);
				out_chr(&o, ' ');
				out_str(&o, e->len ? e->name : "(dir)");
				out_chr(&o, '\n');
			}
			off += (long)sizeof *e + e->len;
		}
	}
}

/* 1 when SIGTERM arrived. */
static int signals(int fd)
{
	struct sysc_signalfd_siginfo si;
	int stop = 0;

	while (sysc_read(fd, &si, sizeof si) == sizeof si) {
		out_str(&o, "signal: ");
		out_str(&o, si.ssi_signo == SYSC_SIGUSR1 ? "SIGUSR1" :
			    si.ssi_signo == SYSC_SIGTERM ? "SIGTERM" : "other");
		out_str(&o, (int)si.ssi_pid == sysc_getpid() ? " from this process\n" : " from elsewhere\n");
		stop |= si.ssi_signo == SYSC_SIGTERM;
	}
	return stop;
}

static void tick(int dfd, int n)
{
	out_str(&o, "tick ");
	out_udec(&o, (unsigned int)n, 0);
	out_chr(&o, '\n');
	if (n == 1) {
		int fd = sysc_openat(dfd, "watch-demo", SYSC_O_CREAT | SYSC_O_WRONLY | SYSC_O_CLOEXEC, 0644);

		if (fd >= 0) {
			write_all(fd, "x\n", 2);
			sysc_close(fd);
		}
	} else if (n == 2) {
		sysc_unlinkat(dfd, "watch-demo", 0);
	} else if (n == 3) {
		sysc_kill(sysc_getpid(), SYSC_SIGUSR1);
	} else if (n == 4) {
		sysc_kill(sysc_getpid(), SYSC_SIGTERM);
	}
}

int main(int argc, char **argv)
{
	sysc_sigset_t mask = SYSC_SIGBIT(SYSC_SIGUSR1) | SYSC_SIGBIT(SYSC_SIGTERM);
	struct sysc_itimerspec every = { { 0, 20 * 1000 * 1000 }, { 0, 20 * 1000 * 1000 } };
	struct sysc_pollfd fds[3];
	int ifd, sfd, tfd, dfd, ticks = 0;

	if (argc != 2) {
		out_str(&o, "usage: watch DIR\n");
		out_flush(&o);
		return 2;
	}
	dfd = sysc_open(argv[1], SYSC_O_RDONLY | SYSC_O_DIRECTORY | SYSC_O_CLOEXEC, 0);
	if (dfd < 0)
		return fail(argv[1]);
	/* signalfd only sees signals that are blocked */
	if (sysc_sigprocmask(SYSC_SIG_BLOCK, &mask, NULL) < 0)
		return fail("sigprocmask");
	sfd = sysc_signalfd4(-1, &mask, SYSC_SFD_NONBLOCK | SYSC_SFD_CLOEXEC);
	ifd = sysc_inotify_init1(SYSC_IN_NONBLOCK | SYSC_IN_CLOEXEC);
	tfd = sysc_timerfd_create(SYSC_CLOCK_MONOTONIC, SYSC_TFD_NONBLOCK | SYSC_TFD_CLOEXEC);
	if (sfd < 0 || ifd < 0 || tfd < 0)
		return fail("signalfd4/inotify_init1/timerfd_create");
	if (sysc_inotify_add_watch(ifd, argv[1], SYSC_IN_CREATE | SYSC_IN_CLOSE_WRITE | SYSC_IN_DELETE) < 0)
		return fail("inotify_add_watch");
	if (sysc_timerfd_settime(tfd, 0, &every, NULL) < 0)
		return fail("timerfd_settime");
	fds[0] = (struct sysc_pollfd){ ifd, SYSC_POLLIN, 0 };
	fds[1] = (struct sysc_pollfd){ sfd, SYSC_POLLIN, 0 };
	fds[2] = (struct sysc_pollfd){ tfd, SYSC_POLLIN, 0 };
	for (;;) {
		unsigned long long expired;

		if (sysc_poll(fds, 3, -1) < 0) {
			if (sysc_errno == SYSC_EINTR)
				continue;
			return fail("poll");
		}
		if (fds[0].revents & SYSC_POLLIN)
			inotify_events(ifd);
		if ((fds[1].revents & SYSC_POLLIN) && signals(sfd))
			break;
		if ((fds[2].revents & SYSC_POLLIN) &&
		    sysc_read(tfd, &expired, sizeof expired) == sizeof expired)
			tick(dfd, ++ticks);	/* one tick per wake-up, however many expired */
		out_flush(&o);
	}
	out_str(&o, "done after ");
	out_udec(&o, (unsigned int)ticks, 0);
	out_str(&o, " ticks\n");
	return out_flush(&o) < 0;
}
