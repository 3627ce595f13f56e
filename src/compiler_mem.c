/* memcpy, memmove, memset and memcmp for programs without a libc: gcc and
 * clang emit calls to these four even in freestanding code (struct copies,
 * large initialisers, loops they recognise), so a -nostdlib program would
 * not link without them.
 *
 * Weak, so that a libc linked beside libsysc.a never meets a duplicate
 * definition (a static libc's strong ones win); hidden, so that the copy a
 * program links is never exported and never interposes on the libc's own
 * inside the libc or other shared objects. Beside a libc, the program's own
 * calls bind to whichever archive the linker searches first. */
#include "internal.h"

#include "mem.h"	/* arch/<arch>/, on the include path */

#define SYSC__COMPILER_MEM __attribute__((weak, visibility("hidden")))

void *memcpy(void *dst, const void *src, size_t n) SYSC__COMPILER_MEM;
void *memmove(void *dst, const void *src, size_t n) SYSC__COMPILER_MEM;
void *memset(void *dst, int c, size_t n) SYSC__COMPILER_MEM;
int memcmp(const void *a, const void *b, size_t n) SYSC__COMPILER_MEM;

void *memcpy(void *dst, const void *src, size_t n)
{
	sysc__arch_memcpy(dst, src, n);
	return dst;
}

void *memmove(void *dst, const void *src, size_t n)
{
	/* Copying upwards is safe unless dst starts inside [src, src + n). */
	if ((size_t)((char *)dst - (const char *)src) >= n)
		sysc__arch_memcpy(dst, src, n);
	else
		sysc__arch_memcpy_down(dst, src, n);
	return dst;
}

void *memset(void *dst, int c, size_t n)
{
	sysc__arch_memset(dst, c, n);
	return dst;
}

int memcmp(const void *a, const void *b, size_t n)
{
	return sysc__arch_memcmp(a, b, n);
}
