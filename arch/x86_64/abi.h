/* Kernel ABI structs whose layout is particular to x86_64. */
#ifndef SYSC_ARCH_X86_64_ABI_H
#define SYSC_ARCH_X86_64_ABI_H

#include <stdint.h>

#include "abi_signal.h"

/* What fstat and newfstatat write: the kernel's x86_64 struct stat (asm/
 * stat.h), 144 bytes. st_nlink comes before st_mode here, unlike i386.
 * Times are split into _sec/_nsec fields because libcs define st_atime,
 * st_mtime and st_ctime as macros. */
struct sysc_stat {
	uint64_t st_dev;
	uint64_t st_ino;
	uint64_t st_nlink;
	uint32_t st_mode;
	uint32_t st_uid;
	uint32_t st_gid;
	uint32_t st_pad0;
	uint64_t st_rdev;
	int64_t st_size;
	int64_t st_blksize;
	int64_t st_blocks; /* in 512-byte units */
	int64_t st_atime_sec;
	uint64_t st_atime_nsec;
	int64_t st_mtime_sec;
	uint64_t st_mtime_nsec;
	int64_t st_ctime_sec;
	uint64_t st_ctime_nsec;
	int64_t st_unused[3];
};

/* mmap: place the mapping in the low 2 GiB (asm/mman.h; honoured only by a
 * 64-bit process). */
#define SYSC_MAP_32BIT 0x40

#endif
