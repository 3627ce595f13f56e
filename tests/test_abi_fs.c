/* The fs area's types and constants (sysc/types_fs.h) against the kernel's
 * uapi headers, on both arches: each struct's size and every field's
 * offset and size, each constant's value. What the installed uapi (Debian's
 * 6.1) lacks is compared with the kernel's documented value (KDOC,
 * FIELD_DOC), named in a comment. uapi headers come first and no libc
 * header that redeclares their names is included (see tests/test_abi.c). */
#include <linux/fcntl.h>
#include <linux/openat2.h>
#include <linux/close_range.h>
#include <linux/magic.h>
#include <linux/stat.h>
#include <asm/statfs.h>

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <cmocka.h>

#include <sysc.h>
#include "abi_check.h"

static const struct field open_how_fields[] = {
	FIELD(sysc_open_how, struct open_how, flags),
	FIELD(sysc_open_how, struct open_how, mode),
	FIELD(sysc_open_how, struct open_how, resolve),
};

static void open_how_layout(void **state)
{
	(void)state;
	CHECK_STRUCT("open_how", open_how_fields,
		     sizeof(struct sysc_open_how), sizeof(struct open_how));
	assert_int_equal(sizeof(struct sysc_open_how), 24); /* OPEN_HOW_SIZE_VER0 */
}

/* The 64-bit arches: struct flock (64-bit off_t already); the 32-bit ones
 * (i386, arm): struct flock64, the one fcntl64 reads for F_GETLK64 and the
 * OFD commands. */
#if __SIZEOF_LONG__ == 4
#define KFLOCK flock64
#else
#define KFLOCK flock
#endif
static const struct field flock_fields[] = {
	FIELD(sysc_flock, struct KFLOCK, l_type),
	FIELD(sysc_flock, struct KFLOCK, l_whence),
	FIELD_DOC(sysc_flock, l_start, offsetof(struct KFLOCK, l_start), 8),
	FIELD_DOC(sysc_flock, l_len, offsetof(struct KFLOCK, l_len), 8),
	FIELD(sysc_flock, struct KFLOCK, l_pid),
};

static const struct field owner_fields[] = {
	FIELD(sysc_f_owner_ex, struct f_owner_ex, type),
	FIELD(sysc_f_owner_ex, struct f_owner_ex, pid),
};

static void fcntl_structs_layout(void **state)
{
	(void)state;
	/* l_start and l_len must be 8 bytes wide in the kernel struct too. */
	assert_int_equal(MEMBER_SIZE(struct KFLOCK, l_start), 8);
	assert_int_equal(MEMBER_SIZE(struct KFLOCK, l_len), 8);
	/* x86_64 and arm's EABI align l_start to 8: a 4-byte hole after
	 * l_whence, in the kernel's struct as in sysc's (i386: none). */
	CHECK_STRUCT_COVER("flock", flock_fields,
			   offsetof(struct KFLOCK, l_pid) + sizeof(int), HOLES,
			   sizeof(struct sysc_flock), sizeof(struct KFLOCK));
	CHECK_STRUCT("f_owner_ex", owner_fields,
		     sizeof(struct sysc_f_owner_ex), sizeof(struct f_owner_ex));
#ifdef __i386__	/* 64-bit members 4-aligned */
	assert_int_equal(sizeof(struct sysc_flock), 24);
#else
	assert_int_equal(sizeof(struct sysc_flock), 32);
#endif
}

/* statfs64 of each arch; on the 64-bit ones also the struct statfs that
 * the plain statfs/fstatfs write, which has the same layout there. */
#define SF(f) FIELD(sysc_statfs, struct statfs64, f)
static const struct field statfs_fields[] = {
	SF(f_type), SF(f_bsize), SF(f_blocks), SF(f_bfree), SF(f_bavail),
	SF(f_files), SF(f_ffree), SF(f_fsid), SF(f_namelen), SF(f_frsize),
	SF(f_flags), SF(f_spare),
};
#undef SF
#define SF(f) FIELD(sysc_statfs, struct statfs, f)
static const struct field statfs_plain_fields[] = {
	SF(f_type), SF(f_bsize), SF(f_blocks), SF(f_bfree), SF(f_bavail),
	SF(f_files), SF(f_ffree), SF(f_fsid), SF(f_namelen), SF(f_frsize),
	SF(f_flags), SF(f_spare),
};
#undef SF

static void statfs_layout(void **state)
{
	(void)state;
	CHECK_STRUCT("statfs64", statfs_fields,
		     sizeof(struct sysc_statfs), sizeof(struct statfs64));
	assert_int_equal(sizeof(struct sysc_fsid), sizeof(__kernel_fsid_t));
#if __SIZEOF_LONG__ == 8	/* statfs is statfs64 on the 64-bit arches */
	CHECK_STRUCT("statfs", statfs_plain_fields,
		     sizeof(struct sysc_statfs), sizeof(struct statfs));
#else
	(void)statfs_plain_fields;
	/* The size statfs64/fstatfs64 are given: compat_statfs64 is packed
	 * to 84 bytes, as the i386 ABI lays it out. */
	assert_int_equal(sizeof(struct sysc_statfs), 84);
#endif
}

static const struct constant constants[] = {
	K(RESOLVE_NO_XDEV), K(RESOLVE_NO_MAGICLINKS), K(RESOLVE_NO_SYMLINKS),
	K(RESOLVE_BENEATH), K(RESOLVE_IN_ROOT), K(RESOLVE_CACHED),
	K(CLOSE_RANGE_UNSHARE), K(CLOSE_RANGE_CLOEXEC),
	/* MAY_EXEC/WRITE/READ of include/linux/fs.h, what faccessat reads */
	KDOC(F_OK, 0), KDOC(X_OK, 1), KDOC(W_OK, 2), KDOC(R_OK, 4),
	/* include/linux/stat.h */
	KDOC(UTIME_NOW, (1L << 30) - 1), KDOC(UTIME_OMIT, (1L << 30) - 2),
	K(LOCK_SH), K(LOCK_EX), K(LOCK_NB), K(LOCK_UN),
#if __SIZEOF_LONG__ == 4
	KV(F_GETLK, F_GETLK64), KV(F_SETLK, F_SETLK64),
	KV(F_SETLKW, F_SETLKW64),
#else
	K(F_GETLK), K(F_SETLK), K(F_SETLKW),
#endif
	K(F_OFD_GETLK), K(F_OFD_SETLK), K(F_OFD_SETLKW),
	K(F_RDLCK), K(F_WRLCK), K(F_UNLCK),
	K(F_SETOWN_EX), K(F_GETOWN_EX), K(F_GETOWNER_UIDS),
	K(F_OWNER_TID), K(F_OWNER_PID), K(F_OWNER_PGRP), K(F_CANCELLK),
	/* linux/fcntl.h of 6.10, 6.12 and 6.3 */
	KDOC(F_DUPFD_QUERY, 1024 + 3), KDOC(F_CREATED_QUERY, 1024 + 4),
#ifdef F_SEAL_EXEC
	K(F_SEAL_EXEC),
#else
	KDOC(F_SEAL_EXEC, 0x0020),
#endif
	K(F_GET_RW_HINT), K(F_SET_RW_HINT), K(F_GET_FILE_RW_HINT),
	K(F_SET_FILE_RW_HINT), K(RWH_WRITE_LIFE_NOT_SET),
	K(RWH_WRITE_LIFE_NONE), K(RWH_WRITE_LIFE_SHORT),
	K(RWH_WRITE_LIFE_MEDIUM), K(RWH_WRITE_LIFE_LONG),
	K(RWH_WRITE_LIFE_EXTREME),
	K(DN_ACCESS), K(DN_MODIFY), K(DN_CREATE), K(DN_DELETE), K(DN_RENAME),
	K(DN_ATTRIB), K(DN_MULTISHOT),
	/* include/linux/statfs.h */
	KDOC(ST_RDONLY, 0x0001), KDOC(ST_NOSUID, 0x0002),
	KDOC(ST_NODEV, 0x0004), KDOC(ST_NOEXEC, 0x0008),
	KDOC(ST_SYNCHRONOUS, 0x0010), KDOC(ST_VALID, 0x0020),
	KDOC(ST_MANDLOCK, 0x0040), KDOC(ST_NOATIME, 0x0400),
	KDOC(ST_NODIRATIME, 0x0800), KDOC(ST_RELATIME, 0x1000),
	KDOC(ST_NOSYMFOLLOW, 0x2000),
	/* linux/magic.h */
K(ADFS_SUPER_MAGIC), K(AFFS_SUPER_MAGIC), K(AFS_SUPER_MAGIC), K(AUTOFS_SUPER_MAGIC), 
K(CEPH_SUPER_MAGIC), K(CODA_SUPER_MAGIC), K(CRAMFS_MAGIC), K(CRAMFS_MAGIC_WEND), 
K(DEBUGFS_MAGIC), K(SECURITYFS_MAGIC), K(SELINUX_MAGIC), K(SMACK_MAGIC), 
K(RAMFS_MAGIC), K(TMPFS_MAGIC), K(HUGETLBFS_MAGIC), K(SQUASHFS_MAGIC), 
K(ECRYPTFS_SUPER_MAGIC), K(EFS_SUPER_MAGIC), K(EROFS_SUPER_MAGIC_V1), K(EXT2_SUPER_MAGIC), 
K(EXT3_SUPER_MAGIC), K(XENFS_SUPER_MAGIC), K(EXT4_SUPER_MAGIC), K(BTRFS_SUPER_MAGIC), 
K(NILFS_SUPER_MAGIC), K(F2FS_SUPER_MAGIC), K(HPFS_SUPER_MAGIC), K(ISOFS_SUPER_MAGIC), 
K(JFFS2_SUPER_MAGIC), K(XFS_SUPER_MAGIC), K(PSTOREFS_MAGIC), K(EFIVARFS_MAGIC), 
K(HOSTFS_SUPER_MAGIC), K(OVERLAYFS_SUPER_MAGIC), K(FUSE_SUPER_MAGIC), K(MINIX_SUPER_MAGIC), 
K(MINIX_SUPER_MAGIC2), K(MINIX2_SUPER_MAGIC), K(MINIX2_SUPER_MAGIC2), K(MINIX3_SUPER_MAGIC), 
K(MSDOS_SUPER_MAGIC), K(EXFAT_SUPER_MAGIC), K(NCP_SUPER_MAGIC), K(NFS_SUPER_MAGIC), 
K(OCFS2_SUPER_MAGIC), K(OPENPROM_SUPER_MAGIC), K(QNX4_SUPER_MAGIC), K(QNX6_SUPER_MAGIC), 
K(AFS_FS_MAGIC), K(REISERFS_SUPER_MAGIC), K(SMB_SUPER_MAGIC), K(CIFS_SUPER_MAGIC), 
K(SMB2_SUPER_MAGIC), K(CGROUP_SUPER_MAGIC), K(CGROUP2_SUPER_MAGIC), K(RDTGROUP_SUPER_MAGIC), 
K(TRACEFS_MAGIC), K(V9FS_MAGIC), K(BDEVFS_MAGIC), K(DAXFS_MAGIC), 
K(BINFMTFS_MAGIC), K(DEVPTS_SUPER_MAGIC), K(BINDERFS_SUPER_MAGIC), K(FUTEXFS_SUPER_MAGIC), 
K(PIPEFS_MAGIC), K(PROC_SUPER_MAGIC), K(SOCKFS_MAGIC), K(SYSFS_MAGIC), 
K(USBDEVICE_SUPER_MAGIC), K(MTD_INODE_FS_MAGIC), K(ANON_INODE_FS_MAGIC), K(BTRFS_TEST_MAGIC), 
K(NSFS_MAGIC), K(BPF_FS_MAGIC), K(AAFS_MAGIC), K(ZONEFS_MAGIC), 
K(UDF_SUPER_MAGIC), K(DMA_BUF_MAGIC), K(DEVMEM_MAGIC), K(SECRETMEM_MAGIC), 

	/* linux/magic.h of 6.9 */
#ifdef PID_FS_MAGIC
	K(PID_FS_MAGIC),
#else
	KDOC(PID_FS_MAGIC, 0x50494446),
#endif
};

static void constants_match_uapi(void **state)
{
	(void)state;
	CHECK_CONSTANTS(constants);
}

/* f_type is unsigned so that a magic above 0x7fffffff compares equal on
 * i386 too, where the kernel writes a __u32. */
static void statfs_type_compares(void **state)
{
	struct sysc_statfs s;

	(void)state;
	s.f_type = (uint32_t)SELINUX_MAGIC;
	assert_true(s.f_type == SYSC_SELINUX_MAGIC);
	assert_true(s.f_type == SELINUX_MAGIC);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(open_how_layout),
		cmocka_unit_test(fcntl_structs_layout),
		cmocka_unit_test(statfs_layout),
		cmocka_unit_test(constants_match_uapi),
		cmocka_unit_test(statfs_type_compares),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
