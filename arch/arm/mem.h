/* Byte copy and fill for arm: the C loops of ../common/mem_loop.h. */
#ifndef SYSC_ARCH_ARM_MEM_H
#define SYSC_ARCH_ARM_MEM_H

#include "../common/mem_loop.h"

#endif
