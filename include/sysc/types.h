/* Kernel ABI types and constants shared by x86_64 and i386. The structs
 * whose layout differs per arch are in arch/<arch>/abi.h. Every name is
 * prefixed, so this header can sit beside a libc's. tests/test_abi.c checks
 * sizes, offsets and values against the kernel's uapi headers. */
#ifndef SYSC_TYPES_H
#define SYSC_TYPES_H

#include <stddef.h>
#include <stdint.h>

/* The arch headers first: struct sysc_stat and a few constants (open
 * flags on aarch64) depend on the arch. */
#include "arch.h"
#include "consts.h"

/* C++ has no flexible array members (the kernel's variable-length records
 * end in one: dirent64, inotify_event, file_handle...); g++ and clang++
 * accept them as an extension, which -Wpedantic would report in the
 * user's code. Every types header is read inside this push. */
#if defined(__cplusplus)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpedantic"
#endif

/* The null pointer in inline code: nullptr in C++11 and later, where
 * -Wzero-as-null-pointer-constant reports 0 and clang++ NULL (__null). */
#if defined(__cplusplus) && __cplusplus >= 201103L
#define SYSC__NULL nullptr
#elif defined(__cplusplus)
#define SYSC__NULL 0
#else
#define SYSC__NULL ((void *)0)
#endif

/* A function named after the struct it fills (sysc_stat and struct
 * sysc_stat, as POSIX's stat and struct stat): g++ -Wshadow reports that
 * the function hides the struct's constructor, in the user's build. The
 * names are the kernel's and stay; C++ callers name the type `struct
 * sysc_stat`, as they do for stat. Such declarations sit between these. */
#if defined(__cplusplus)
#define SYSC__SAME_NAME_BEGIN \
	_Pragma("GCC diagnostic push") _Pragma("GCC diagnostic ignored \"-Wshadow\"")
#define SYSC__SAME_NAME_END _Pragma("GCC diagnostic pop")
#else
#define SYSC__SAME_NAME_BEGIN
#define SYSC__SAME_NAME_END
#endif

/* The kernel's __aligned_u64: 8-byte aligned on i386 too, where a plain
 * 64-bit field is aligned to 4. Offsets and sizes agree either way; the
 * alignment shows when the struct sits inside another one or in an array
 * (tests/abi_check.h compares it). */
typedef uint64_t sysc_aligned_u64 __attribute__((__aligned__(8)));

/* File offsets are 64-bit on both arches (i386 uses the *64 syscalls). */
typedef long long sysc_off_t;

/* The kernel's __kernel_timespec: 64-bit seconds on both arches, so i386
 * uses the *_time64 syscalls and stays correct after 2038. */
struct sysc_timespec {
	long long tv_sec;
	long long tv_nsec;
};

/* sysc's gettimeofday result: 64-bit on both arches, like sysc_timespec
 * (the kernel's i386 timeval is 32-bit; sysc converts). */
struct sysc_timeval {
	long long tv_sec;
	long long tv_usec;
};

struct sysc_iovec {
	void *iov_base;
	size_t iov_len;
};

struct sysc_statx;
struct sysc_rusage;
struct sysc_utsname;
typedef struct sysc_siginfo sysc_siginfo_t; /* arch/<arch>/abi_signal.h */

/* The kernel's __kernel_old_timeval: `long` fields, so 32-bit on i386. Only
 * inside struct sysc_rusage (wait4, waitid, getrusage), which the kernel has
 * no 64-bit-time variant of. */
struct sysc_old_timeval {
	long tv_sec;
	long tv_usec;
};

/* The kernel's struct rusage: every count is a __kernel_long_t, which is
 * `long` on both x86_64 and i386, so one definition gives each arch its
 * layout (144 bytes on x86_64, 72 on i386). */
struct sysc_rusage {
	struct sysc_old_timeval ru_utime;
	struct sysc_old_timeval ru_stime;
	long ru_maxrss;
	long ru_ixrss;
	long ru_idrss;
	long ru_isrss;
	long ru_minflt;
	long ru_majflt;
	long ru_nswap;
	long ru_inblock;
	long ru_oublock;
	long ru_msgsnd;
	long ru_msgrcv;
	long ru_nsignals;
	long ru_nvcsw;
	long ru_nivcsw;
};

/* What sysc_fstat, sysc_fstatat, sysc_stat and sysc_lstat fill, the same
 * on both arches: the kernel's x86_64 struct stat (asm/stat.h), 144 bytes,
 * which fstat and newfstatat write there. On i386 the kernel's stat64 has
 * 32-bit times (a file dated 2100 reads as 1963), so the i386 functions ask
 * statx and fill this struct from it: every 64-bit member sits at an
 * 8-byte offset, so the i386 ABI's 4-byte alignment changes nothing.
 * st_dev and st_rdev use the kernel's encoding (SYSC_MAJOR/SYSC_MINOR);
 * st_pad0 and st_unused are zero there. Times are split into _sec/_nsec
 * fields because libcs define st_atime, st_mtime and st_ctime as macros. */
#if defined(SYSC__STAT_ASM_GENERIC)
/* asm-generic/stat.h (aarch64, riscv64): st_mode before a 32-bit st_nlink,
 * a 32-bit st_blksize; 128 bytes. */
struct sysc_stat {
	uint64_t st_dev;
	uint64_t st_ino;
	uint32_t st_mode;
	uint32_t st_nlink;
	uint32_t st_uid;
	uint32_t st_gid;
	uint64_t st_rdev;
	uint64_t st_pad1;
	int64_t st_size;
	int32_t st_blksize;
	int32_t st_pad2;
	int64_t st_blocks; /* in 512-byte units */
	int64_t st_atime_sec;
	uint64_t st_atime_nsec;
	int64_t st_mtime_sec;
	uint64_t st_mtime_nsec;
	int64_t st_ctime_sec;
	uint64_t st_ctime_nsec;
	uint32_t st_unused[2];
};
#else
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

/* statx: fixed-width fields, the same 256 bytes on both arches, with 64-bit
 * seconds (y2038-safe on i386, unlike struct sysc_stat there). */
struct sysc_statx_timestamp {
	int64_t tv_sec;
	uint32_t tv_nsec;
	int32_t tv_reserved;
};

/* Fields after stx_dio_offset_align came with kernels 6.10 .. 6.16; older
 * kernels zero them and leave their STATX_* bits clear in stx_mask. */
struct sysc_statx {
	uint32_t stx_mask;
	uint32_t stx_blksize;
	uint64_t stx_attributes;
	uint32_t stx_nlink;
	uint32_t stx_uid;
	uint32_t stx_gid;
	uint16_t stx_mode;
	uint16_t stx_spare0;
	uint64_t stx_ino;
	uint64_t stx_size;
	uint64_t stx_blocks;
	uint64_t stx_attributes_mask;
	struct sysc_statx_timestamp stx_atime;
	struct sysc_statx_timestamp stx_btime;
	struct sysc_statx_timestamp stx_ctime;
	struct sysc_statx_timestamp stx_mtime;
	uint32_t stx_rdev_major;
	uint32_t stx_rdev_minor;
	uint32_t stx_dev_major;
	uint32_t stx_dev_minor;
	uint64_t stx_mnt_id;
	uint32_t stx_dio_mem_align;
	uint32_t stx_dio_offset_align;
	uint64_t stx_subvol;
	uint32_t stx_atomic_write_unit_min;
	uint32_t stx_atomic_write_unit_max;
	uint32_t stx_atomic_write_segments_max;
	uint32_t stx_dio_read_offset_align;
	uint32_t stx_atomic_write_unit_max_opt;
	uint32_t stx_spare2;
	uint64_t stx_spare3[8];
};

/* One getdents64 record (the kernel's linux_dirent64, not in uapi). Records
 * are d_reclen bytes long, 8-byte aligned in the buffer; d_name is
 * NUL-terminated. */
struct sysc_dirent64 {
	uint64_t d_ino;
	int64_t d_off;
	uint16_t d_reclen;
	uint8_t d_type;
	char d_name[];
};

/* uname: the kernel's struct new_utsname, the same on both arches. */
struct sysc_utsname {
	char sysname[SYSC_UTSNAME_LEN];
	char nodename[SYSC_UTSNAME_LEN];
	char release[SYSC_UTSNAME_LEN];
	char version[SYSC_UTSNAME_LEN];
	char machine[SYSC_UTSNAME_LEN];
	char domainname[SYSC_UTSNAME_LEN];
};

#include "errno_list.h"

/* By area; each may use the types above. */
#include "types_fs.h"
#include "types_io.h"
#include "types_net.h"
#include "types_ipc.h"
#include "types_proc.h"
#include "types_sys.h"
#include "types_time.h"
#include "types_mm.h"

#if defined(__cplusplus)
#pragma GCC diagnostic pop
#endif

#endif
