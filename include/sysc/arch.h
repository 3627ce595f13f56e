/* Picks the arch/ headers for the architecture being compiled: the
 * directory's arch.h, which includes the rest. They sit in
 * <repo>/arch/<arch>/ in the source tree and in <prefix>/include/sysc/arch/
 * <arch>/ once installed, so that -I<repo>/include alone finds them. */
#ifndef SYSC_ARCH_H
#define SYSC_ARCH_H

#if defined(__x86_64__) && defined(__ILP32__)
#error "sysc: x32 is not supported"
#elif defined(__x86_64__)
#define SYSC__ARCH_SRC "../../arch/x86_64/arch.h"
#define SYSC__ARCH_INST "arch/x86_64/arch.h"
#elif defined(__i386__)
#define SYSC__ARCH_SRC "../../arch/i386/arch.h"
#define SYSC__ARCH_INST "arch/i386/arch.h"
#elif defined(__aarch64__) && defined(__LP64__) && defined(__AARCH64EL__)
#define SYSC__ARCH_SRC "../../arch/aarch64/arch.h"
#define SYSC__ARCH_INST "arch/aarch64/arch.h"
#elif defined(__riscv) && __riscv_xlen == 64
#define SYSC__ARCH_SRC "../../arch/riscv64/arch.h"
#define SYSC__ARCH_INST "arch/riscv64/arch.h"
#elif defined(__arm__) && defined(__ARM_EABI__) && !defined(__ARMEB__) && \
	defined(__ARM_ARCH) && __ARM_ARCH >= 7
#define SYSC__ARCH_SRC "../../arch/arm/arch.h"
#define SYSC__ARCH_INST "arch/arm/arch.h"
#else
#error "sysc: unsupported architecture (x86_64, i386, aarch64 little-endian LP64, riscv64, arm little-endian EABI ARMv7+)"
#endif

/* The 32-bit family (i386, arm; tools/arches.tsv word size 32): 64-bit
 * time through the *_time64 calls, 64-bit offsets split over two
 * registers, the stat family through statx, the *32 id calls, fcntl64.
 * What is particular to one of them is under its own arch macro. */
#if __SIZEOF_LONG__ == 4
#define SYSC__FAMILY32 1
#endif

#if __has_include(SYSC__ARCH_SRC)
#include SYSC__ARCH_SRC
#else
#include SYSC__ARCH_INST
#endif

#endif
