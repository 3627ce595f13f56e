/* How the errno layer enters the kernel on x86_64: the raw `syscall`
 * sequence itself (there is only one way in). */
#ifndef SYSC_ARCH_X86_64_ENTRY_CALL_H
#define SYSC_ARCH_X86_64_ENTRY_CALL_H

#include "syscall_arch.h"

#define sysc__sc0 sysc_raw_syscall0
#define sysc__sc1 sysc_raw_syscall1
#define sysc__sc2 sysc_raw_syscall2
#define sysc__sc3 sysc_raw_syscall3
#define sysc__sc4 sysc_raw_syscall4
#define sysc__sc5 sysc_raw_syscall5
#define sysc__sc6 sysc_raw_syscall6

#endif
