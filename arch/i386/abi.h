/* Kernel ABI structs whose layout is particular to i386. */
#ifndef SYSC_ARCH_I386_ABI_H
#define SYSC_ARCH_I386_ABI_H

#include <stdint.h>

#include "abi_signal.h"

/* ELF e_machine (EM_386), for the vDSO parser. */
#define SYSC__ELF_MACHINE_SELF 3

#endif
