/* Kernel ABI structs whose layout is particular to i386. */
#ifndef SYSC_ARCH_I386_ABI_H
#define SYSC_ARCH_I386_ABI_H

#include <stdint.h>

#include "abi_signal.h"

/* What fstat64 and fstatat64 write: the kernel's i386 struct stat64 (asm/
 * stat.h), 96 bytes. sysc uses it rather than the old struct stat, whose
 * 32-bit st_size and st_ino overflow. The i386 ABI aligns 64-bit members to
 * 4 bytes, which puts st_size at 44 as the kernel expects. st_ino32 is the
 * truncated inode number the kernel also writes; st_ino is the full one.
 * The times are 32-bit and wrap in 2038: use sysc_statx for exact times.
 * Times are split into _sec/_nsec fields because libcs define st_atime,
 * st_mtime and st_ctime as macros. */
struct sysc_stat {
	uint64_t st_dev;
	unsigned char st_pad0[4];
	uint32_t st_ino32;
	uint32_t st_mode;
	uint32_t st_nlink;
	uint32_t st_uid;
	uint32_t st_gid;
	uint64_t st_rdev;
	unsigned char st_pad3[4];
	int64_t st_size;
	uint32_t st_blksize;
	uint64_t st_blocks; /* in 512-byte units */
	int32_t st_atime_sec;
	uint32_t st_atime_nsec;
	int32_t st_mtime_sec;
	uint32_t st_mtime_nsec;
	int32_t st_ctime_sec;
	uint32_t st_ctime_nsec;
	uint64_t st_ino;
};

#endif
