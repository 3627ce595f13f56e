/* Hosted test helper: lays a shared object file out as a loader would (each
 * PT_LOAD at its p_vaddr relative to the first one's page, the ELF header at
 * the start), in an executable private mapping, so that the parser sees what
 * it sees in a real vDSO and resolved functions can be called. No
 * relocations are applied (the fixtures need none). */
#ifndef SYSC_TESTS_VDSO_LOAD_H
#define SYSC_TESTS_VDSO_LOAD_H

#include <elf.h>
#include <link.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

struct vl_image {
	unsigned char *map;	/* ELF header here */
	size_t len;		/* bytes from map to the end of the last PT_LOAD */
	unsigned long first_vaddr;
};

static int vl_load(const char *path, struct vl_image *im)
{
	FILE *f = fopen(path, "rb");
	unsigned char *file;
	long n;
	const ElfW(Ehdr) *e;
	const ElfW(Phdr) *ph;
	unsigned long lo = ~0UL, hi = 0;
	int i;

	if (!f)
		return -1;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	file = malloc((size_t)n);
	if (!file || fread(file, 1, (size_t)n, f) != (size_t)n) {
		fclose(f);
		free(file);
		return -1;
	}
	fclose(f);
	e = (const void *)file;
	ph = (const void *)(file + e->e_phoff);
	for (i = 0; i < e->e_phnum; i++)
		if (ph[i].p_type == PT_LOAD) {
			if (lo == ~0UL)
				lo = ph[i].p_vaddr - ph[i].p_offset;	/* where the header goes */
			if (ph[i].p_vaddr + ph[i].p_memsz > hi)
				hi = ph[i].p_vaddr + ph[i].p_memsz;
		}
	im->first_vaddr = lo;
	im->len = hi - lo;
	im->map = mmap(NULL, im->len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (im->map == MAP_FAILED) {
		free(file);
		return -1;
	}
	for (i = 0; i < e->e_phnum; i++)
		if (ph[i].p_type == PT_LOAD)
			memcpy(im->map + (ph[i].p_vaddr - lo), file + ph[i].p_offset, ph[i].p_filesz);
	free(file);
	return mprotect(im->map, im->len, PROT_READ | PROT_EXEC);
}

static void vl_unload(struct vl_image *im)
{
	munmap(im->map, im->len);
}

#endif
