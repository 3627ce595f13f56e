/* Signal ABI for aarch64: asm-generic's (../common/abi_signal.h) with
 * SA_RESTORER (optional here: without it the kernel returns through the
 * vDSO's __kernel_rt_sigreturn; sysc supplies its own so that handlers
 * return without a vDSO) and the larger stacks of asm/signal.h (the SVE and
 * SME signal frames). */
#ifndef SYSC_ARCH_AARCH64_ABI_SIGNAL_H
#define SYSC_ARCH_AARCH64_ABI_SIGNAL_H

#define SYSC_SA_RESTORER 0x04000000u
#define SYSC_MINSIGSTKSZ 5120
#define SYSC_SIGSTKSZ 16384
#include "../common/abi_signal.h"

/* seccomp_data.arch for this arch's syscalls (EM_AARCH64 | 64BIT | LE). */
#define SYSC_AUDIT_ARCH_SELF 0xc00000b7u

#endif
