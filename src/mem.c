#include "internal.h"

#include "mem.h"	/* arch/<arch>/, on the include path */

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
