/* sysc's kernel ABI types and constants against the kernel's own uapi
 * headers (Debian linux-libc-dev), compiled once per arch: every field's
 * offset and size, every struct's size, every constant's value. struct
 * sysc_stat is the kernel's struct stat on x86_64 and the same layout,
 * sysc's own, on i386.
 *
 * The uapi headers come first: linux/stat.h only defines S_IF* while
 * __GLIBC__ is undefined, i.e. before any libc header. No libc header that
 * redeclares uapi names (sys/stat.h, fcntl.h, sys/wait.h, time.h, ...) is
 * included. */
#include <linux/stat.h>
#include <linux/fcntl.h>
#include <linux/fs.h>
#include <linux/mman.h>
#include <linux/time.h>
#include <linux/wait.h>
#include <linux/random.h>
#include <linux/prctl.h>
#include <linux/resource.h>
#include <linux/utsname.h>
#include <asm/stat.h>

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include <sysc.h>
#include "abi_check.h"

/* ---- struct layouts ---- */

#if defined(SYSC__STAT_ASM_GENERIC)
/* aarch64, riscv64: fstat/newfstatat write asm-generic's struct stat;
 * sysc's st_unused covers its __unused4 and __unused5. */
#define KSTAT_SIZE sizeof(struct stat)
static const struct field stat_fields[] = {
	FIELD(sysc_stat, struct stat, st_dev),
	FIELD(sysc_stat, struct stat, st_ino),
	FIELD(sysc_stat, struct stat, st_mode),
	FIELD(sysc_stat, struct stat, st_nlink),
	FIELD(sysc_stat, struct stat, st_uid),
	FIELD(sysc_stat, struct stat, st_gid),
	FIELD(sysc_stat, struct stat, st_rdev),
	FIELD2(sysc_stat, st_pad1, struct stat, __pad1),
	FIELD(sysc_stat, struct stat, st_size),
	FIELD(sysc_stat, struct stat, st_blksize),
	FIELD2(sysc_stat, st_pad2, struct stat, __pad2),
	FIELD(sysc_stat, struct stat, st_blocks),
	FIELD2(sysc_stat, st_atime_sec, struct stat, st_atime),
	FIELD(sysc_stat, struct stat, st_atime_nsec),
	FIELD2(sysc_stat, st_mtime_sec, struct stat, st_mtime),
	FIELD(sysc_stat, struct stat, st_mtime_nsec),
	FIELD2(sysc_stat, st_ctime_sec, struct stat, st_ctime),
	FIELD(sysc_stat, struct stat, st_ctime_nsec),
	FIELD_DOC(sysc_stat, st_unused, offsetof(struct stat, __unused4),
		  2 * MEMBER_SIZE(struct stat, __unused4)),
};
#elif defined(__x86_64__)
/* x86_64: fstat/newfstatat write struct stat. */
#define KSTAT_SIZE sizeof(struct stat)
static const struct field stat_fields[] = {
	FIELD(sysc_stat, struct stat, st_dev),
	FIELD(sysc_stat, struct stat, st_ino),
	FIELD(sysc_stat, struct stat, st_nlink),
	FIELD(sysc_stat, struct stat, st_mode),
	FIELD(sysc_stat, struct stat, st_uid),
	FIELD(sysc_stat, struct stat, st_gid),
	FIELD2(sysc_stat, st_pad0, struct stat, __pad0),
	FIELD(sysc_stat, struct stat, st_rdev),
	FIELD(sysc_stat, struct stat, st_size),
	FIELD(sysc_stat, struct stat, st_blksize),
	FIELD(sysc_stat, struct stat, st_blocks),
	FIELD2(sysc_stat, st_atime_sec, struct stat, st_atime),
	FIELD(sysc_stat, struct stat, st_atime_nsec),
	FIELD2(sysc_stat, st_mtime_sec, struct stat, st_mtime),
	FIELD(sysc_stat, struct stat, st_mtime_nsec),
	FIELD2(sysc_stat, st_ctime_sec, struct stat, st_ctime),
	FIELD(sysc_stat, struct stat, st_ctime_nsec),
	FIELD2(sysc_stat, st_unused, struct stat, __unused),
};
#else
/* i386: sysc's own struct stat, filled from statx (the kernel's stat64 has
 * 32-bit times): x86_64's struct stat layout, which -m32 uapi headers do
 * not have, so the offsets are x86_64's asm/stat.h ones. The conversion is
 * checked against statx and glibc in tests/test_calls_fs.c. */
#define KSTAT_SIZE 144
static const struct field stat_fields[] = {
	FIELD_DOC(sysc_stat, st_dev, 0, 8),
	FIELD_DOC(sysc_stat, st_ino, 8, 8),
	FIELD_DOC(sysc_stat, st_nlink, 16, 8),
	FIELD_DOC(sysc_stat, st_mode, 24, 4),
	FIELD_DOC(sysc_stat, st_uid, 28, 4),
	FIELD_DOC(sysc_stat, st_gid, 32, 4),
	FIELD_DOC(sysc_stat, st_pad0, 36, 4),
	FIELD_DOC(sysc_stat, st_rdev, 40, 8),
	FIELD_DOC(sysc_stat, st_size, 48, 8),
	FIELD_DOC(sysc_stat, st_blksize, 56, 8),
	FIELD_DOC(sysc_stat, st_blocks, 64, 8),
	FIELD_DOC(sysc_stat, st_atime_sec, 72, 8),
	FIELD_DOC(sysc_stat, st_atime_nsec, 80, 8),
	FIELD_DOC(sysc_stat, st_mtime_sec, 88, 8),
	FIELD_DOC(sysc_stat, st_mtime_nsec, 96, 8),
	FIELD_DOC(sysc_stat, st_ctime_sec, 104, 8),
	FIELD_DOC(sysc_stat, st_ctime_nsec, 112, 8),
	FIELD_DOC(sysc_stat, st_unused, 120, 24),
};
#endif

static void stat_layout(void **state)
{
	(void)state;
	CHECK_STRUCT("stat", stat_fields, sizeof(struct sysc_stat), KSTAT_SIZE);
}

static const struct field statx_ts_fields[] = {
	FIELD(sysc_statx_timestamp, struct statx_timestamp, tv_sec),
	FIELD(sysc_statx_timestamp, struct statx_timestamp, tv_nsec),
	FIELD2(sysc_statx_timestamp, tv_reserved, struct statx_timestamp, __reserved),
};

/* Fields from 0xa0 on are newer than some uapi headers (6.1 has only
 * __spare3[12] there): they are compared with their offsets in the
 * kernel's linux/stat.h of 6.16, and with the uapi wherever it has them. */
static const struct field statx_fields[] = {
	FIELD(sysc_statx, struct statx, stx_mask),
	FIELD(sysc_statx, struct statx, stx_blksize),
	FIELD(sysc_statx, struct statx, stx_attributes),
	FIELD(sysc_statx, struct statx, stx_nlink),
	FIELD(sysc_statx, struct statx, stx_uid),
	FIELD(sysc_statx, struct statx, stx_gid),
	FIELD(sysc_statx, struct statx, stx_mode),
	FIELD2(sysc_statx, stx_spare0, struct statx, __spare0),
	FIELD(sysc_statx, struct statx, stx_ino),
	FIELD(sysc_statx, struct statx, stx_size),
	FIELD(sysc_statx, struct statx, stx_blocks),
	FIELD(sysc_statx, struct statx, stx_attributes_mask),
	FIELD(sysc_statx, struct statx, stx_atime),
	FIELD(sysc_statx, struct statx, stx_btime),
	FIELD(sysc_statx, struct statx, stx_ctime),
	FIELD(sysc_statx, struct statx, stx_mtime),
	FIELD(sysc_statx, struct statx, stx_rdev_major),
	FIELD(sysc_statx, struct statx, stx_rdev_minor),
	FIELD(sysc_statx, struct statx, stx_dev_major),
	FIELD(sysc_statx, struct statx, stx_dev_minor),
	FIELD(sysc_statx, struct statx, stx_mnt_id),
	FIELD(sysc_statx, struct statx, stx_dio_mem_align),
	FIELD(sysc_statx, struct statx, stx_dio_offset_align),
#ifdef STATX_SUBVOL
	FIELD(sysc_statx, struct statx, stx_subvol),
#else
	FIELD_DOC(sysc_statx, stx_subvol, 0xa0, 8),
#endif
#ifdef STATX_WRITE_ATOMIC
	FIELD(sysc_statx, struct statx, stx_atomic_write_unit_min),
	FIELD(sysc_statx, struct statx, stx_atomic_write_unit_max),
	FIELD(sysc_statx, struct statx, stx_atomic_write_segments_max),
#else
	FIELD_DOC(sysc_statx, stx_atomic_write_unit_min, 0xa8, 4),
	FIELD_DOC(sysc_statx, stx_atomic_write_unit_max, 0xac, 4),
	FIELD_DOC(sysc_statx, stx_atomic_write_segments_max, 0xb0, 4),
#endif
#ifdef STATX_DIO_READ_ALIGN
	FIELD(sysc_statx, struct statx, stx_dio_read_offset_align),
#else
	FIELD_DOC(sysc_statx, stx_dio_read_offset_align, 0xb4, 4),
#endif
	FIELD_DOC(sysc_statx, stx_atomic_write_unit_max_opt, 0xb8, 4),
	FIELD_DOC(sysc_statx, stx_spare2, 0xbc, 4),
	FIELD_DOC(sysc_statx, stx_spare3, 0xc0, 64),
};

static void statx_layout(void **state)
{
	(void)state;
	CHECK_STRUCT("statx_timestamp", statx_ts_fields,
		     sizeof(struct sysc_statx_timestamp),
		     sizeof(struct statx_timestamp));
	CHECK_STRUCT("statx", statx_fields, sizeof(struct sysc_statx),
		     sizeof(struct statx));
	/* statx has no arch-dependent padding: the same 256 bytes on both. */
	assert_int_equal(sizeof(struct sysc_statx), 0x100);
}

static const struct field utsname_fields[] = {
	FIELD(sysc_utsname, struct new_utsname, sysname),
	FIELD(sysc_utsname, struct new_utsname, nodename),
	FIELD(sysc_utsname, struct new_utsname, release),
	FIELD(sysc_utsname, struct new_utsname, version),
	FIELD(sysc_utsname, struct new_utsname, machine),
	FIELD(sysc_utsname, struct new_utsname, domainname),
};

static void utsname_layout(void **state)
{
	(void)state;
	CHECK_STRUCT("utsname", utsname_fields, sizeof(struct sysc_utsname),
		     sizeof(struct new_utsname));
}

static const struct field old_timeval_fields[] = {
	FIELD(sysc_old_timeval, struct __kernel_old_timeval, tv_sec),
	FIELD(sysc_old_timeval, struct __kernel_old_timeval, tv_usec),
};

static const struct field rusage_fields[] = {
	FIELD(sysc_rusage, struct rusage, ru_utime),
	FIELD(sysc_rusage, struct rusage, ru_stime),
	FIELD(sysc_rusage, struct rusage, ru_maxrss),
	FIELD(sysc_rusage, struct rusage, ru_ixrss),
	FIELD(sysc_rusage, struct rusage, ru_idrss),
	FIELD(sysc_rusage, struct rusage, ru_isrss),
	FIELD(sysc_rusage, struct rusage, ru_minflt),
	FIELD(sysc_rusage, struct rusage, ru_majflt),
	FIELD(sysc_rusage, struct rusage, ru_nswap),
	FIELD(sysc_rusage, struct rusage, ru_inblock),
	FIELD(sysc_rusage, struct rusage, ru_oublock),
	FIELD(sysc_rusage, struct rusage, ru_msgsnd),
	FIELD(sysc_rusage, struct rusage, ru_msgrcv),
	FIELD(sysc_rusage, struct rusage, ru_nsignals),
	FIELD(sysc_rusage, struct rusage, ru_nvcsw),
	FIELD(sysc_rusage, struct rusage, ru_nivcsw),
};

static void rusage_layout(void **state)
{
	(void)state;
	CHECK_STRUCT("old_timeval", old_timeval_fields,
		     sizeof(struct sysc_old_timeval),
		     sizeof(struct __kernel_old_timeval));
	CHECK_STRUCT("rusage", rusage_fields, sizeof(struct sysc_rusage),
		     sizeof(struct rusage));
}

/* The kernel's __kernel_timespec and iovec (linux/time_types.h, linux/uio.h
 * is not needed: iovec is { void *, __kernel_size_t }). */
static const struct field timespec_fields[] = {
	FIELD(sysc_timespec, struct __kernel_timespec, tv_sec),
	FIELD(sysc_timespec, struct __kernel_timespec, tv_nsec),
};

static void timespec_layout(void **state)
{
	(void)state;
	CHECK_STRUCT("timespec", timespec_fields, sizeof(struct sysc_timespec),
		     sizeof(struct __kernel_timespec));
	assert_int_equal(sizeof(struct sysc_iovec), 2 * sizeof(void *));
	assert_int_equal(offsetof(struct sysc_iovec, iov_len), sizeof(void *));
}

/* linux_dirent64 is not in uapi (no linux/dirent.h in linux-libc-dev), so
 * its layout is checked against the kernel's definition in fs/readdir.c:
 * u64 d_ino, s64 d_off, unsigned short d_reclen, unsigned char d_type,
 * char d_name[] - and at run time by dirent_stat_statx_agree below. */
static const struct field dirent64_fields[] = {
	FIELD_DOC(sysc_dirent64, d_ino, 0, 8),
	FIELD_DOC(sysc_dirent64, d_off, 8, 8),
	FIELD_DOC(sysc_dirent64, d_reclen, 16, 2),
	FIELD_DOC(sysc_dirent64, d_type, 18, 1),
};

static void dirent64_layout(void **state)
{
	(void)state;
	assert_int_equal(check_fields("dirent64", dirent64_fields,
				      TABLE_LEN(dirent64_fields), 19, TILED),
			 0);
	assert_int_equal(offsetof(struct sysc_dirent64, d_name), 19);
}


/* ---- constants ---- */

static const struct constant constants[] = {
	/* linux/fcntl.h: *at() */
	K(AT_FDCWD), K(AT_SYMLINK_NOFOLLOW), K(AT_REMOVEDIR), K(AT_EACCESS),
	K(AT_SYMLINK_FOLLOW), K(AT_NO_AUTOMOUNT), K(AT_EMPTY_PATH),
	K(AT_STATX_SYNC_TYPE), K(AT_STATX_SYNC_AS_STAT),
	K(AT_STATX_FORCE_SYNC), K(AT_STATX_DONT_SYNC), K(AT_RECURSIVE),
	/* asm-generic/fcntl.h: open */
	K(O_ACCMODE), K(O_RDONLY), K(O_WRONLY), K(O_RDWR), K(O_CREAT),
	K(O_EXCL), K(O_NOCTTY), K(O_TRUNC), K(O_APPEND), K(O_NONBLOCK),
	K(O_NDELAY), K(O_DSYNC), KV(O_ASYNC, FASYNC), K(O_DIRECT),
	K(O_LARGEFILE), K(O_DIRECTORY), K(O_NOFOLLOW), K(O_NOATIME),
	K(O_CLOEXEC), K(O_SYNC), K(O_PATH), K(O_TMPFILE),
	/* fcntl */
	K(F_DUPFD), K(F_GETFD), K(F_SETFD), K(F_GETFL), K(F_SETFL),
	K(F_SETOWN), K(F_GETOWN), K(F_SETSIG), K(F_GETSIG),
	K(F_LINUX_SPECIFIC_BASE), K(F_SETLEASE), K(F_GETLEASE), K(F_NOTIFY),
	K(F_DUPFD_CLOEXEC), K(F_SETPIPE_SZ), K(F_GETPIPE_SZ), K(F_ADD_SEALS),
	K(F_GET_SEALS), K(F_SEAL_SEAL), K(F_SEAL_SHRINK), K(F_SEAL_GROW),
	K(F_SEAL_WRITE), K(F_SEAL_FUTURE_WRITE), K(FD_CLOEXEC),
	/* linux/fs.h */
	K(RENAME_NOREPLACE), K(RENAME_EXCHANGE), K(RENAME_WHITEOUT),
	K(SEEK_SET), K(SEEK_CUR), K(SEEK_END), K(SEEK_DATA), K(SEEK_HOLE),
	/* linux/stat.h: mode bits */
	K(S_IFMT), K(S_IFSOCK), K(S_IFLNK), K(S_IFREG), K(S_IFBLK),
	K(S_IFDIR), K(S_IFCHR), K(S_IFIFO), K(S_ISUID), K(S_ISGID),
	K(S_ISVTX), K(S_IRWXU), K(S_IRUSR), K(S_IWUSR), K(S_IXUSR),
	K(S_IRWXG), K(S_IRGRP), K(S_IWGRP), K(S_IXGRP), K(S_IRWXO),
	K(S_IROTH), K(S_IWOTH), K(S_IXOTH),
	/* d_type = (mode & S_IFMT) >> 12 in the kernel (fs_types.h); DT_WHT
	 * is the whiteout type, 0160000 >> 12, with no S_IF* in uapi. */
	KDOC(DT_UNKNOWN, 0), KV(DT_FIFO, S_IFIFO >> 12),
	KV(DT_CHR, S_IFCHR >> 12), KV(DT_DIR, S_IFDIR >> 12),
	KV(DT_BLK, S_IFBLK >> 12), KV(DT_REG, S_IFREG >> 12),
	KV(DT_LNK, S_IFLNK >> 12), KV(DT_SOCK, S_IFSOCK >> 12),
	KDOC(DT_WHT, 0160000 >> 12),
	/* statx */
	K(STATX_TYPE), K(STATX_MODE), K(STATX_NLINK), K(STATX_UID),
	K(STATX_GID), K(STATX_ATIME), K(STATX_MTIME), K(STATX_CTIME),
	K(STATX_INO), K(STATX_SIZE), K(STATX_BLOCKS), K(STATX_BASIC_STATS),
	K(STATX_BTIME), K(STATX_MNT_ID), K(STATX_DIOALIGN),
#ifdef STATX_MNT_ID_UNIQUE
	K(STATX_MNT_ID_UNIQUE),
#else
	KDOC(STATX_MNT_ID_UNIQUE, 0x00004000U),
#endif
#ifdef STATX_SUBVOL
	K(STATX_SUBVOL),
#else
	KDOC(STATX_SUBVOL, 0x00008000U),
#endif
#ifdef STATX_WRITE_ATOMIC
	K(STATX_WRITE_ATOMIC),
#else
	KDOC(STATX_WRITE_ATOMIC, 0x00010000U),
#endif
#ifdef STATX_DIO_READ_ALIGN
	K(STATX_DIO_READ_ALIGN),
#else
	KDOC(STATX_DIO_READ_ALIGN, 0x00020000U),
#endif
	K(STATX__RESERVED),
	K(STATX_ATTR_COMPRESSED), K(STATX_ATTR_IMMUTABLE),
	K(STATX_ATTR_APPEND), K(STATX_ATTR_NODUMP), K(STATX_ATTR_ENCRYPTED),
	K(STATX_ATTR_AUTOMOUNT), K(STATX_ATTR_MOUNT_ROOT),
	K(STATX_ATTR_VERITY), K(STATX_ATTR_DAX),
#ifdef STATX_ATTR_WRITE_ATOMIC
	K(STATX_ATTR_WRITE_ATOMIC),
#else
	KDOC(STATX_ATTR_WRITE_ATOMIC, 0x00400000),
#endif
	/* mman */
	K(PROT_NONE), K(PROT_READ), K(PROT_WRITE), K(PROT_EXEC),
	K(PROT_GROWSDOWN), K(PROT_GROWSUP),
	K(MAP_SHARED), K(MAP_PRIVATE), K(MAP_SHARED_VALIDATE), K(MAP_TYPE),
	K(MAP_FIXED), K(MAP_ANONYMOUS), K(MAP_GROWSDOWN), K(MAP_LOCKED),
	K(MAP_NORESERVE), K(MAP_POPULATE), K(MAP_NONBLOCK), K(MAP_STACK),
	K(MAP_HUGETLB), K(MAP_SYNC), K(MAP_FIXED_NOREPLACE),
	K(MAP_HUGE_SHIFT), K(MAP_HUGE_MASK), K(MAP_HUGE_2MB), K(MAP_HUGE_1GB),
#ifdef __x86_64__
	K(MAP_32BIT),
#endif
	K(MADV_NORMAL), K(MADV_RANDOM), K(MADV_SEQUENTIAL), K(MADV_WILLNEED),
	K(MADV_DONTNEED), K(MADV_FREE), K(MADV_REMOVE), K(MADV_DONTFORK),
	K(MADV_DOFORK), K(MADV_MERGEABLE), K(MADV_UNMERGEABLE),
	K(MADV_HUGEPAGE), K(MADV_NOHUGEPAGE), K(MADV_DONTDUMP),
	K(MADV_DODUMP), K(MADV_WIPEONFORK), K(MADV_KEEPONFORK), K(MADV_COLD),
	K(MADV_PAGEOUT), K(MADV_POPULATE_READ), K(MADV_POPULATE_WRITE),
	K(MADV_DONTNEED_LOCKED), K(MADV_COLLAPSE),
	K(MREMAP_MAYMOVE), K(MREMAP_FIXED), K(MREMAP_DONTUNMAP),
	/* linux/time.h */
	K(CLOCK_REALTIME), K(CLOCK_MONOTONIC), K(CLOCK_PROCESS_CPUTIME_ID),
	K(CLOCK_THREAD_CPUTIME_ID), K(CLOCK_MONOTONIC_RAW),
	K(CLOCK_REALTIME_COARSE), K(CLOCK_MONOTONIC_COARSE),
	K(CLOCK_BOOTTIME), K(CLOCK_REALTIME_ALARM), K(CLOCK_BOOTTIME_ALARM),
	K(CLOCK_TAI), K(TIMER_ABSTIME),
	/* linux/wait.h */
	K(WNOHANG), K(WUNTRACED), K(WSTOPPED), K(WEXITED), K(WCONTINUED),
	K(WNOWAIT), KV(WNOTHREAD, __WNOTHREAD), KV(WALL, __WALL),
	KV(WCLONE, __WCLONE), K(P_ALL), K(P_PID), K(P_PGID), K(P_PIDFD),
	/* linux/resource.h */
	K(RUSAGE_SELF), K(RUSAGE_CHILDREN), K(RUSAGE_THREAD),
	/* linux/random.h */
	K(GRND_NONBLOCK), K(GRND_RANDOM), K(GRND_INSECURE),
	/* linux/prctl.h */
	K(PR_SET_PDEATHSIG), K(PR_GET_PDEATHSIG), K(PR_GET_DUMPABLE),
	K(PR_SET_DUMPABLE), K(PR_SET_NAME), K(PR_GET_NAME),
	K(PR_SET_CHILD_SUBREAPER), K(PR_GET_CHILD_SUBREAPER),
	K(PR_SET_NO_NEW_PRIVS), K(PR_GET_NO_NEW_PRIVS), K(PR_GET_TID_ADDRESS),
	K(PR_SET_VMA), K(PR_SET_VMA_ANON_NAME),
#ifdef PR_GET_AUXV
	K(PR_GET_AUXV),
#else
	/* linux-libc-dev before 6.4 */
	KDOC(PR_GET_AUXV, 0x41555856),
#endif
	/* linux/utsname.h */
	KV(UTSNAME_LEN, __NEW_UTS_LEN + 1),
};

static void constants_match_uapi(void **state)
{
	(void)state;
	CHECK_CONSTANTS(constants);
}

/* sysc's S_IS* macros classify every file type as the uapi's do. */
static void mode_macros_match_uapi(void **state)
{
	static const unsigned int types[] = {
		S_IFSOCK, S_IFLNK, S_IFREG, S_IFBLK, S_IFDIR, S_IFCHR, S_IFIFO,
	};

	(void)state;
	for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
		unsigned int m = types[i] | 0755;

		assert_int_equal(!!SYSC_S_ISREG(m), !!S_ISREG(m));
		assert_int_equal(!!SYSC_S_ISDIR(m), !!S_ISDIR(m));
		assert_int_equal(!!SYSC_S_ISLNK(m), !!S_ISLNK(m));
		assert_int_equal(!!SYSC_S_ISCHR(m), !!S_ISCHR(m));
		assert_int_equal(!!SYSC_S_ISBLK(m), !!S_ISBLK(m));
		assert_int_equal(!!SYSC_S_ISFIFO(m), !!S_ISFIFO(m));
		assert_int_equal(!!SYSC_S_ISSOCK(m), !!S_ISSOCK(m));
	}
}

/* ---- the kernel fills the structs as laid out ---- */

/* A fresh directory with one 12345-byte file: getdents64, fstatat and
 * statx must agree on its inode number, type and size. This is the only
 * check of dirent64 against the kernel itself. */
static void dirent_stat_statx_agree(void **state)
{
	char dir[64], buf[4096];
	struct sysc_stat st;
	struct sysc_statx stx;
	long dfd, fd, n;
	int seen_file = 0, seen_dot = 0;

	(void)state;
	snprintf(dir, sizeof(dir), "/tmp/sysc_test_abi.%ld",
		 sysc_raw_getpid());
	assert_int_equal(sysc_raw_mkdirat(SYSC_AT_FDCWD, dir, 0700), 0);
	dfd = sysc_raw_openat(SYSC_AT_FDCWD, dir,
			      SYSC_O_RDONLY | SYSC_O_DIRECTORY | SYSC_O_CLOEXEC, 0);
	assert_true(dfd >= 0);
	fd = sysc_raw_openat(dfd, "file", SYSC_O_WRONLY | SYSC_O_CREAT |
			     SYSC_O_EXCL | SYSC_O_CLOEXEC, 0600);
	assert_true(fd >= 0);
	assert_int_equal(sysc_raw_ftruncate(fd, 12345), 0);

	memset(&st, 0xa5, sizeof(st));
	assert_int_equal(sysc_raw_fstatat(dfd, "file", &st, 0), 0);
	assert_true(SYSC_S_ISREG(st.st_mode));
	assert_int_equal(st.st_mode & 07777, 0600);
	assert_int_equal(st.st_size, 12345);
	assert_int_equal(st.st_nlink, 1);

	memset(&stx, 0xa5, sizeof(stx));
	assert_int_equal(sysc_raw_statx(dfd, "file", 0, SYSC_STATX_BASIC_STATS,
					&stx), 0);
	assert_true((stx.stx_mask & (SYSC_STATX_INO | SYSC_STATX_SIZE)) ==
		    (SYSC_STATX_INO | SYSC_STATX_SIZE));
	assert_int_equal(stx.stx_size, 12345);
	assert_int_equal(stx.stx_mode, st.st_mode);
	assert_int_equal(stx.stx_ino, st.st_ino);
	assert_int_equal(stx.stx_mtime.tv_sec, st.st_mtime_sec);
	assert_int_equal(stx.stx_mtime.tv_nsec, st.st_mtime_nsec);

	n = sysc_raw_getdents64((int)dfd, buf, sizeof(buf));
	assert_true(n > 0);
	for (long off = 0; off < n;) {
		struct sysc_dirent64 *d = (struct sysc_dirent64 *)(buf + off);

		assert_true(d->d_reclen >= offsetof(struct sysc_dirent64, d_name) + 2);
		assert_int_equal(d->d_reclen % 8, 0);
		if (strcmp(d->d_name, "file") == 0) {
			seen_file = 1;
			assert_int_equal(d->d_ino, st.st_ino);
			assert_int_equal(d->d_type, SYSC_DT_REG);
		} else if (strcmp(d->d_name, ".") == 0) {
			seen_dot = 1;
			assert_int_equal(d->d_type, SYSC_DT_DIR);
		}
		off += d->d_reclen;
	}
	assert_true(seen_file);
	assert_true(seen_dot);

	assert_int_equal(sysc_raw_close((int)fd), 0);
	assert_int_equal(sysc_raw_unlinkat((int)dfd, "file", 0), 0);
	assert_int_equal(sysc_raw_close((int)dfd), 0);
	assert_int_equal(sysc_raw_unlinkat(SYSC_AT_FDCWD, dir,
					   SYSC_AT_REMOVEDIR), 0);
}

/* uname fills six NUL-terminated 65-byte fields in order. */
static void uname_fills_fields(void **state)
{
	struct sysc_utsname u;

	(void)state;
	memset(&u, 'x', sizeof(u));
	assert_int_equal(sysc_raw_uname(&u), 0);
	assert_string_equal(u.sysname, "Linux");
	assert_non_null(memchr(u.release, 0, SYSC_UTSNAME_LEN));
	assert_non_null(memchr(u.machine, 0, SYSC_UTSNAME_LEN));
	assert_non_null(memchr(u.domainname, 0, SYSC_UTSNAME_LEN));
#if defined(__x86_64__) || defined(__i386__)
	/* an i386 process on a 64-bit kernel sees "i686" (PER_LINUX32) or
	 * x86_64's name */
	assert_int_equal(strncmp(u.machine, "x86_64", 6) == 0 ||
			 strncmp(u.machine, "i686", 4) == 0, 1);
#elif defined(__aarch64__)
	assert_string_equal(u.machine, "aarch64");
#elif defined(__riscv) && __riscv_xlen == 64
	assert_string_equal(u.machine, "riscv64");
#elif defined(__arm__) && !defined(__ARMEB__)
	/* the CPU's architecture and 'l' (little-endian): "armv7l" on an
	 * ARMv7 kernel, "armv8l" for a 32-bit process on an arm64 one (and
	 * under qemu-arm, whose default CPU is an ARMv8 one) */
	assert_int_equal(strncmp(u.machine, "armv", 4) == 0 &&
			 (u.machine[4] == '7' || u.machine[4] == '8') &&
			 strcmp(u.machine + 5, "l") == 0, 1);
#else
#error "which machine name does uname give this arch?"
#endif
}

static long long cpu_usec(void)
{
	struct sysc_timespec ts;

	assert_int_equal(sysc_raw_clock_gettime(SYSC_CLOCK_PROCESS_CPUTIME_ID,
						&ts), 0);
	return ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

/* getrusage writes the arch's long-based layout: after 50 ms of CPU time
 * the user+system time read through sysc's fields is between that and the
 * CPU clock read afterwards (the kernel derives both from the same
 * runtime), the microsecond fields are below one million and the resident
 * set is not zero. A wrong field size or order breaks these. */
static void rusage_is_filled(void **state)
{
	struct sysc_rusage ru;
	long long t;

	(void)state;
	while (cpu_usec() < 50000)
		;
	memset(&ru, 0xff, sizeof(ru));
	assert_int_equal(sysc_raw_syscall2(SYSC_NR_getrusage, SYSC_RUSAGE_SELF,
					   (long)&ru), 0);
	t = cpu_usec();
	assert_in_range(ru.ru_utime.tv_usec, 0, 999999);
	assert_in_range(ru.ru_stime.tv_usec, 0, 999999);
	assert_in_range((ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000000LL +
			ru.ru_utime.tv_usec + ru.ru_stime.tv_usec, 40000, t + 1);
	assert_true(ru.ru_maxrss > 0);
	assert_true(ru.ru_nvcsw >= 0 && ru.ru_nivcsw >= 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(stat_layout),
		cmocka_unit_test(statx_layout),
		cmocka_unit_test(utsname_layout),
		cmocka_unit_test(rusage_layout),
		cmocka_unit_test(timespec_layout),
		cmocka_unit_test(dirent64_layout),
		cmocka_unit_test(constants_match_uapi),
		cmocka_unit_test(mode_macros_match_uapi),
		cmocka_unit_test(dirent_stat_statx_agree),
		cmocka_unit_test(uname_fills_fields),
		cmocka_unit_test(rusage_is_filled),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
