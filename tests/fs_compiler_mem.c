/* The four functions the compiler may call in freestanding code come from
 * libsysc_mem.a (src/compiler_mem.c), declared by sysc/mem.h (beside a
 * libc, the libc's: tests/check-mem-beside-libc.sh). Built -O2 like every
 * fs_ test: the struct copies and the zeroed array below make gcc and clang emit calls to
 * memcpy and memset, and the explicit calls check memmove's overlapping
 * cases and memcmp's sign. */
#include "fs_check.h"
#include <sysc/mem.h>

/* the function behind the weak memcpy alias (hidden, linked statically) */
void *sysc__mem_memcpy(void *dst, const void *src, size_t n);

struct big {
	unsigned char b[4096];
};

static __attribute__((noinline)) void copy_big(struct big *d, const struct big *s)
{
	*d = *s;	/* a 4 KiB struct copy: a memcpy call */
}

int main(void)
{
	static struct big a, b;
	unsigned char zeroed[1000];
	char s[16];
	int ok = 1;

	for (int i = 0; i < 4096; i++)
		a.b[i] = (unsigned char)(i * 7);
	copy_big(&b, &a);
	for (int i = 0; i < 4096; i++)
		ok &= b.b[i] == (unsigned char)(i * 7);
	FS_CHECK(ok, "struct copy through the compiler's memcpy");

	__asm__ volatile ("" : : "r"(zeroed) : "memory");
	memset(zeroed, 0xab, sizeof zeroed);
	ok = 1;
	for (size_t i = 0; i < sizeof zeroed; i++)
		ok &= zeroed[i] == 0xab;
	FS_CHECK(ok, "memset fills every byte");

	memcpy(s, "0123456789", 11);
	memmove(s + 2, s, 8);	/* dst above src, overlapping: copies down */
	FS_CHECK(!memcmp(s, "0101234567", 10), "memmove, overlapping upwards");
	memcpy(s, "0123456789", 11);
	memmove(s, s + 2, 8);	/* dst below src */
	FS_CHECK(!memcmp(s, "2345678989", 10), "memmove, overlapping downwards");
	FS_CHECK(memcmp("abc", "abd", 3) < 0 && memcmp("abd", "abc", 3) > 0 &&
		 memcmp("\xff", "\x01", 1) > 0 && memcmp("x", "y", 0) == 0,
		 "memcmp compares unsigned bytes, stops at n");
	{
		/* through asm: clang folds two declarations' addresses to unequal */
		void *m = (void *)memcpy;

		__asm__("" : "+r"(m));
		FS_CHECK(m == (void *)sysc__mem_memcpy, "memcpy is libsysc_mem.a's");
	}
	return fs_failures != 0;
}
