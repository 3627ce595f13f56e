/* The public arch headers of arm (32-bit EABI), included by sysc/arch.h. */
#ifndef SYSC_ARCH_ARM_ARCH_H
#define SYSC_ARCH_ARM_ARCH_H

#include "syscall_arch.h"
#include "syscall_nr.h"
#include "abi.h"
#include "entry_call.h"
#include "crash.h"

#endif
