/* sysc/tty.h against a real pseudo-terminal: open one with sysc_openpty
 * (ptmx, unlock, TIOCGPTPEER) and check the path fallback names the same
 * device; see canonical mode translate and echo, then raw mode pass bytes
 * untouched both ways; FIONREAD counts; TCSAFLUSH discards input;
 * TIOCSWINSZ/TIOCGWINSZ and termios2 round trips; FIONBIO, FIOCLEX and
 * FIONCLEX; and, in a child in a new session, TIOCSCTTY (refused before
 * setsid), TIOCGPGRP/TIOCSPGRP, TIOCGSID and TIOCNOTTY. Every wait is a
 * poll with a time-out. */
#define _GNU_SOURCE
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <sysc.h>

static int ptm = -1, pts = -1;

static int open_pair(void **state)
{
	(void)state;
	if (sysc_openpty(&ptm, &pts, SYSC_O_CLOEXEC) != 0) {
		printf("skip - tty: no pseudo-terminal here: /dev/ptmx gives %s\n",
		       sysc_strerror_name(sysc_errno));
		ptm = pts = -1;
	}
	return 0;
}

static int close_pair(void **state)
{
	(void)state;
	if (ptm >= 0) {
		sysc_close(ptm);
		sysc_close(pts);
	}
	ptm = pts = -1;
	return 0;
}

#define NEED_PTY() do { if (ptm < 0) skip(); } while (0)

/* No kernel answers an ioctl with ENOSYS (an unknown one is ENOTTY);
 * qemu-user does for those it does not emulate (TCGETS2, TIOCGPTLCK in
 * 7.2). Such a request is the platform's gap: 1 after saying so. */
static int not_emulated(long r, const char *what)
{
	if (r == -1 && sysc_errno == SYSC_ENOSYS) {
		printf("skip - tty: %s is not emulated here (ENOSYS)\n", what);
		return 1;
	}
	return 0;
}

/* Bytes waiting on fd, once at least `want` have arrived or after about
 * two seconds (the pty moves data through a work queue, so a write is
 * seen by the other side a little later). */
static int inq_at_least(int fd, int want)
{
	int n = -1;

	for (int i = 0; i < 200; i++) {
		struct sysc_pollfd p = { fd, SYSC_POLLIN, 0 };

		sysc_poll(&p, 1, 10);
		assert_int_equal(sysc_ioctl(fd, SYSC_FIONREAD, (long)&n), 0);
		if (n >= want)
			break;
	}
	return n;
}

/* Reads what is there after the other side wrote at least `want` bytes. */
static long read_some(int fd, char *buf, size_t size, int want)
{
	if (inq_at_least(fd, want) <= 0)
		return 0;
	return sysc_read(fd, buf, size);
}

static void pair_is_one_tty(void **state)
{
	struct sysc_stat a, b;
	char path[SYSC_PTY_PATH_MAX];
	int n, lock = -1, fd;

	(void)state;
	NEED_PTY();
	n = sysc_pty_number(ptm);
	assert_true(n >= 0);
	/* Unlocked by sysc_openpty. */
	if (!not_emulated(sysc_ioctl(ptm, SYSC_TIOCGPTLCK, (long)&lock), "TIOCGPTLCK"))
		assert_int_equal(lock, 0);
	/* The peer fd and /dev/pts/<n> (the pre-4.13 way) are one device. */
	assert_int_equal(sysc_pty_path(n, path), 0);
	assert_int_equal(strncmp(path, "/dev/pts/", 9), 0);
	assert_int_equal(atoi(path + 9), n);
	assert_int_equal(sysc_fstat(pts, &a), 0);
	fd = sysc_openat(SYSC_AT_FDCWD, path, SYSC_O_RDWR | SYSC_O_NOCTTY, 0);
	if (fd >= 0) {	/* /dev/pts may be another devpts instance */
		assert_int_equal(sysc_fstat(fd, &b), 0);
		assert_true(a.st_rdev == b.st_rdev);
		sysc_close(fd);
	}
	assert_true((a.st_mode & 0170000) == 0020000);	/* a char device */
	/* TIOCGPTN is a master's ioctl. */
	assert_int_equal(sysc_pty_number(pts), -1);
	assert_int_equal(sysc_errno, SYSC_ENOTTY);
	/* Not a tty. */
	int p[2];
	struct sysc_termios t;
	assert_int_equal(sysc_pipe2(p, SYSC_O_CLOEXEC), 0);
	assert_int_equal(sysc_tcgetattr(p[0], &t), -1);
	assert_int_equal(sysc_errno, SYSC_ENOTTY);
	/* FIONREAD works on a pipe too. */
	assert_int_equal(sysc_write(p[1], "12345", 5), 5);
	assert_int_equal(inq_at_least(p[0], 5), 5);
	sysc_close(p[0]);
	sysc_close(p[1]);
}

static void bad_arguments(void **state)
{
	struct sysc_termios t;
	char path[SYSC_PTY_PATH_MAX];
	int m, s;

	(void)state;
	assert_int_equal(sysc_openpty(&m, &s, SYSC_O_APPEND), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	assert_int_equal(sysc_pty_path(-1, path), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	assert_int_equal(sysc_pty_path(2147483647, path), 0);
	assert_string_equal(path, "/dev/pts/2147483647");
	assert_int_equal(sysc_tcgetattr(-1, &t), -1);
	assert_int_equal(sysc_errno, SYSC_EBADF);
	NEED_PTY();
	assert_int_equal(sysc_tcgetattr(pts, &t), 0);
	assert_int_equal(sysc_tcsetattr(pts, 3, &t), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	assert_int_equal(sysc_tcsetattr(pts, -1, &t), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	assert_int_equal(sysc_tcgetattr(pts, (struct sysc_termios *)8), -1);
	assert_int_equal(sysc_errno, SYSC_EFAULT);
}

/* The default line discipline first (CR in becomes NL, the line is echoed
 * with NL out as CR NL), then raw mode: the same bytes pass untouched,
 * unechoed, without waiting for a line end. */
static void canonical_then_raw(void **state)
{
	struct sysc_termios t, back;
	char buf[64];
	long n;

	(void)state;
	NEED_PTY();
	assert_int_equal(sysc_tcgetattr(pts, &t), 0);
	assert_true(t.c_lflag & SYSC_ICANON);
	assert_true(t.c_lflag & SYSC_ECHO);
	assert_true(t.c_iflag & SYSC_ICRNL);

	assert_int_equal(sysc_write(ptm, "ab\r", 3), 3);
	n = read_some(pts, buf, sizeof(buf), 3);
	assert_int_equal(n, 3);
	assert_memory_equal(buf, "ab\n", 3);
	n = read_some(ptm, buf, sizeof(buf), 4);	/* the echo */
	assert_int_equal(n, 4);
	assert_memory_equal(buf, "ab\r\n", 4);

	sysc_cfmakeraw(&t);
	assert_int_equal(sysc_tcsetattr(pts, SYSC_TCSANOW, &t), 0);
	assert_int_equal(sysc_tcgetattr(pts, &back), 0);
	assert_false(back.c_lflag & (SYSC_ICANON | SYSC_ECHO | SYSC_ISIG | SYSC_IEXTEN));
	assert_false(back.c_iflag & (SYSC_ICRNL | SYSC_IXON));
	assert_false(back.c_oflag & SYSC_OPOST);
	assert_int_equal(back.c_cflag & SYSC_CSIZE, SYSC_CS8);
	assert_int_equal(back.c_cc[SYSC_VMIN], 1);
	assert_int_equal(back.c_cc[SYSC_VTIME], 0);

	/* In: no line needed, CR stays CR, ^C is a byte, not SIGINT. */
	assert_int_equal(sysc_write(ptm, "x\ry\003", 4), 4);
	assert_int_equal(inq_at_least(pts, 4), 4);
	n = sysc_read(pts, buf, sizeof(buf));
	assert_int_equal(n, 4);
	assert_memory_equal(buf, "x\ry\003", 4);
	/* No echo came back. */
	assert_int_equal(inq_at_least(ptm, 1), 0);
	/* Out: NL stays NL. */
	assert_int_equal(sysc_write(pts, "z\n", 2), 2);
	n = read_some(ptm, buf, sizeof(buf), 2);
	assert_int_equal(n, 2);
	assert_memory_equal(buf, "z\n", 2);

	/* TCSAFLUSH drops the input not yet read. */
	assert_int_equal(sysc_write(ptm, "pending", 7), 7);
	assert_int_equal(inq_at_least(pts, 7), 7);
	assert_int_equal(sysc_tcsetattr(pts, SYSC_TCSAFLUSH, &t), 0);
	int left = -1;
	assert_int_equal(sysc_ioctl(pts, SYSC_TIOCINQ, (long)&left), 0);
	assert_int_equal(left, 0);
}

static void window_size(void **state)
{
	struct sysc_winsize set = { 37, 121, 968, 605 }, got, again;

	(void)state;
	NEED_PTY();
	memset(&got, 0xff, sizeof(got));
	assert_int_equal(sysc_tcsetwinsize(ptm, &set), 0);
	assert_int_equal(sysc_tcgetwinsize(pts, &got), 0);
	assert_int_equal(got.ws_row, 37);
	assert_int_equal(got.ws_col, 121);
	assert_int_equal(got.ws_xpixel, 968);
	assert_int_equal(got.ws_ypixel, 605);
	/* And the other way, by the raw ioctl names. */
	set.ws_row = 50;
	set.ws_col = 132;
	assert_int_equal(sysc_ioctl(pts, SYSC_TIOCSWINSZ, (long)&set), 0);
	assert_int_equal(sysc_ioctl(ptm, SYSC_TIOCGWINSZ, (long)&again), 0);
	assert_memory_equal(&again, &set, sizeof(set));
}

/* termios2 reads the same flags as termios, and carries a speed that no
 * B* constant names through BOTHER. */
static void termios2_speed(void **state)
{
	struct sysc_termios t;
	struct sysc_termios2 t2, back;

	(void)state;
	NEED_PTY();
	assert_int_equal(sysc_tcgetattr(pts, &t), 0);
	if (not_emulated(sysc_ioctl(pts, SYSC_TCGETS2, (long)&t2), "TCGETS2"))
		skip();
	assert_int_equal(t2.c_iflag, t.c_iflag);
	assert_int_equal(t2.c_lflag, t.c_lflag);
	assert_int_equal(t2.c_cflag, t.c_cflag);
	assert_memory_equal(t2.c_cc, t.c_cc, SYSC_NCCS);
	t2.c_cflag = (t2.c_cflag & ~(unsigned int)(SYSC_CBAUD | SYSC_CIBAUD)) | SYSC_BOTHER;
	t2.c_ospeed = t2.c_ispeed = 123457;
	assert_int_equal(sysc_ioctl(pts, SYSC_TCSETS2, (long)&t2), 0);
	assert_int_equal(sysc_ioctl(pts, SYSC_TCGETS2, (long)&back), 0);
	assert_int_equal(back.c_ospeed, 123457);
	assert_int_equal(back.c_cflag & SYSC_CBAUD, SYSC_BOTHER);
	/* A B* speed set through termios reads back in bits per second. */
	t.c_cflag = (t.c_cflag & ~(unsigned int)(SYSC_CBAUD | SYSC_CIBAUD)) | SYSC_B115200;
	assert_int_equal(sysc_tcsetattr(pts, SYSC_TCSANOW, &t), 0);
	assert_int_equal(sysc_ioctl(pts, SYSC_TCGETS2, (long)&back), 0);
	assert_int_equal(back.c_ospeed, 115200);
}

static void fd_flags(void **state)
{
	char c;
	int on = 1, off = 0;

	(void)state;
	NEED_PTY();
	assert_int_equal(sysc_fcntl(pts, SYSC_F_GETFD, 0), SYSC_FD_CLOEXEC);
	assert_int_equal(sysc_ioctl(pts, SYSC_FIONCLEX, 0), 0);
	assert_int_equal(sysc_fcntl(pts, SYSC_F_GETFD, 0), 0);
	assert_int_equal(sysc_ioctl(pts, SYSC_FIOCLEX, 0), 0);
	assert_int_equal(sysc_fcntl(pts, SYSC_F_GETFD, 0), SYSC_FD_CLOEXEC);

	assert_false(sysc_fcntl(pts, SYSC_F_GETFL, 0) & SYSC_O_NONBLOCK);
	assert_int_equal(sysc_ioctl(pts, SYSC_FIONBIO, (long)&on), 0);
	assert_true(sysc_fcntl(pts, SYSC_F_GETFL, 0) & SYSC_O_NONBLOCK);
	assert_int_equal(sysc_read(pts, &c, 1), -1);	/* nothing to read */
	assert_int_equal(sysc_errno, SYSC_EAGAIN);
	assert_int_equal(sysc_ioctl(pts, SYSC_FIONBIO, (long)&off), 0);
	assert_false(sysc_fcntl(pts, SYSC_F_GETFL, 0) & SYSC_O_NONBLOCK);
}

/* cmocka's asserts would longjmp inside the child: it exits with the
 * line of the failed check instead. */
#define CHILD_CHECK(c) do { if (!(c)) sysc_exit_group(__LINE__ % 250 + 1); } while (0)

static int session_child(int parent_pgrp)
{
	struct sysc_sigaction ign;
	int sid = -1, pid = sysc_getpid();

	/* Only a session leader may take a controlling tty. */
	CHILD_CHECK(sysc_ioctl(pts, SYSC_TIOCSCTTY, 0) == -1);
	CHILD_CHECK(sysc_errno == SYSC_EPERM);
	CHILD_CHECK(sysc_setsid() == pid);
	/* Not our controlling tty yet. */
	CHILD_CHECK(sysc_tcgetpgrp(pts) == -1 && sysc_errno == SYSC_ENOTTY);
	CHILD_CHECK(sysc_ioctl(pts, SYSC_TIOCSCTTY, 0) == 0);
	/* Now it is, with us in the foreground, in our session. */
	CHILD_CHECK(sysc_tcgetpgrp(pts) == pid);
	CHILD_CHECK(sysc_ioctl(ptm, SYSC_TIOCGPGRP, (long)&sid) == 0 && sid == pid);
	CHILD_CHECK(sysc_ioctl(pts, SYSC_TIOCGSID, (long)&sid) == 0 && sid == pid);
	/* A group of another session cannot be the foreground. */
	CHILD_CHECK(sysc_tcsetpgrp(pts, parent_pgrp) == -1 && sysc_errno == SYSC_EPERM);
	CHILD_CHECK(sysc_tcsetpgrp(pts, pid) == 0);
	/* Giving it up as session leader hangs up the foreground group,
	 * which is us: ignore SIGHUP for that. */
	memset(&ign, 0, sizeof(ign));
	ign.handler = SYSC_SIG_IGN;
	CHILD_CHECK(sysc_sigaction(SYSC_SIGHUP, &ign, NULL) == 0);
	CHILD_CHECK(sysc_ioctl(pts, SYSC_TIOCNOTTY, 0) == 0);
	CHILD_CHECK(sysc_tcgetpgrp(pts) == -1 && sysc_errno == SYSC_ENOTTY);
	return 0;
}

static void controlling_tty(void **state)
{
	int pid, status;

	(void)state;
	NEED_PTY();
	fflush(NULL);
	pid = sysc_fork();
	assert_true(pid >= 0);
	if (pid == 0)
		sysc_exit_group(session_child(sysc_getpgrp()));
	assert_int_equal(sysc_waitpid(pid, &status, 0), pid);
	assert_true(SYSC_WIFEXITED(status));
	if (SYSC_WEXITSTATUS(status) != 0)
		print_error("child failed at line %d (mod 250)\n", SYSC_WEXITSTATUS(status) - 1);
	assert_int_equal(SYSC_WEXITSTATUS(status), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(pair_is_one_tty, open_pair, close_pair),
		cmocka_unit_test_setup_teardown(bad_arguments, open_pair, close_pair),
		cmocka_unit_test_setup_teardown(canonical_then_raw, open_pair, close_pair),
		cmocka_unit_test_setup_teardown(window_size, open_pair, close_pair),
		cmocka_unit_test_setup_teardown(termios2_speed, open_pair, close_pair),
		cmocka_unit_test_setup_teardown(fd_flags, open_pair, close_pair),
		cmocka_unit_test_setup_teardown(controlling_tty, open_pair, close_pair),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
