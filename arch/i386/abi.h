/* Kernel ABI structs whose layout is particular to i386. */
#ifndef SYSC_ARCH_I386_ABI_H
#define SYSC_ARCH_I386_ABI_H

#include <stdint.h>

#include "abi_signal.h"

/* sysc's own struct stat on i386: the kernel's i386 stat64 has 32-bit
 * times (a file dated 2100 reads as 1963), so sysc_fstat, sysc_fstatat,
 * sysc_stat and sysc_lstat ask statx instead and fill this struct, which
 * has x86_64's struct stat layout field for field (144 bytes, every 64-bit
 * member at an 8-byte offset, so the i386 ABI's 4-byte alignment changes
 * nothing): 64-bit seconds, inode numbers, sizes and counts. st_dev and
 * st_rdev use the kernel's encoding, as on x86_64 (SYSC_MAJOR/SYSC_MINOR).
 * st_pad0 and st_unused are zero. Times are split into _sec/_nsec fields
 * because libcs define st_atime, st_mtime and st_ctime as macros. */
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

#endif
