/* Byte copy and fill with rep movsb / rep stosb. Written as asm so that the
 * compiler cannot recognise a loop and turn it into a call to libc's memcpy
 * or memset, which a freestanding library must not reference. The same
 * instructions and constraints serve i386 (arch/i386/mem.h). */
#ifndef SYSC_ARCH_X86_MEM_H
#define SYSC_ARCH_X86_MEM_H

#include <stddef.h>

static inline void sysc__arch_memcpy(void *dst, const void *src, size_t n)
{
	__asm__ volatile ("rep movsb" : "+D"(dst), "+S"(src), "+c"(n) : : "memory");
}

static inline void sysc__arch_memset(void *dst, int c, size_t n)
{
	__asm__ volatile ("rep stosb" : "+D"(dst), "+c"(n) : "a"(c) : "memory");
}

/* Copies n bytes from the last one down (overlapping dst above src). */
static inline void sysc__arch_memcpy_down(void *dst, const void *src, size_t n)
{
	if (!n)
		return;
	dst = (char *)dst + n - 1;
	src = (const char *)src + n - 1;
	__asm__ volatile ("std\n\trep movsb\n\tcld"
			  : "+D"(dst), "+S"(src), "+c"(n) : : "memory");
}

/* memcmp's answer: the difference of the first differing bytes, or 0. */
static inline int sysc__arch_memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *p = (const unsigned char *)a;
	const unsigned char *q = (const unsigned char *)b;

	if (!n)
		return 0;
	__asm__ volatile ("repe cmpsb" : "+D"(q), "+S"(p), "+c"(n) : : "memory", "cc");
	return p[-1] - q[-1];
}

#endif
