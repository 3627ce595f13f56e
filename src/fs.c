/* errno wrappers of tools/wrappers/fs.tsv written by hand (their raw forms
 * are in sysc/raw_fs.h, the reasons there and in sysc/types_fs.h). */
#include "internal.h"

#if defined(SYSC__FAMILY32)
#define SYSC__NR_FCNTL SYSC_NR_fcntl64
#else
#define SYSC__NR_FCNTL SYSC_NR_fcntl
#define sysc__fcntl_cmd(cmd) (cmd)
#endif

int sysc_dup2(int oldfd, int newfd)
{
	if (oldfd == newfd) {
		long r = sysc__sc3(SYSC__NR_FCNTL, oldfd, SYSC_F_GETFD, 0);
		return sysc__ret(r) < 0 ? -1 : newfd;
	}
	return (int)sysc__ret(sysc__sc3(SYSC_NR_dup3, oldfd, newfd, 0));
}

/* F_GETOWN returns a process group owner as -pgid, which for small group
 * ids is an errno to any wrapper; F_GETOWN_EX reports the type apart.
 * Kernels before 2.6.32 lack it (EINVAL): then plain F_GETOWN, ambiguous
 * as it is. */
int sysc_fcntl(int fd, int cmd, long arg)
{
	if (cmd == SYSC_F_GETOWN) {
		struct sysc_f_owner_ex o;
		long r = sysc__sc3(SYSC__NR_FCNTL, fd, SYSC_F_GETOWN_EX, (long)&o);

		if (r == 0)
			return o.type == SYSC_F_OWNER_PGRP ? -o.pid : o.pid;
		if (r != -SYSC_EINVAL)
			return (int)sysc__ret(r);
	}
	return (int)sysc__ret(sysc__sc3(SYSC__NR_FCNTL, fd,
					sysc__fcntl_cmd(cmd), arg));
}

#if defined(SYSC__FAMILY32)
int sysc_openat2(int dirfd, const char *path, const struct sysc_open_how *how,
		 size_t size)
{
	uint64_t copy[SYSC__OPEN_HOW_COPY / 8];

	how = sysc__open_how_large(how, size, copy);
	return (int)sysc__ret(sysc__sc4(SYSC_NR_openat2, dirfd, (long)path,
					(long)how, (long)size));
}

int sysc_fstatat(int dirfd, const char *path, struct sysc_stat *st, int flags)
{
	struct sysc_statx x;
	long r = sysc__sc5(SYSC_NR_statx, dirfd, (long)path,
			   sysc__fstatat_flags(flags), SYSC_STATX_BASIC_STATS,
			   (long)&x);

	if (sysc__ret(r) < 0)
		return -1;
	sysc__stat_from_statx(st, &x);
	return 0;
}

int sysc_fstat(int fd, struct sysc_stat *st)
{
	if (fd < 0)
		return (int)sysc__ret(-SYSC_EBADF);
	return sysc_fstatat(fd, "", st, SYSC_AT_EMPTY_PATH);
}

int sysc_stat(const char *path, struct sysc_stat *st)
{
	return sysc_fstatat(SYSC_AT_FDCWD, path, st, 0);
}

int sysc_lstat(const char *path, struct sysc_stat *st)
{
	return sysc_fstatat(SYSC_AT_FDCWD, path, st, SYSC_AT_SYMLINK_NOFOLLOW);
}
#endif
