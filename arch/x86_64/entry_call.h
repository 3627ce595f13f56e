/* How the errno layer enters the kernel on x86_64: the raw `syscall`
 * sequence itself (there is only one way in). */
#ifndef SYSC_ARCH_X86_64_ENTRY_CALL_H
#define SYSC_ARCH_X86_64_ENTRY_CALL_H

#include "syscall_arch.h"
#include "../common/entry_direct.h"

#endif
