/* Signal ABI for riscv64: asm-generic's (../common/abi_signal.h) without
 * SA_RESTORER: riscv has none, the kernel's struct sigaction has no
 * restorer member, and handlers return through the vDSO's
 * __vdso_rt_sigreturn (so a process without a vDSO cannot return from a
 * handler on a real kernel; qemu-user supplies its own trampoline). */
#ifndef SYSC_ARCH_RISCV64_ABI_SIGNAL_H
#define SYSC_ARCH_RISCV64_ABI_SIGNAL_H

#include "../common/abi_signal.h"

/* seccomp_data.arch for this arch's syscalls (EM_RISCV | 64BIT | LE). */
#define SYSC_AUDIT_ARCH_SELF 0xc00000f3u

#endif
