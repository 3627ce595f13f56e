/* Writes an uncompressed initramfs (the kernel's "newc" cpio format) from
 * a list of entries, so the runner needs neither root (for mknod) nor
 * cpio(1). Hosted build-host tool.
 *
 *   mkinitramfs OUT ENTRY...
 *     d:/path            a directory (0755)
 *     c:/path:MAJ:MIN    a character device (0600)
 *     f:/path=HOSTFILE   a regular file (0755), its contents from HOSTFILE
 *
 * newc: "070701", 13 fields of 8 hex digits, the name with its NUL padded
 * to 4 bytes, then the data padded to 4 bytes; "TRAILER!!!" ends it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static FILE *out;
static unsigned long ino = 1, off;

static void pad4(void)
{
	while (off % 4) {
		fputc(0, out);
		off++;
	}
}

static void header(const char *name, unsigned mode, unsigned long size,
		   unsigned rmaj, unsigned rmin)
{
	size_t n = strlen(name) + 1;

	off += (unsigned long)fprintf(out,
		"070701%08lX%08X%08X%08X%08X%08X%08lX%08X%08X%08X%08X%08zX%08X",
		ino++, mode, 0u, 0u, 1u, 0u, size, 0u, 0u, rmaj, rmin, n, 0u);
	fwrite(name, 1, n, out);
	off += n;
	pad4();
}

static int file(const char *name, const char *host)
{
	FILE *in = fopen(host, "rb");
	char *buf;
	long size;

	if (!in || fseek(in, 0, SEEK_END) || (size = ftell(in)) < 0 || fseek(in, 0, SEEK_SET)) {
		perror(host);
		return -1;
	}
	buf = malloc(size ? (size_t)size : 1);
	if (!buf || fread(buf, 1, (size_t)size, in) != (size_t)size) {
		perror(host);
		return -1;
	}
	fclose(in);
	header(name, 0100755, (unsigned long)size, 0, 0);
	fwrite(buf, 1, (size_t)size, out);
	off += (unsigned long)size;
	pad4();
	free(buf);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc < 2 || !(out = fopen(argv[1], "wb"))) {
		fprintf(stderr, "usage: mkinitramfs OUT d:/dir c:/dev:MAJ:MIN f:/path=HOSTFILE ...\n");
		return 2;
	}
	for (int i = 2; i < argc; i++) {
		char *e = argv[i], *name = e + 2, *p;
		unsigned maj, min;

		if (strncmp(e, "d:/", 3) == 0) {
			header(name + 1, 040755, 0, 0, 0);
		} else if (strncmp(e, "c:/", 3) == 0 && (p = strchr(name, ':')) &&
			   sscanf(p, ":%u:%u", &maj, &min) == 2) {
			*p = 0;
			header(name + 1, 020600, 0, maj, min);
		} else if (strncmp(e, "f:/", 3) == 0 && (p = strchr(name, '='))) {
			*p = 0;
			if (file(name + 1, p + 1))
				return 1;
		} else {
			fprintf(stderr, "mkinitramfs: bad entry '%s'\n", e);
			return 2;
		}
	}
	header("TRAILER!!!", 0, 0, 0, 0);
	return fclose(out) ? 1 : 0;
}
