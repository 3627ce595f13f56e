/* The parser against damaged copies of the live vDSO, built with
 * ASan+UBSan by mk/vdso.mk and run by tests/check-asan-vdso.sh: every
 * truncation length, every byte of the image set to 0, 0xff, and with its
 * low and high bit flipped, then random multi-byte damage. Each copy sits in
 * a heap block of exactly its length, so any read past it is an ASan
 * error; every accepted copy is fully exercised (lookups, the symbol and
 * version listings, every string returned read to its end). Links
 * src/vdso_parse.c alone (hosted). Prints ok/not ok lines. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include "vdso_parse.h"

static const char *const names[] = { "__vdso_clock_gettime", "__vdso_clock_gettime64",
	"__vdso_getcpu", "__vdso_time", "__vdso_gettimeofday", "__vdso_getrandom",
	"__vdso_clock_getres", "__kernel_vsyscall", "LINUX_2.6", "", "x" };
static const char *const versions[] = { NULL, "LINUX_2.6", "LINUX_2.5", "" };
static int failures;

/* 1 when every result stays inside [p, p + n). */
static int exercise(const unsigned char *p, size_t n, size_t *accepted)
{
	struct sysc__vdso_img img;
	struct sysc_vdso_symbol s;
	struct sysc_vdso_verdef vd;
	size_t i, k;
	volatile size_t sink = 0;

	if (sysc__vdso_parse(&img, p, n))
		return sysc__vdso_lookup(&img, "__vdso_time", NULL) == NULL;
	++*accepted;
	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		for (k = 0; k < sizeof versions / sizeof versions[0]; k++) {
			const unsigned char *a = sysc__vdso_lookup(&img, names[i], versions[k]);

			if (a && (a < p || a >= p + n))
				return 0;
		}
	for (i = 0; sysc__vdso_symbol_at(&img, i, &s) == 0; i++) {
		sink += strlen(s.name) + (s.version ? strlen(s.version) : 0);
		if (s.addr && ((const unsigned char *)s.addr < p ||
			       (const unsigned char *)s.addr >= p + n))
			return 0;
	}
	for (i = 0; sysc__vdso_verdef_at(&img, i, &vd) == 0; i++)
		sink += strlen(vd.name);
	(void)sink;
	return 1;
}

static int run(const unsigned char *src, size_t n, size_t *accepted)
{
	unsigned char *c = malloc(n ? n : 1);
	int ok;

	memcpy(c, src, n);
	ok = exercise(c, n, accepted);
	free(c);
	return ok;
}

static void report(int ok, const char *name, size_t tried, size_t accepted)
{
	printf("%s - %s (%zu images, %zu accepted)\n", ok ? "ok" : "not ok", name, tried, accepted);
	failures += !ok;
}

int main(int argc, char **argv)
{
	const unsigned char *live = (const void *)getauxval(AT_SYSINFO_EHDR);
	unsigned char *img;
	size_t len, n, i, accepted;
	unsigned long iters = argc > 1 ? strtoul(argv[1], NULL, 0) : 200000;
	unsigned int seed = 12345;
	int ok;

	if (!live) {
		printf("skip - vdso corruption: no vDSO in this process\n");
		return 0;
	}
	len = sysc__vdso_mapped_len(live, 4096);
	if (!len) {
		printf("not ok - the live vDSO's length\n");
		return 1;
	}
	img = malloc(len);
	memcpy(img, live, len);

	ok = 1, accepted = 0;
	for (n = 0; n <= len; n++)
		ok &= run(img, n, &accepted);
	report(ok && accepted > 0, "every truncation", len + 1, accepted);

	ok = 1, accepted = 0;
	for (i = 0; i < len; i++) {
		unsigned char o = img[i], v[4] = { 0, 0xff, (unsigned char)(o ^ 1), (unsigned char)(o ^ 0x80) };
		int k;

		for (k = 0; k < 4; k++) {
			img[i] = v[k];
			ok &= run(img, len, &accepted);
		}
		img[i] = o;
	}
	report(ok, "every byte set to 0, 0xff, ^1, ^0x80", 4 * len, accepted);

	ok = 1, accepted = 0;
	for (i = 0; i < iters; i++) {
		unsigned char *c = malloc(len);
		int k, nb;

		memcpy(c, img, len);
		seed = seed * 1103515245u + 12345u;
		nb = 1 + (int)(seed >> 16) % 8;
		for (k = 0; k < nb; k++) {
			seed = seed * 1103515245u + 12345u;
			/* Mostly the headers and tables, which sit in the first
			 * kilobytes; sometimes anywhere. */
			c[(seed >> 8) % (k & 1 ? len : (len < 2048 ? len : 2048))] = (unsigned char)(seed >> 24);
		}
		n = len;
		seed = seed * 1103515245u + 12345u;
		if (!(seed & 0x700))
			n = (seed >> 11) % (len + 1);
		ok &= exercise(c, n, &accepted);
		free(c);
	}
	report(ok, "random damage (1-8 bytes, some truncated)", iters, accepted);
	free(img);
	return failures;
}
