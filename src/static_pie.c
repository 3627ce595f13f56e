/* Static PIE: the program relocates itself before anything reads a global.
 *
 * A static PIE is linked at address 0 and loaded anywhere; every pointer it
 * stores in data (pointer tables, function pointers, init_array, the GOT)
 * is described by an R_*_RELATIVE relocation, in DT_RELA/DT_REL tables or
 * packed in DT_RELR, that nobody but the program itself applies. This
 * object is linked only into programs compiled as PIE (<sysc/start.h>
 * references sysc__static_pie then): its strong sysc__start_c replaces the
 * weak alias in src/start.c, so _start comes here first, and a program
 * compiled -fno-pie has no byte of this.
 *
 * Everything here runs unrelocated: no global is read (only the ELF header
 * through the hidden __ehdr_start, a PC-relative address), no pointer is
 * taken from data, no switch (no jump table), no TLS, no stack protector
 * (LIB_CFLAGS), and only raw syscalls (the i386 errno layer calls through a
 * pointer in data). The arch contributes the relocation type numbers only
 * (arch/<arch>/reloc.h). */
#include "internal.h"
#include "vdso_parse.h"	/* the ELF header, program header, dynamic layouts */

#include "reloc.h"	/* arch/<arch>/, on the include path */
#include "thread_pointer.h"	/* SYSC__TLS_GAP */

typedef sysc__elf_addr sysc__word;

/* Elf32_Rel(a) and Elf64_Rela share this shape: three words of the class
 * (REL tables simply have no r_addend). */
struct sysc__elf_rela {
	sysc__word r_offset, r_info, r_addend;
};

#if SYSC__ELF_CLASS == 2
#define SYSC__R_TYPE(info) ((unsigned long)((info) & 0xffffffffu))
#define SYSC__R_SYM(info) ((info) >> 32)
#else
#define SYSC__R_TYPE(info) ((unsigned long)((info) & 0xffu))
#define SYSC__R_SYM(info) ((info) >> 8)
#endif

#define SYSC__PT_LOAD 1
#define SYSC__PT_DYNAMIC 2
#define SYSC__PT_INTERP 3

#define SYSC__DT_NULL 0
#define SYSC__DT_PLTRELSZ 2
#define SYSC__DT_RELA 7
#define SYSC__DT_RELASZ 8
#define SYSC__DT_RELAENT 9
#define SYSC__DT_REL 17
#define SYSC__DT_RELSZ 18
#define SYSC__DT_RELENT 19
#define SYSC__DT_PLTREL 20
#define SYSC__DT_TEXTREL 22
#define SYSC__DT_JMPREL 23
#define SYSC__DT_FLAGS 30
#define SYSC__DT_RELRSZ 35
#define SYSC__DT_RELR 36
#define SYSC__DT_RELRENT 37
#define SYSC__DF_TEXTREL 0x4

extern const unsigned char __ehdr_start[] SYSC__HIDDEN;

void sysc__start_c(long *sp) __attribute__((noreturn, used)) SYSC__HIDDEN;

static void sysc__pie_say(const char *s)
{
	size_t n = 0;

	while (s[n])
		n++;
	sysc_raw_write(2, s, n);
}

/* The program cannot run correctly: say why on stderr and end it, before
 * main and before any constructor. */
__attribute__((noreturn, noinline)) static void sysc__pie_refuse(const char *why,
								  unsigned long type)
{
	char num[24];
	int i = (int)sizeof num - 1;

	sysc__pie_say("sysc: static PIE: ");
	sysc__pie_say(why);
	if (type != (unsigned long)-1) {
		unsigned long v = type;

		num[i] = 0;
		/* in decimal, as readelf numbers them; the type fits 32 bits on
		 * every arch (ELF64's r_info keeps it in the low word) */
		do {
			unsigned int q = sysc__udiv32((unsigned int)v, 10);

			num[--i] = (char)('0' + (v - q * 10));
			v = q;
		} while (v != 0);
		sysc__pie_say(" (type ");
		sysc__pie_say(num + i);
		sysc__pie_say(type == SYSC__R_IRELATIVE ? ", IRELATIVE: an ifunc)" : ")");
	}
	sysc__pie_say("; only R_*_RELATIVE relocations are applied at start-up\n");
	sysc_raw_exit_group(127);
	sysc__crash();
}

/* A DT_RELA or DT_REL table (ent is its entry size, checked against the
 * layout: a table of another shape is refused, not misread). */
static void sysc__pie_table(sysc__word base, sysc__word at, sysc__word size, sysc__word ent,
			    int rela, sysc__word tls_off)
{
	sysc__word want = rela ? sizeof(struct sysc__elf_rela) : 2 * sizeof(sysc__word);

	if (!size)
		return;
	if (ent != want)
		sysc__pie_refuse("unexpected relocation entry size", (unsigned long)-1);
	for (sysc__word off = 0; off + ent <= size; off += ent) {
		const struct sysc__elf_rela *r = (const void *)(base + at + off);
		unsigned long type = SYSC__R_TYPE(r->r_info);
		sysc__word *where = (sysc__word *)(base + r->r_offset);

		if (type == SYSC__R_NONE)
			continue;
		if (SYSC__R_SYM(r->r_info))
			sysc__pie_refuse("a relocation against a symbol, which only a dynamic linker resolves",
					 type);
#ifdef SYSC__R_TPOFF
		/* A local TLS variable's offset from the thread pointer, which
		 * lld leaves to run time in a static PIE on some arches: the
		 * addend (its place in the TLS segment) plus where _start puts
		 * the executable's block (src/tls.c, variant I only). */
		if (type == SYSC__R_TPOFF) {
			*where = tls_off + (rela ? (sysc__word)r->r_addend : *where);
			continue;
		}
#else
		(void)tls_off;
#endif
		if (type != SYSC__R_RELATIVE)
			sysc__pie_refuse("a relocation other than RELATIVE", type);
		/* REL keeps the addend in the word itself. */
		*where = base + (rela ? r->r_addend : *where);
	}
}

/* DT_RELR: an even word is the address of a word to relocate, and the
 * start of a run; an odd word is a bitmap (bit 0 the marker) of the
 * following 8*sizeof(word) - 1 words after the run so far. */
static void sysc__pie_relr(sysc__word base, sysc__word at, sysc__word size)
{
	const sysc__word *e = (const sysc__word *)(base + at);
	const sysc__word *end = (const sysc__word *)(base + at + size);
	sysc__word *where = 0;

	for (; e < end; e++) {
		sysc__word v = *e;

		if (!(v & 1)) {
			where = (sysc__word *)(base + v);
			*where++ += base;
			continue;
		}
		for (sysc__word *w = where; (v >>= 1) != 0; w++)
			if (v & 1)
				*w += base;
		where += 8 * sizeof(sysc__word) - 1;
	}
}

/* Applies the program's own relocations; returns the load bias (runtime
 * minus link-time addresses). A program without PT_DYNAMIC was linked
 * non-PIE (code compiled as PIE, linked -static): bias 0, nothing to do.
 * One with PT_INTERP was relocated by its dynamic linker already. */
static sysc__word sysc__pie_relocate(void)
{
	const struct sysc__elf_ehdr *eh = (const void *)__ehdr_start;
	const struct sysc__elf_phdr *ph = (const void *)(__ehdr_start + eh->e_phoff);
	sysc__word ehdr_link = 0, dyn_link = 0, base;
	int have_load = 0, have_dyn = 0, interp = 0;
	sysc__word tls_align = 1, tls_off = 0;
	/* indexed by tag, for the tags below DT_RELRENT + 1 */
	sysc__word d[SYSC__DT_RELRENT + 1];
	const struct sysc__elf_dyn *dyn;

	for (unsigned int i = 0; i < eh->e_phnum; i++) {
		if (ph[i].p_type == SYSC__PT_LOAD && ph[i].p_offset == 0 && !have_load) {
			ehdr_link = ph[i].p_vaddr;
			have_load = 1;
		} else if (ph[i].p_type == SYSC__PT_DYNAMIC) {
			dyn_link = ph[i].p_vaddr;
			have_dyn = 1;
		} else if (ph[i].p_type == SYSC__PT_INTERP) {
			interp = 1;
		} else if (ph[i].p_type == 7 /* PT_TLS */ && ph[i].p_align > 1) {
			tls_align = ph[i].p_align;
		}
	}
	if (!have_dyn)
		return 0;
	if (!have_load)
		sysc__pie_refuse("no PT_LOAD maps the ELF header", (unsigned long)-1);
	base = (sysc__word)(size_t)__ehdr_start - ehdr_link;
	if (interp)
		return base;

	for (unsigned int t = 0; t <= SYSC__DT_RELRENT; t++)
		d[t] = 0;
	for (dyn = (const void *)(base + dyn_link); dyn->d_tag != SYSC__DT_NULL; dyn++)
		if (dyn->d_tag <= SYSC__DT_RELRENT)
			d[dyn->d_tag] = dyn->d_val;

	if (d[SYSC__DT_TEXTREL] || (d[SYSC__DT_FLAGS] & SYSC__DF_TEXTREL))
		sysc__pie_refuse("text relocations (DT_TEXTREL): link with -z text", (unsigned long)-1);
#ifdef SYSC__R_TPOFF
	/* the block's offset above the thread pointer, as src/tls.c places it */
	/* p_align is a power of two (ELF); no division: arm has no divide
	 * instruction, and the library calls no helper for one */
	tls_off = (SYSC__TLS_GAP + tls_align - 1) & ~(tls_align - 1);
#else
	(void)tls_align;
#endif
	sysc__pie_table(base, d[SYSC__DT_RELA], d[SYSC__DT_RELASZ], d[SYSC__DT_RELAENT], 1, tls_off);
	sysc__pie_table(base, d[SYSC__DT_REL], d[SYSC__DT_RELSZ], d[SYSC__DT_RELENT], 0, tls_off);
	/* PLT relocations (JUMP_SLOT, IRELATIVE) are never RELATIVE: refused
	 * there, with the type in the message. */
	sysc__pie_table(base, d[SYSC__DT_JMPREL], d[SYSC__DT_PLTRELSZ],
			d[SYSC__DT_PLTREL] == SYSC__DT_RELA ? sizeof(struct sysc__elf_rela)
							   : 2 * sizeof(sysc__word),
			d[SYSC__DT_PLTREL] == SYSC__DT_RELA, tls_off);
	if (d[SYSC__DT_RELRSZ] && d[SYSC__DT_RELRENT] != sizeof(sysc__word))
		sysc__pie_refuse("unexpected DT_RELRENT", (unsigned long)-1);
	sysc__pie_relr(base, d[SYSC__DT_RELR], d[SYSC__DT_RELRSZ]);
	return base;
}

/* _start's C half in a static PIE: relocate, then the common start-up. */
void sysc__start_c(long *sp)
{
	sysc__word bias = sysc__pie_relocate();

	/* the relocated words are read from here on */
	__asm__ volatile ("" ::: "memory");
	sysc__start_biased(sp, bias);
}

/* What <sysc/start.h> references from code compiled as PIE, to link this
 * object. */
void sysc__static_pie(long *sp) __attribute__((noreturn, alias("sysc__start_c")));
