/* How the errno layer enters the kernel on riscv64: `ecall` itself. */
#ifndef SYSC_ARCH_RISCV64_ENTRY_CALL_H
#define SYSC_ARCH_RISCV64_ENTRY_CALL_H

#include "syscall_arch.h"
#include "../common/entry_direct.h"

#endif
