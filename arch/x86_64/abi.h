/* Kernel ABI structs whose layout is particular to x86_64. */
#ifndef SYSC_ARCH_X86_64_ABI_H
#define SYSC_ARCH_X86_64_ABI_H

#include "abi_signal.h"

#endif
