/* Kernel ABI structs and facts particular to arm (32-bit EABI). sysc's
 * struct sysc_stat is the x86_64 layout filled from statx, as on i386
 * (arm's own stat64 has 32-bit times). */
#ifndef SYSC_ARCH_ARM_ABI_H
#define SYSC_ARCH_ARM_ABI_H

#include <stdint.h>

#include "abi_signal.h"

/* open flags that arm's asm/fcntl.h moves from the generic values (the
 * same as arm64's). */
#define SYSC_O_DIRECTORY 0040000
#define SYSC_O_NOFOLLOW 0100000
#define SYSC_O_DIRECT 0200000
#define SYSC_O_LARGEFILE 0400000
/* ELF e_machine (EM_ARM), for the vDSO parser. */
#define SYSC__ELF_MACHINE_SELF 40
/* EABI's struct statfs64 is packed to 4-byte alignment (84 bytes, not 88):
 * sysc/types_fs.h gives struct sysc_statfs this attribute here. */
#define SYSC__STATFS_ATTR __attribute__((__packed__, __aligned__(4)))

/* arm's private calls (asm/unistd.h __ARM_NR_*: __ARM_NR_BASE 0x0f0000
 * plus n), outside the syscall table. set_tls writes the thread pointer
 * (TPIDRURO); cacheflush(start, end, 0) makes instructions written in
 * [start, end) visible to execution. */
#define SYSC_ARM_NR_breakpoint 0x0f0001
#define SYSC_ARM_NR_cacheflush 0x0f0002
#define SYSC_ARM_NR_usr26 0x0f0003
#define SYSC_ARM_NR_usr32 0x0f0004
#define SYSC_ARM_NR_set_tls 0x0f0005
#define SYSC_ARM_NR_get_tls 0x0f0006

#endif
