/* Byte copy, fill and compare as plain loops, for arches without string
 * instructions. The empty asm on the pointer in each iteration hides the
 * loop's shape from the optimiser, which would otherwise turn it back into
 * a call to memcpy or memset: a freestanding library must not reference
 * them (tests/check-nm.sh). */
#ifndef SYSC_ARCH_COMMON_MEM_LOOP_H
#define SYSC_ARCH_COMMON_MEM_LOOP_H

#include <stddef.h>

static inline void sysc__arch_memcpy(void *dst, const void *src, size_t n)
{
	unsigned char *d = (unsigned char *)dst;
	const unsigned char *s = (const unsigned char *)src;

	while (n--) {
		__asm__ ("" : "+r"(d));
		*d++ = *s++;
	}
}

static inline void sysc__arch_memset(void *dst, int c, size_t n)
{
	unsigned char *d = (unsigned char *)dst;

	while (n--) {
		__asm__ ("" : "+r"(d));
		*d++ = (unsigned char)c;
	}
}

/* Copies n bytes from the last one down (overlapping dst above src). */
static inline void sysc__arch_memcpy_down(void *dst, const void *src, size_t n)
{
	unsigned char *d = (unsigned char *)dst + n;
	const unsigned char *s = (const unsigned char *)src + n;

	while (n--) {
		__asm__ ("" : "+r"(d));
		*--d = *--s;
	}
}

/* memcmp's answer: the difference of the first differing bytes, or 0. */
static inline int sysc__arch_memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *p = (const unsigned char *)a;
	const unsigned char *q = (const unsigned char *)b;

	for (; n; n--, p++, q++) {
		__asm__ ("" : "+r"(p));
		if (*p != *q)
			return *p - *q;
	}
	return 0;
}

#endif
