/* How the errno layer enters the kernel on arm: `svc 0` itself. */
#ifndef SYSC_ARCH_ARM_ENTRY_CALL_H
#define SYSC_ARCH_ARM_ENTRY_CALL_H

#include "syscall_arch.h"
#include "../common/entry_direct.h"

#endif
