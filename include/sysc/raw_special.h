/* Raw wrappers that are not a single syscall on every arch (the "@" entries
 * of tools/wrappers.tsv). */
#ifndef SYSC_RAW_SPECIAL_H
#define SYSC_RAW_SPECIAL_H

/* raw.h includes this file at its end, after what it needs; included first,
 * this pulls raw.h in, which then skips this file (its guard is set). */
#include "raw.h"

#if defined(SYSC__FAMILY32)
/* _llseek takes the offset as high, low words and writes the 64-bit result
 * through a pointer; the raw form returns that result or -errno. */
static inline sysc_off_t sysc_raw_lseek(int fd, sysc_off_t off, int whence)
{
	sysc_off_t result = 0;
	long r = sysc_raw_syscall5(SYSC_NR__llseek, fd, SYSC__HI(off),
				   SYSC__LO(off), (long)&result, whence);
	return r < 0 ? r : result;
}

/* mmap2 takes the offset in 4096-byte units (whatever the page size), so an
 * offset that is not a multiple of 4096, or too large for 32 bits of units,
 * cannot be expressed: 0 here, and EINVAL, as the kernel's own mmap would
 * say. Shared with the errno wrapper in src/lseek_mmap.c. */
static inline int sysc__mmap2_pgoff(sysc_off_t off, long *pgoff)
{
	if (off < 0 || (off & 4095) || (unsigned long long)off >> 44)
		return 0;
	*pgoff = (long)(unsigned long)(off >> 12);
	return 1;
}

static inline long sysc_raw_mmap(void *addr, size_t len, int prot, int flags,
				 int fd, sysc_off_t off)
{
	long pgoff;

	if (!sysc__mmap2_pgoff(off, &pgoff))
		return -SYSC_EINVAL;
	return sysc_raw_syscall6(SYSC_NR_mmap2, (long)addr, (long)len, prot,
				 flags, fd, pgoff);
}
#endif

#endif
