/* The vDSO parser: validates an ELF image and looks symbols up in it.
 * Pure (no syscalls, no globals, no libc), so that fuzz/ and the ASan test
 * link this file alone. Every read goes through in_img()/v2o(), which check
 * an (offset, size) against the image length without overflow, plus the
 * alignment of the entries read (the image may be any byte buffer). */
#include "vdso_parse.h"

/* Addresses and offsets of the image's class are as wide as size_t on both
 * arches, so no conversion below can truncate. */
_Static_assert(sizeof(sysc__elf_addr) == sizeof(size_t), "ELF class = size_t");

#define PT_LOAD 1
#define PT_DYNAMIC 2
#define PF_X 1
#define ET_DYN 3
#define DT_NULL 0
#define DT_HASH 4
#define DT_STRTAB 5
#define DT_SYMTAB 6
#define DT_STRSZ 10
#define DT_SYMENT 11
#define DT_GNU_HASH 0x6ffffef5
#define DT_VERSYM 0x6ffffff0
#define DT_VERDEF 0x6ffffffc
#define DT_VERDEFNUM 0x6ffffffd
#define SHN_UNDEF 0
#define SHN_LORESERVE 0xff00	/* ABS, COMMON, XINDEX...: not an address in the image */
#define STT_NOTYPE 0
#define STT_OBJECT 1
#define STT_FUNC 2
#define STB_GLOBAL 1
#define STB_WEAK 2
#define STV_DEFAULT 0
#define STV_PROTECTED 3
#define VER_FLG_BASE 1
#define VERSYM_HIDDEN 0x8000

/* Elf_Verdef and Elf_Verdaux: the same on both classes. */
struct verdef {
	uint16_t vd_version, vd_flags, vd_ndx, vd_cnt;
	uint32_t vd_hash, vd_aux, vd_next;
};
struct verdaux {
	uint32_t vda_name, vda_next;
};

/* Byte stores through a volatile pointer: the compiler may not turn them
 * into a memset call (the library links no libc). */
static void zero(void *p, size_t n)
{
	volatile unsigned char *q = p;

	while (n--)
		*q++ = 0;
}

static int in_img(const struct sysc__vdso_img *img, size_t off, size_t n)
{
	return off <= img->len && n <= img->len - off;
}

/* In bounds and aligned for entries of `align` bytes (a power of two). */
static int table_ok(const struct sysc__vdso_img *img, size_t off, size_t n,
		    size_t align)
{
	return in_img(img, off, n) &&
	       !(((uintptr_t)img->base + off) & (align - 1));
}

/* Virtual address -> offset in the image, for an object of n bytes. */
static int v2o(const struct sysc__vdso_img *img, sysc__elf_addr v, size_t n,
	       size_t *off)
{
	sysc__elf_addr o;

	if (v < img->bias)
		return 0;
	o = v - img->bias;
	if (!in_img(img, (size_t)o, n))
		return 0;
	*off = (size_t)o;
	return 1;
}

static const void *at(const struct sysc__vdso_img *img, size_t off)
{
	return img->base + off;
}

static uint32_t u32_at(const struct sysc__vdso_img *img, size_t off)
{
	return *(const uint32_t *)at(img, off);
}

/* The NUL-terminated string at strtab + name, or NULL when it does not end
 * inside DT_STRSZ bytes. */
static const char *str_at(const struct sysc__vdso_img *img, uint32_t name)
{
	const char *s = (const char *)at(img, img->strtab);
	size_t i;

	if (name >= img->strsz)
		return NULL;
	for (i = name; i < img->strsz; i++)
		if (!s[i])
			return s + name;
	return NULL;
}

static int str_eq(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return *a == *b;
}

static uint32_t elf_hash(const char *s)
{
	uint32_t h = 0, g;

	while (*s) {
		h = (h << 4) + (unsigned char)*s++;
		g = h & 0xf0000000u;
		if (g)
			h ^= g >> 24;
		h &= ~g;
	}
	return h;
}

static uint32_t gnu_hash(const char *s)
{
	uint32_t h = 5381;

	while (*s)
		h = h * 33 + (unsigned char)*s++;
	return h;
}

/* ---- validation ---- */

static int check_ehdr(const struct sysc__elf_ehdr *e)
{
	return e->e_ident[0] == 0x7f && e->e_ident[1] == 'E' &&
	       e->e_ident[2] == 'L' && e->e_ident[3] == 'F' &&
	       e->e_ident[4] == SYSC__ELF_CLASS &&
	       e->e_ident[5] == 1 /* ELFDATA2LSB */ &&
	       e->e_ident[6] == 1 /* EV_CURRENT */ &&
	       e->e_type == ET_DYN && e->e_machine == SYSC__ELF_MACHINE &&
	       e->e_version == 1 &&
	       e->e_ehsize == sizeof(struct sysc__elf_ehdr) &&
	       e->e_phentsize == sizeof(struct sysc__elf_phdr) &&
	       e->e_phnum != 0 && e->e_phnum != 0xffff /* PN_XNUM */ &&
	       (e->e_shentsize == SYSC__ELF_SHDR_SIZE ||
		(e->e_shentsize == 0 && e->e_shnum == 0));
}

/* The program header table, in bounds of `len` (NULL otherwise). */
static const struct sysc__elf_phdr *phdrs(const struct sysc__vdso_img *img,
					  const struct sysc__elf_ehdr *e)
{
	size_t n = e->e_phnum;

	if (n > img->len / sizeof(struct sysc__elf_phdr) ||
	    !table_ok(img, (size_t)e->e_phoff, n * sizeof(struct sysc__elf_phdr),
		      sizeof(sysc__elf_addr)))
		return NULL;
	return at(img, (size_t)e->e_phoff);
}

static int header(struct sysc__vdso_img *img, const void *base, size_t len)
{
	const struct sysc__elf_ehdr *e = base;

	img->base = base;
	img->len = len;
	return table_ok(img, 0, sizeof *e, sizeof(sysc__elf_addr)) &&
	       check_ehdr(e) && phdrs(img, e);
}

size_t sysc__vdso_mapped_len(const void *base, size_t bound)
{
	struct sysc__vdso_img img;
	const struct sysc__elf_phdr *ph;
	sysc__elf_addr end = 0;
	unsigned int i, n;

	if (!base || !header(&img, base, bound))
		return 0;
	ph = phdrs(&img, base);
	n = ((const struct sysc__elf_ehdr *)base)->e_phnum;
	for (i = 0; i < n; i++) {
		if (ph[i].p_type != PT_LOAD)
			continue;
		if (ph[i].p_filesz > (sysc__elf_addr)-1 - ph[i].p_offset)
			return 0;
		if (ph[i].p_offset + ph[i].p_filesz > end)
			end = ph[i].p_offset + ph[i].p_filesz;
	}
	/* No image reaches past half the address space. */
	return end > (size_t)-1 >> 1 ? 0 : (size_t)end;
}

/* First PT_LOAD gives the bias; exactly one PT_DYNAMIC. */
static int segments(struct sysc__vdso_img *img, sysc__elf_addr *dyn,
		    size_t *dynsz)
{
	const struct sysc__elf_ehdr *e = (const void *)img->base;
	const struct sysc__elf_phdr *ph = phdrs(img, e);
	int have_load = 0, have_dyn = 0;
	unsigned int i;

	img->phoff = (size_t)e->e_phoff;
	img->phnum = e->e_phnum;
	for (i = 0; i < e->e_phnum; i++) {
		if (ph[i].p_type == PT_LOAD && !have_load) {
			if (ph[i].p_vaddr < ph[i].p_offset)
				return 0;
			img->bias = ph[i].p_vaddr - ph[i].p_offset;
			have_load = 1;
		} else if (ph[i].p_type == PT_DYNAMIC) {
			if (have_dyn++)
				return 0;
			*dyn = ph[i].p_vaddr;
			*dynsz = (size_t)ph[i].p_filesz;
		}
	}
	return have_load && have_dyn;
}

struct dyn_vals {
	sysc__elf_addr strtab, symtab, strsz, hash, gnu_hash, versym, verdef;
	sysc__elf_addr verdefnum, syment;
	unsigned int seen;	/* bit per tag below */
};
#define SEEN_STRTAB 1
#define SEEN_SYMTAB 2
#define SEEN_STRSZ 4
#define SEEN_HASH 8
#define SEEN_GNU 16
#define SEEN_VERSYM 32
#define SEEN_VERDEF 64
#define SEEN_VERDEFNUM 128
#define SEEN_SYMENT 256

static int dynamic(const struct sysc__vdso_img *img, sysc__elf_addr dyn,
		   size_t dynsz, struct dyn_vals *d)
{
	const struct sysc__elf_dyn *t;
	size_t off, i, n = dynsz / sizeof *t;

	if (!v2o(img, dyn, n * sizeof *t, &off) ||
	    !table_ok(img, off, n * sizeof *t, sizeof(sysc__elf_addr)))
		return 0;
	t = at(img, off);
	for (i = 0; i < n; i++) {
		sysc__elf_addr v = t[i].d_val;

		switch (t[i].d_tag) {
		case DT_NULL: return 1;
		case DT_STRTAB: d->strtab = v; d->seen |= SEEN_STRTAB; break;
		case DT_SYMTAB: d->symtab = v; d->seen |= SEEN_SYMTAB; break;
		case DT_STRSZ: d->strsz = v; d->seen |= SEEN_STRSZ; break;
		case DT_SYMENT: d->syment = v; d->seen |= SEEN_SYMENT; break;
		case DT_HASH: d->hash = v; d->seen |= SEEN_HASH; break;
		case DT_GNU_HASH: d->gnu_hash = v; d->seen |= SEEN_GNU; break;
		case DT_VERSYM: d->versym = v; d->seen |= SEEN_VERSYM; break;
		case DT_VERDEF: d->verdef = v; d->seen |= SEEN_VERDEF; break;
		case DT_VERDEFNUM: d->verdefnum = v; d->seen |= SEEN_VERDEFNUM; break;
		default: break;	/* tags we do not use */
		}
	}
	return 0;	/* no DT_NULL inside PT_DYNAMIC */
}

/* Symbols that fit between symtab and the end of the image. */
static size_t sym_room(const struct sysc__vdso_img *img)
{
	return (img->len - img->symtab) / sizeof(struct sysc__elf_sym);
}

static int sysv_hash(struct sysc__vdso_img *img, sysc__elf_addr v)
{
	uint32_t nbucket, nchain;
	size_t off;

	if (!v2o(img, v, 8, &off) || !table_ok(img, off, 8, 4))
		return 0;
	nbucket = u32_at(img, off);
	nchain = u32_at(img, off + 4);
	if (!nbucket || nbucket > (img->len - off - 8) / 4 ||
	    nchain > (img->len - off - 8) / 4 - nbucket || nchain > sym_room(img))
		return 0;
	img->hash = off;
	img->hash_nbucket = nbucket;
	img->nsyms = nchain;
	img->flags |= SYSC_VDSO_HAS_HASH;
	return 1;
}

static int gnu_hash_table(struct sysc__vdso_img *img, sysc__elf_addr v)
{
	uint32_t nbuckets, symoffset, bloom_size, i, maxb = 0;
	size_t off, room, idx;

	if (!v2o(img, v, 16, &off) || !table_ok(img, off, 16, sizeof(sysc__elf_addr)))
		return 0;
	nbuckets = u32_at(img, off);
	symoffset = u32_at(img, off + 4);
	bloom_size = u32_at(img, off + 8);
	room = img->len - off - 16;
	/* The bloom filter is only a shortcut: skipped, never trusted. */
	if (!nbuckets || bloom_size > room / sizeof(sysc__elf_addr))
		return 0;
	room -= bloom_size * sizeof(sysc__elf_addr);
	if (nbuckets > room / 4)
		return 0;
	img->gnu_buckets = off + 16 + bloom_size * sizeof(sysc__elf_addr);
	img->gnu_chain = img->gnu_buckets + nbuckets * 4;
	img->gnu_nbuckets = nbuckets;
	img->gnu_symoffset = symoffset;
	for (i = 0; i < nbuckets; i++) {
		uint32_t b = u32_at(img, img->gnu_buckets + 4 * i);

		if (b && b < symoffset)
			return 0;
		if (b > maxb)
			maxb = b;
	}
	if (symoffset > sym_room(img))
		return 0;
	/* The symbol count is where the chain of the highest bucket ends. */
	idx = maxb;
	if (maxb) {
		for (;;) {
			size_t c = img->gnu_chain + (idx - symoffset) * 4;

			if (idx >= sym_room(img) || !in_img(img, c, 4))
				return 0;
			if (u32_at(img, c) & 1)
				break;
			idx++;
		}
		idx++;
	} else {
		idx = symoffset;
	}
	img->gnu_nsyms = idx;
	img->flags |= SYSC_VDSO_HAS_GNU_HASH;
	return 1;
}

/* Walks the version definitions once, checking each entry, its first
 * auxiliary entry and name; the lookups then walk it without checks of
 * their own beyond the count. */
static int verdefs(struct sysc__vdso_img *img, sysc__elf_addr v,
		   const struct dyn_vals *d)
{
	size_t off, limit = img->len / sizeof(struct verdef);
	unsigned int n = 0;

	if (!v2o(img, v, sizeof(struct verdef), &off))
		return 0;
	img->verdef = off;
	for (;;) {
		const struct verdef *vd;
		size_t aux;

		if (!table_ok(img, off, sizeof *vd, 4) || ++n > limit)
			return 0;
		vd = at(img, off);
		if (vd->vd_version != 1 || !vd->vd_cnt ||
		    vd->vd_aux > img->len - off)
			return 0;
		aux = off + vd->vd_aux;
		if (!table_ok(img, aux, sizeof(struct verdaux), 4) ||
		    !str_at(img, ((const struct verdaux *)at(img, aux))->vda_name))
			return 0;
		if (!vd->vd_next)
			break;
		if (vd->vd_next < sizeof *vd || vd->vd_next > img->len - off)
			return 0;
		off += vd->vd_next;
	}
	if ((d->seen & SEEN_VERDEFNUM) && d->verdefnum != n)
		return 0;
	img->nverdef = n;
	img->flags |= SYSC_VDSO_HAS_VERDEF;
	return 1;
}

int sysc__vdso_parse(struct sysc__vdso_img *img, const void *base, size_t len)
{
	struct dyn_vals d;
	sysc__elf_addr dyn = 0;
	size_t dynsz = 0;

	zero(img, sizeof *img);
	zero(&d, sizeof d);
	if (!base)
		return SYSC_EINVAL;
	if (!header(img, base, len) || !segments(img, &dyn, &dynsz) ||
	    !dynamic(img, dyn, dynsz, &d))
		goto bad;
	if ((d.seen & (SEEN_STRTAB | SEEN_SYMTAB | SEEN_STRSZ)) !=
	    (SEEN_STRTAB | SEEN_SYMTAB | SEEN_STRSZ) ||
	    !(d.seen & (SEEN_HASH | SEEN_GNU)) ||
	    ((d.seen & SEEN_SYMENT) && d.syment != sizeof(struct sysc__elf_sym)))
		goto bad;
	if (!d.strsz ||
	    !v2o(img, d.strtab, (size_t)d.strsz, &img->strtab) ||
	    !v2o(img, d.symtab, sizeof(struct sysc__elf_sym), &img->symtab) ||
	    !table_ok(img, img->symtab, sizeof(struct sysc__elf_sym),
		      sizeof(sysc__elf_addr)))
		goto bad;
	img->strsz = (size_t)d.strsz;
	if ((d.seen & SEEN_HASH) && !sysv_hash(img, d.hash))
		goto bad;
	if ((d.seen & SEEN_GNU) && !gnu_hash_table(img, d.gnu_hash))
		goto bad;
	if (!(d.seen & SEEN_HASH))
		img->nsyms = img->gnu_nsyms;
	if ((d.seen & SEEN_VERSYM) &&
	    (!v2o(img, d.versym, img->nsyms * 2, &img->versym) ||
	     !table_ok(img, img->versym, img->nsyms * 2, 2)))
		goto bad;
	if (d.seen & SEEN_VERSYM)
		img->flags |= SYSC_VDSO_HAS_VERSYM;
	if ((d.seen & SEEN_VERDEF) && !verdefs(img, d.verdef, &d))
		goto bad;
	return 0;
bad:
	zero(img, sizeof *img);
	return SYSC_ENOEXEC;
}

/* ---- lookups ---- */

static const struct sysc__elf_sym *sym(const struct sysc__vdso_img *img, size_t i)
{
	return (const struct sysc__elf_sym *)at(img, img->symtab) + i;
}

/* The name of version definition `ndx`, NULL when there is none. */
static const char *version_name(const struct sysc__vdso_img *img,
				unsigned int ndx, uint32_t *hash, int *base)
{
	size_t off = img->verdef;
	unsigned int n;

	if (!(img->flags & SYSC_VDSO_HAS_VERDEF))
		return NULL;
	for (n = 0; n < img->nverdef; n++) {
		const struct verdef *vd = at(img, off);

		if ((vd->vd_ndx & 0x7fff) == ndx) {
			const struct verdaux *a = at(img, off + vd->vd_aux);

			*hash = vd->vd_hash;
			*base = vd->vd_flags & VER_FLG_BASE;
			return str_at(img, a->vda_name);
		}
		off += vd->vd_next;
	}
	return NULL;
}

/* A defined function or object whose address lies in the image (functions:
 * in an executable PT_LOAD); its address, or NULL. */
static void *sym_addr(const struct sysc__vdso_img *img,
		      const struct sysc__elf_sym *s)
{
	const struct sysc__elf_phdr *ph = at(img, img->phoff);
	unsigned int type = s->st_info & 15, bind = s->st_info >> 4, i;
	size_t off;

	if (s->st_shndx == SHN_UNDEF || s->st_shndx >= SHN_LORESERVE ||
	    (type != STT_FUNC && type != STT_OBJECT && type != STT_NOTYPE) ||
	    (bind != STB_GLOBAL && bind != STB_WEAK) ||
	    ((s->st_other & 3) != STV_DEFAULT && (s->st_other & 3) != STV_PROTECTED) ||
	    !v2o(img, s->st_value, 1, &off))
		return NULL;
	if (type == STT_FUNC) {
		for (i = 0; i < img->phnum; i++)
			if (ph[i].p_type == PT_LOAD && (ph[i].p_flags & PF_X) &&
			    s->st_value >= ph[i].p_vaddr &&
			    s->st_value - ph[i].p_vaddr < ph[i].p_memsz)
				break;
		if (i == img->phnum)
			return NULL;
	}
	return (void *)(img->base + off);
}

static void *match(const struct sysc__vdso_img *img, size_t i,
		   const char *name, const char *version)
{
	const struct sysc__elf_sym *s = sym(img, i);
	const char *n = str_at(img, s->st_name), *vn;
	unsigned int ver;
	uint32_t vh;
	int base;

	if (!n || !str_eq(n, name))
		return NULL;
	if (img->flags & SYSC_VDSO_HAS_VERSYM) {
		ver = ((const uint16_t *)at(img, img->versym))[i];
		if (!version) {
			if (ver & VERSYM_HIDDEN)
				return NULL;
		} else {
			/* 0 is local, 1 global without a version: neither is
			 * `version`. */
			ver &= 0x7fff;
			if (ver < 2)
				return NULL;
			vn = version_name(img, ver, &vh, &base);
			if (!vn || base || vh != elf_hash(version) ||
			    !str_eq(vn, version))
				return NULL;
		}
	}
	return sym_addr(img, s);
}

/* n % d (d > 0). ARMv7-A has no divide instruction (only some cores do:
 * __ARM_FEATURE_IDIV), and the compiler's helper (__aeabi_uidivmod) would
 * be a reference outside the library (tests/check-nm.sh): there, bit by
 * bit. */
static uint32_t sysc__umod(uint32_t n, uint32_t d)
{
#if defined(__arm__) && !defined(__ARM_FEATURE_IDIV)
	uint32_t r = 0;

	for (int i = 31; i >= 0; i--) {
		r = (r << 1) | ((n >> i) & 1);
		if (r >= d)
			r -= d;
	}
	return r;
#else
	return n % d;
#endif
}

void *sysc__vdso_lookup(const struct sysc__vdso_img *img, const char *name,
			const char *version)
{
	size_t i, steps;
	void *p;

	if (!img || !img->base || !name)
		return NULL;
	if (img->flags & SYSC_VDSO_HAS_GNU_HASH) {
		uint32_t h = gnu_hash(name);

		i = u32_at(img, img->gnu_buckets + 4 * sysc__umod(h, img->gnu_nbuckets));
		if (!i)
			return NULL;
		/* Validated at parse: symoffset <= i, and every chain entry below
		 * gnu_nsyms is in the image; i only grows. */
		for (; i < img->gnu_nsyms && i < img->nsyms; i++) {
			uint32_t c = u32_at(img, img->gnu_chain + (i - img->gnu_symoffset) * 4);

			if ((c | 1) == (h | 1) && (p = match(img, i, name, version)))
				return p;
			if (c & 1)
				break;
		}
		return NULL;
	}
	{
		size_t buckets = img->hash + 8, chains = buckets + 4 * img->hash_nbucket;

		i = u32_at(img, buckets + 4 * sysc__umod(elf_hash(name), img->hash_nbucket));
		/* A cyclic chain ends after nsyms steps. */
		for (steps = 0; i && i < img->nsyms && steps < img->nsyms; steps++) {
			if ((p = match(img, i, name, version)))
				return p;
			i = u32_at(img, chains + 4 * i);
		}
	}
	return NULL;
}

int sysc__vdso_symbol_at(const struct sysc__vdso_img *img, size_t i,
			 struct sysc_vdso_symbol *out)
{
	const struct sysc__elf_sym *s;
	const char *n;

	if (!img->base || i >= img->nsyms)
		return -1;
	s = sym(img, i);
	n = str_at(img, s->st_name);
	out->name = n ? n : "";
	out->version = NULL;
	out->hidden = 0;
	if (img->flags & SYSC_VDSO_HAS_VERSYM) {
		unsigned int ver = ((const uint16_t *)at(img, img->versym))[i];
		uint32_t vh;
		int base;

		out->hidden = !!(ver & VERSYM_HIDDEN);
		if ((ver & 0x7fff) >= 2)
			out->version = version_name(img, ver & 0x7fff, &vh, &base);
	}
	out->addr = sym_addr(img, s);
	out->value = (unsigned long)s->st_value;
	out->size = (unsigned long)s->st_size;
	out->type = s->st_info & 15;
	out->bind = s->st_info >> 4;
	out->shndx = s->st_shndx;
	return 0;
}

int sysc__vdso_verdef_at(const struct sysc__vdso_img *img, size_t i,
			 struct sysc_vdso_verdef *out)
{
	size_t off = img->verdef, n;
	const struct verdef *vd;
	const char *name;

	if (!img->base || i >= img->nverdef)
		return -1;
	for (n = 0; n < i; n++)
		off += ((const struct verdef *)at(img, off))->vd_next;
	vd = at(img, off);
	name = str_at(img, ((const struct verdaux *)at(img, off + vd->vd_aux))->vda_name);
	out->name = name ? name : "";
	out->index = vd->vd_ndx;
	out->flags = vd->vd_flags;
	return 0;
}
