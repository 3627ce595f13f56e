/* memcpy, memmove, memset and memcmp for programs without a libc (and
 * without its <string.h>): libsysc_mem.a defines them (src/compiler_mem.c),
 * a -nostdlib program links it after libsysc.a. Not included by sysc.h:
 * beside a libc, <string.h> declares these, and a C++ <cstring> with other
 * exception specifications would clash with the declarations below. */
#ifndef SYSC_MEM_H
#define SYSC_MEM_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);

#ifdef __cplusplus
}
#endif

#endif
