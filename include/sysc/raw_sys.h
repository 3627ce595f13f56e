/* Raw wrappers written by hand ("@" entries of tools/wrappers/sys.tsv):
 * system administration, security, keys, tracing. Included by sysc/raw.h. */
#ifndef SYSC_RAW_SYS_H
#define SYSC_RAW_SYS_H

#include "raw.h"

#if defined(__x86_64__)
/* x86_64's modify_ldt returns an int zero-extended into rax (the kernel
 * casts its result to unsigned int so that the 32-bit value is what old
 * callers see): -EINVAL arrives as 0xffffffea. Sign-extend it, so the raw
 * form says -errno like every other. */
static inline long sysc_raw_modify_ldt(int func, void *ptr, unsigned long bytecount)
{
	return (int)sysc_raw_syscall3(SYSC_NR_modify_ldt, func, (long)ptr,
				      (long)bytecount);
}
#endif

#endif
