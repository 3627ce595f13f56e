/* libFuzzer target for the vDSO parser (src/vdso_parse.c, linked alone):
 * the input is an image as mapped. Built and run by tests/check-fuzz.sh
 * (`make test`: a bounded run; `make fuzz`: a longer one). ASan and UBSan
 * report any read outside the input, which sits in a block of exactly its
 * size. */
#include <stdlib.h>
#include <string.h>
#include "vdso_parse.h"

static const char *const names[] = { "__vdso_clock_gettime", "__vdso_getcpu",
	"__vdso_time", "__kernel_vsyscall", "__vdso_getrandom", "a" };

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	struct sysc__vdso_img img;
	struct sysc_vdso_symbol s;
	struct sysc_vdso_verdef vd;
	unsigned char *p = malloc(size ? size : 1);
	size_t i;
	volatile size_t sink = 0;

	memcpy(p, data, size);
	if (sysc__vdso_parse(&img, p, size) == 0) {
		for (i = 0; i < sizeof names / sizeof names[0]; i++) {
			unsigned char *a = sysc__vdso_lookup(&img, names[i], "LINUX_2.6");
			unsigned char *b = sysc__vdso_lookup(&img, names[i], NULL);

			if ((a && (a < p || a >= p + size)) || (b && (b < p || b >= p + size)))
				abort();
		}
		for (i = 0; sysc__vdso_symbol_at(&img, i, &s) == 0; i++)
			sink += strlen(s.name) + (s.version ? strlen(s.version) : 0);
		for (i = 0; sysc__vdso_verdef_at(&img, i, &vd) == 0; i++)
			sink += strlen(vd.name);
	}
	sysc__vdso_mapped_len(p, size);
	(void)sink;
	free(p);
	return 0;
}
