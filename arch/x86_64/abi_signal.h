/* Signal, seccomp, futex and clone ABI for x86_64. */
#ifndef SYSC_ARCH_X86_64_ABI_SIGNAL_H
#define SYSC_ARCH_X86_64_ABI_SIGNAL_H

#endif
