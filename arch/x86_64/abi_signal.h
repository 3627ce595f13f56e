/* Signal ABI for x86_64: the part shared with the other arches (../common/abi_signal.h) and
 * the seccomp facts particular to this arch. */
#ifndef SYSC_ARCH_X86_64_ABI_SIGNAL_H
#define SYSC_ARCH_X86_64_ABI_SIGNAL_H

#define SYSC_SA_RESTORER 0x04000000u
#include "../common/abi_signal.h"

/* What seccomp_data.arch holds for this arch's syscalls, and the bit that
 * marks an x32 syscall number (a 64-bit filter must reject it: x32 calls
 * reach the same kernel code under other numbers). */
#define SYSC_AUDIT_ARCH_SELF 0xc000003eu
#define SYSC_X32_SYSCALL_BIT 0x40000000u

#endif
