/* Writes the fuzz seed corpus: the live vDSO, and each fixture shared
 * object given on the command line laid out as mapped (tests/vdso_load.h).
 * Usage: seeds OUTDIR [fixture.so ...] */
#include <sys/auxv.h>
#include "../tests/vdso_load.h"
#include "vdso_parse.h"

static int put(const char *dir, const char *name, const void *p, size_t n)
{
	char path[4096];
	FILE *f;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	f = fopen(path, "wb");
	if (!f || fwrite(p, 1, n, f) != n)
		return 1;
	return fclose(f) != 0;
}

int main(int argc, char **argv)
{
	const void *live = (const void *)getauxval(AT_SYSINFO_EHDR);
	struct vl_image im;
	int i, bad = 0;

	if (argc < 2)
		return 2;
	if (live)
		bad |= put(argv[1], "live-vdso", live, sysc__vdso_mapped_len(live, 4096));
	for (i = 2; i < argc; i++) {
		const char *base = strrchr(argv[i], '/');

		if (vl_load(argv[i], &im))
			return 1;
		bad |= put(argv[1], base ? base + 1 : argv[i], im.map, im.len);
		vl_unload(&im);
	}
	return bad;
}
