/* Signal ABI for i386: the part shared with x86_64 (the same layouts in
 * terms of pointer and long, in ../common/abi_signal.h) and the seccomp
 * fact particular to this arch. */
#ifndef SYSC_ARCH_I386_ABI_SIGNAL_H
#define SYSC_ARCH_I386_ABI_SIGNAL_H

#define SYSC_SA_RESTORER 0x04000000u
/* Two restorers: sigreturn for the old frame, rt_sigreturn for SA_SIGINFO
 * (arch/i386/sigrestore.S). */
#define SYSC__SIGRESTORE_OLD_FRAME 1
#include "../common/abi_signal.h"

/* What seccomp_data.arch holds for this arch's syscalls (also for a 32-bit
 * process on a 64-bit kernel). */
#define SYSC_AUDIT_ARCH_SELF 0x40000003u

#endif
