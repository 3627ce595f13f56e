/* Kernel ABI structs and facts particular to aarch64. The asm-generic
 * struct stat (st_mode before a 32-bit st_nlink) comes from sysc/types.h
 * under SYSC__STAT_ASM_GENERIC. */
#ifndef SYSC_ARCH_AARCH64_ABI_H
#define SYSC_ARCH_AARCH64_ABI_H

#include <stdint.h>

#include "abi_signal.h"

#define SYSC__STAT_ASM_GENERIC 1

/* open flags that arm64's asm/fcntl.h moves from the generic values. */
#define SYSC_O_DIRECTORY 0040000
#define SYSC_O_NOFOLLOW 0100000
#define SYSC_O_DIRECT 0200000
#define SYSC_O_LARGEFILE 0400000
/* ELF e_machine (EM_AARCH64), for the vDSO parser. */
#define SYSC__ELF_MACHINE_SELF 183

#endif
