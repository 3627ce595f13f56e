/* Kernel ABI structs whose layout is particular to i386. */
#ifndef SYSC_ARCH_I386_ABI_H
#define SYSC_ARCH_I386_ABI_H

#include <stdint.h>

#include "abi_signal.h"

#endif
