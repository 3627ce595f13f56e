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

#endif
