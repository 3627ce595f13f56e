/* Signal, seccomp, futex and clone ABI for i386. */
#ifndef SYSC_ARCH_I386_ABI_SIGNAL_H
#define SYSC_ARCH_I386_ABI_SIGNAL_H

#endif
