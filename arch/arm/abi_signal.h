/* Signal ABI for arm: the layouts of ../common/abi_signal.h (written in
 * terms of pointer and long, so its 32-bit form is arm's as it is i386's)
 * with SA_RESTORER. As on i386, the kernel builds an rt frame only for
 * SA_SIGINFO handlers and the old sigframe for the others, each undone by
 * its own call (rt_sigreturn, sigreturn): sysc supplies both restorers
 * (arch/arm/sigrestore.S), so handlers return without the kernel's
 * sigpage or a vDSO. */
#ifndef SYSC_ARCH_ARM_ABI_SIGNAL_H
#define SYSC_ARCH_ARM_ABI_SIGNAL_H

#define SYSC_SA_RESTORER 0x04000000u
/* Two restorers: sigreturn for the old frame, rt_sigreturn for SA_SIGINFO. */
#define SYSC__SIGRESTORE_OLD_FRAME 1
#include "../common/abi_signal.h"

/* seccomp_data.arch for this arch's syscalls (EM_ARM 40 | LE, no 64BIT). */
#define SYSC_AUDIT_ARCH_SELF 0x40000028u

#endif
