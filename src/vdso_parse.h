/* The vDSO parser's internal interface: pure functions over a byte image
 * (no syscalls, no globals), so the fuzz target and the ASan test can link
 * src/vdso_parse.c alone. The ELF layouts are the ones of the architecture
 * being compiled (ELF64 on the 64-bit arches, ELF32 on i386): a vDSO is always of the
 * process's own class. */
#ifndef SYSC_SRC_VDSO_PARSE_H
#define SYSC_SRC_VDSO_PARSE_H

#include <stddef.h>
#include <stdint.h>
#include "sysc/vdso.h"

#if __SIZEOF_POINTER__ == 8
typedef uint64_t sysc__elf_addr;	/* Elf64_Addr, Elf64_Off, Elf64_Xword */
#define SYSC__ELF_CLASS 2		/* ELFCLASS64 */
struct sysc__elf_sym {
	uint32_t st_name;
	unsigned char st_info, st_other;
	uint16_t st_shndx;
	uint64_t st_value, st_size;
};
struct sysc__elf_phdr {
	uint32_t p_type, p_flags;
	uint64_t p_offset, p_vaddr, p_paddr, p_filesz, p_memsz, p_align;
};
#define SYSC__ELF_SHDR_SIZE 64
#else
typedef uint32_t sysc__elf_addr;
#define SYSC__ELF_CLASS 1		/* ELFCLASS32 */
struct sysc__elf_sym {
	uint32_t st_name, st_value, st_size;
	unsigned char st_info, st_other;
	uint16_t st_shndx;
};
struct sysc__elf_phdr {
	uint32_t p_type, p_offset, p_vaddr, p_paddr, p_filesz, p_memsz, p_flags,
		 p_align;
};
#define SYSC__ELF_SHDR_SIZE 40
#endif
/* e_machine: the arch's own (arch/<arch>/abi.h). */
#define SYSC__ELF_MACHINE SYSC__ELF_MACHINE_SELF

struct sysc__elf_ehdr {
	unsigned char e_ident[16];
	uint16_t e_type, e_machine;
	uint32_t e_version;
	sysc__elf_addr e_entry, e_phoff, e_shoff;
	uint32_t e_flags;
	uint16_t e_ehsize, e_phentsize, e_phnum, e_shentsize, e_shnum, e_shstrndx;
};

struct sysc__elf_dyn {
	sysc__elf_addr d_tag;	/* signed in the spec; every tag we use is positive */
	sysc__elf_addr d_val;
};

/* A validated image: every table below lies inside [base, base + len) and is
 * aligned for its entries; `nsyms` symbols fit in the symbol table, and
 * versym (when present) has nsyms entries. Offsets are from base. */
struct sysc__vdso_img {
	const unsigned char *base;
	size_t len;
	sysc__elf_addr bias;	/* p_vaddr - p_offset of the first PT_LOAD */
	size_t phoff;
	unsigned int phnum;
	unsigned int flags;	/* SYSC_VDSO_HAS_* */
	size_t symtab, strtab, strsz;
	size_t nsyms;
	size_t hash;		/* DT_HASH: nbucket, nchain, buckets, chains */
	uint32_t hash_nbucket;
	size_t gnu_buckets, gnu_chain;	/* DT_GNU_HASH: bucket and chain arrays */
	uint32_t gnu_nbuckets, gnu_symoffset;
	size_t gnu_nsyms;	/* symbols the gnu chains cover */
	size_t versym, verdef;
	unsigned int nverdef;
};

/* 0, or a positive SYSC_E* value: SYSC_EINVAL for a NULL base, SYSC_ENOEXEC
 * for anything that is not a well-formed image of this arch. */
int sysc__vdso_parse(struct sysc__vdso_img *img, const void *base, size_t len);

/* The length of a mapped vDSO: the end of its furthest PT_LOAD, after checking
 * the ELF and program headers inside the first `bound` bytes (one page is
 * always mapped). 0 when the header is not acceptable. */
size_t sysc__vdso_mapped_len(const void *base, size_t bound);

/* The address of `name` (of `version`, or any default version when NULL),
 * NULL when absent or odd. Bounded: at most nsyms chain steps. */
void *sysc__vdso_lookup(const struct sysc__vdso_img *img, const char *name,
			const char *version);

/* Enumeration for the public info API; 0, or -1 past the end. */
int sysc__vdso_symbol_at(const struct sysc__vdso_img *img, size_t i,
			 struct sysc_vdso_symbol *out);
int sysc__vdso_verdef_at(const struct sysc__vdso_img *img, size_t i,
			 struct sysc_vdso_verdef *out);

#endif
