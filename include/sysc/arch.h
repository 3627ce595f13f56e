/* Picks the arch/ headers for the architecture being compiled. They sit in
 * <repo>/arch/<arch>/ in the source tree and in <prefix>/include/sysc/arch/
 * <arch>/ once installed, so that -I<repo>/include alone finds them. */
#ifndef SYSC_ARCH_H
#define SYSC_ARCH_H

#if defined(__x86_64__) && defined(__ILP32__)
#error "sysc: x32 is not supported"
#elif defined(__x86_64__)
#if __has_include("../../arch/x86_64/syscall_arch.h")
#include "../../arch/x86_64/syscall_arch.h"
#include "../../arch/x86_64/syscall_nr.h"
#include "../../arch/x86_64/abi.h"
#include "../../arch/x86_64/entry_call.h"
#include "../../arch/x86_64/crash.h"
#else
#include "arch/x86_64/syscall_arch.h"
#include "arch/x86_64/syscall_nr.h"
#include "arch/x86_64/abi.h"
#include "arch/x86_64/entry_call.h"
#include "arch/x86_64/crash.h"
#endif
#elif defined(__i386__)
#if __has_include("../../arch/i386/syscall_arch.h")
#include "../../arch/i386/syscall_arch.h"
#include "../../arch/i386/syscall_nr.h"
#include "../../arch/i386/abi.h"
#include "../../arch/i386/entry_call.h"
#include "../../arch/i386/crash.h"
#else
#include "arch/i386/syscall_arch.h"
#include "arch/i386/syscall_nr.h"
#include "arch/i386/abi.h"
#include "arch/i386/entry_call.h"
#include "arch/i386/crash.h"
#endif
#else
#error "sysc: unsupported architecture (x86_64 and i386 only)"
#endif

#endif
