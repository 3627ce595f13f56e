/* The errno wrappers of tools/wrappers/sys.tsv written by hand; their raw
 * forms are in sysc/raw_sys.h. */
#include "internal.h"

#if defined(__x86_64__)
/* See sysc_raw_modify_ldt: the kernel's 32-bit result, sign-extended. */
int sysc_modify_ldt(int func, void *ptr, unsigned long bytecount)
{
	return (int)sysc__ret((int)sysc__sc3(SYSC_NR_modify_ldt, func,
					     (long)ptr, (long)bytecount));
}
#endif
