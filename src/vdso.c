/* The current vDSO image: finding the live one, replacing it, resolving the
 * entry points the vDSO-first functions use, and the public lookup and
 * listing API (sysc/vdso.h). Linked only when one of those functions is:
 * sysc_init_auxv reaches sysc__vdso_setup through its hook section. */
#include "vdso_priv.h"
#include "vdso_parse.h"

void *sysc__vdso_fn[SYSC__VDSO_NFN];
/* 0: nothing done; 1: a lazy initialisation is running (other threads use
 * the syscalls meanwhile); 2: done, with or without a vDSO. */
int sysc__vdso_state;
/* Written only by initialisation (see sysc/vdso.h for the rules). The
 * image that sysc_vdso_sym and the listing functions read; the functions
 * that call into the vDSO use sysc__vdso_fn, which may come from another
 * image: sysc_vdso_init_image inspects any image but lets calls go only to
 * the one the kernel mapped, since a copy is not executable. */
static struct sysc__vdso_img sysc__vdso_cur;
/* AT_SYSINFO_EHDR, once an initialisation has read it (0 before, or when
 * there is no vDSO). */
static unsigned long sysc__vdso_live;
/* sysc__vdso_cur holds an image given to sysc_vdso_init_image that is not
 * the live one: a lazy initialisation then leaves it in place. */
static int sysc__vdso_inspecting;

#define SYSC__FOR_CALLS 1	/* publish the entry points */
#define SYSC__FOR_INSPECTION 2	/* make it sysc__vdso_cur */
#define SYSC__FOR_BOTH 3

#define SYSC__PR_GET_AUXV 0x41555856	/* Linux 6.4+ */

/* The ELF header of the object libsysc.a is linked into (GNU ld and lld
 * define it; weak, so 0 when the linker does not). */
extern const unsigned char __ehdr_start[] __attribute__((weak)) SYSC__HIDDEN;

/* Is this auxv the one the kernel gave this program? Under valgrind,
 * prctl(PR_GET_AUXV) passes through to the kernel and returns valgrind's
 * own auxv, whose AT_SYSINFO_EHDR is not mapped for the program; its
 * AT_PHDR is then not our executable's. When libsysc.a is linked into a
 * shared object (or __ehdr_start is absent) this answers no, and
 * /proc/self/auxv, which valgrind emulates, is read instead. */
static int sysc__auxv_is_ours(const unsigned long *a, size_t n)
{
	const struct sysc__elf_ehdr *e = (const void *)__ehdr_start;
	size_t i;

	if (!e)
		return 0;
	for (i = 0; i + 1 < n && a[i] != SYSC_AT_NULL; i += 2)
		if (a[i] == SYSC_AT_PHDR)
			return a[i + 1] == (unsigned long)__ehdr_start + (unsigned long)e->e_phoff;
	return 0;
}

/* The symbols behind each SYSC__VDSO_* slot and their version: the arch's
 * (arch/<arch>/vdso_names.h, on the include path). */
#include "vdso_names.h"
static const char *const sysc__vdso_names[SYSC__VDSO_NFN] = { SYSC__VDSO_NAMES };

static void sysc__vdso_publish(const struct sysc__vdso_img *img)
{
	int i;

	for (i = 0; i < SYSC__VDSO_NFN; i++) {
		void *p = NULL;

		if (img && sysc__vdso_names[i])
			p = sysc__vdso_lookup(img, sysc__vdso_names[i], SYSC__VDSO_VERSION);
		__atomic_store_n(&sysc__vdso_fn[i], p, __ATOMIC_RELEASE);
	}
}

/* Replaces the current image for calls, for inspection or both (`what`);
 * 0 or a SYSC_E* value (then no image there). */
static int sysc__vdso_load(const void *base, size_t len, int what)
{
	struct sysc__vdso_img img;
	int e = sysc__vdso_parse(&img, base, len);

	if (what & SYSC__FOR_CALLS)
		sysc__vdso_publish(e ? NULL : &img);
	if (what & SYSC__FOR_INSPECTION)
		sysc__memcpy(&sysc__vdso_cur, &img, sizeof img);
	return e;
}

/* The live vDSO: its length is the end of its furthest PT_LOAD, read from
 * headers that must lie in the first 4096 bytes (the smallest page, and a
 * vDSO is page-aligned, so that much is mapped). */
static int sysc__vdso_load_live(unsigned long ehdr, int what)
{
	size_t len;

	sysc__vdso_live = ehdr;
	if (!ehdr) {
		sysc__vdso_load(NULL, 0, what);
		return SYSC_ENOENT;
	}
	len = sysc__vdso_mapped_len((const void *)ehdr, 4096);
	if (!len) {
		sysc__vdso_load(NULL, 0, what);
		return SYSC_ENOEXEC;
	}
	return sysc__vdso_load((const void *)ehdr, len, what);
}

/* Looks for AT_SYSINFO_EHDR in `n` words of auxv pairs: 1 and *ehdr (0 when
 * AT_NULL came first), or 0 when neither is among them. */
static int sysc__auxv_scan(const unsigned long *a, size_t n, unsigned long *ehdr)
{
	size_t i;

	for (i = 0; i + 1 < n; i += 2) {
		if (a[i] == SYSC_AT_SYSINFO_EHDR || a[i] == SYSC_AT_NULL) {
			*ehdr = a[i] == SYSC_AT_NULL ? 0 : a[i + 1];
			return 1;
		}
	}
	return 0;
}

/* Beside a libc: prctl(PR_GET_AUXV), else /proc/self/auxv. Both give the
 * process's own words (32-bit ones for an i386 process). 0 and *ehdr (0 when
 * the auxv has none), or a SYSC_E* value. */
static int sysc__vdso_read_auxv(unsigned long *ehdr)
{
	unsigned long buf[128];
	long r;
	size_t have = 0, pair = 2 * sizeof(unsigned long);
	int fd, e = 0;

	/* Zeroed first: a tool that does not know this prctl (valgrind) then
	 * sees defined memory. */
	sysc__memset(buf, 0, sizeof buf);
	r = sysc__sc5(SYSC_NR_prctl, SYSC__PR_GET_AUXV, (long)buf, sizeof buf, 0, 0);
	if (!sysc_is_error(r) && r > 0) {
		size_t n = ((size_t)r < sizeof buf ? (size_t)r : sizeof buf) / sizeof(unsigned long);

		if (sysc__auxv_is_ours(buf, n) && sysc__auxv_scan(buf, n, ehdr))
			return 0;
		/* Longer than buf and not in the part we got: read it all. */
	}
	fd = (int)sysc__sc4(SYSC_NR_openat, SYSC_AT_FDCWD, (long)"/proc/self/auxv",
			    SYSC_O_RDONLY | SYSC_O_CLOEXEC, 0);
	if (sysc_is_error(fd))
		return -fd;
	*ehdr = 0;
	for (;;) {
		r = sysc__sc3(SYSC_NR_read, fd, (long)((char *)buf + have), sizeof buf - have);
		if (r == -SYSC_EINTR)
			continue;
		if (sysc_is_error(r)) {
			e = (int)-r;
			break;
		}
		if (!r)
			break;	/* end of file without AT_NULL: take it as absent */
		have += (size_t)r;
		if (sysc__auxv_scan(buf, have / sizeof(unsigned long), ehdr))
			break;
		/* Keep a partial pair, drop the whole ones already scanned. */
		sysc__memcpy(buf, (char *)buf + have / pair * pair, have % pair);
		have %= pair;
	}
	sysc__sc1(SYSC_NR_close, fd);
	return e;
}

static int sysc__vdso_find(int what)
{
	unsigned long ehdr = 0;
	int e;

	if (sysc__auxv)
		return sysc__vdso_load_live(sysc_getauxval(SYSC_AT_SYSINFO_EHDR), what);
	e = sysc__vdso_read_auxv(&ehdr);
	if (e) {
		sysc__vdso_load(NULL, 0, what);
		return e;
	}
	return sysc__vdso_load_live(ehdr, what);
}

/* The weak hook of sysc_init_auxv (after _start, or the caller's auxv):
 * no syscall. */
void sysc__vdso_setup(void)
{
	sysc__vdso_inspecting = 0;
	sysc__vdso_load_live(sysc_getauxval(SYSC_AT_SYSINFO_EHDR), SYSC__FOR_BOTH);
	__atomic_store_n(&sysc__vdso_state, 2, __ATOMIC_RELEASE);
}
static void (*const sysc__vdso_hook)(void) SYSC__AUXV_HOOK = sysc__vdso_setup;

/* First use without sysc_init_auxv: one thread reads the auxv; any other
 * thread that arrives meanwhile makes its syscall rather than wait, so
 * this never blocks (and is harmless in a signal handler). */
void sysc__vdso_lazy(void)
{
	int expect = 0;

	if (!__atomic_compare_exchange_n(&sysc__vdso_state, &expect, 1, 0,
					 __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
		return;
	sysc__vdso_find(sysc__vdso_inspecting ? SYSC__FOR_CALLS : SYSC__FOR_BOTH);
	__atomic_store_n(&sysc__vdso_state, 2, __ATOMIC_RELEASE);
}

int sysc_vdso_init(void)
{
	int e;

	sysc__vdso_inspecting = 0;
	e = sysc__vdso_find(SYSC__FOR_BOTH);

	__atomic_store_n(&sysc__vdso_state, 2, __ATOMIC_RELEASE);
	return e ? (int)sysc__fail(e) : 0;
}

int sysc_vdso_init_image(const void *base, size_t len)
{
	int e;

	if (!base || (unsigned long)base != sysc__vdso_live) {
		sysc__vdso_inspecting = 1;
		e = sysc__vdso_load(base, len, SYSC__FOR_INSPECTION);
		return e ? (int)sysc__fail(e) : 0;
	}
	return sysc_vdso_use_image(base, len);
}

int sysc_vdso_use_image(const void *base, size_t len)
{
	int e;

	sysc__vdso_inspecting = 0;
	e = sysc__vdso_load(base, len, SYSC__FOR_BOTH);
	__atomic_store_n(&sysc__vdso_state, 2, __ATOMIC_RELEASE);
	return e ? (int)sysc__fail(e) : 0;
}

void *sysc_vdso_sym(const char *name, const char *version)
{
	return sysc__vdso_lookup(&sysc__vdso_cur, name, version);
}

int sysc_vdso_get_info(struct sysc_vdso_info *info)
{
	const struct sysc__vdso_img *img = &sysc__vdso_cur;

	if (!img->base)
		return (int)sysc__fail(SYSC_ENOENT);
	info->base = img->base;
	info->len = img->len;
	info->bias = (unsigned long)img->bias;
	info->flags = img->flags;
	info->nsyms = img->nsyms;
	info->nverdef = img->nverdef;
	return 0;
}

int sysc_vdso_symbol(size_t i, struct sysc_vdso_symbol *out)
{
	return sysc__vdso_symbol_at(&sysc__vdso_cur, i, out) ? (int)sysc__fail(SYSC_ENOENT) : 0;
}

int sysc_vdso_verdef(size_t i, struct sysc_vdso_verdef *out)
{
	return sysc__vdso_verdef_at(&sysc__vdso_cur, i, out) ? (int)sysc__fail(SYSC_ENOENT) : 0;
}
