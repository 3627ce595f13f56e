/* memcpy, memmove, memset and memcmp for programs without a libc: gcc and
 * clang emit calls to these four even in freestanding code (struct copies,
 * large initialisers, loops they recognise), so a -nostdlib program would
 * not link without them.
 *
 * They are not in libsysc.a but in libsysc_mem.a, which only programs
 * without a libc link. The linker takes an archive member for any symbol
 * still undefined when it reaches the archive, and a weak definition
 * counts: with these in libsysc.a, which comes before the libc on every
 * link line, a program's memcpy reference pulled sysc's in, and once
 * defined (weak or not) the libc's member was never taken, so a static
 * libc's own calls (malloc, printf, the loader) went to this rep movsb
 * copy too, and a dynamic program's calls did. No attribute changes that
 * order; only leaving the archive does (tests/check-mem-beside-libc.sh).
 *
 * Each is sysc__mem_<name>, with the standard name a weak alias: weak, so
 * that a libc linked by mistake beside libsysc_mem.a meets no duplicate
 * definition; all hidden, so that a copy linked into a shared object is
 * never exported. The declarations are in sysc/mem.h. */
#include "internal.h"

#include "mem.h"	/* arch/<arch>/, on the include path */

#include <sysc/mem.h>

#define SYSC__MEM_ALIAS(name) \
	__attribute__((weak, alias("sysc__mem_" #name), visibility("hidden")))

void *sysc__mem_memcpy(void *dst, const void *src, size_t n) SYSC__HIDDEN;
void *sysc__mem_memmove(void *dst, const void *src, size_t n) SYSC__HIDDEN;
void *sysc__mem_memset(void *dst, int c, size_t n) SYSC__HIDDEN;
int sysc__mem_memcmp(const void *a, const void *b, size_t n) SYSC__HIDDEN;

void *sysc__mem_memcpy(void *dst, const void *src, size_t n)
{
	sysc__arch_memcpy(dst, src, n);
	return dst;
}

void *sysc__mem_memmove(void *dst, const void *src, size_t n)
{
	/* Copying upwards is safe unless dst starts inside [src, src + n). */
	if ((size_t)((char *)dst - (const char *)src) >= n)
		sysc__arch_memcpy(dst, src, n);
	else
		sysc__arch_memcpy_down(dst, src, n);
	return dst;
}

void *sysc__mem_memset(void *dst, int c, size_t n)
{
	sysc__arch_memset(dst, c, n);
	return dst;
}

int sysc__mem_memcmp(const void *a, const void *b, size_t n)
{
	return sysc__arch_memcmp(a, b, n);
}

void *memcpy(void *dst, const void *src, size_t n) SYSC__MEM_ALIAS(memcpy);
void *memmove(void *dst, const void *src, size_t n) SYSC__MEM_ALIAS(memmove);
void *memset(void *dst, int c, size_t n) SYSC__MEM_ALIAS(memset);
int memcmp(const void *a, const void *b, size_t n) SYSC__MEM_ALIAS(memcmp);
