/* Kernel ABI structs whose layout is particular to x86_64. */
#ifndef SYSC_ARCH_X86_64_ABI_H
#define SYSC_ARCH_X86_64_ABI_H

#include <stdint.h>

#include "abi_signal.h"

/* ELF e_machine (EM_X86_64), for the vDSO parser. */
#define SYSC__ELF_MACHINE_SELF 62

/* struct semid64_ds has a spare word after each time (asm/sembuf.h); the
 * asm-generic one of the other 64-bit arches has none. */
#define SYSC__SEMID64_TIME_PAD 1

/* mmap: place the mapping in the low 2 GiB (asm/mman.h; honoured only by a
 * 64-bit process). */
#define SYSC_MAP_32BIT 0x40

#endif
