/* Kernel ABI structs and facts particular to riscv64. The asm-generic
 * struct stat comes from sysc/types.h under SYSC__STAT_ASM_GENERIC; the
 * open flags are the generic ones. */
#ifndef SYSC_ARCH_RISCV64_ABI_H
#define SYSC_ARCH_RISCV64_ABI_H

#include <stdint.h>

#include "abi_signal.h"

#define SYSC__STAT_ASM_GENERIC 1
/* ELF e_machine (EM_RISCV), for the vDSO parser. */
#define SYSC__ELF_MACHINE_SELF 243

/* riscv_flush_icache flags (asm/unistd.h): only this hart's caches. */
#define SYSC_SYS_RISCV_FLUSH_ICACHE_LOCAL 1u

#endif
