/* Kernel ABI types and constants shared by x86_64 and i386. The structs
 * whose layout differs per arch are in arch/<arch>/abi.h. Every name is
 * prefixed, so this header can sit beside a libc's. tests/test_abi.c checks
 * sizes, offsets and values against the kernel's uapi headers. */
#ifndef SYSC_TYPES_H
#define SYSC_TYPES_H

#include <stddef.h>
#include <stdint.h>

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

/* Defined per arch in arch/<arch>/abi.h. */
struct sysc_stat;
struct sysc_statx;
struct sysc_rusage;
struct sysc_utsname;
typedef struct sysc_siginfo sysc_siginfo_t;

#include "errno_list.h"
#include "consts.h"
#include "arch.h"

#endif
