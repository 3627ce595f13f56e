/* Byte copy and fill for aarch64: the C loops of ../common/mem_loop.h. */
#ifndef SYSC_ARCH_AARCH64_MEM_H
#define SYSC_ARCH_AARCH64_MEM_H

#include "../common/mem_loop.h"

#endif
