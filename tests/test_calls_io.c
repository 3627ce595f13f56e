/* The io area's wrappers against the kernel, on both arches: success paths
 * where a test can reach them (root-only ones in a forked child, mounts in
 * a private mount namespace), checked by their effect and with glibc as an
 * oracle; deterministic errors where success is impossible here. 64-bit
 * offsets above 4 GiB prove that i386 passes each register pair in the
 * kernel's order. */
#define _GNU_SOURCE
#define _FILE_OFFSET_BITS 64
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
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <sys/xattr.h>
#include <cmocka.h>

#include <sysc.h>
#include "emul.h"

#define GIB (1LL << 30)

#define TMPDIR_PREFIX "sysc-io-"
#include "tmpdir.h"

/* The running kernel is at least MAJOR.MINOR (from uname's release). */
static int kernel_at_least(int major, int minor)
{
	struct sysc_utsname u;
	int ma = 0, mi = 0;

	if (sysc_uname(&u) != 0 || sscanf(u.release, "%d.%d", &ma, &mi) != 2)
		return 0;
	return ma > major || (ma == major && mi >= minor);
}

static int file_rw(const char *name)
{
	return sysc_openat(dfd, name, SYSC_O_RDWR | SYSC_O_CREAT | SYSC_O_TRUNC |
			   SYSC_O_CLOEXEC, 0600);
}

static const char *path_of(const char *name)
{
	static char buf[4][128];
	static int n;

	n = (n + 1) % 4;
	snprintf(buf[n], sizeof buf[n], "%s/%s", dir, name);
	return buf[n];
}

/* Forked children print the failing check and exit 1 (0: pass, 77: skip,
 * with the reason printed). */
#define CHK(c) do { if (!(c)) { fprintf(stderr, "child: %s:%d: %s (errno %d)\n", \
	__FILE__, __LINE__, #c, sysc_errno); _exit(1); } } while (0)
#define CHILD_SKIP(...) do { printf(__VA_ARGS__); fflush(stdout); _exit(77); } while (0)

static void in_child(void (*fn)(void))
{
	int st;
	pid_t pid = fork();

	assert_true(pid >= 0);
	if (pid == 0) {
		fn();
		_exit(0);
	}
	assert_int_equal(waitpid(pid, &st, 0), pid);
	assert_true(WIFEXITED(st));
	if (WEXITSTATUS(st) == 77)
		skip();
	assert_int_equal(WEXITSTATUS(st), 0);
}

/* ---- vectored I/O ---- */

static void vectored_above_4gib(void **state)
{
	int fd = file_rw("vec");
	char a[4] = "sysc", b[3] = "-io", r1[4], r2[3], g[8];
	struct sysc_iovec w[2] = { { a, 4 }, { b, 3 } };
	struct sysc_iovec r[2] = { { r1, 4 }, { r2, 3 } };
	struct sysc_stat st;

	(void)state;
	assert_true(fd >= 0);
	assert_int_equal(sysc_pwritev(fd, w, 2, 5 * GIB + 3), 7);
	assert_int_equal(pread(fd, g, 7, 5 * GIB + 3), 7);	/* glibc agrees */
	assert_memory_equal(g, "sysc-io", 7);
	assert_int_equal(sysc_preadv(fd, r, 2, 5 * GIB + 3), 7);
	assert_memory_equal(r1, "sysc", 4);
	assert_memory_equal(r2, "-io", 3);
	assert_int_equal(sysc_fstat(fd, &st), 0);
	assert_int_equal(st.st_size, 5 * GIB + 10);
	assert_int_equal(sysc_lseek(fd, 0, SYSC_SEEK_CUR), 0);	/* not moved */

	if (under_qemu_user())
		sysc_close(fd);
	SKIP_UNDER_QEMU_USER("preadv2 and pwritev2 are ENOSYS (qemu 7.2 does not emulate them)");
	assert_int_equal(sysc_pwritev2(fd, w, 1, 6 * GIB + 1, SYSC_RWF_DSYNC), 4);
	assert_int_equal(pread(fd, g, 4, 6 * GIB + 1), 4);
	assert_memory_equal(g, "sysc", 4);
	memset(r1, 0, 4);
	assert_int_equal(sysc_preadv2(fd, r, 1, 6 * GIB + 1, 0), 4);
	assert_memory_equal(r1, "sysc", 4);
	/* offset -1: the file position, which then moves (both words -1). */
	assert_int_equal(sysc_lseek(fd, 5 * GIB + 3, SYSC_SEEK_SET), 5 * GIB + 3);
	memset(r1, 0, 4);
	assert_int_equal(sysc_preadv2(fd, r, 1, -1, 0), 4);
	assert_memory_equal(r1, "sysc", 4);
	assert_int_equal(sysc_lseek(fd, 0, SYSC_SEEK_CUR), 5 * GIB + 7);
	assert_int_equal(sysc_preadv2(fd, r, 1, 0, 0x40000000), -1);
	assert_int_equal(sysc_errno, SYSC_EOPNOTSUPP);	/* unknown RWF bit */
	assert_int_equal(sysc_preadv(fd, r, 1, -2), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	sysc_close(fd);
}

/* ---- ranges: fallocate, sync_file_range, fadvise64, readahead,
 * cachestat ---- */

static void ranges_above_4gib(void **state)
{
	int fd = file_rw("range");
	struct sysc_stat st;

	(void)state;
	assert_true(fd >= 0);
	assert_int_equal(sysc_fallocate(fd, 0, 5 * GIB, 8192), 0);
	assert_int_equal(sysc_fstat(fd, &st), 0);
	assert_int_equal(st.st_size, 5 * GIB + 8192);
	/* Beyond EOF with KEEP_SIZE: the size stays, data appears at 7 GiB. */
	assert_int_equal(sysc_fallocate(fd, SYSC_FALLOC_FL_KEEP_SIZE, 7 * GIB, 4096), 0);
	assert_int_equal(sysc_fstat(fd, &st), 0);
	assert_int_equal(st.st_size, 5 * GIB + 8192);
	/* Punching the first page: data then starts one page later. */
	assert_int_equal(sysc_pwrite64(fd, "x", 1, 5 * GIB + 4096), 1);
	assert_int_equal(sysc_fallocate(fd, SYSC_FALLOC_FL_PUNCH_HOLE | SYSC_FALLOC_FL_KEEP_SIZE,
					5 * GIB, 4096), 0);
	assert_int_equal(lseek(fd, 4 * GIB, SEEK_DATA), 5 * GIB + 4096);
	assert_int_equal(sysc_fallocate(fd, 0, 5 * GIB, 0), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);

	assert_int_equal(sysc_sync_file_range(fd, 5 * GIB, 8192,
					      SYSC_SYNC_FILE_RANGE_WRITE_AND_WAIT), 0);
	assert_int_equal(sysc_sync_file_range(fd, 4 * GIB, 1LL << 62, SYSC_SYNC_FILE_RANGE_WRITE), 0);
	/* A negative offset whose low word is 0, an end past 2^63 whose
	 * high word alone makes it so: EINVAL only if the high words arrive. */
	assert_int_equal(sysc_sync_file_range(fd, -(1LL << 32), 4096, 0), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	assert_int_equal(sysc_sync_file_range(fd, 5 * GIB, 0x7fffffff00000000LL, 0), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);

	assert_int_equal(sysc_fadvise64(fd, 5 * GIB, 4096, SYSC_POSIX_FADV_WILLNEED), 0);
	assert_int_equal(sysc_fadvise64(fd, 0, 0, 99), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	assert_int_equal(sysc_readahead(fd, 5 * GIB, 4096), 0);
	assert_int_equal(sysc_readahead(-1, 0, 0), -1);
	assert_int_equal(sysc_errno, SYSC_EBADF);
	sysc_close(fd);
}

/* The page cache as cachestat sees it, dropped by fadvise(DONTNEED) and
 * refilled by readahead at 5 GiB: a wrong register pair on i386 would act
 * on another offset and leave the count unchanged. */
static void cache_above_4gib(void **state)
{
	int fd = file_rw("cache");
	char page[4096];
	struct sysc_cachestat_range rg = { 5 * GIB, 4096 };
	struct sysc_cachestat cs;

	struct sysc_statfs fs;

	(void)state;
	assert_true(fd >= 0);
	/* tmpfs pages live only in the page cache: never dirty, not dropped
	 * by DONTNEED. The counts below are a disk filesystem's. */
	assert_int_equal(sysc_fstatfs(fd, &fs), 0);
	if (fs.f_type == SYSC_TMPFS_MAGIC) {
		printf("skip: cachestat dirty/DONTNEED counts: the test directory is on tmpfs\n");
		sysc_close(fd);
		skip();
	}
	if (under_qemu_user())
		sysc_close(fd);
	SKIP_UNDER_QEMU_USER("cachestat is ENOSYS (qemu 7.2 does not know it)");
	memset(page, 'c', sizeof page);
	assert_int_equal(sysc_pwrite64(fd, page, 4096, 5 * GIB), 4096);
	assert_int_equal(sysc_cachestat(fd, &rg, &cs, 0), 0);
	assert_int_equal(cs.nr_cache, 1);
	assert_int_equal(cs.nr_dirty, 1);
	assert_int_equal(sysc_fsync(fd), 0);
	assert_int_equal(sysc_fadvise64(fd, 5 * GIB, 4096, SYSC_POSIX_FADV_DONTNEED), 0);
	assert_int_equal(sysc_cachestat(fd, &rg, &cs, 0), 0);
	assert_int_equal(cs.nr_cache, 0);
	assert_int_equal(sysc_readahead(fd, 5 * GIB, 4096), 0);
	assert_int_equal(sysc_cachestat(fd, &rg, &cs, 0), 0);
	assert_int_equal(cs.nr_cache, 1);
	assert_int_equal(cs.nr_dirty, 0);
	assert_int_equal(sysc_cachestat(fd, &rg, &cs, 1), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	sysc_close(fd);
}

/* ---- sendfile, splice, tee, vmsplice, copy_file_range ---- */

static void splice_family(void **state)
{
	int fd = file_rw("splice"), p[2], q[2];
	sysc_off_t off = 5 * GIB, out = 6 * GIB, in2;
	char msg[] = "hello splice", buf[32];
	struct sysc_iovec iov = { msg, 5 };

	(void)state;
	assert_true(fd >= 0);
	assert_int_equal(sysc_pipe2(p, SYSC_O_CLOEXEC), 0);
	assert_int_equal(sysc_pipe2(q, SYSC_O_CLOEXEC), 0);
	assert_int_equal(sysc_pwrite64(fd, msg, 12, 5 * GIB), 12);

	/* file at 5 GiB -> pipe p; *off advances, the file position not. */
	assert_int_equal(sysc_sendfile(p[1], fd, &off, 12), 12);
	assert_int_equal(off, 5 * GIB + 12);
	assert_int_equal(sysc_lseek(fd, 0, SYSC_SEEK_CUR), 0);
	/* tee p -> q duplicates, then splice q -> file at 6 GiB. */
	assert_int_equal(sysc_tee(p[0], q[1], 12, 0), 12);
	assert_int_equal(sysc_splice(q[0], NULL, fd, &out, 12, SYSC_SPLICE_F_MOVE), 12);
	assert_int_equal(out, 6 * GIB + 12);
	assert_int_equal(pread(fd, buf, 12, 6 * GIB), 12);
	assert_memory_equal(buf, msg, 12);
	assert_int_equal(read(p[0], buf, sizeof buf), 12);	/* tee left it */
	assert_memory_equal(buf, msg, 12);
	/* vmsplice user memory into p, splice p -> file at 7 GiB. */
	assert_int_equal(sysc_vmsplice(p[1], &iov, 1, 0), 5);
	out = 7 * GIB;
	assert_int_equal(sysc_splice(p[0], NULL, fd, &out, 5, 0), 5);
	assert_int_equal(pread(fd, buf, 5, 7 * GIB), 5);
	assert_memory_equal(buf, "hello", 5);
	/* copy_file_range 5 GiB -> 8 GiB in the same file. */
	in2 = 5 * GIB;
	out = 8 * GIB;
	assert_int_equal(sysc_copy_file_range(fd, &in2, fd, &out, 12, 0), 12);
	assert_int_equal(pread(fd, buf, 12, 8 * GIB), 12);
	assert_memory_equal(buf, msg, 12);
	assert_int_equal(sysc_splice(fd, NULL, fd, NULL, 1, 0), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);	/* neither end a pipe */
	assert_int_equal(sysc_tee(fd, q[1], 1, 0), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	sysc_close(p[0]), sysc_close(p[1]), sysc_close(q[0]), sysc_close(q[1]);
	sysc_close(fd);
}

/* ---- extended attributes ---- */

static void xattrs(void **state)
{
	int fd = file_rw("xa");
	const char *path = path_of("xa");
	char buf[256];
	long n;

	(void)state;
	assert_true(fd >= 0);
	if (sysc_setxattr(path, "user.sysc", "v1", 2, SYSC_XATTR_CREATE) < 0 &&
	    sysc_errno == SYSC_EOPNOTSUPP) {
		printf("skip: %s has no user xattrs\n", dir);
		skip();
	}
	assert_int_equal(getxattr(path, "user.sysc", buf, sizeof buf), 2);
	assert_memory_equal(buf, "v1", 2);
	assert_int_equal(sysc_setxattr(path, "user.sysc", "v1", 2, SYSC_XATTR_CREATE), -1);
	assert_int_equal(sysc_errno, SYSC_EEXIST);
	assert_int_equal(sysc_lsetxattr(path, "user.l", "lv", 2, 0), 0);
	assert_int_equal(sysc_fsetxattr(fd, "user.f", "fvalue", 6, 0), 0);
	assert_int_equal(sysc_getxattr(path, "user.f", buf, sizeof buf), 6);
	assert_memory_equal(buf, "fvalue", 6);
	assert_int_equal(sysc_lgetxattr(path, "user.l", buf, sizeof buf), 2);
	assert_int_equal(sysc_fgetxattr(fd, "user.sysc", buf, 0), 2);	/* size query */
	n = sysc_listxattr(path, buf, sizeof buf);
	assert_int_equal(n, listxattr(path, buf + 128, 128));
	assert_int_equal(n, sizeof "user.sysc" + sizeof "user.l" + sizeof "user.f");
	assert_int_equal(sysc_llistxattr(path, NULL, 0), n);
	assert_int_equal(sysc_flistxattr(fd, NULL, 0), n);
	assert_int_equal(sysc_removexattr(path, "user.l"), 0);
	assert_int_equal(sysc_lremovexattr(path, "user.f"), 0);
	assert_int_equal(sysc_fremovexattr(fd, "user.f"), -1);
	assert_int_equal(sysc_errno, SYSC_ENODATA);
	assert_int_equal(sysc_fremovexattr(fd, "user.sysc"), 0);
	assert_int_equal(listxattr(path, buf, sizeof buf), 0);
	sysc_close(fd);
}

/* The *xattrat calls (6.13): the value in struct xattr_args. */
static void xattrs_at(void **state)
{
	int fd = file_rw("xat");
	char buf[64] = { 0 };
	struct sysc_xattr_args a = { sysc_ptr64("at-value"), 8, SYSC_XATTR_CREATE };

	(void)state;
	assert_true(fd >= 0);
	if (sysc_setxattrat(dfd, "xat", 0, "user.at", &a, sizeof a) < 0) {
		if (sysc_errno == SYSC_ENOSYS || sysc_errno == SYSC_EOPNOTSUPP) {
			printf("skip: setxattrat: errno %d (kernel < 6.13 or no xattrs)%s\n", sysc_errno, qemu_note());
			skip();
		}
		fail();
	}
	assert_int_equal(getxattr(path_of("xat"), "user.at", buf, sizeof buf), 8);
	assert_memory_equal(buf, "at-value", 8);
	memset(buf, 0, sizeof buf);
	a.value = sysc_ptr64(buf);
	a.size = sizeof buf;
	a.flags = 0;
	assert_int_equal(sysc_getxattrat(dfd, "xat", 0, "user.at", &a, sizeof a), 8);
	assert_memory_equal(buf, "at-value", 8);
	/* An empty path with AT_EMPTY_PATH names the fd itself. */
	assert_int_equal(sysc_listxattrat(fd, "", SYSC_AT_EMPTY_PATH, buf, sizeof buf),
			 sizeof "user.at");
	assert_string_equal(buf, "user.at");
	assert_int_equal(sysc_getxattrat(dfd, "xat", 0, "user.at", &a, 8), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);	/* size below VER0 */
	assert_int_equal(sysc_removexattrat(dfd, "xat", 0, "user.at"), 0);
	assert_int_equal(getxattr(path_of("xat"), "user.at", buf, sizeof buf), -1);
	sysc_close(fd);
}

/* file_getattr/file_setattr (6.17): FS_XFLAG_NODUMP set and read back,
 * and seen through the FS_IOC_GETFLAGS view (FS_NODUMP_FL 0x40). */
static void file_attrs(void **state)
{
	int fd = file_rw("fattr");
	struct sysc_file_attr fa;
	long flags = 0;

	(void)state;
	assert_true(fd >= 0);
	memset(&fa, 0xff, sizeof fa);
	if (sysc_file_getattr(dfd, "fattr", &fa, sizeof fa, 0) < 0) {
		if (sysc_errno == SYSC_ENOSYS || sysc_errno == SYSC_EOPNOTSUPP) {
			printf("skip: file_getattr: errno %d (kernel < 6.17 or fs without it)%s\n", sysc_errno, qemu_note());
			skip();
		}
		fail();
	}
	assert_int_equal(fa.fa_xflags & SYSC_FS_XFLAG_NODUMP, 0);
	fa.fa_xflags |= SYSC_FS_XFLAG_NODUMP;
	fa.fa_nextents = 0;
	assert_int_equal(sysc_file_setattr(dfd, "fattr", &fa, sizeof fa, 0), 0);
	memset(&fa, 0, sizeof fa);
	assert_int_equal(sysc_file_getattr(dfd, "fattr", &fa, sizeof fa, 0), 0);
	assert_true(fa.fa_xflags & SYSC_FS_XFLAG_NODUMP);
	assert_int_equal(sysc_ioctl(fd, 0x80086601 /* FS_IOC_GETFLAGS */, (long)&flags), 0);
	assert_true(flags & 0x40);
	assert_int_equal(sysc_file_getattr(dfd, "fattr", &fa, 16, 0), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	sysc_close(fd);
}

/* ---- file handles ---- */

static void file_handles(void **state)
{
	union {
		struct sysc_file_handle h;
		unsigned char buf[sizeof(struct sysc_file_handle) + SYSC_MAX_HANDLE_SZ];
	} u;
	int fd = file_rw("handle"), mnt = -1, hfd;
	char buf[8];
	struct sysc_stat a, b;

	(void)state;
	assert_true(fd >= 0);
	assert_int_equal(sysc_write(fd, "handle", 6), 6);
	u.h.handle_bytes = 0;
	assert_int_equal(sysc_name_to_handle_at(dfd, "handle", &u.h, &mnt, 0), -1);
	assert_int_equal(sysc_errno, SYSC_EOVERFLOW);	/* and the size is known */
	assert_true(u.h.handle_bytes > 0 && u.h.handle_bytes <= SYSC_MAX_HANDLE_SZ);
	assert_int_equal(sysc_name_to_handle_at(dfd, "handle", &u.h, &mnt, 0), 0);
	assert_true(mnt >= 0);
	hfd = sysc_open_by_handle_at(dfd, &u.h, SYSC_O_RDONLY | SYSC_O_CLOEXEC);
	assert_true(hfd >= 0);
	assert_int_equal(sysc_read(hfd, buf, 8), 6);
	assert_memory_equal(buf, "handle", 6);
	assert_int_equal(sysc_fstat(hfd, &a), 0);
	assert_int_equal(sysc_fstat(fd, &b), 0);
	assert_int_equal(a.st_ino, b.st_ino);
	sysc_close(hfd);
	u.h.handle_bytes = SYSC_MAX_HANDLE_SZ + 1;
	assert_int_equal(sysc_open_by_handle_at(dfd, &u.h, SYSC_O_RDONLY), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	sysc_close(fd);
}

/* ---- Linux AIO ---- */

static void aio(void **state)
{
	int fd = file_rw("aio");
	sysc_aio_context_t ctx = 0;
	char out[] = "aio-data", in[16] = { 0 };
	struct sysc_iocb w, r, *list[1];
	struct sysc_io_event ev[2];
	struct sysc_timespec ts = { 5, 0 };
	sysc_sigset_t mask = 0;
	struct sysc_aio_sigset sig = { &mask, sizeof mask };

	(void)state;
	assert_true(fd >= 0);
	SKIP_UNDER_QEMU_USER("io_setup and the other aio calls are ENOSYS (qemu 7.2 does not emulate them)");
	assert_int_equal(sysc_io_setup(4, &ctx), 0);
	assert_true(ctx != 0);
	memset(&w, 0, sizeof w);
	w.aio_data = 0x1122334455667788ULL;
	w.aio_lio_opcode = SYSC_IOCB_CMD_PWRITE;
	w.aio_fildes = fd;
	w.aio_buf = sysc_ptr64(out);
	w.aio_nbytes = 8;
	w.aio_offset = 5 * GIB;
	list[0] = &w;
	assert_int_equal(sysc_io_submit(ctx, 1, list), 1);
	assert_int_equal(sysc_io_getevents(ctx, 1, 2, ev, &ts), 1);
	assert_int_equal(ev[0].data, 0x1122334455667788ULL);
	assert_int_equal(ev[0].obj, sysc_ptr64(&w));
	assert_int_equal(ev[0].res, 8);
	assert_int_equal(pread(fd, in, 8, 5 * GIB), 8);
	assert_memory_equal(in, out, 8);

	memset(&r, 0, sizeof r);
	r.aio_data = 7;
	r.aio_lio_opcode = SYSC_IOCB_CMD_PREAD;
	r.aio_fildes = fd;
	r.aio_buf = sysc_ptr64(in);
	r.aio_nbytes = sizeof in;
	r.aio_offset = 5 * GIB + 4;
	list[0] = &r;
	assert_int_equal(sysc_io_submit(ctx, 1, list), 1);
	assert_int_equal(sysc_io_pgetevents(ctx, 1, 2, ev, &ts, &sig), 1);
	assert_int_equal(ev[0].data, 7);
	assert_int_equal(ev[0].res, 4);
	assert_memory_equal(in, "data", 4);
	/* Nothing pending: a zero timeout returns at once, cancel finds nothing. */
	ts.tv_sec = 0;
	assert_int_equal(sysc_io_getevents(ctx, 0, 2, ev, &ts), 0);
	assert_int_equal(sysc_io_cancel(ctx, &r, ev), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	sig.sigsetsize = 4;
	assert_int_equal(sysc_io_pgetevents(ctx, 0, 1, ev, &ts, &sig), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	assert_int_equal(sysc_io_destroy(ctx), 0);
	assert_int_equal(sysc_io_destroy(ctx), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	sysc_close(fd);
}

/* ---- io_uring: one NOP through rings mapped at the params' offsets ---- */

static void io_uring_nop(void **state)
{
	struct sysc_io_uring_params p;
	struct sysc_io_uring_sqe *sqes;
	struct sysc_io_uring_cqe *cqe;
	char *sq, *cq;
	size_t sq_len, cq_len;
	uint32_t *tail, *array, head, mask;
	int fd;
	union {
		struct sysc_io_uring_probe pr;
		unsigned char buf[sizeof(struct sysc_io_uring_probe) +
				  64 * sizeof(struct sysc_io_uring_probe_op)];
	} pu;

	(void)state;
	memset(&p, 0, sizeof p);
	fd = sysc_io_uring_setup(4, &p);
	if (fd < 0 && (sysc_errno == SYSC_ENOSYS || sysc_errno == SYSC_EPERM)) {
		printf("skip: io_uring_setup: errno %d (io_uring disabled)%s\n", sysc_errno, qemu_note());
		skip();
	}
	assert_true(fd >= 0);
	assert_int_equal(p.sq_entries, 4);
	assert_int_equal(p.cq_entries, 8);
	assert_true(p.features & SYSC_IORING_FEAT_NODROP);

	sq_len = p.sq_off.array + p.sq_entries * sizeof(uint32_t);
	cq_len = p.cq_off.cqes + p.cq_entries * sizeof(struct sysc_io_uring_cqe);
	sq = mmap(NULL, sq_len, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_POPULATE,
		  fd, SYSC_IORING_OFF_SQ_RING);
	cq = mmap(NULL, cq_len, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_POPULATE,
		  fd, SYSC_IORING_OFF_CQ_RING);
	sqes = mmap(NULL, p.sq_entries * sizeof *sqes, PROT_READ | PROT_WRITE,
		    MAP_SHARED | MAP_POPULATE, fd, SYSC_IORING_OFF_SQES);
	assert_true(sq != MAP_FAILED && cq != MAP_FAILED && sqes != MAP_FAILED);
	assert_int_equal(*(uint32_t *)(sq + p.sq_off.ring_entries), 4);
	assert_int_equal(*(uint32_t *)(cq + p.cq_off.ring_entries), 8);
	mask = *(uint32_t *)(sq + p.sq_off.ring_mask);
	assert_int_equal(mask, 3);

	tail = (uint32_t *)(sq + p.sq_off.tail);
	array = (uint32_t *)(sq + p.sq_off.array);
	memset(&sqes[*tail & mask], 0, sizeof *sqes);
	sqes[*tail & mask].opcode = SYSC_IORING_OP_NOP;
	sqes[*tail & mask].user_data = 0xfeedfacecafe0001ULL;
	array[*tail & mask] = *tail & mask;
	__atomic_store_n(tail, *tail + 1, __ATOMIC_RELEASE);

	assert_int_equal(sysc_io_uring_enter(fd, 1, 1, SYSC_IORING_ENTER_GETEVENTS, NULL, 0), 1);
	head = __atomic_load_n((uint32_t *)(cq + p.cq_off.head), __ATOMIC_ACQUIRE);
	assert_int_equal(__atomic_load_n((uint32_t *)(cq + p.cq_off.tail), __ATOMIC_ACQUIRE),
			 head + 1);
	cqe = (struct sysc_io_uring_cqe *)(cq + p.cq_off.cqes) +
	      (head & *(uint32_t *)(cq + p.cq_off.ring_mask));
	assert_int_equal(cqe->user_data, 0xfeedfacecafe0001ULL);
	assert_int_equal(cqe->res, 0);
	__atomic_store_n((uint32_t *)(cq + p.cq_off.head), head + 1, __ATOMIC_RELEASE);

	memset(&pu, 0, sizeof pu);
	assert_int_equal(sysc_io_uring_register(fd, SYSC_IORING_REGISTER_PROBE, &pu.pr, 64), 0);
	assert_true(pu.pr.last_op >= SYSC_IORING_OP_SENDMSG_ZC);
	assert_true(pu.pr.ops[SYSC_IORING_OP_NOP].flags & SYSC_IO_URING_OP_SUPPORTED);
	assert_int_equal(sysc_io_uring_enter(fd, 0, 0, 1U << 31, NULL, 0), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	munmap(sq, sq_len), munmap(cq, cq_len), munmap(sqes, p.sq_entries * sizeof *sqes);
	sysc_close(fd);
}

/* ---- io_uring registrations: fixed files through the rsrc structs, a
 * provided-buffer ring used by a READ, and the extended enter argument ---- */

struct ring {
	struct sysc_io_uring_params p;
	int fd;
	char *sq, *cq;
	size_t sq_len, cq_len;
	struct sysc_io_uring_sqe *sqes;
};

/* 0, or -1 with the reason printed (io_uring disabled). */
static int ring_open(struct ring *r)
{
	memset(r, 0, sizeof *r);
	r->fd = sysc_io_uring_setup(4, &r->p);
	if (r->fd < 0) {
		printf("skip: io_uring_setup: errno %d (io_uring disabled)%s\n", sysc_errno, qemu_note());
		return -1;
	}
	r->sq_len = r->p.sq_off.array + r->p.sq_entries * sizeof(uint32_t);
	r->cq_len = r->p.cq_off.cqes + r->p.cq_entries * sizeof(struct sysc_io_uring_cqe);
	r->sq = mmap(NULL, r->sq_len, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_POPULATE,
		     r->fd, SYSC_IORING_OFF_SQ_RING);
	r->cq = mmap(NULL, r->cq_len, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_POPULATE,
		     r->fd, SYSC_IORING_OFF_CQ_RING);
	r->sqes = mmap(NULL, r->p.sq_entries * sizeof *r->sqes, PROT_READ | PROT_WRITE,
		       MAP_SHARED | MAP_POPULATE, r->fd, SYSC_IORING_OFF_SQES);
	assert_true(r->sq != MAP_FAILED && r->cq != MAP_FAILED && r->sqes != MAP_FAILED);
	return 0;
}

static void ring_close(struct ring *r)
{
	munmap(r->sq, r->sq_len), munmap(r->cq, r->cq_len);
	munmap(r->sqes, r->p.sq_entries * sizeof *r->sqes);
	sysc_close(r->fd);
}

/* Submits *sqe, waits for its completion and copies it to *cqe. */
static void ring_run(struct ring *r, const struct sysc_io_uring_sqe *sqe,
		     struct sysc_io_uring_cqe *cqe)
{
	uint32_t *tail = (uint32_t *)(r->sq + r->p.sq_off.tail);
	uint32_t mask = *(uint32_t *)(r->sq + r->p.sq_off.ring_mask), head;

	r->sqes[*tail & mask] = *sqe;
	((uint32_t *)(r->sq + r->p.sq_off.array))[*tail & mask] = *tail & mask;
	__atomic_store_n(tail, *tail + 1, __ATOMIC_RELEASE);
	assert_int_equal(sysc_io_uring_enter(r->fd, 1, 1, SYSC_IORING_ENTER_GETEVENTS, NULL, 0), 1);
	head = __atomic_load_n((uint32_t *)(r->cq + r->p.cq_off.head), __ATOMIC_ACQUIRE);
	assert_true(__atomic_load_n((uint32_t *)(r->cq + r->p.cq_off.tail), __ATOMIC_ACQUIRE) != head);
	*cqe = ((struct sysc_io_uring_cqe *)(r->cq + r->p.cq_off.cqes))
		[head & *(uint32_t *)(r->cq + r->p.cq_off.ring_mask)];
	__atomic_store_n((uint32_t *)(r->cq + r->p.cq_off.head), head + 1, __ATOMIC_RELEASE);
}

static void io_uring_registrations(void **state)
{
	struct ring r;
	struct sysc_io_uring_sqe sqe;
	struct sysc_io_uring_cqe cqe;
	struct sysc_io_uring_rsrc_register rr;
	struct sysc_io_uring_rsrc_update2 up2;
	struct sysc_io_uring_files_update fu;
	struct sysc_io_uring_file_index_range range;
	struct sysc_io_uring_buf_reg reg;
	struct sysc_io_uring_buf_ring *br;
	struct sysc_io_uring_buf *bufs;
	struct sysc_io_uring_getevents_arg ga;
	struct sysc_timespec ts = { 0, 20 * 1000 * 1000 };
	int32_t fds[4];
	uint64_t tags[4] = { 11, 12, 0, 0 };
	int pfd[2], extra;
	static char pool[4][64];
	unsigned int bid;

	(void)state;
	if (ring_open(&r) != 0)
		skip();
	assert_int_equal(pipe(pfd), 0);
	extra = sysc_openat(SYSC_AT_FDCWD, "/dev/null", SYSC_O_RDONLY | SYSC_O_CLOEXEC, 0);
	assert_true(extra >= 0);

	/* FILES2: 4 slots, two filled and tagged, two empty. */
	fds[0] = pfd[0], fds[1] = pfd[1], fds[2] = -1, fds[3] = -1;
	memset(&rr, 0, sizeof rr);
	rr.nr = 4;
	rr.data = (uintptr_t)fds;
	rr.tags = (uintptr_t)tags;
	assert_int_equal(sysc_io_uring_register(r.fd, SYSC_IORING_REGISTER_FILES2, &rr, sizeof rr), 0);
	/* A second table is refused while one is registered. */
	assert_int_equal(sysc_io_uring_register(r.fd, SYSC_IORING_REGISTER_FILES2, &rr, sizeof rr), -1);
	assert_int_equal(sysc_errno, SYSC_EBUSY);
	/* FILES_UPDATE2 fills slot 2, FILES_UPDATE slot 3: each returns the
	 * number of slots it set. */
	memset(&up2, 0, sizeof up2);
	up2.offset = 2;
	up2.data = (uintptr_t)&extra;
	up2.nr = 1;
	assert_int_equal(sysc_io_uring_register(r.fd, SYSC_IORING_REGISTER_FILES_UPDATE2,
						&up2, sizeof up2), 1);
	memset(&fu, 0, sizeof fu);
	fu.offset = 3;
	fu.fds = (uintptr_t)&extra;
	assert_int_equal(sysc_io_uring_register(r.fd, SYSC_IORING_REGISTER_FILES_UPDATE, &fu, 1), 1);
	/* Past the table: refused. */
	fu.offset = 4;
	assert_int_equal(sysc_io_uring_register(r.fd, SYSC_IORING_REGISTER_FILES_UPDATE, &fu, 1), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	memset(&range, 0, sizeof range);
	range.off = 2;
	range.len = 2;
	assert_int_equal(sysc_io_uring_register(r.fd, SYSC_IORING_REGISTER_FILE_ALLOC_RANGE,
						&range, 0), 0);
	/* A READ of fixed file 0 (the pipe's read end). */
	assert_int_equal(write(pfd[1], "fixed", 5), 5);
	memset(&sqe, 0, sizeof sqe);
	sqe.opcode = SYSC_IORING_OP_READ;
	sqe.flags = SYSC_IOSQE_FIXED_FILE;
	sqe.fd = 0;
	sqe.addr = (uintptr_t)pool[0];
	sqe.len = sizeof pool[0];
	sqe.user_data = 1;
	ring_run(&r, &sqe, &cqe);
	assert_int_equal(cqe.res, 5);
	assert_memory_equal(pool[0], "fixed", 5);
	assert_int_equal(sysc_io_uring_register(r.fd, SYSC_IORING_UNREGISTER_FILES, NULL, 0), 0);
	/* Each tagged slot, released, posts a CQE with its tag as user_data. */
	{
		uint32_t head, tail;
		uint64_t seen = 0;

		/* The kernel posts them once the old table's last user is
		 * gone, which may be later: wait, but never without a bound
		 * (5 s in all, in 20 ms slices). */
		memset(&ga, 0, sizeof ga);
		ga.ts = (uintptr_t)&ts;
		for (int i = 0; i < 250; i++) {
			head = __atomic_load_n((uint32_t *)(r.cq + r.p.cq_off.head), __ATOMIC_ACQUIRE);
			tail = __atomic_load_n((uint32_t *)(r.cq + r.p.cq_off.tail), __ATOMIC_ACQUIRE);
			if (tail - head >= 2)
				break;
			sysc_io_uring_enter(r.fd, 0, 2, SYSC_IORING_ENTER_GETEVENTS | SYSC_IORING_ENTER_EXT_ARG,
					    &ga, sizeof ga);
		}
		/* Kernels before 6.13 post them only when the old table's
		 * node is put, after a later ring operation, not at
		 * unregister (seen: none within 5 s on 6.1 and 6.12). */
		if (tail == head && !kernel_at_least(6, 13)) {
			printf("skip: tag CQEs at unregister of a file table: not posted before Linux 6.13\n");
			ring_close(&r);
			skip();
		}
		if (tail - head != 2)
			fail_msg("tagged file slots released: %u of 2 tag CQEs within 5 s", tail - head);
		for (; head != tail; head++) {
			cqe = ((struct sysc_io_uring_cqe *)(r.cq + r.p.cq_off.cqes))
				[head & *(uint32_t *)(r.cq + r.p.cq_off.ring_mask)];
			assert_int_equal(cqe.res, 0);
			seen += cqe.user_data;
			assert_true(cqe.user_data == 11 || cqe.user_data == 12);
		}
		assert_int_equal(seen, 23);
		__atomic_store_n((uint32_t *)(r.cq + r.p.cq_off.head), tail, __ATOMIC_RELEASE);
	}

	/* A provided-buffer ring of 4 entries, group 7, on its own page. */
	br = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	assert_true(br != MAP_FAILED);
	memset(&reg, 0, sizeof reg);
	reg.ring_addr = (uintptr_t)br;
	reg.ring_entries = 4;
	reg.bgid = 7;
	if (sysc_io_uring_register(r.fd, SYSC_IORING_REGISTER_PBUF_RING, &reg, 1) != 0) {
		printf("skip: IORING_REGISTER_PBUF_RING: errno %d (kernel < 5.19)\n", sysc_errno);
		munmap(br, 4096), ring_close(&r);
		skip();
	}
	assert_int_equal(sysc_io_uring_register(r.fd, SYSC_IORING_REGISTER_PBUF_RING, &reg, 1), -1);
	assert_int_equal(sysc_errno, SYSC_EEXIST);
	bufs = br->u.bufs;	/* entries 0..3; u.h.tail overlays bufs[0].resv */
	for (bid = 0; bid < 4; bid++) {
		bufs[bid].addr = (uintptr_t)pool[bid];
		bufs[bid].len = sizeof pool[bid];
		bufs[bid].bid = (uint16_t)(100 + bid);
	}
	__atomic_store_n(&br->u.h.tail, 4, __ATOMIC_RELEASE);
	/* A READ with no buffer, selecting one from group 7. */
	memset(pool, 0, sizeof pool);
	assert_int_equal(write(pfd[1], "selected", 8), 8);
	memset(&sqe, 0, sizeof sqe);
	sqe.opcode = SYSC_IORING_OP_READ;
	sqe.flags = SYSC_IOSQE_BUFFER_SELECT;
	sqe.fd = pfd[0];
	sqe.len = sizeof pool[0];
	sqe.buf_index = 7;	/* buf_group */
	sqe.user_data = 2;
	ring_run(&r, &sqe, &cqe);
	assert_int_equal(cqe.res, 8);
	assert_true(cqe.flags & SYSC_IORING_CQE_F_BUFFER);
	bid = cqe.flags >> SYSC_IORING_CQE_BUFFER_SHIFT;
	assert_int_equal(bid, 100);
	assert_memory_equal(pool[0], "selected", 8);
	assert_int_equal(sysc_io_uring_register(r.fd, SYSC_IORING_UNREGISTER_PBUF_RING, &reg, 1), 0);
	/* Gone: a second unregister finds no group 7. */
	assert_int_equal(sysc_io_uring_register(r.fd, SYSC_IORING_UNREGISTER_PBUF_RING, &reg, 1), -1);
	assert_int_equal(sysc_errno, SYSC_ENOENT);
	munmap(br, 4096);

	/* EXT_ARG: nothing pending, so the 20 ms in ts expire. */
	memset(&ga, 0, sizeof ga);
	ga.ts = (uintptr_t)&ts;
	assert_int_equal(sysc_io_uring_enter(r.fd, 0, 1, SYSC_IORING_ENTER_GETEVENTS |
					     SYSC_IORING_ENTER_EXT_ARG, &ga, sizeof ga), -1);
	assert_int_equal(sysc_errno, SYSC_ETIME);
	/* A wrong argsz is refused. */
	assert_int_equal(sysc_io_uring_enter(r.fd, 0, 1, SYSC_IORING_ENTER_GETEVENTS |
					     SYSC_IORING_ENTER_EXT_ARG, &ga, sizeof ga - 8), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);

	sysc_close(extra), sysc_close(pfd[0]), sysc_close(pfd[1]);
	ring_close(&r);
}

/* ---- inotify ---- */

static void inotify(void **state)
{
	union {
		struct sysc_inotify_event ev;
		char buf[512];
	} u;
	struct sysc_inotify_event *e;
	int fd, wd, f;

	(void)state;
	fd = sysc_inotify_init1(SYSC_IN_NONBLOCK | SYSC_IN_CLOEXEC);
	assert_true(fd >= 0);
	assert_true(fcntl(fd, F_GETFL) & O_NONBLOCK);
	wd = sysc_inotify_add_watch(fd, dir, SYSC_IN_CREATE | SYSC_IN_DELETE);
	assert_true(wd >= 0);
	assert_int_equal(sysc_read(fd, u.buf, sizeof u.buf), -1);
	assert_int_equal(sysc_errno, SYSC_EAGAIN);
	f = file_rw("watched");
	assert_true(f >= 0);
	sysc_close(f);
	assert_true(sysc_read(fd, u.buf, sizeof u.buf) >= (long)sizeof u.ev);
	assert_int_equal(u.ev.wd, wd);
	assert_int_equal(u.ev.mask, SYSC_IN_CREATE);
	assert_int_equal(u.ev.cookie, 0);
	assert_true(u.ev.len >= sizeof "watched");
	assert_string_equal(u.ev.name, "watched");
	assert_int_equal(sysc_inotify_rm_watch(fd, wd), 0);
	assert_true(sysc_read(fd, u.buf, sizeof u.buf) >= (long)sizeof u.ev);
	e = &u.ev;
	assert_int_equal(e->mask, SYSC_IN_IGNORED);
	assert_int_equal(sysc_inotify_rm_watch(fd, wd), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	assert_int_equal(sysc_inotify_add_watch(fd, path_of("nonexistent"), SYSC_IN_OPEN), -1);
	assert_int_equal(sysc_errno, SYSC_ENOENT);
	sysc_close(fd);
	fd = sysc_inotify_init();
	assert_true(fd >= 0);
	assert_int_equal(fcntl(fd, F_GETFL) & O_NONBLOCK, 0);
	assert_int_equal(fcntl(fd, F_GETFD) & FD_CLOEXEC, 0);
	sysc_close(fd);
}

/* ---- fanotify (root; in a child so its group does not outlive it) ---- */

static void fanotify_child(void)
{
	struct sysc_fanotify_event_metadata m[4];
	int fd, f;
	long n;

	if (geteuid() != 0)
		CHILD_SKIP("skip: fanotify needs CAP_SYS_ADMIN\n");
	fd = sysc_fanotify_init(SYSC_FAN_CLASS_NOTIF | SYSC_FAN_CLOEXEC | SYSC_FAN_NONBLOCK,
				SYSC_O_RDONLY | SYSC_O_CLOEXEC);
	if (fd < 0 && (sysc_errno == SYSC_ENOSYS || sysc_errno == SYSC_EPERM))
		CHILD_SKIP("skip: fanotify_init: errno %d%s\n", sysc_errno, qemu_note());
	CHK(fd >= 0);
	/* A bit above 32 is not a valid event: refused only when the high
	 * word of the mask arrives (i386 splits it). */
	CHK(sysc_fanotify_mark(fd, SYSC_FAN_MARK_ADD, (1ULL << 40) | SYSC_FAN_OPEN,
			       SYSC_AT_FDCWD, dir) == -1 && sysc_errno == SYSC_EINVAL);
	CHK(sysc_fanotify_mark(fd, SYSC_FAN_MARK_ADD, SYSC_FAN_CLOSE_WRITE,
			       dfd, "fan") == -1 && sysc_errno == SYSC_ENOENT);
	f = file_rw("fan");
	CHK(f >= 0);
	CHK(sysc_fanotify_mark(fd, SYSC_FAN_MARK_ADD, SYSC_FAN_CLOSE_WRITE, dfd, "fan") == 0);
	CHK(sysc_write(f, "x", 1) == 1);
	sysc_close(f);
	n = sysc_read(fd, m, sizeof m);
	CHK(n >= (long)sizeof m[0]);
	CHK(m[0].vers == SYSC_FANOTIFY_METADATA_VERSION);
	CHK(m[0].metadata_len == sizeof m[0]);
	CHK(m[0].event_len == sizeof m[0]);
	CHK(m[0].mask == SYSC_FAN_CLOSE_WRITE);
	CHK(m[0].pid == getpid());
	CHK(m[0].fd >= 0);
	{
		struct stat a, b;

		CHK(fstat(m[0].fd, &a) == 0 && stat(path_of("fan"), &b) == 0);
		CHK(a.st_ino == b.st_ino);
	}
	CHK(sysc_fanotify_mark(fd, SYSC_FAN_MARK_REMOVE, SYSC_FAN_CLOSE_WRITE, dfd, "fan") == 0);
	sysc_close(fd);
}

static void fanotify(void **state)
{
	(void)state;
	in_child(fanotify_child);
}

/* FAN_REPORT_FID: no fd, one FID info record after the metadata, walked
 * with the info structs: its fsid is the filesystem's and its handle the
 * one name_to_handle_at gives for the file. */
static void fanotify_fid_child(void)
{
	union {
		struct sysc_fanotify_event_metadata m;
		unsigned char buf[4096];
	} ev;
	union {
		struct sysc_file_handle h;
		unsigned char buf[sizeof(struct sysc_file_handle) + SYSC_MAX_HANDLE_SZ];
	} want;
	const struct sysc_fanotify_event_info_fid *fid;
	const struct sysc_file_handle *fh;
	struct sysc_statfs sfs;
	int fd, f, mnt;
	long n;

	if (geteuid() != 0)
		CHILD_SKIP("skip: fanotify needs CAP_SYS_ADMIN\n");
	fd = sysc_fanotify_init(SYSC_FAN_CLASS_NOTIF | SYSC_FAN_REPORT_FID |
				SYSC_FAN_CLOEXEC | SYSC_FAN_NONBLOCK,
				SYSC_O_RDONLY | SYSC_O_CLOEXEC);
	if (fd < 0 && (sysc_errno == SYSC_ENOSYS || sysc_errno == SYSC_EPERM ||
		       sysc_errno == SYSC_EINVAL))
		CHILD_SKIP("skip: fanotify_init(FAN_REPORT_FID): errno %d%s\n", sysc_errno, qemu_note());
	CHK(fd >= 0);
	f = file_rw("fanfid");
	CHK(f >= 0);
	if (sysc_fanotify_mark(fd, SYSC_FAN_MARK_ADD, SYSC_FAN_CLOSE_WRITE, dfd,
			       "fanfid") != 0) {
		if (sysc_errno == SYSC_EOPNOTSUPP || sysc_errno == SYSC_EXDEV ||
		    sysc_errno == SYSC_ENODEV)
			CHILD_SKIP("skip: %s refuses FAN_REPORT_FID marks: errno %d\n",
				   dir, sysc_errno);
		CHK(0);
	}
	CHK(sysc_write(f, "x", 1) == 1);
	sysc_close(f);
	n = sysc_read(fd, ev.buf, sizeof ev.buf);
	CHK(n >= (long)sizeof ev.m);
	CHK(ev.m.vers == SYSC_FANOTIFY_METADATA_VERSION);
	CHK(ev.m.metadata_len == sizeof ev.m);
	CHK(ev.m.mask == SYSC_FAN_CLOSE_WRITE);
	CHK(ev.m.fd == SYSC_FAN_NOFD);
	CHK(ev.m.event_len > ev.m.metadata_len && (long)ev.m.event_len <= n);

	fid = (const struct sysc_fanotify_event_info_fid *)(ev.buf + ev.m.metadata_len);
	CHK(fid->hdr.info_type == SYSC_FAN_EVENT_INFO_TYPE_FID);
	CHK(ev.m.metadata_len + fid->hdr.len == ev.m.event_len);	/* the one record */
	fh = (const struct sysc_file_handle *)fid->handle;
	CHK(fh->handle_bytes > 0 && fh->handle_bytes <= SYSC_MAX_HANDLE_SZ);
	/* header, fsid, handle header and bytes, padded to 4 */
	CHK(fid->hdr.len == ((sizeof *fid + sizeof *fh + fh->handle_bytes + 3) & ~3UL));
	CHK(sysc_fstatfs(dfd, &sfs) == 0);
	CHK(memcmp(&fid->fsid, &sfs.f_fsid, sizeof fid->fsid) == 0);
	want.h.handle_bytes = SYSC_MAX_HANDLE_SZ;
	CHK(sysc_name_to_handle_at(dfd, "fanfid", &want.h, &mnt, 0) == 0);
	CHK(fh->handle_type == want.h.handle_type);
	CHK(fh->handle_bytes == want.h.handle_bytes);
	CHK(memcmp(fh->f_handle, want.h.f_handle, fh->handle_bytes) == 0);
	sysc_close(fd);
}

static void fanotify_fid(void **state)
{
	(void)state;
	in_child(fanotify_fid_child);
}

/* ---- mounts: the new API, the old one, statmount/listmount, pivot_root,
 * in a child with a private mount namespace ---- */

static uint64_t mount_id_of(const char *path)
{
	struct sysc_statx stx;

	CHK(sysc_statx(SYSC_AT_FDCWD, path, 0, 0x4000 /* STATX_MNT_ID_UNIQUE */, &stx) == 0);
	CHK(stx.stx_mask & 0x4000);
	return stx.stx_mnt_id;
}

static void mount_child(void)
{
	char m1[128], m2[128], m3[128];
	int fs, mfd, tfd, f;
	uint64_t id, ids[256];
	long n, i;
	union {
		struct sysc_statmount sm;
		char buf[4096];
	} u;
	struct sysc_mnt_id_req req;
	struct sysc_mount_attr attr;

	if (unshare(CLONE_NEWNS) != 0)
		CHILD_SKIP("skip: unshare(CLONE_NEWNS) refused\n");
	CHK(sysc_mount(NULL, "/", NULL, SYSC_MS_REC | SYSC_MS_PRIVATE, NULL) == 0);
	snprintf(m1, sizeof m1, "%s/m1", dir);
	snprintf(m2, sizeof m2, "%s/m2", dir);
	snprintf(m3, sizeof m3, "%s/m3", dir);
	CHK(mkdir(m1, 0700) == 0 && mkdir(m2, 0700) == 0 && mkdir(m3, 0700) == 0);

	/* fsopen -> fsconfig -> fsmount -> move_mount. */
	fs = sysc_fsopen("tmpfs", SYSC_FSOPEN_CLOEXEC);
	CHK(fs >= 0);
	CHK(sysc_fsconfig(fs, SYSC_FSCONFIG_SET_STRING, "size", "1m", 0) == 0);
	CHK(sysc_fsconfig(fs, SYSC_FSCONFIG_SET_STRING, "nonsense-option", "1", 0) == -1 &&
	    sysc_errno == SYSC_EINVAL);
	CHK(sysc_fsconfig(fs, SYSC_FSCONFIG_CMD_CREATE, NULL, NULL, 0) == 0);
	mfd = sysc_fsmount(fs, SYSC_FSMOUNT_CLOEXEC, SYSC_MOUNT_ATTR_NODEV);
	CHK(mfd >= 0);
	CHK(sysc_move_mount(mfd, "", SYSC_AT_FDCWD, m1, SYSC_MOVE_MOUNT_F_EMPTY_PATH) == 0);
	sysc_close(mfd);	/* an open fd on the mount would keep it busy */
	sysc_close(fs);
	f = sysc_openat(SYSC_AT_FDCWD, path_of("m1/inside"), SYSC_O_CREAT | SYSC_O_WRONLY, 0600);
	CHK(f >= 0);
	sysc_close(f);
	CHK(access(path_of("m1/inside"), F_OK) == 0);

	/* statmount: the mount we made, found by its unique id. */
	id = mount_id_of(m1);
	memset(&req, 0, sizeof req);
	req.size = sizeof req;
	req.mnt_id = id;
	req.param = SYSC_STATMOUNT_MNT_BASIC | SYSC_STATMOUNT_FS_TYPE |
		    SYSC_STATMOUNT_MNT_POINT | SYSC_STATMOUNT_SB_BASIC;
	n = sysc_statmount(&req, &u.sm, sizeof u, 0);
	if (n < 0 && sysc_errno == SYSC_ENOSYS)
		CHILD_SKIP("skip: no statmount (kernel < 6.8)\n");
	CHK(n == 0);
	CHK(u.sm.mnt_id == id);
	CHK(u.sm.mask & SYSC_STATMOUNT_FS_TYPE);
	CHK(strcmp(u.sm.str + u.sm.fs_type, "tmpfs") == 0);
	CHK(strcmp(u.sm.str + u.sm.mnt_point, m1) == 0);
	CHK(u.sm.mnt_attr & SYSC_MOUNT_ATTR_NODEV);
	CHK(u.sm.sb_magic == 0x01021994);	/* TMPFS_MAGIC */
	CHK(u.sm.size > sizeof u.sm && u.sm.size <= sizeof u);
	/* listmount from the root lists it among the namespace's mounts. */
	req.mnt_id = SYSC_LSMT_ROOT;
	req.param = 0;
	n = sysc_listmount(&req, ids, 256, 0);
	CHK(n > 0);
	for (i = 0; i < n && ids[i] != id; i++)
		;
	CHK(i < n);
	CHK(sysc_listmount(&req, ids, 256, 0x80) == -1 && sysc_errno == SYSC_EINVAL);

	/* mount_setattr: read-only, seen by a failing create. */
	memset(&attr, 0, sizeof attr);
	attr.attr_set = SYSC_MOUNT_ATTR_RDONLY;
	CHK(sysc_mount_setattr(SYSC_AT_FDCWD, m1, 0, &attr, sizeof attr) == 0);
	CHK(sysc_openat(SYSC_AT_FDCWD, path_of("m1/ro"), SYSC_O_CREAT | SYSC_O_WRONLY, 0600) == -1 &&
	    sysc_errno == SYSC_EROFS);
	CHK(sysc_mount_setattr(SYSC_AT_FDCWD, m1, 0, &attr, 8) == -1 && sysc_errno == SYSC_EINVAL);

	/* open_tree: a detached clone, attached at m2; fspick reconfigures. */
	tfd = sysc_open_tree(SYSC_AT_FDCWD, m1, SYSC_OPEN_TREE_CLONE | SYSC_OPEN_TREE_CLOEXEC);
	CHK(tfd >= 0);
	CHK(sysc_move_mount(tfd, "", SYSC_AT_FDCWD, m2, SYSC_MOVE_MOUNT_F_EMPTY_PATH) == 0);
	CHK(access(path_of("m2/inside"), F_OK) == 0);
	sysc_close(tfd);
	fs = sysc_fspick(SYSC_AT_FDCWD, m2, SYSC_FSPICK_CLOEXEC);
	CHK(fs >= 0);
	CHK(sysc_fsconfig(fs, SYSC_FSCONFIG_SET_STRING, "size", "2m", 0) == 0);
	CHK(sysc_fsconfig(fs, SYSC_FSCONFIG_CMD_RECONFIGURE, NULL, NULL, 0) == 0);
	sysc_close(fs);

	/* open_tree_attr (6.15): a clone made writable as it is taken. */
	memset(&attr, 0, sizeof attr);
	attr.attr_clr = SYSC_MOUNT_ATTR_RDONLY;
	tfd = sysc_open_tree_attr(SYSC_AT_FDCWD, m1, SYSC_OPEN_TREE_CLONE | SYSC_OPEN_TREE_CLOEXEC,
				  &attr, sizeof attr);
	if (tfd < 0 && sysc_errno == SYSC_ENOSYS) {
		printf("note: no open_tree_attr (kernel < 6.15)\n");
	} else {
		CHK(tfd >= 0);
		CHK(sysc_move_mount(tfd, "", SYSC_AT_FDCWD, m3, SYSC_MOVE_MOUNT_F_EMPTY_PATH) == 0);
		f = sysc_openat(SYSC_AT_FDCWD, path_of("m3/rw"), SYSC_O_CREAT | SYSC_O_WRONLY, 0600);
		CHK(f >= 0);
		sysc_close(f);
		sysc_close(tfd);
		CHK(sysc_umount2(m3, SYSC_MNT_DETACH) == 0);
	}

	/* umount2 and umount: the files disappear with the mounts. */
	CHK(sysc_umount2(m2, SYSC_MNT_DETACH) == 0);
	CHK(access(path_of("m2/inside"), F_OK) == -1);
	CHK(sysc_umount(m1) == 0);
	CHK(access(path_of("m1/inside"), F_OK) == -1);
	CHK(sysc_umount(m1) == -1 && sysc_errno == SYSC_EINVAL);	/* not a mount */

	/* The classic mount, then pivot_root into it ("." over "."). */
	CHK(sysc_mount("none", m1, "tmpfs", SYSC_MS_NOSUID, "size=1m,mode=0755") == 0);
	f = sysc_openat(SYSC_AT_FDCWD, path_of("m1/newroot-marker"), SYSC_O_CREAT | SYSC_O_WRONLY, 0600);
	CHK(f >= 0);
	sysc_close(f);
	CHK(sysc_mount(NULL, m1, "no-such-fs", 0, NULL) == -1 && sysc_errno == SYSC_ENODEV);
	CHK(chdir(m1) == 0);
	CHK(sysc_pivot_root(".", ".") == 0);
	CHK(sysc_umount2(".", SYSC_MNT_DETACH) == 0);
	CHK(chdir("/") == 0);
	CHK(access("/newroot-marker", F_OK) == 0);
	CHK(sysc_pivot_root("/nonexistent", "/") == -1 && sysc_errno == SYSC_ENOENT);
}

static void mounts(void **state)
{
	(void)state;
	/* It names mounts by STATX_MNT_ID_UNIQUE and reads them back with
	 * statmount/listmount: all Linux 6.8. */
	if (!kernel_at_least(6, 8)) {
		printf("skip: mounts: STATX_MNT_ID_UNIQUE, statmount and listmount need Linux 6.8\n");
		skip();
	}
	SKIP_UNDER_QEMU_USER("fsopen, fsmount, move_mount and the other new mount calls are ENOSYS (qemu 7.2 does not emulate them)");
	in_child(mount_child);
}

/* listns (6.19): the namespaces the caller may see; this one's mount
 * namespace id is among them. An older kernel lacks the call. */
static void list_namespaces(void **state)
{
	struct sysc_ns_id_req req;
	uint64_t ids[64];
	long n;

	(void)state;
	memset(&req, 0, sizeof req);
	req.size = sizeof req;
	req.ns_type = 0x00020000;	/* CLONE_NEWNS */
	n = sysc_listns(&req, ids, 64, 0);
	if (n < 0 && sysc_errno == SYSC_ENOSYS) {
		printf("skip: listns: ENOSYS (kernel < 6.19)%s\n", qemu_note());
		skip();
	}
	assert_true(n > 0);
	req.size = 8;
	assert_int_equal(sysc_listns(&req, ids, 64, 0), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
}

/* ---- quotas and swap: no quota or swap here; the kernel's answers show
 * which arguments it read ---- */

static void quota_and_swap(void **state)
{
	int fmt = 0, fd = file_rw("notswap");
	struct sysc_if_dqinfo info;
	char zero[4096] = { 0 };

	(void)state;
	SKIP_UNDER_QEMU_USER("quotactl is ENOSYS (qemu 7.2 does not emulate it)");
	/* Q_SYNC with no device syncs every filesystem: a success path. */
	assert_int_equal(sysc_quotactl(SYSC_QCMD(SYSC_Q_SYNC, SYSC_USRQUOTA), NULL, 0, NULL), 0);
	assert_int_equal(sysc_quotactl(SYSC_QCMD(SYSC_Q_GETFMT, SYSC_USRQUOTA),
				       "/nonexistent-sysc-device", 0, &fmt), -1);
	assert_int_equal(sysc_errno, SYSC_ENOENT);	/* the path was read */
	assert_int_equal(sysc_quotactl(SYSC_QCMD(SYSC_Q_GETFMT, SYSC_USRQUOTA),
				       dir, 0, &fmt), -1);
	assert_int_equal(sysc_errno, SYSC_ENOTBLK);	/* a directory, not a device */
	/* quotactl_fd on a filesystem without quota: ESRCH (quota off) or
	 * the fs's refusal; a bad fd EBADF. */
	assert_int_equal(sysc_quotactl_fd(dfd, SYSC_QCMD(SYSC_Q_GETINFO, SYSC_USRQUOTA), 0, &info), -1);
	assert_true(sysc_errno == SYSC_ESRCH || sysc_errno == SYSC_ENOSYS ||
		    sysc_errno == SYSC_EOPNOTSUPP);
	assert_int_equal(sysc_quotactl_fd(-1, SYSC_QCMD(SYSC_Q_GETINFO, SYSC_USRQUOTA), 0, &info), -1);
	assert_int_equal(sysc_errno, SYSC_EBADF);

	assert_true(fd >= 0);
	for (int i = 0; i < 16; i++)
		assert_int_equal(sysc_write(fd, zero, sizeof zero), sizeof zero);
	sysc_close(fd);
	assert_int_equal(sysc_swapon("/nonexistent-sysc-swap", 0), -1);
	assert_true(sysc_errno == SYSC_ENOENT || sysc_errno == SYSC_EPERM);
	if (geteuid() == 0) {
		/* No swap signature in 64 KiB of zeros. */
		assert_int_equal(sysc_swapon(path_of("notswap"), 0), -1);
		assert_int_equal(sysc_errno, SYSC_EINVAL);
		assert_int_equal(sysc_swapoff(path_of("notswap")), -1);
		assert_int_equal(sysc_errno, SYSC_EINVAL);	/* not a swap area */
		assert_int_equal(sysc_swapoff("/nonexistent-sysc-swap"), -1);
		assert_int_equal(sysc_errno, SYSC_ENOENT);
	}
}

/* ---- landlock: a child restricted to reading one directory ---- */

static void landlock_child(void)
{
	struct sysc_landlock_ruleset_attr ra;
	struct sysc_landlock_path_beneath_attr pb;
	struct sysc_landlock_net_port_attr np;
	int abi, rs, f;

	abi = sysc_landlock_create_ruleset(NULL, 0, SYSC_LANDLOCK_CREATE_RULESET_VERSION);
	if (abi < 0)
		CHILD_SKIP("skip: landlock: errno %d (not enabled)%s\n", sysc_errno, qemu_note());
	CHK(abi >= 1);
	f = sysc_openat(dfd, "ll", SYSC_O_CREAT | SYSC_O_WRONLY | SYSC_O_TRUNC, 0600);
	CHK(f >= 0 && sysc_write(f, "ok", 2) == 2);
	sysc_close(f);

	memset(&ra, 0, sizeof ra);
	ra.handled_access_fs = SYSC_LANDLOCK_ACCESS_FS_READ_FILE | SYSC_LANDLOCK_ACCESS_FS_WRITE_FILE;
	if (abi >= 4)
		ra.handled_access_net = SYSC_LANDLOCK_ACCESS_NET_BIND_TCP;
	/* The size says how much of the struct the kernel reads. */
	rs = sysc_landlock_create_ruleset(&ra, abi >= 6 ? sizeof ra : abi >= 4 ? 16 : 8, 0);
	CHK(rs >= 0);
	pb.allowed_access = SYSC_LANDLOCK_ACCESS_FS_READ_FILE;
	pb.parent_fd = dfd;
	CHK(sysc_landlock_add_rule(rs, SYSC_LANDLOCK_RULE_PATH_BENEATH, &pb, 0) == 0);
	pb.allowed_access = 1ULL << 50;	/* not handled by the ruleset */
	CHK(sysc_landlock_add_rule(rs, SYSC_LANDLOCK_RULE_PATH_BENEATH, &pb, 0) == -1 &&
	    sysc_errno == SYSC_EINVAL);
	if (abi >= 4) {
		np.allowed_access = SYSC_LANDLOCK_ACCESS_NET_BIND_TCP;
		np.port = 8080;
		CHK(sysc_landlock_add_rule(rs, SYSC_LANDLOCK_RULE_NET_PORT, &np, 0) == 0);
	}
	CHK(prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) == 0);
	CHK(sysc_landlock_restrict_self(rs, 0) == 0);
	sysc_close(rs);

	f = sysc_openat(dfd, "ll", SYSC_O_RDONLY, 0);
	CHK(f >= 0);
	sysc_close(f);
	CHK(sysc_openat(dfd, "ll", SYSC_O_WRONLY, 0) == -1 && sysc_errno == SYSC_EACCES);
	CHK(sysc_openat(SYSC_AT_FDCWD, "/etc/passwd", SYSC_O_RDONLY, 0) == -1 &&
	    sysc_errno == SYSC_EACCES);
	CHK(sysc_landlock_restrict_self(-1, 0) == -1 && sysc_errno == SYSC_EBADF);
}

static void landlock(void **state)
{
	(void)state;
	in_child(landlock_child);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(vectored_above_4gib),
		cmocka_unit_test(ranges_above_4gib),
		cmocka_unit_test(cache_above_4gib),
		cmocka_unit_test(splice_family),
		cmocka_unit_test(xattrs),
		cmocka_unit_test(xattrs_at),
		cmocka_unit_test(file_attrs),
		cmocka_unit_test(file_handles),
		cmocka_unit_test(aio),
		cmocka_unit_test(io_uring_nop),
		cmocka_unit_test(io_uring_registrations),
		cmocka_unit_test(inotify),
		cmocka_unit_test(fanotify),
		cmocka_unit_test(fanotify_fid),
		cmocka_unit_test(mounts),
		cmocka_unit_test(list_namespaces),
		cmocka_unit_test(quota_and_swap),
		cmocka_unit_test(landlock),
	};
	return cmocka_run_group_tests(tests, tmpdir_setup, tmpdir_teardown);
}
