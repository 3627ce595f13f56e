/* Kernel ABI types and constants: files, paths, metadata, descriptors
 * (values from the kernel's uapi headers unless a comment says otherwise;
 * tests/test_abi_fs.c checks each against them on both arches). Included
 * by sysc/types.h, after consts.h (O_*, AT_*, the first F_* commands,
 * S_IF*, STATX_*). struct sysc_stat is in arch/<arch>/abi.h. */
/* types.h includes this header inside its C++ -Wpedantic push (flexible
 * array members) and after the types it uses; included first on its own,
 * this file is read through types.h. */
#include "types.h"
#ifndef SYSC_TYPES_FS_H
#define SYSC_TYPES_FS_H

#include <stdint.h>

/* ---- openat2 (linux/openat2.h) ---- */

/* Extensible: openat2 takes its size, sizeof(struct sysc_open_how).
 * Unknown flags or resolve bits fail with EINVAL (openat ignores them). */
struct sysc_open_how {
	uint64_t flags;   /* SYSC_O_* */
	uint64_t mode;    /* with O_CREAT / O_TMPFILE only, else 0 */
	uint64_t resolve; /* SYSC_RESOLVE_* */
};

#define SYSC_RESOLVE_NO_XDEV 0x01
#define SYSC_RESOLVE_NO_MAGICLINKS 0x02
#define SYSC_RESOLVE_NO_SYMLINKS 0x04
#define SYSC_RESOLVE_BENEATH 0x08
#define SYSC_RESOLVE_IN_ROOT 0x10
#define SYSC_RESOLVE_CACHED 0x20 /* EAGAIN unless the dcache answers */

/* ---- close_range (linux/close_range.h) ---- */
#define SYSC_CLOSE_RANGE_UNSHARE (1U << 1)
#define SYSC_CLOSE_RANGE_CLOEXEC (1U << 2)

/* ---- access / faccessat mode (glibc's unistd.h; the kernel's
 * include/linux/fs.h MAY_* bits, not exported to uapi) ---- */
#define SYSC_F_OK 0
#define SYSC_X_OK 1
#define SYSC_W_OK 2
#define SYSC_R_OK 4

/* ---- device numbers (mknod's dev, st_dev, st_rdev) ----
 * The kernel's 32-bit encoding (new_encode_dev in include/linux/kdev_t.h):
 * 12 bits of major, 20 of minor, minor's low byte lowest. It equals glibc's
 * makedev() for every number the kernel can represent. */
#define SYSC_MKDEV(major, minor)                                       \
	((((unsigned int)(minor)) & 0xffU) |                           \
	 ((((unsigned int)(major)) & 0xfffU) << 8) |                   \
	 ((((unsigned int)(minor)) & 0xfff00U) << 12))
#define SYSC_MAJOR(dev) ((unsigned int)(((dev) >> 8) & 0xfffU))
#define SYSC_MINOR(dev) \
	((unsigned int)(((dev) & 0xffU) | (((dev) >> 12) & 0xfff00U)))

/* ---- utimensat (tv_nsec values; include/linux/stat.h, not in uapi) ---- */
#define SYSC_UTIME_NOW ((1L << 30) - 1L)
#define SYSC_UTIME_OMIT ((1L << 30) - 2L)

/* ---- flock (asm-generic/fcntl.h) ---- */
#define SYSC_LOCK_SH 1
#define SYSC_LOCK_EX 2
#define SYSC_LOCK_NB 4
#define SYSC_LOCK_UN 8

/* ---- fcntl: more commands (asm-generic/fcntl.h, linux/fcntl.h; the first
 * ones are in sysc/consts.h) ---- */

/* Record locks. sysc has one struct and one set of commands per arch, the
 * 64-bit-offset one: on i386 SYSC_F_GETLK/SETLK/SETLKW are the kernel's
 * F_GETLK64/SETLK64/SETLKW64 (12..14), struct sysc_flock is its struct
 * flock64, and sysc_fcntl goes through fcntl64, which is the only way to
 * lock beyond 2 GiB. sysc_fcntl on i386 also turns the 32-bit-offset
 * commands 5..7 (glibc's F_GETLK without _FILE_OFFSET_BITS=64) into the
 * 64-bit ones, since its struct is sysc_flock. On x86_64 they are the
 * plain 5..7 and struct flock, which already has 64-bit offsets. Open
 * file description locks (F_OFD_*) take the same struct on both arches. */
#if defined(SYSC__FAMILY32)
#define SYSC_F_GETLK 12
#define SYSC_F_SETLK 13
#define SYSC_F_SETLKW 14
#else
#define SYSC_F_GETLK 5
#define SYSC_F_SETLK 6
#define SYSC_F_SETLKW 7
#endif
#define SYSC_F_OFD_GETLK 36
#define SYSC_F_OFD_SETLK 37
#define SYSC_F_OFD_SETLKW 38
#define SYSC_F_RDLCK 0
#define SYSC_F_WRLCK 1
#define SYSC_F_UNLCK 2

/* x86_64: 32 bytes (4 of tail padding); i386: 24, the 64-bit members at
 * 4-byte alignment as the i386 ABI places them; arm: 32, as x86_64 (EABI
 * aligns them to 8), which is arm's flock64. */
struct sysc_flock {
	short l_type;   /* SYSC_F_RDLCK, SYSC_F_WRLCK, SYSC_F_UNLCK */
	short l_whence; /* SYSC_SEEK_* */
	long long l_start;
	long long l_len; /* 0: to the end of the file, however far it grows */
	int l_pid;       /* F_GETLK: the holder; -1 for an OFD lock */
};

/* Owner of the SIGIO/SIGURG signals. sysc_fcntl(fd, SYSC_F_GETOWN, 0)
 * returns a process group as a negative number like F_SETOWN takes it (it
 * asks with F_GETOWN_EX; plain F_GETOWN returns -pgid, which an errno
 * wrapper cannot tell from an error). The raw layer passes F_GETOWN to the
 * kernel as is: use F_GETOWN_EX there. */
#define SYSC_F_SETOWN_EX 15
#define SYSC_F_GETOWN_EX 16
#define SYSC_F_GETOWNER_UIDS 17
#define SYSC_F_OWNER_TID 0
#define SYSC_F_OWNER_PID 1
#define SYSC_F_OWNER_PGRP 2
struct sysc_f_owner_ex {
	int type; /* SYSC_F_OWNER_* */
	int pid;
};

#define SYSC_F_CANCELLK (SYSC_F_LINUX_SPECIFIC_BASE + 5)
/* 6.10 and 6.12, newer than some uapi headers: is fd arg the same file;
 * was the file created by this open (O_CREAT). */
#define SYSC_F_DUPFD_QUERY (SYSC_F_LINUX_SPECIFIC_BASE + 3)
#define SYSC_F_CREATED_QUERY (SYSC_F_LINUX_SPECIFIC_BASE + 4)
/* 6.3+: prevents making the file executable (memfd). */
#define SYSC_F_SEAL_EXEC 0x0020

/* Write-life hints: arg is a pointer to a uint64_t holding RWH_*. */
#define SYSC_F_GET_RW_HINT (SYSC_F_LINUX_SPECIFIC_BASE + 11)
#define SYSC_F_SET_RW_HINT (SYSC_F_LINUX_SPECIFIC_BASE + 12)
#define SYSC_F_GET_FILE_RW_HINT (SYSC_F_LINUX_SPECIFIC_BASE + 13)
#define SYSC_F_SET_FILE_RW_HINT (SYSC_F_LINUX_SPECIFIC_BASE + 14)
#define SYSC_RWH_WRITE_LIFE_NOT_SET 0
#define SYSC_RWH_WRITE_LIFE_NONE 1
#define SYSC_RWH_WRITE_LIFE_SHORT 2
#define SYSC_RWH_WRITE_LIFE_MEDIUM 3
#define SYSC_RWH_WRITE_LIFE_LONG 4
#define SYSC_RWH_WRITE_LIFE_EXTREME 5

/* F_NOTIFY (dnotify) events. */
#define SYSC_DN_ACCESS 0x00000001
#define SYSC_DN_MODIFY 0x00000002
#define SYSC_DN_CREATE 0x00000004
#define SYSC_DN_DELETE 0x00000008
#define SYSC_DN_RENAME 0x00000010
#define SYSC_DN_ATTRIB 0x00000020
#define SYSC_DN_MULTISHOT 0x80000000U

/* ---- statfs / fstatfs ----
 * The kernel's struct statfs64 of each arch (asm-generic/statfs.h): what
 * i386's statfs64/fstatfs64 write (84 bytes: 32-bit words, 64-bit counts
 * at 4-byte alignment), and on x86_64 the same layout as the struct statfs
 * that statfs/fstatfs write (120 bytes, every word 64-bit). `unsigned long`
 * gives both; it is unsigned so that f_type compares equal to the magic
 * numbers below on i386 too (the kernel's x86_64 word is a signed long,
 * with the same bits). arm's EABI would align the 64-bit counts to 8 and
 * pad the struct to 88 bytes; its kernel packs it to 84, as on i386
 * (SYSC__STATFS_ATTR in arch/arm/abi.h). */
#ifndef SYSC__STATFS_ATTR
#define SYSC__STATFS_ATTR
#endif
struct sysc_fsid {
	int val[2];
};

struct sysc_statfs {
	unsigned long f_type; /* SYSC_*_MAGIC */
	unsigned long f_bsize;
	uint64_t f_blocks; /* in f_frsize units */
	uint64_t f_bfree;
	uint64_t f_bavail; /* free to unprivileged users */
	uint64_t f_files;
	uint64_t f_ffree;
	struct sysc_fsid f_fsid;
	unsigned long f_namelen;
	unsigned long f_frsize;
	unsigned long f_flags; /* SYSC_ST_* (ST_VALID set since 2.6.36) */
	unsigned long f_spare[4];
} SYSC__STATFS_ATTR;

/* f_flags (include/linux/statfs.h, not in uapi; glibc's sys/statvfs.h has
 * the same values). */
#define SYSC_ST_RDONLY 0x0001
#define SYSC_ST_NOSUID 0x0002
#define SYSC_ST_NODEV 0x0004
#define SYSC_ST_NOEXEC 0x0008
#define SYSC_ST_SYNCHRONOUS 0x0010
#define SYSC_ST_VALID 0x0020
#define SYSC_ST_MANDLOCK 0x0040
#define SYSC_ST_NOATIME 0x0400
#define SYSC_ST_NODIRATIME 0x0800
#define SYSC_ST_RELATIME 0x1000
#define SYSC_ST_NOSYMFOLLOW 0x2000

/* f_type: the filesystem magic numbers of linux/magic.h. */
#define SYSC_ADFS_SUPER_MAGIC 0xadf5
#define SYSC_AFFS_SUPER_MAGIC 0xadff
#define SYSC_AFS_SUPER_MAGIC 0x5346414F
#define SYSC_AUTOFS_SUPER_MAGIC 0x0187
#define SYSC_CEPH_SUPER_MAGIC 0x00c36400
#define SYSC_CODA_SUPER_MAGIC 0x73757245
#define SYSC_CRAMFS_MAGIC 0x28cd3d45
#define SYSC_CRAMFS_MAGIC_WEND 0x453dcd28
#define SYSC_DEBUGFS_MAGIC 0x64626720
#define SYSC_SECURITYFS_MAGIC 0x73636673
#define SYSC_SELINUX_MAGIC 0xf97cff8c
#define SYSC_SMACK_MAGIC 0x43415d53
#define SYSC_RAMFS_MAGIC 0x858458f6
#define SYSC_TMPFS_MAGIC 0x01021994
#define SYSC_HUGETLBFS_MAGIC 0x958458f6
#define SYSC_SQUASHFS_MAGIC 0x73717368
#define SYSC_ECRYPTFS_SUPER_MAGIC 0xf15f
#define SYSC_EFS_SUPER_MAGIC 0x414A53
#define SYSC_EROFS_SUPER_MAGIC_V1 0xE0F5E1E2
#define SYSC_EXT2_SUPER_MAGIC 0xEF53
#define SYSC_EXT3_SUPER_MAGIC 0xEF53
#define SYSC_XENFS_SUPER_MAGIC 0xabba1974
#define SYSC_EXT4_SUPER_MAGIC 0xEF53
#define SYSC_BTRFS_SUPER_MAGIC 0x9123683E
#define SYSC_NILFS_SUPER_MAGIC 0x3434
#define SYSC_F2FS_SUPER_MAGIC 0xF2F52010
#define SYSC_HPFS_SUPER_MAGIC 0xf995e849
#define SYSC_ISOFS_SUPER_MAGIC 0x9660
#define SYSC_JFFS2_SUPER_MAGIC 0x72b6
#define SYSC_XFS_SUPER_MAGIC 0x58465342
#define SYSC_PSTOREFS_MAGIC 0x6165676C
#define SYSC_EFIVARFS_MAGIC 0xde5e81e4
#define SYSC_HOSTFS_SUPER_MAGIC 0x00c0ffee
#define SYSC_OVERLAYFS_SUPER_MAGIC 0x794c7630
#define SYSC_FUSE_SUPER_MAGIC 0x65735546
#define SYSC_MINIX_SUPER_MAGIC 0x137F
#define SYSC_MINIX_SUPER_MAGIC2 0x138F
#define SYSC_MINIX2_SUPER_MAGIC 0x2468
#define SYSC_MINIX2_SUPER_MAGIC2 0x2478
#define SYSC_MINIX3_SUPER_MAGIC 0x4d5a
#define SYSC_MSDOS_SUPER_MAGIC 0x4d44
#define SYSC_EXFAT_SUPER_MAGIC 0x2011BAB0
#define SYSC_NCP_SUPER_MAGIC 0x564c
#define SYSC_NFS_SUPER_MAGIC 0x6969
#define SYSC_OCFS2_SUPER_MAGIC 0x7461636f
#define SYSC_OPENPROM_SUPER_MAGIC 0x9fa1
#define SYSC_QNX4_SUPER_MAGIC 0x002f
#define SYSC_QNX6_SUPER_MAGIC 0x68191122
#define SYSC_AFS_FS_MAGIC 0x6B414653
#define SYSC_REISERFS_SUPER_MAGIC 0x52654973
#define SYSC_SMB_SUPER_MAGIC 0x517B
#define SYSC_CIFS_SUPER_MAGIC 0xFF534D42
#define SYSC_SMB2_SUPER_MAGIC 0xFE534D42
#define SYSC_CGROUP_SUPER_MAGIC 0x27e0eb
#define SYSC_CGROUP2_SUPER_MAGIC 0x63677270
#define SYSC_RDTGROUP_SUPER_MAGIC 0x7655821
#define SYSC_TRACEFS_MAGIC 0x74726163
#define SYSC_V9FS_MAGIC 0x01021997
#define SYSC_BDEVFS_MAGIC 0x62646576
#define SYSC_DAXFS_MAGIC 0x64646178
#define SYSC_BINFMTFS_MAGIC 0x42494e4d
#define SYSC_DEVPTS_SUPER_MAGIC 0x1cd1
#define SYSC_BINDERFS_SUPER_MAGIC 0x6c6f6f70
#define SYSC_FUTEXFS_SUPER_MAGIC 0xBAD1DEA
#define SYSC_PIPEFS_MAGIC 0x50495045
#define SYSC_PROC_SUPER_MAGIC 0x9fa0
#define SYSC_SOCKFS_MAGIC 0x534F434B
#define SYSC_SYSFS_MAGIC 0x62656572
#define SYSC_USBDEVICE_SUPER_MAGIC 0x9fa2
#define SYSC_MTD_INODE_FS_MAGIC 0x11307854
#define SYSC_ANON_INODE_FS_MAGIC 0x09041934
#define SYSC_BTRFS_TEST_MAGIC 0x73727279
#define SYSC_NSFS_MAGIC 0x6e736673
#define SYSC_BPF_FS_MAGIC 0xcafe4a11
#define SYSC_AAFS_MAGIC 0x5a3c69f0
#define SYSC_ZONEFS_MAGIC 0x5a4f4653
#define SYSC_UDF_SUPER_MAGIC 0x15013346
#define SYSC_DMA_BUF_MAGIC 0x444d4142
#define SYSC_DEVMEM_MAGIC 0x454d444d
#define SYSC_SECRETMEM_MAGIC 0x5345434d
/* 6.9+, newer than some uapi headers: pidfds live on pidfs. */
#define SYSC_PID_FS_MAGIC 0x50494446

#endif
