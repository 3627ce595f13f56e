/* The fs area's functions against the kernel, errno layer and (where it is
 * written by hand) raw layer, on both arches. glibc is the oracle where it
 * has the call: built with 64-bit off_t and time_t, so that on i386 it
 * reads what sysc reads. i386 gets values that do not fit 32 bits: a file
 * time in 2100, sizes and lock offsets above 4 GiB, a uid above 65535. */
#define _GNU_SOURCE
#define _FILE_OFFSET_BITS 64
#define _TIME_BITS 64
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <unistd.h>
#include <fcntl.h>
#include <sched.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <cmocka.h>

#include <sysc.h>
#include "emul.h"

#define TMPDIR_PREFIX "sysc-fs-"
#include "tmpdir.h"

/* dir/name, in a static buffer per slot */
static const char *at(int slot, const char *name)
{
	static char buf[4][128];

	snprintf(buf[slot], sizeof buf[slot], "%s/%s", dir, name);
	return buf[slot];
}

static int make_file(const char *name, const char *text)
{
	int fd = sysc_openat(dfd, name, SYSC_O_RDWR | SYSC_O_CREAT | SYSC_O_TRUNC |
			     SYSC_O_CLOEXEC, 0600);

	assert_true(fd >= 0);
	assert_int_equal(sysc_write(fd, text, strlen(text)), (long)strlen(text));
	return fd;
}

#define FIVE_GIB (5LL << 30)
/* 2100-01-01T00:00:00Z: past 2038 and past 2106's u32 wrap is not needed. */
#define Y2100 4102444800LL

/* Runs fn in a child, which returns 0 for success, CHILD_SKIP when the
 * system refuses what the test needs; the parent asserts or skips. */
#define CHILD_SKIP 77
static void in_child(int (*fn)(void), const char *skip_why)
{
	int status;
	pid_t pid = fork();

	assert_true(pid >= 0);
	if (pid == 0)
		_exit(fn());
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	if (WEXITSTATUS(status) == CHILD_SKIP) {
		print_message("%s\n", skip_why);
		skip();
	}
	assert_int_equal(WEXITSTATUS(status), 0);
}

/* ---- open, creat, openat2, close_range ---- */

static void open_creat(void **state)
{
	char buf[8];
	struct stat g;
	int fd;

	(void)state;
	fd = sysc_open(at(0, "o"), SYSC_O_RDWR | SYSC_O_CREAT | SYSC_O_EXCL, 0640);
	assert_true(fd >= 0);
	assert_int_equal(sysc_write(fd, "hello", 5), 5);
	assert_int_equal(sysc_close(fd), 0);
	assert_int_equal(sysc_open(at(0, "o"), SYSC_O_RDWR | SYSC_O_CREAT | SYSC_O_EXCL, 0640), -1);
	assert_int_equal(sysc_errno, SYSC_EEXIST);
	assert_int_equal(stat(at(0, "o"), &g), 0);
	assert_int_equal(g.st_mode & 07777, 0640 & ~0022 & 0640);

	/* creat truncates and opens write-only */
	fd = sysc_creat(at(0, "o"), 0600);
	assert_true(fd >= 0);
	assert_int_equal(stat(at(0, "o"), &g), 0);
	assert_int_equal(g.st_size, 0);
	assert_int_equal(sysc_read(fd, buf, 1), -1);
	assert_int_equal(sysc_errno, SYSC_EBADF);
	assert_int_equal(sysc_fcntl(fd, SYSC_F_GETFL, 0) & SYSC_O_ACCMODE, SYSC_O_WRONLY);
	sysc_close(fd);
	assert_int_equal(sysc_creat(at(0, "nodir/x"), 0600), -1);
	assert_int_equal(sysc_errno, SYSC_ENOENT);
	assert_int_equal(sysc_open(NULL, 0, 0), -1);
	assert_int_equal(sysc_errno, SYSC_EFAULT);
}

static void openat2_resolve(void **state)
{
	struct sysc_open_how how = { SYSC_O_RDONLY | SYSC_O_CLOEXEC, 0,
				     SYSC_RESOLVE_BENEATH };
	uint64_t big[5] = { SYSC_O_RDONLY, 0, 0, 0, 0 };
	char buf[8] = { 0 };
	int fd;

	(void)state;
	sysc_close(make_file("o2", "beneath"));
	fd = sysc_openat2(dfd, "o2", &how, sizeof how);
	if (fd < 0 && sysc_errno == SYSC_ENOSYS) {
		print_message("openat2: kernel before 5.6\n");
		skip();
	}
	assert_true(fd >= 0);
	assert_int_equal(sysc_read(fd, buf, 7), 7);
	assert_string_equal(buf, "beneath");
	sysc_close(fd);
	/* the struct is the caller's, unchanged (i386 adds O_LARGEFILE to a
	 * copy) */
	assert_true(how.flags == (SYSC_O_RDONLY | SYSC_O_CLOEXEC));
	assert_int_equal(sysc_openat2(dfd, "../x", &how, sizeof how), -1);
	assert_int_equal(sysc_errno, SYSC_EXDEV);
	assert_int_equal(sysc_raw_openat2(dfd, "/etc", &how, sizeof how), -SYSC_EXDEV);
	how.flags = 1ULL << 40;	/* unknown bits: EINVAL, unlike openat */
	assert_int_equal(sysc_openat2(dfd, "o2", &how, sizeof how), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	how.flags = 0;
	assert_int_equal(sysc_openat2(dfd, "o2", &how, sizeof how - 1), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	/* a larger struct: zero tail accepted, non-zero tail E2BIG */
	fd = sysc_openat2(dfd, "o2", (struct sysc_open_how *)big, sizeof big);
	assert_true(fd >= 0);
	sysc_close(fd);
	big[4] = 1;
	assert_int_equal(sysc_openat2(dfd, "o2", (struct sysc_open_how *)big, sizeof big), -1);
	assert_int_equal(sysc_errno, SYSC_E2BIG);
	/* O_PATH: openat2 refuses O_LARGEFILE with it, so i386 must not add
	 * it there */
	how.flags = SYSC_O_PATH;
	how.resolve = 0;
	fd = sysc_openat2(dfd, "o2", &how, sizeof how);
	assert_true(fd >= 0);
	sysc_close(fd);
	fd = (int)sysc_raw_openat2(dfd, "o2", &how, sizeof how);
	assert_true(fd >= 0);
	sysc_close(fd);
}

static void close_range_fds(void **state)
{
	int fd = make_file("cr", "x");

	(void)state;
	for (int i = 200; i < 204; i++)
		assert_int_equal(sysc_dup3(fd, i, 0), i);
	if (sysc_close_range(200, 201, 0) < 0 && sysc_errno == SYSC_ENOSYS) {
		print_message("close_range: kernel before 5.9\n");
		skip();
	}
	assert_int_equal(fcntl(200, F_GETFD), -1);
	assert_int_equal(fcntl(201, F_GETFD), -1);
	assert_int_equal(fcntl(202, F_GETFD), 0);
	assert_int_equal(sysc_close_range(202, 202, SYSC_CLOSE_RANGE_CLOEXEC), 0);
	assert_int_equal(fcntl(202, F_GETFD), FD_CLOEXEC);
	assert_int_equal(fcntl(203, F_GETFD), 0);
	assert_int_equal(sysc_close_range(202, ~0U, 0), 0);
	assert_int_equal(fcntl(203, F_GETFD), -1);
	assert_int_equal(sysc_close_range(5, 4, 0), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	assert_int_equal(sysc_close_range(5, 6, 1U << 30), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	sysc_close(fd);
}

/* ---- stat family: against glibc, and 64-bit times on i386 ---- */

static void same_stat(const struct sysc_stat *s, const struct stat *g)
{
	assert_true(s->st_dev == g->st_dev);
	assert_true(s->st_ino == g->st_ino);
	assert_int_equal(s->st_mode, g->st_mode);
	assert_int_equal(s->st_nlink, g->st_nlink);
	assert_int_equal(s->st_uid, g->st_uid);
	assert_int_equal(s->st_gid, g->st_gid);
	assert_true(s->st_rdev == g->st_rdev);
	assert_true(s->st_size == g->st_size);
	assert_int_equal(s->st_blksize, g->st_blksize);
	assert_int_equal(s->st_blocks, g->st_blocks);
	assert_true(s->st_mtime_sec == (long long)g->st_mtim.tv_sec);
	assert_int_equal(s->st_mtime_nsec, g->st_mtim.tv_nsec);
	assert_true(s->st_atime_sec == (long long)g->st_atim.tv_sec);
	assert_int_equal(s->st_atime_nsec, g->st_atim.tv_nsec);
	assert_true(s->st_ctime_sec == (long long)g->st_ctim.tv_sec);
	assert_int_equal(s->st_ctime_nsec, g->st_ctim.tv_nsec);
}

static void stat_family(void **state)
{
	struct sysc_stat s;
	struct stat g;
	int fd = make_file("st", "12345");

	(void)state;
	assert_int_equal(sysc_symlinkat("st", dfd, "st-link"), 0);
	assert_int_equal(sysc_ftruncate(fd, FIVE_GIB + 1), 0);

	memset(&s, 0xa5, sizeof s);
	assert_int_equal(sysc_fstat(fd, &s), 0);
	assert_int_equal(fstat(fd, &g), 0);
	same_stat(&s, &g);
	assert_true(s.st_size == FIVE_GIB + 1);
#if defined(SYSC__STAT_ASM_GENERIC)
	assert_int_equal(s.st_pad1, 0);
	assert_int_equal(s.st_pad2, 0);
#else
	assert_int_equal(s.st_pad0, 0);
#endif

	memset(&s, 0xa5, sizeof s);
	assert_int_equal(sysc_stat(at(0, "st-link"), &s), 0);
	same_stat(&s, &g);
	memset(&s, 0xa5, sizeof s);
	assert_int_equal(sysc_raw_stat(at(0, "st-link"), &s), 0);
	same_stat(&s, &g);
	memset(&s, 0xa5, sizeof s);
	assert_int_equal(sysc_fstatat(dfd, "st-link", &s, 0), 0);
	same_stat(&s, &g);
	memset(&s, 0xa5, sizeof s);
	assert_int_equal(sysc_raw_fstat(fd, &s), 0);
	same_stat(&s, &g);

	assert_int_equal(lstat(at(0, "st-link"), &g), 0);
	memset(&s, 0xa5, sizeof s);
	assert_int_equal(sysc_lstat(at(0, "st-link"), &s), 0);
	assert_true(SYSC_S_ISLNK(s.st_mode));
	same_stat(&s, &g);
	memset(&s, 0xa5, sizeof s);
	assert_int_equal(sysc_raw_lstat(at(0, "st-link"), &s), 0);
	same_stat(&s, &g);
	memset(&s, 0xa5, sizeof s);
	assert_int_equal(sysc_fstatat(dfd, "st-link", &s, SYSC_AT_SYMLINK_NOFOLLOW), 0);
	same_stat(&s, &g);
	memset(&s, 0xa5, sizeof s);
	assert_int_equal(sysc_raw_fstatat(dfd, "st-link", &s, SYSC_AT_SYMLINK_NOFOLLOW), 0);
	same_stat(&s, &g);

	/* a device: st_rdev in the kernel's encoding, as glibc's dev_t */
	assert_int_equal(sysc_stat("/dev/null", &s), 0);
	assert_int_equal(stat("/dev/null", &g), 0);
	same_stat(&s, &g);
	assert_int_equal(SYSC_MAJOR(s.st_rdev), 1);
	assert_int_equal(SYSC_MINOR(s.st_rdev), 3);

	assert_int_equal(sysc_stat(at(0, "missing"), &s), -1);
	assert_int_equal(sysc_errno, SYSC_ENOENT);
	assert_int_equal(sysc_lstat(NULL, &s), -1);
	assert_int_equal(sysc_errno, SYSC_EFAULT);
	assert_int_equal(sysc_fstat(-1, &s), -1);
	assert_int_equal(sysc_errno, SYSC_EBADF);
	assert_int_equal(sysc_raw_fstat(-1, &s), -SYSC_EBADF);
	assert_int_equal(sysc_fstatat(dfd, "st", &s, 0x1), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	assert_int_equal(sysc_fstatat(dfd, "", &s, 0), -1);
	assert_int_equal(sysc_errno, SYSC_ENOENT);
	sysc_close(fd);
}

/* Which fstatat flags x86_64's newfstatat takes: these, and every other
 * bit is EINVAL. i386 goes through statx, which refuses FORCE_SYNC and
 * DONT_SYNC together, and reads an fstat of AT_FDCWD as the current
 * directory: sysc must make both behave as here. */
static int fstatat_flag_ok(unsigned bit)
{
	return bit == SYSC_AT_SYMLINK_NOFOLLOW || bit == SYSC_AT_NO_AUTOMOUNT ||
	       bit == SYSC_AT_EMPTY_PATH || bit == SYSC_AT_STATX_FORCE_SYNC ||
	       bit == SYSC_AT_STATX_DONT_SYNC;
}

static void stat_rules_as_x86_64(void **state)
{
	struct sysc_stat s;
	struct stat g;
	int fd = make_file("rules", "1");
	int fds[] = { SYSC_AT_FDCWD, -1, -5, -4096 };

	(void)state;
	for (size_t i = 0; i < sizeof fds / sizeof fds[0]; i++) {
		assert_int_equal(sysc_fstat(fds[i], &s), -1);
		assert_int_equal(sysc_errno, SYSC_EBADF);
		assert_int_equal(sysc_raw_fstat(fds[i], &s), -SYSC_EBADF);
	}
	assert_int_equal(fstat(fd, &g), 0);
	for (unsigned i = 0; i < 32; i++) {
		unsigned bit = 1u << i;
		long want = fstatat_flag_ok(bit) ? 0 : -SYSC_EINVAL;

		memset(&s, 0xa5, sizeof s);
		assert_int_equal(sysc_raw_fstatat(dfd, "rules", &s, (int)bit), want);
		if (want == 0)
			same_stat(&s, &g);
		memset(&s, 0xa5, sizeof s);
		assert_int_equal(sysc_fstatat(dfd, "rules", &s, (int)bit), want ? -1 : 0);
		if (want == 0)
			same_stat(&s, &g);
		else
			assert_int_equal(sysc_errno, SYSC_EINVAL);
	}
	assert_int_equal(sysc_fstatat(dfd, "rules", &s, SYSC_AT_STATX_SYNC_TYPE), 0);
	same_stat(&s, &g);
	assert_int_equal(sysc_raw_fstatat(dfd, "rules", &s, SYSC_AT_STATX_SYNC_TYPE), 0);
	same_stat(&s, &g);
	/* AT_FDCWD with AT_EMPTY_PATH is the current directory in fstatat,
	 * on both arches */
	assert_int_equal(sysc_fstatat(SYSC_AT_FDCWD, "", &s, SYSC_AT_EMPTY_PATH), 0);
	assert_true(SYSC_S_ISDIR(s.st_mode));
	sysc_close(fd);
}

/* The i386 stat64 would read 2100 as 1963 (-192522496); sysc_stat has the
 * whole 64-bit second on both arches. */
static void times_after_2038(void **state)
{
	struct sysc_timespec t[2] = { { Y2100 + 5, 7 }, { Y2100, 123456789 } };
	struct sysc_stat s;
	struct sysc_statx x;
	struct stat g;
	int fd = make_file("y2100", "x");

	(void)state;
	assert_int_equal(sysc_utimensat(dfd, "y2100", t, 0), 0);
	assert_int_equal(sysc_fstatat(dfd, "y2100", &s, 0), 0);
	assert_true(s.st_mtime_sec == Y2100);
	assert_int_equal(s.st_mtime_nsec, 123456789);
	assert_true(s.st_atime_sec == Y2100 + 5);
	assert_int_equal(s.st_atime_nsec, 7);
	assert_int_equal(sysc_fstat(fd, &s), 0);
	assert_true(s.st_mtime_sec == 4102444800LL);
	assert_int_equal(sysc_statx(dfd, "y2100", 0, SYSC_STATX_BASIC_STATS, &x), 0);
	assert_true(x.stx_mtime.tv_sec == Y2100);
	assert_int_equal(stat(at(0, "y2100"), &g), 0);
	assert_true((long long)g.st_mtim.tv_sec == Y2100);

	/* UTIME_OMIT keeps a time, UTIME_NOW sets the current one (before
	 * 2100), through the fd with a NULL path */
	t[0].tv_nsec = SYSC_UTIME_NOW;
	t[1].tv_nsec = SYSC_UTIME_OMIT;
	assert_int_equal(sysc_utimensat(fd, NULL, t, 0), 0);
	assert_int_equal(sysc_fstat(fd, &s), 0);
	assert_true(s.st_mtime_sec == Y2100);
	assert_true(s.st_atime_sec < Y2100);

	t[0].tv_nsec = 1000000000;
	assert_int_equal(sysc_utimensat(dfd, "y2100", t, 0), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	assert_int_equal(sysc_utimensat(-1, NULL, NULL, 0), -1);
	assert_int_equal(sysc_errno, SYSC_EBADF);
	sysc_close(fd);
}

/* ---- access ---- */

static void access_family(void **state)
{
	(void)state;
	sysc_close(make_file("acc", "x"));	/* 0600: no x bit for anyone */
	assert_int_equal(sysc_symlinkat("nowhere", dfd, "dangling"), 0);
	assert_int_equal(sysc_access(at(0, "acc"), SYSC_R_OK | SYSC_W_OK), 0);
	assert_int_equal(sysc_access(at(0, "acc"), SYSC_X_OK), -1);
	assert_int_equal(sysc_errno, SYSC_EACCES);
	assert_int_equal(sysc_access(at(0, "none"), SYSC_F_OK), -1);
	assert_int_equal(sysc_errno, SYSC_ENOENT);
	assert_int_equal(sysc_faccessat(dfd, "acc", SYSC_F_OK), 0);
	assert_int_equal(sysc_faccessat(dfd, "acc", SYSC_X_OK), -1);
	assert_int_equal(sysc_errno, SYSC_EACCES);
	assert_int_equal(sysc_faccessat(dfd, "dangling", SYSC_F_OK), -1);
	assert_int_equal(sysc_errno, SYSC_ENOENT);
	if (sysc_faccessat2(dfd, "acc", SYSC_R_OK, SYSC_AT_EACCESS) < 0 &&
	    sysc_errno == SYSC_ENOSYS) {
		print_message("faccessat2: kernel before 5.8\n");
		skip();
	}
	assert_int_equal(sysc_faccessat2(dfd, "acc", SYSC_R_OK, SYSC_AT_EACCESS), 0);
	/* the flags arrive: not following the link finds it */
	assert_int_equal(sysc_faccessat2(dfd, "dangling", SYSC_F_OK, SYSC_AT_SYMLINK_NOFOLLOW), 0);
	assert_int_equal(sysc_faccessat2(dfd, "acc", SYSC_F_OK, 0x1), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
}

/* ---- names: unlink, rmdir, mkdir, rename, link, symlink, readlink ---- */

static void names(void **state)
{
	struct stat g;
	char buf[64];

	(void)state;
	assert_int_equal(sysc_mkdir(at(0, "d"), 0750), 0);
	assert_int_equal(stat(at(0, "d"), &g), 0);
	assert_true(S_ISDIR(g.st_mode));
	assert_int_equal(sysc_mkdir(at(0, "d"), 0750), -1);
	assert_int_equal(sysc_errno, SYSC_EEXIST);
	sysc_close(make_file("d/a", "a"));
	sysc_close(make_file("d/b", "b"));

	assert_int_equal(sysc_rmdir(at(0, "d")), -1);
	assert_int_equal(sysc_errno, SYSC_ENOTEMPTY);
	assert_int_equal(sysc_rename(at(0, "d/a"), at(1, "d/b")), 0); /* replaces */
	assert_int_equal(stat(at(0, "d/a"), &g), -1);
	assert_int_equal(sysc_renameat(dfd, "d/b", dfd, "d/c"), 0);
	assert_int_equal(sysc_readlink(at(0, "d/c"), buf, sizeof buf), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);	/* not a link */

	assert_int_equal(sysc_link(at(0, "d/c"), at(1, "d/hard")), 0);
	assert_int_equal(stat(at(0, "d/c"), &g), 0);
	assert_int_equal(g.st_nlink, 2);
	assert_int_equal(sysc_link(at(0, "d/c"), at(1, "d/hard")), -1);
	assert_int_equal(sysc_errno, SYSC_EEXIST);

	assert_int_equal(sysc_symlink("c", at(0, "d/sym")), 0);
	memset(buf, 'x', sizeof buf);
	assert_int_equal(sysc_readlink(at(0, "d/sym"), buf, sizeof buf), 1);
	assert_int_equal(buf[0], 'c');
	assert_int_equal(buf[1], 'x');	/* no NUL added */
	assert_int_equal(sysc_readlinkat(dfd, "d/sym", buf, sizeof buf), 1);
	assert_int_equal(sysc_readlinkat(dfd, "d/sym", buf, 0), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);

	/* linkat: without AT_SYMLINK_FOLLOW the new name is the link itself */
	assert_int_equal(sysc_linkat(dfd, "d/sym", dfd, "d/l1", 0), 0);
	assert_int_equal(lstat(at(0, "d/l1"), &g), 0);
	assert_true(S_ISLNK(g.st_mode));
	assert_int_equal(sysc_linkat(dfd, "d/sym", dfd, "d/l2", SYSC_AT_SYMLINK_FOLLOW), 0);
	assert_int_equal(lstat(at(0, "d/l2"), &g), 0);
	assert_true(S_ISREG(g.st_mode));
	assert_int_equal(g.st_nlink, 3);
	assert_int_equal(sysc_linkat(dfd, "d/c", dfd, "d/l3", 0x1), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);

	assert_int_equal(sysc_symlinkat("/abs", dfd, "d/sym2"), 0);
	assert_int_equal(sysc_readlinkat(dfd, "d/sym2", buf, sizeof buf), 4);
	assert_memory_equal(buf, "/abs", 4);

	const char *names[] = { "d/c", "d/hard", "d/sym", "d/l1", "d/l2", "d/sym2" };
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		assert_int_equal(sysc_unlink(at(0, names[i])), 0);
	assert_int_equal(sysc_unlink(at(0, "d/c")), -1);
	assert_int_equal(sysc_errno, SYSC_ENOENT);
	assert_int_equal(sysc_unlink(at(0, "d")), -1);
	assert_int_equal(sysc_errno, SYSC_EISDIR);
	assert_int_equal(sysc_rmdir(at(0, "d")), 0);
	assert_int_equal(stat(at(0, "d"), &g), -1);
}

/* ---- mknod and device numbers ---- */

static void mknod_family(void **state)
{
	static const unsigned int majors[] = { 0, 1, 8, 254, 0xabc, 0xfff };
	static const unsigned int minors[] = { 0, 3, 255, 256, 0x12345, 0xfffff };
	struct stat g;

	(void)state;
	for (size_t i = 0; i < 6; i++)
		for (size_t j = 0; j < 6; j++) {
			unsigned int d = SYSC_MKDEV(majors[i], minors[j]);

			assert_true(d == makedev(majors[i], minors[j]));
			assert_int_equal(SYSC_MAJOR(d), majors[i]);
			assert_int_equal(SYSC_MINOR(d), minors[j]);
		}

	assert_int_equal(sysc_mknodat(dfd, "fifo", SYSC_S_IFIFO | 0640, 0), 0);
	assert_int_equal(stat(at(0, "fifo"), &g), 0);
	assert_true(S_ISFIFO(g.st_mode));
	assert_int_equal(sysc_mknod(at(0, "fifo"), SYSC_S_IFIFO | 0600, 0), -1);
	assert_int_equal(sysc_errno, SYSC_EEXIST);
	assert_int_equal(sysc_mknod(at(0, "reg"), SYSC_S_IFREG | 0600, 0), 0);
	assert_int_equal(stat(at(0, "reg"), &g), 0);
	assert_true(S_ISREG(g.st_mode));
	assert_int_equal(sysc_mknodat(dfd, "dir", SYSC_S_IFDIR | 0700, 0), -1);
	assert_int_equal(sysc_errno, SYSC_EPERM);	/* mknod makes no dirs */

	/* a device with a minor above 255 needs the kernel's encoding */
	if (sysc_mknod(at(0, "chr"), SYSC_S_IFCHR | 0600, SYSC_MKDEV(0xabc, 0x12345)) < 0) {
		assert_int_equal(sysc_errno, SYSC_EPERM);
		print_message("mknod S_IFCHR: no CAP_MKNOD here, device part skipped\n");
		return;
	}
	assert_int_equal(stat(at(0, "chr"), &g), 0);
	assert_true(S_ISCHR(g.st_mode));
	assert_int_equal(major(g.st_rdev), 0xabc);
	assert_int_equal(minor(g.st_rdev), 0x12345);
}

/* ---- chmod, chown ---- */

static void chmod_family(void **state)
{
	struct stat g;
	int fd = make_file("cm", "x");

	(void)state;
	assert_int_equal(sysc_symlinkat("cm", dfd, "cm-link"), 0);
	assert_int_equal(sysc_fchmod(fd, 0604), 0);
	assert_int_equal(fstat(fd, &g), 0);
	assert_int_equal(g.st_mode & 07777, 0604);
	assert_int_equal(sysc_chmod(at(0, "cm-link"), 04710), 0);	/* follows */
	assert_int_equal(fstat(fd, &g), 0);
	assert_int_equal(g.st_mode & 07777, 04710);
	assert_int_equal(sysc_fchmodat(dfd, "cm", 0444), 0);
	assert_int_equal(fstat(fd, &g), 0);
	assert_int_equal(g.st_mode & 07777, 0444);
	assert_int_equal(sysc_fchmod(-1, 0600), -1);
	assert_int_equal(sysc_errno, SYSC_EBADF);
	assert_int_equal(sysc_chmod(at(0, "none"), 0600), -1);
	assert_int_equal(sysc_errno, SYSC_ENOENT);

	if (sysc_fchmodat2(dfd, "cm", 0640, 0) < 0 && sysc_errno == SYSC_ENOSYS) {
		print_message("fchmodat2: kernel before 6.6\n");
		sysc_close(fd);
		skip();
	}
	assert_int_equal(fstat(fd, &g), 0);
	assert_int_equal(g.st_mode & 07777, 0640);
	/* the flags arrive: AT_EMPTY_PATH works on the fd itself */
	assert_int_equal(sysc_fchmodat2(fd, "", 0606, SYSC_AT_EMPTY_PATH), 0);
	assert_int_equal(fstat(fd, &g), 0);
	assert_int_equal(g.st_mode & 07777, 0606);
	assert_int_equal(sysc_fchmodat2(dfd, "cm", 0600, 0x1), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	sysc_close(fd);
}

static void chown_family(void **state)
{
	struct stat g;
	int fd = make_file("co", "x");

	(void)state;
	if (geteuid() != 0) {
		print_message("chown: needs root\n");
		sysc_close(fd);
		skip();
	}
	assert_int_equal(sysc_symlinkat("co", dfd, "co-link"), 0);
	/* above 65535: i386 must use fchown32, not the 16-bit fchown */
	assert_int_equal(sysc_fchown(fd, 100001, 100002), 0);
	assert_int_equal(fstat(fd, &g), 0);
	assert_int_equal(g.st_uid, 100001);
	assert_int_equal(g.st_gid, 100002);
	assert_int_equal(sysc_fchown(fd, (unsigned int)-1, 70000), 0);	/* keep uid */
	assert_int_equal(fstat(fd, &g), 0);
	assert_int_equal(g.st_uid, 100001);
	assert_int_equal(g.st_gid, 70000);
	assert_int_equal(sysc_chown(at(0, "co-link"), 1234, 5678), 0);	/* follows */
	assert_int_equal(fstat(fd, &g), 0);
	assert_int_equal(g.st_uid, 1234);
	assert_int_equal(g.st_gid, 5678);
	assert_int_equal(sysc_lchown(at(0, "co-link"), 4321, 8765), 0);
	assert_int_equal(lstat(at(0, "co-link"), &g), 0);
	assert_int_equal(g.st_uid, 4321);
	assert_int_equal(g.st_gid, 8765);
	assert_int_equal(fstat(fd, &g), 0);
	assert_int_equal(g.st_uid, 1234);
	assert_int_equal(sysc_fchownat(dfd, "co-link", 99, 98, SYSC_AT_SYMLINK_NOFOLLOW), 0);
	assert_int_equal(lstat(at(0, "co-link"), &g), 0);
	assert_int_equal(g.st_uid, 99);
	assert_int_equal(sysc_fchownat(dfd, "co", 200000, 300000, 0), 0);
	assert_int_equal(fstat(fd, &g), 0);
	assert_int_equal(g.st_uid, 200000);
	assert_int_equal(g.st_gid, 300000);
	assert_int_equal(sysc_fchownat(dfd, "co", 0, 0, 0x1), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	assert_int_equal(sysc_fchown(-1, 0, 0), -1);
	assert_int_equal(sysc_errno, SYSC_EBADF);
	sysc_close(fd);
}

/* ---- truncate, sync ---- */

static void truncate_sync(void **state)
{
	struct stat g;
	int fd = make_file("tr", "abc");

	(void)state;
	assert_int_equal(sysc_truncate(at(0, "tr"), FIVE_GIB + 3), 0);
	assert_int_equal(stat(at(0, "tr"), &g), 0);
	assert_true(g.st_size == FIVE_GIB + 3);
	assert_int_equal(sysc_truncate(at(0, "tr"), 2), 0);
	assert_int_equal(stat(at(0, "tr"), &g), 0);
	assert_int_equal(g.st_size, 2);
	assert_int_equal(sysc_truncate(at(0, "tr"), -1), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	assert_int_equal(sysc_truncate(dir, 0), -1);
	assert_int_equal(sysc_errno, SYSC_EISDIR);

	assert_int_equal(sysc_fdatasync(fd), 0);
	assert_int_equal(sysc_syncfs(fd), 0);
	assert_int_equal(sysc_sync(), 0);
	assert_int_equal(sysc_fdatasync(-1), -1);
	assert_int_equal(sysc_errno, SYSC_EBADF);
	assert_int_equal(sysc_syncfs(-1), -1);
	assert_int_equal(sysc_errno, SYSC_EBADF);
	sysc_close(fd);
}

/* ---- dup, dup2, pipe, flock ---- */

static void dup_pipe(void **state)
{
	int fd = make_file("dp", "0123456789"), d, p[2];
	char c;

	(void)state;
	d = sysc_dup(fd);
	assert_true(d > fd);
	assert_int_equal(sysc_lseek(fd, 4, SYSC_SEEK_SET), 4);
	assert_int_equal(sysc_read(d, &c, 1), 1);	/* shared offset */
	assert_int_equal(c, '4');
	assert_int_equal(fcntl(d, F_GETFD), 0);	/* dup drops CLOEXEC */
	sysc_close(d);
	assert_int_equal(sysc_dup(-1), -1);
	assert_int_equal(sysc_errno, SYSC_EBADF);

	assert_int_equal(sysc_dup2(fd, 150), 150);
	assert_int_equal(fcntl(150, F_GETFD), 0);
	assert_int_equal(sysc_read(150, &c, 1), 1);
	assert_int_equal(c, '5');
	assert_int_equal(sysc_dup2(fd, fd), fd);	/* dup3 would say EINVAL */
	assert_int_equal(fcntl(fd, F_GETFD), FD_CLOEXEC);	/* untouched */
	assert_int_equal(sysc_raw_dup2(fd, fd), fd);
	assert_int_equal(sysc_raw_dup2(fd, 151), 151);
	sysc_close(150);
	sysc_close(151);
	assert_int_equal(sysc_dup2(150, 150), -1);
	assert_int_equal(sysc_errno, SYSC_EBADF);
	assert_int_equal(sysc_raw_dup2(150, 150), -SYSC_EBADF);
	assert_int_equal(sysc_dup2(150, 151), -1);
	assert_int_equal(sysc_errno, SYSC_EBADF);
	assert_int_equal(sysc_dup2(fd, -1), -1);
	assert_int_equal(sysc_errno, SYSC_EBADF);

	assert_int_equal(sysc_pipe(p), 0);
	assert_int_equal(fcntl(p[0], F_GETFD), 0);
	assert_int_equal(sysc_write(p[1], "z", 1), 1);
	assert_int_equal(read(p[0], &c, 1), 1);
	assert_int_equal(c, 'z');
	sysc_close(p[0]);
	sysc_close(p[1]);
	assert_int_equal(sysc_pipe(NULL), -1);
	assert_int_equal(sysc_errno, SYSC_EFAULT);
	sysc_close(fd);
}

static void flock_locks(void **state)
{
	int a = make_file("fl", "x");
	int b = sysc_openat(dfd, "fl", SYSC_O_RDONLY | SYSC_O_CLOEXEC, 0);

	(void)state;
	assert_true(b >= 0);
	assert_int_equal(sysc_flock(a, SYSC_LOCK_EX), 0);
	assert_int_equal(sysc_flock(b, SYSC_LOCK_SH | SYSC_LOCK_NB), -1);
	assert_int_equal(sysc_errno, SYSC_EWOULDBLOCK);
	assert_int_equal(sysc_flock(a, SYSC_LOCK_UN), 0);
	assert_int_equal(sysc_flock(b, SYSC_LOCK_SH | SYSC_LOCK_NB), 0);
	assert_int_equal(sysc_flock(a, SYSC_LOCK_SH | SYSC_LOCK_NB), 0);
	assert_int_equal(sysc_flock(a, 0), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	assert_int_equal(sysc_flock(-1, SYSC_LOCK_SH), -1);
	assert_int_equal(sysc_errno, SYSC_EBADF);
	sysc_close(a);
	sysc_close(b);
}

/* ---- directories: fchdir, chroot, umask, getdents ---- */

static void fchdir_umask(void **state)
{
	char was[256], now[256];
	struct stat g;
	unsigned int old;
	int fd;

	(void)state;
	assert_non_null(getcwd(was, sizeof was));
	assert_int_equal(sysc_fchdir(dfd), 0);
	assert_non_null(getcwd(now, sizeof now));
	assert_string_equal(now, dir);
	assert_int_equal(sysc_chdir(was), 0);
	fd = make_file("nd", "x");
	assert_int_equal(sysc_fchdir(fd), -1);
	assert_int_equal(sysc_errno, SYSC_ENOTDIR);
	assert_int_equal(sysc_fchdir(-1), -1);
	assert_int_equal(sysc_errno, SYSC_EBADF);
	sysc_close(fd);

	old = sysc_umask(027);
	assert_int_equal(sysc_umask(077), 027);
	fd = sysc_openat(dfd, "um", SYSC_O_CREAT | SYSC_O_WRONLY | SYSC_O_CLOEXEC, 0666);
	assert_true(fd >= 0);
	assert_int_equal(fstat(fd, &g), 0);
	assert_int_equal(g.st_mode & 0777, 0600);
	sysc_close(fd);
	assert_int_equal(sysc_umask(old), 077);
	assert_int_equal(umask(old), old);	/* glibc sees what sysc set */
	assert_int_equal(sysc_umask(01777), old);	/* only 0777 kept */
	assert_int_equal(sysc_umask(old), 0777);
}

static int chroot_child(void)
{
	struct sysc_stat s;

	if (sysc_chroot(dir) != 0)
		return 1;
	if (sysc_chdir("/") != 0)
		return 2;
	if (sysc_stat("/inside", &s) != 0 || s.st_size != 6)
		return 3;
	if (sysc_stat(dir, &s) == 0)	/* the old path is gone */
		return 4;
	return 0;
}

static void chroot_dir(void **state)
{
	(void)state;
	sysc_close(make_file("inside", "inside"));
	assert_int_equal(sysc_chroot(at(0, "none")), -1);
	assert_int_equal(sysc_errno, SYSC_ENOENT);
	assert_int_equal(sysc_chroot(at(0, "inside")), -1);
	assert_int_equal(sysc_errno, SYSC_ENOTDIR);
	if (geteuid() != 0) {
		print_message("chroot: needs root\n");
		skip();
	}
	in_child(chroot_child, "");
}

static void getdents_lists(void **state)
{
	char buf[4096];
	long n;
	int fd, seen = 0;

	(void)state;
	assert_int_equal(sysc_mkdirat(dfd, "gd", 0700), 0);
	sysc_close(make_file("gd/one", "1"));
	assert_int_equal(sysc_mkdirat(dfd, "gd/two", 0700), 0);
	fd = sysc_openat(dfd, "gd", SYSC_O_RDONLY | SYSC_O_DIRECTORY | SYSC_O_CLOEXEC, 0);
	assert_true(fd >= 0);
	n = sysc_getdents(fd, buf, sizeof buf);
	assert_true(n > 0);
	for (long off = 0; off < n;) {
		struct sysc_dirent64 *d = (struct sysc_dirent64 *)(buf + off);
		struct stat g;

		if (!strcmp(d->d_name, "one") || !strcmp(d->d_name, "two")) {
			assert_int_equal(fstatat(fd, d->d_name, &g, 0), 0);
			assert_true(d->d_ino == g.st_ino);
			assert_int_equal(d->d_type, !strcmp(d->d_name, "one") ?
					 SYSC_DT_REG : SYSC_DT_DIR);
			seen++;
		}
		off += d->d_reclen;
	}
	assert_int_equal(seen, 2);
	assert_int_equal(sysc_getdents(fd, buf, sizeof buf), 0);	/* at the end */
	assert_int_equal(sysc_lseek(fd, 0, SYSC_SEEK_SET), 0);
	assert_int_equal(sysc_getdents(fd, buf, 1), -1);	/* no room for one */
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	sysc_close(fd);
	fd = make_file("gd-file", "x");
	assert_int_equal(sysc_getdents(fd, buf, sizeof buf), -1);
	assert_int_equal(sysc_errno, SYSC_ENOTDIR);
	sysc_close(fd);
}

/* ---- statfs ---- */

static void statfs_family(void **state)
{
	struct sysc_statfs s;
	struct statfs g;
	int p[2], fd;

	(void)state;
	memset(&s, 0xa5, sizeof s);
	assert_int_equal(sysc_statfs(dir, &s), 0);
	assert_int_equal(statfs(dir, &g), 0);
	assert_true(s.f_type == (unsigned long)g.f_type);
	assert_true(s.f_bsize == (unsigned long)g.f_bsize);
	assert_true(s.f_blocks == g.f_blocks);
	assert_true(s.f_files == g.f_files);
	assert_true(s.f_namelen == (unsigned long)g.f_namelen);
	assert_true(s.f_frsize == (unsigned long)g.f_frsize);
	assert_true(s.f_flags == (unsigned long)g.f_flags);
	assert_memory_equal(&s.f_fsid, &g.f_fsid, sizeof s.f_fsid);
	assert_true(s.f_flags & SYSC_ST_VALID);

	memset(&s, 0xa5, sizeof s);
	assert_int_equal(sysc_fstatfs(dfd, &s), 0);
	assert_true(s.f_type == (unsigned long)g.f_type);
	assert_true(s.f_blocks == g.f_blocks);

	assert_int_equal(sysc_pipe2(p, SYSC_O_CLOEXEC), 0);
	assert_int_equal(sysc_fstatfs(p[0], &s), 0);
	assert_true(s.f_type == SYSC_PIPEFS_MAGIC);
	sysc_close(p[0]);
	sysc_close(p[1]);
	fd = sysc_open("/proc/self", SYSC_O_RDONLY | SYSC_O_DIRECTORY | SYSC_O_CLOEXEC, 0);
	if (fd >= 0) {
		assert_int_equal(sysc_fstatfs(fd, &s), 0);
		assert_true(s.f_type == SYSC_PROC_SUPER_MAGIC);
		sysc_close(fd);
	}
	assert_int_equal(sysc_statfs(at(0, "none"), &s), -1);
	assert_int_equal(sysc_errno, SYSC_ENOENT);
	assert_int_equal(sysc_fstatfs(-1, &s), -1);
	assert_int_equal(sysc_errno, SYSC_EBADF);
	assert_int_equal(sysc_fstatfs(dfd, NULL), -1);
	assert_int_equal(sysc_errno, SYSC_EFAULT);
}

/* ---- fcntl ---- */

/* In a new pid namespace, pid 2 heads process group 2: F_GETOWN then
 * returns -2, which a plain errno wrapper takes for ENOENT. */
static int getown_group2(void)
{
	int p[2], status;
	pid_t pid;

	if (getpid() != 1)
		return 10;
	pid = fork();
	if (pid < 0)
		return 11;
	if (pid == 0) {
		if (getpid() != 2 || setpgid(0, 0) != 0)
			_exit(12);
		if (sysc_pipe2(p, 0) != 0)
			_exit(13);
		if (sysc_fcntl(p[0], SYSC_F_SETOWN, -2) != 0)
			_exit(14);
		sysc_errno = 0;
		if (sysc_fcntl(p[0], SYSC_F_GETOWN, 0) != -2)
			_exit(15);
		if (sysc_errno != 0)
			_exit(16);
		_exit(0);
	}
	if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status))
		return 17;
	return WEXITSTATUS(status);
}

static int getown_in_pidns(void)
{
	int status;
	pid_t pid;

	if (unshare(CLONE_NEWPID) != 0)
		return CHILD_SKIP;
	pid = fork();
	if (pid < 0)
		return 21;
	if (pid == 0)
		_exit(getown_group2());
	if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status))
		return 22;
	return WEXITSTATUS(status);
}

static void fcntl_owner(void **state)
{
	struct sysc_f_owner_ex o;
	int p[2];

	(void)state;
	assert_int_equal(sysc_pipe2(p, SYSC_O_CLOEXEC), 0);
	assert_int_equal(sysc_fcntl(p[0], SYSC_F_GETOWN, 0), 0);
	assert_int_equal(sysc_fcntl(p[0], SYSC_F_SETOWN, getpid()), 0);
	assert_int_equal(sysc_fcntl(p[0], SYSC_F_GETOWN, 0), getpid());
	assert_int_equal(sysc_fcntl(p[0], SYSC_F_SETOWN, -getpgrp()), 0);
	assert_int_equal(sysc_fcntl(p[0], SYSC_F_GETOWN, 0), -getpgrp());
	assert_int_equal(fcntl(p[0], F_GETOWN), -getpgrp());	/* glibc agrees */
	assert_int_equal(sysc_fcntl(p[0], SYSC_F_GETOWN_EX, (long)&o), 0);
	assert_int_equal(o.type, SYSC_F_OWNER_PGRP);
	assert_int_equal(o.pid, getpgrp());
	o.type = SYSC_F_OWNER_TID;
	o.pid = (int)sysc_raw_syscall0(SYSC_NR_gettid);
	assert_int_equal(sysc_fcntl(p[0], SYSC_F_SETOWN_EX, (long)&o), 0);
	assert_int_equal(sysc_fcntl(p[0], SYSC_F_GETOWN, 0), o.pid);
	assert_int_equal(sysc_fcntl(-1, SYSC_F_GETOWN, 0), -1);
	assert_int_equal(sysc_errno, SYSC_EBADF);
	sysc_close(p[0]);
	sysc_close(p[1]);
	if (geteuid() != 0) {
		print_message("F_GETOWN of group 2: needs CLONE_NEWPID (root)\n");
		skip();
	}
	SKIP_UNDER_QEMU_USER("F_GETOWN of group 2: a forked qemu-user starts a "
			     "helper thread, which takes pid 2 of the new pid namespace");
	in_child(getown_in_pidns, "F_GETOWN of group 2: unshare(CLONE_NEWPID) refused here");
}

static int lockfd;
static pid_t locker;

/* Another process sees the parent's lock at 5 GiB, through sysc and
 * through glibc; on i386 also with glibc's 32-bit F_GETLK number (5),
 * which sysc turns into F_GETLK64. */
static int see_lock(void)
{
	struct sysc_flock l = { SYSC_F_WRLCK, SYSC_SEEK_SET, 0, 0, 0 };
	struct flock g = { 0 };

	if (sysc_fcntl(lockfd, SYSC_F_GETLK, (long)&l) != 0)
		return 1;
	if (l.l_type != SYSC_F_WRLCK || l.l_start != FIVE_GIB || l.l_len != 10 ||
	    l.l_pid != locker)
		return 2;
	g.l_type = F_RDLCK;
	g.l_whence = SEEK_SET;
	g.l_start = FIVE_GIB + 9;
	g.l_len = 1;
	if (fcntl(lockfd, F_GETLK, &g) != 0 || g.l_type != F_WRLCK ||
	    g.l_start != FIVE_GIB || g.l_pid != locker)
		return 3;
	l.l_type = SYSC_F_RDLCK;
	l.l_start = FIVE_GIB + 10;	/* just past it: free */
	l.l_len = 0;
	if (sysc_fcntl(lockfd, 5, (long)&l) != 0 || l.l_type != SYSC_F_UNLCK)
		return 4;
	l.l_type = SYSC_F_WRLCK;
	l.l_start = FIVE_GIB;
	l.l_len = 1;
	if (sysc_fcntl(lockfd, SYSC_F_SETLK, (long)&l) != -1 ||
	    (sysc_errno != SYSC_EAGAIN && sysc_errno != SYSC_EACCES))
		return 5;
	if (sysc_raw_fcntl(lockfd, SYSC_F_SETLK, (long)&l) != -SYSC_EAGAIN)
		return 6;
	return 0;
}

static void fcntl_locks(void **state)
{
	struct sysc_flock l = { SYSC_F_WRLCK, SYSC_SEEK_SET, FIVE_GIB, 10, 0 };
	int other;

	(void)state;
	lockfd = make_file("lk", "x");
	locker = getpid();
	assert_int_equal(sysc_fcntl(lockfd, SYSC_F_SETLKW, (long)&l), 0);
	in_child(see_lock, "");
	l.l_type = SYSC_F_UNLCK;
	assert_int_equal(sysc_fcntl(lockfd, SYSC_F_SETLK, (long)&l), 0);

	/* OFD locks conflict between two opens in one process; l_pid -1 */
	other = sysc_openat(dfd, "lk", SYSC_O_RDWR | SYSC_O_CLOEXEC, 0);
	assert_true(other >= 0);
	l.l_type = SYSC_F_WRLCK;
	l.l_start = FIVE_GIB;
	l.l_len = 0;
	l.l_pid = 0;
	assert_int_equal(sysc_fcntl(lockfd, SYSC_F_OFD_SETLK, (long)&l), 0);
	l.l_start = FIVE_GIB + 100;
	l.l_len = 1;
	assert_int_equal(sysc_fcntl(other, SYSC_F_OFD_GETLK, (long)&l), 0);
	assert_int_equal(l.l_type, SYSC_F_WRLCK);
	assert_true(l.l_start == FIVE_GIB);
	assert_int_equal(l.l_pid, -1);
	l.l_pid = 0;
	assert_int_equal(sysc_fcntl(other, SYSC_F_OFD_SETLK, (long)&l), -1);
	assert_int_equal(sysc_errno, SYSC_EAGAIN);
	l.l_pid = 1;	/* OFD commands want l_pid 0 */
	assert_int_equal(sysc_fcntl(other, SYSC_F_OFD_GETLK, (long)&l), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	sysc_close(other);
	sysc_close(lockfd);
}

static void fcntl_misc(void **state)
{
	int p[2], fd, m;

	(void)state;
	assert_int_equal(sysc_pipe2(p, 0), 0);
	fd = sysc_fcntl(p[0], SYSC_F_DUPFD_CLOEXEC, 100);
	assert_true(fd >= 100);
	assert_int_equal(fcntl(fd, F_GETFD), FD_CLOEXEC);
	sysc_close(fd);
	fd = sysc_fcntl(p[0], SYSC_F_DUPFD, 120);
	assert_true(fd >= 120);
	assert_int_equal(fcntl(fd, F_GETFD), 0);
	sysc_close(fd);
	assert_true(sysc_fcntl(p[0], SYSC_F_SETPIPE_SZ, 1 << 17) >= 1 << 17);
	assert_int_equal(sysc_fcntl(p[0], SYSC_F_GETPIPE_SZ, 0), fcntl(p[0], F_GETPIPE_SZ));
	assert_true(sysc_fcntl(p[0], SYSC_F_GETPIPE_SZ, 0) >= 1 << 17);
	assert_int_equal(sysc_fcntl(p[1], SYSC_F_SETFL, SYSC_O_NONBLOCK), 0);
	assert_true(fcntl(p[1], F_GETFL) & O_NONBLOCK);
	sysc_close(p[0]);
	sysc_close(p[1]);

	/* seals, on a memfd (MFD_ALLOW_SEALING = 2) */
	m = (int)sysc_raw_syscall(SYSC_NR_memfd_create, "sysc", 2);
	assert_true(m >= 0);
	assert_int_equal(sysc_write(m, "abc", 3), 3);
	assert_int_equal(sysc_fcntl(m, SYSC_F_ADD_SEALS,
				    SYSC_F_SEAL_WRITE | SYSC_F_SEAL_SHRINK), 0);
	assert_int_equal(sysc_fcntl(m, SYSC_F_GET_SEALS, 0),
			 SYSC_F_SEAL_WRITE | SYSC_F_SEAL_SHRINK);
	assert_int_equal(sysc_write(m, "d", 1), -1);
	assert_int_equal(sysc_errno, SYSC_EPERM);
	assert_int_equal(sysc_ftruncate(m, 1), -1);
	assert_int_equal(sysc_errno, SYSC_EPERM);
	assert_int_equal(sysc_fcntl(m, SYSC_F_ADD_SEALS, SYSC_F_SEAL_SEAL), 0);
	assert_int_equal(sysc_fcntl(m, SYSC_F_ADD_SEALS, SYSC_F_SEAL_GROW), -1);
	assert_int_equal(sysc_errno, SYSC_EPERM);
	sysc_close(m);
	assert_int_equal(sysc_fcntl(0, 0x7fff, 0), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(open_creat),
		cmocka_unit_test(openat2_resolve),
		cmocka_unit_test(close_range_fds),
		cmocka_unit_test(stat_family),
		cmocka_unit_test(stat_rules_as_x86_64),
		cmocka_unit_test(times_after_2038),
		cmocka_unit_test(access_family),
		cmocka_unit_test(names),
		cmocka_unit_test(mknod_family),
		cmocka_unit_test(chmod_family),
		cmocka_unit_test(chown_family),
		cmocka_unit_test(truncate_sync),
		cmocka_unit_test(dup_pipe),
		cmocka_unit_test(flock_locks),
		cmocka_unit_test(fchdir_umask),
		cmocka_unit_test(chroot_dir),
		cmocka_unit_test(getdents_lists),
		cmocka_unit_test(statfs_family),
		cmocka_unit_test(fcntl_owner),
		cmocka_unit_test(fcntl_locks),
		cmocka_unit_test(fcntl_misc),
	};
	return cmocka_run_group_tests(tests, tmpdir_setup, tmpdir_teardown);
}
