#include "internal.h"

#if defined(__x86_64__)
#include "../arch/x86_64/mem.h"
#else
#include "../arch/i386/mem.h"
#endif

void sysc__memcpy(void *dst, const void *src, size_t n)
{
	sysc__arch_memcpy(dst, src, n);
}

void sysc__memset(void *dst, int c, size_t n)
{
	sysc__arch_memset(dst, c, n);
}

int sysc__strcmp(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return (unsigned char)*a - (unsigned char)*b;
}
