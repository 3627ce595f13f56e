/* The errno layer's way into the kernel on arches with only one way in
 * (x86_64, aarch64, riscv64): the raw syscall sequence itself. Included by
 * their arch/<arch>/entry_call.h. */
#ifndef SYSC_ARCH_COMMON_ENTRY_DIRECT_H
#define SYSC_ARCH_COMMON_ENTRY_DIRECT_H

#define sysc__sc0 sysc_raw_syscall0
#define sysc__sc1 sysc_raw_syscall1
#define sysc__sc2 sysc_raw_syscall2
#define sysc__sc3 sysc_raw_syscall3
#define sysc__sc4 sysc_raw_syscall4
#define sysc__sc5 sysc_raw_syscall5
#define sysc__sc6 sysc_raw_syscall6

#endif
