/* The errno wrappers that are not one syscall on i386 ("@" in
 * tools/wrappers.tsv); their raw forms are in sysc/raw_special.h. */
#include "internal.h"

#if defined(SYSC__FAMILY32)
sysc_off_t sysc_lseek(int fd, sysc_off_t off, int whence)
{
	sysc_off_t result = 0;
	long r = sysc__sc5(SYSC_NR__llseek, fd, SYSC__HI(off), SYSC__LO(off),
			   (long)&result, whence);
	return sysc__ret(r) < 0 ? -1 : result;
}

void *sysc_mmap(void *addr, size_t len, int prot, int flags, int fd, sysc_off_t off)
{
	long pgoff;

	if (!sysc__mmap2_pgoff(off, &pgoff))
		return (void *)sysc__fail(SYSC_EINVAL);
	return (void *)sysc__ret(sysc__sc6(SYSC_NR_mmap2, (long)addr, (long)len,
					   prot, flags, fd, pgoff));
}
#endif
