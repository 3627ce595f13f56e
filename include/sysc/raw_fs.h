/* Raw wrappers written by hand ("@" entries of tools/wrappers/fs.tsv):
 * files, paths, metadata, descriptors. Included by sysc/raw.h after the
 * generated ones. The errno forms are in src/fs.c and share the helpers
 * below. */
#ifndef SYSC_RAW_FS_H
#define SYSC_RAW_FS_H

#include "raw.h"

/* dup2 through dup3, which refuses oldfd == newfd (EINVAL) where dup2
 * returns newfd if it is open: that case asks fcntl(F_GETFD) instead, so
 * a closed fd still gives EBADF. */
static inline long sysc_raw_dup2(int oldfd, int newfd)
{
	if (oldfd == newfd) {
#if defined(SYSC__FAMILY32)
		long r = sysc_raw_syscall3(SYSC_NR_fcntl64, oldfd, SYSC_F_GETFD, 0);
#else
		long r = sysc_raw_syscall3(SYSC_NR_fcntl, oldfd, SYSC_F_GETFD, 0);
#endif
		return r < 0 ? r : newfd;
	}
	return sysc_raw_syscall3(SYSC_NR_dup3, oldfd, newfd, 0);
}

#if defined(SYSC__FAMILY32)
/* fcntl64 with the 32-bit-offset lock commands F_GETLK/SETLK/SETLKW (5..7)
 * turned into their 64-bit forms (12..14): sysc's struct sysc_flock is the
 * kernel's flock64 (see sysc/types_fs.h). */
static inline int sysc__fcntl_cmd(int cmd)
{
	return cmd >= 5 && cmd <= 7 ? cmd + 7 : cmd;
}

static inline long sysc_raw_fcntl(int fd, int cmd, long arg)
{
	return sysc_raw_syscall3(SYSC_NR_fcntl64, fd, sysc__fcntl_cmd(cmd), arg);
}

/* openat2 has no compat entry: on a 64-bit kernel an i386 caller gets
 * O_LARGEFILE added (force_o_largefile() is true there), on a 32-bit
 * kernel it does not, and a file over 2 GiB fails with EOVERFLOW. sysc
 * adds it as its openat does, except with O_PATH, where openat2 refuses
 * it. The struct is extensible, so the copy keeps whatever follows the
 * fields sysc knows (up to 64 bytes; a larger one goes unchanged).
 * Reading the struct here means a bad `how` pointer faults in the caller
 * rather than giving EFAULT (a pointer into the first page is passed on
 * unread, so NULL still gives EFAULT). */
#define SYSC__OPEN_HOW_COPY 64
static inline const struct sysc_open_how *
sysc__open_how_large(const struct sysc_open_how *how, size_t size,
		     uint64_t *copy)
{
	if ((size_t)how < 4096 || size < sizeof(*how) ||
	    size > SYSC__OPEN_HOW_COPY ||
	    (how->flags & (SYSC_O_PATH | SYSC_O_LARGEFILE)))
		return how;
	for (size_t i = 0; i < size; i++)
		((unsigned char *)copy)[i] = ((const unsigned char *)how)[i];
	copy[0] |= SYSC_O_LARGEFILE;
	return (const struct sysc_open_how *)copy;
}

static inline long sysc_raw_openat2(int dirfd, const char *path,
				    const struct sysc_open_how *how, size_t size)
{
	uint64_t copy[SYSC__OPEN_HOW_COPY / 8];

	how = sysc__open_how_large(how, size, copy);
	return sysc_raw_syscall4(SYSC_NR_openat2, dirfd, (long)path, (long)how,
				 (long)size);
}

/* fstat, fstatat, stat and lstat through statx: the kernel's i386 stat64
 * has 32-bit times, sysc's struct sysc_stat 64-bit ones (arch/i386/
 * abi.h). The kernel's newfstatat is statx inside, with AT_NO_AUTOMOUNT
 * added and the same flags checked; sysc does the same from outside, and
 * makes up for the two places where the statx syscall differs, so each
 * call behaves as on x86_64 (tests/test_calls_fs.c, tests/fs_stat.c):
 * - statx refuses AT_STATX_FORCE_SYNC|AT_STATX_DONT_SYNC together
 *   (EINVAL), newfstatat takes them, and the filesystems that look
 *   (nfs, fuse) let FORCE_SYNC win: sysc passes FORCE_SYNC alone;
 * - fstat(fd) is statx(fd, "", AT_EMPTY_PATH), where the kernel reads
 *   AT_FDCWD (-100) as the current directory; x86_64's fstat gives EBADF
 *   for every negative fd, so sysc does too, before any syscall.
 * Needs Linux 4.11 (statx). Shared with the errno forms in src/fs.c. */

static inline int sysc__fstatat_flags(int flags)
{
	if ((flags & SYSC_AT_STATX_SYNC_TYPE) == SYSC_AT_STATX_SYNC_TYPE)
		flags &= ~SYSC_AT_STATX_DONT_SYNC;
	return flags | SYSC_AT_NO_AUTOMOUNT;
}

static inline void sysc__stat_from_statx(struct sysc_stat *st,
					 const struct sysc_statx *x)
{
	st->st_dev = SYSC_MKDEV(x->stx_dev_major, x->stx_dev_minor);
	st->st_ino = x->stx_ino;
	st->st_nlink = x->stx_nlink;
	st->st_mode = x->stx_mode;
	st->st_uid = x->stx_uid;
	st->st_gid = x->stx_gid;
	st->st_pad0 = 0;
	st->st_rdev = SYSC_MKDEV(x->stx_rdev_major, x->stx_rdev_minor);
	st->st_size = (int64_t)x->stx_size;
	st->st_blksize = x->stx_blksize;
	st->st_blocks = (int64_t)x->stx_blocks;
	st->st_atime_sec = x->stx_atime.tv_sec;
	st->st_atime_nsec = x->stx_atime.tv_nsec;
	st->st_mtime_sec = x->stx_mtime.tv_sec;
	st->st_mtime_nsec = x->stx_mtime.tv_nsec;
	st->st_ctime_sec = x->stx_ctime.tv_sec;
	st->st_ctime_nsec = x->stx_ctime.tv_nsec;
	st->st_unused[0] = st->st_unused[1] = st->st_unused[2] = 0;
}

static inline long sysc_raw_fstatat(int dirfd, const char *path,
				    struct sysc_stat *st, int flags)
{
	struct sysc_statx x;
	long r;

	r = sysc_raw_syscall5(SYSC_NR_statx, dirfd, (long)path,
			      sysc__fstatat_flags(flags),
			      SYSC_STATX_BASIC_STATS, (long)&x);
	if (sysc_is_error(r))
		return r;
	sysc__stat_from_statx(st, &x);
	return 0;
}

/* The empty path is on the stack: a string literal's address would need
 * the GOT in i386 PIC code, which the header-only raw layer avoids. */
static inline long sysc_raw_fstat(int fd, struct sysc_stat *st)
{
	char empty = 0;

	if (fd < 0)
		return -SYSC_EBADF;
	return sysc_raw_fstatat(fd, &empty, st, SYSC_AT_EMPTY_PATH);
}

static inline long sysc_raw_stat(const char *path, struct sysc_stat *st)
{
	return sysc_raw_fstatat(SYSC_AT_FDCWD, path, st, 0);
}

static inline long sysc_raw_lstat(const char *path, struct sysc_stat *st)
{
	return sysc_raw_fstatat(SYSC_AT_FDCWD, path, st,
				SYSC_AT_SYMLINK_NOFOLLOW);
}
#endif

#endif
