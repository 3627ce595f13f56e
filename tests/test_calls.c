/* The generated errno wrappers against the kernel, on both arches. Where a
 * result can be checked independently, glibc is the oracle (getpid, uname,
 * getcwd, clock_gettime); 64-bit offsets above 4 GiB prove that i386 splits
 * them into the right register pair. */
#define _GNU_SOURCE
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <unistd.h>
#include <time.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <cmocka.h>

#include <sysc.h>

static char dir[64];
static int dfd;

static int setup(void **state)
{
	(void)state;
	strcpy(dir, "/tmp/sysc-calls-XXXXXX");
	if (!mkdtemp(dir))
		return -1;
	dfd = sysc_openat(SYSC_AT_FDCWD, dir, SYSC_O_DIRECTORY | SYSC_O_RDONLY, 0);
	return dfd < 0 ? -1 : 0;
}

static int teardown(void **state)
{
	(void)state;
	char cmd[128];
	snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
	sysc_close(dfd);
	return system(cmd);
}

static int tmpfile_rw(const char *name)
{
	return sysc_openat(dfd, name, SYSC_O_RDWR | SYSC_O_CREAT | SYSC_O_TRUNC | SYSC_O_CLOEXEC, 0600);
}

#define FIVE_GIB (5LL << 30)

static void offsets_above_4gib(void **state)
{
	(void)state;
	int fd = tmpfile_rw("big");
	char buf[8] = { 0 };
	struct sysc_stat st;

	assert_true(fd >= 0);
	assert_int_equal(sysc_pwrite64(fd, "sysc", 4, FIVE_GIB + 3), 4);
	assert_int_equal(sysc_pread64(fd, buf, 8, FIVE_GIB + 3), 4);
	assert_memory_equal(buf, "sysc", 4);
	assert_int_equal(sysc_pread64(fd, buf, 4, 3), 4);	/* a hole: zeroes */
	assert_memory_equal(buf, "\0\0\0\0", 4);
	assert_int_equal(sysc_fstat(fd, &st), 0);
	assert_int_equal(st.st_size, FIVE_GIB + 7);
	assert_int_equal(sysc_lseek(fd, 0, SYSC_SEEK_END), FIVE_GIB + 7);
	assert_int_equal(sysc_lseek(fd, -7, SYSC_SEEK_CUR), FIVE_GIB);
	assert_int_equal(sysc_raw_lseek(fd, 1, SYSC_SEEK_SET), 1);
	assert_int_equal(sysc_lseek(fd, -1, SYSC_SEEK_SET), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	assert_int_equal(sysc_ftruncate(fd, FIVE_GIB + 4096), 0);
	assert_int_equal(sysc_fstatat(dfd, "big", &st, 0), 0);
	assert_int_equal(st.st_size, FIVE_GIB + 4096);
	assert_int_equal(sysc_ftruncate(fd, -1), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	sysc_close(fd);
}

static void statx_and_dirs(void **state)
{
	(void)state;
	struct sysc_statx stx;
	char ents[1024];
	long n, off;
	int found = 0, fd;

	assert_int_equal(sysc_mkdirat(dfd, "sub", 0700), 0);
	assert_int_equal(sysc_mkdirat(dfd, "sub", 0700), -1);
	assert_int_equal(sysc_errno, SYSC_EEXIST);
	fd = tmpfile_rw("sub/f");
	assert_true(fd >= 0);
	assert_int_equal(sysc_write(fd, "12345", 5), 5);
	assert_int_equal(sysc_fsync(fd), 0);
	sysc_close(fd);
	assert_int_equal(sysc_statx(dfd, "sub/f", 0, SYSC_STATX_BASIC_STATS, &stx), 0);
	assert_int_equal(stx.stx_size, 5);
	assert_int_equal(stx.stx_mode & 0777, 0600);
	assert_int_equal(sysc_renameat2(dfd, "sub/f", dfd, "sub/g", 0), 0);
	fd = sysc_openat(dfd, "sub", SYSC_O_RDONLY | SYSC_O_DIRECTORY, 0);
	assert_true(fd >= 0);
	n = sysc_getdents64(fd, ents, sizeof ents);
	assert_true(n > 0);
	for (off = 0; off < n;) {
		struct sysc_dirent64 *d = (struct sysc_dirent64 *)(ents + off);
		if (!strcmp(d->d_name, "g"))
			found = 1;
		assert_string_not_equal(d->d_name, "f");
		off += d->d_reclen;
	}
	assert_true(found);
	sysc_close(fd);
	assert_int_equal(sysc_unlinkat(dfd, "sub/g", 0), 0);
	assert_int_equal(sysc_unlinkat(dfd, "sub", SYSC_AT_REMOVEDIR), 0);
	assert_int_equal(sysc_unlinkat(dfd, "sub", SYSC_AT_REMOVEDIR), -1);
	assert_int_equal(sysc_errno, SYSC_ENOENT);
}

static void vectors_pipes_fds(void **state)
{
	(void)state;
	int p[2], nbytes = -1, d;
	char a[3], b[4];
	struct sysc_iovec out[2] = { { "abc", 3 }, { "defg", 4 } };
	struct sysc_iovec in[2] = { { a, 3 }, { b, 4 } };

	assert_int_equal(sysc_pipe2(p, SYSC_O_CLOEXEC), 0);
	assert_int_equal(sysc_fcntl(p[0], SYSC_F_GETFD, 0), SYSC_FD_CLOEXEC);
	assert_int_equal(sysc_writev(p[1], out, 2), 7);
	assert_int_equal(sysc_ioctl(p[0], 0x541B /* FIONREAD */, (long)&nbytes), 0);
	assert_int_equal(nbytes, 7);
	assert_int_equal(sysc_readv(p[0], in, 2), 7);
	assert_memory_equal(a, "abc", 3);
	assert_memory_equal(b, "defg", 4);
	d = sysc_dup3(p[1], 100, 0);
	assert_int_equal(d, 100);
	assert_int_equal(sysc_fcntl(d, SYSC_F_GETFD, 0), 0);
	assert_int_equal(sysc_dup3(p[1], p[1], 0), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	sysc_close(d);
	sysc_close(p[0]);
	sysc_close(p[1]);
}

static void copy_file_range_all_args(void **state)
{
	(void)state;
	int in = tmpfile_rw("cfr-in"), out = tmpfile_rw("cfr-out");
	sysc_off_t oin = 2, oout = 5;
	char buf[16] = { 0 };

	assert_int_equal(sysc_write(in, "0123456789", 10), 10);
	assert_int_equal(sysc_copy_file_range(in, &oin, out, &oout, 4, 0), 4);
	assert_int_equal(oin, 6);
	assert_int_equal(oout, 9);
	assert_int_equal(sysc_pread64(out, buf, sizeof buf, 0), 9);
	assert_memory_equal(buf, "\0\0\0\0\0" "2345", 9);
	assert_int_equal(sysc_copy_file_range(in, &oin, out, &oout, 4, 1), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	sysc_close(in);
	sysc_close(out);
}

static void memory(void **state)
{
	(void)state;
	int fd = tmpfile_rw("map");
	char page[4096];
	char *p, *q;
	void *brk0;

	memset(page, 'A', sizeof page);
	assert_int_equal(sysc_write(fd, page, 4096), 4096);
	memset(page, 'B', sizeof page);
	assert_int_equal(sysc_write(fd, page, 4096), 4096);
	p = sysc_mmap(NULL, 4096, SYSC_PROT_READ | SYSC_PROT_WRITE, SYSC_MAP_SHARED, fd, 4096);
	assert_ptr_not_equal(p, SYSC_MAP_FAILED);
	assert_int_equal(p[0], 'B');
	p[1] = 'x';
	assert_int_equal(sysc_pread64(fd, page, 2, 4096), 2);
	assert_int_equal(page[1], 'x');
	assert_int_equal(sysc_madvise(p, 4096, SYSC_MADV_DONTNEED), 0);
	assert_int_equal(sysc_mprotect(p, 4096, SYSC_PROT_READ), 0);
	q = sysc_mremap(p, 4096, 8192, SYSC_MREMAP_MAYMOVE, NULL);
	assert_ptr_not_equal(q, SYSC_MAP_FAILED);
	assert_int_equal(q[1], 'x');
	assert_int_equal(sysc_munmap(q, 8192), 0);
	/* offsets mmap2 cannot express, and a bad fd */
	assert_ptr_equal(sysc_mmap(NULL, 4096, SYSC_PROT_READ, SYSC_MAP_SHARED, fd, 100), SYSC_MAP_FAILED);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	assert_ptr_equal(sysc_mmap(NULL, 4096, SYSC_PROT_READ, SYSC_MAP_SHARED, -1, 0), SYSC_MAP_FAILED);
	assert_int_equal(sysc_errno, SYSC_EBADF);
	brk0 = sysc_brk(NULL);
	assert_non_null(brk0);
	assert_ptr_equal(sysc_brk(brk0), brk0);
	sysc_close(fd);
}

static void processes(void **state)
{
	(void)state;
	struct sysc_utsname u;
	struct utsname g;
	int status = 0, pid;
	char cwd[256], gcwd[256];
	sysc_siginfo_t info;

	assert_int_equal(sysc_getpid(), getpid());
	assert_int_equal(sysc_getppid(), getppid());
	assert_int_equal(sysc_gettid(), gettid());
	assert_int_equal(sysc_kill(sysc_getpid(), 0), 0);
	assert_int_equal(sysc_tgkill(sysc_getpid(), sysc_gettid(), 0), 0);
	assert_int_equal(sysc_kill(-999999, 0), -1);
	assert_int_equal(sysc_errno, SYSC_ESRCH);
	assert_int_equal(sysc_uname(&u), 0);
	uname(&g);
	assert_string_equal(u.release, g.release);
	assert_string_equal(u.machine, g.machine);
	assert_true(sysc_getcwd(cwd, sizeof cwd) > 0);
	assert_string_equal(cwd, getcwd(gcwd, sizeof gcwd));
	assert_int_equal(sysc_chdir(dir), 0);
	assert_true(sysc_getcwd(cwd, sizeof cwd) > 0);
	assert_string_equal(cwd, dir);
	assert_int_equal(sysc_chdir(gcwd), 0);
	assert_int_equal(sysc_getcwd(cwd, 1), -1);
	assert_int_equal(sysc_errno, SYSC_ERANGE);
	assert_int_equal(sysc_prctl(SYSC_PR_GET_NAME, (unsigned long)cwd, 0, 0, 0), 0);
	assert_int_equal(sysc_sched_yield(), 0);

	pid = fork();
	if (pid == 0) {
		char *argv[] = { "sh", "-c", "exit 7", NULL };
		sysc_execve("/bin/sh", argv, environ);
		sysc_exit_group(99);
	}
	assert_int_equal(sysc_wait4(pid, &status, 0, NULL), pid);
	assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 7);
	pid = fork();
	if (pid == 0)
		sysc_exit(3);
	assert_int_equal(sysc_waitid(SYSC_P_PID, pid, &info, SYSC_WEXITED, NULL), 0);
	assert_int_equal(info.si_signo, SYSC_SIGCHLD);
	assert_int_equal(info.pid, pid);
	assert_int_equal(info.status, 3);
	assert_int_equal(sysc_wait4(-1, &status, SYSC_WNOHANG, NULL), -1);
	assert_int_equal(sysc_errno, SYSC_ECHILD);
	char *args[] = { "x", NULL };
	assert_int_equal(sysc_execve("/nonexistent", args, args + 1), -1);
	assert_int_equal(sysc_errno, SYSC_ENOENT);
}

static long long ns(const struct sysc_timespec *t)
{
	return t->tv_sec * 1000000000LL + t->tv_nsec;
}

static void time_and_randomness(void **state)
{
	(void)state;
	struct sysc_timespec a, b, req = { 0, 2000000 }, res;
	struct timespec g;
	unsigned char r1[32] = { 0 }, r2[32] = { 0 };

	assert_int_equal(sysc_clock_gettime(SYSC_CLOCK_REALTIME, &a), 0);
	clock_gettime(CLOCK_REALTIME, &g);
	assert_true(llabs((long long)g.tv_sec - a.tv_sec) <= 1);
	assert_int_equal(sysc_clock_gettime(SYSC_CLOCK_MONOTONIC, &a), 0);
	assert_int_equal(sysc_nanosleep(&req, NULL), 0);
	assert_int_equal(sysc_clock_gettime(SYSC_CLOCK_MONOTONIC, &b), 0);
	assert_true(ns(&b) - ns(&a) >= 2000000);
	assert_int_equal(sysc_clock_nanosleep(SYSC_CLOCK_MONOTONIC, 0, &req, NULL), 0);
	assert_int_equal(sysc_clock_getres(SYSC_CLOCK_MONOTONIC, &res), 0);
	assert_true(res.tv_sec == 0 && res.tv_nsec > 0);
	assert_int_equal(sysc_clock_gettime(12345, &a), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	req.tv_nsec = 1000000000;
	assert_int_equal(sysc_nanosleep(&req, NULL), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	assert_int_equal(sysc_getrandom(r1, sizeof r1, 0), 32);
	assert_int_equal(sysc_getrandom(r2, sizeof r2, 0), 32);
	assert_memory_not_equal(r1, r2, 32);
	assert_int_equal(sysc_getrandom(r1, 1, 0xff00), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(offsets_above_4gib),
		cmocka_unit_test(statx_and_dirs),
		cmocka_unit_test(vectors_pipes_fds),
		cmocka_unit_test(copy_file_range_all_args),
		cmocka_unit_test(memory),
		cmocka_unit_test(processes),
		cmocka_unit_test(time_and_randomness),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
