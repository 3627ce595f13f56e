/* sysc: a freestanding Linux syscall library. This header brings the whole
 * API; compile with -I<sysc>/include (and -ffreestanding for programs
 * without a libc). */
#ifndef SYSC_H
#define SYSC_H

/* Each header carries its own C linkage guard; this one also covers a
 * header that lacks it, so that C++ code including <sysc.h> links. */
#ifdef __cplusplus
extern "C" {
#endif

#include "sysc/types.h"
#include "sysc/raw.h"
#include "sysc/errno.h"
#include "sysc/syscall.h"
#include "sysc/start.h"
#include "sysc/i386.h"
#include "sysc/vdso.h"
#include "sysc/signal.h"
#include "sysc/thread.h"
#include "sysc/seccomp.h"
#include "sysc/tty.h"
#include "sysc/io_uring.h"

#ifdef __cplusplus
}
#endif

#endif
