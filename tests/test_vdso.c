/* The vDSO beside glibc (hosted, cmocka): lazy initialisation on first use
 * (prctl(PR_GET_AUXV) or /proc/self/auxv), live agreement with the
 * syscalls, fixture shared objects built by mk/vdso.mk (hash styles,
 * versions, a non-zero base), targeted corruptions with known outcomes,
 * every truncation of the live image, and threads. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <pthread.h>
#include <sys/auxv.h>
#include <libgen.h>
#include "vdso_load.h"
#include <sysc.h>

#define VA_CHECK(cond, name) do { if (!(cond)) fail_msg("%s: %s", name, #cond); } while (0)
#define VA_SKIP(name, reason) print_message("skip - %s: %s\n", name, reason)
#define VA_AUXVAL getauxval
#include "vdso_agree.h"

static char fixture_dir[4096];

/* Must run first: nothing has initialised the vDSO yet. */
static void test_lazy_init(void **state)
{
	struct sysc_timespec ts;
	struct sysc_vdso_info in;
	unsigned long ehdr = getauxval(AT_SYSINFO_EHDR);

	(void)state;
	assert_int_equal(sysc_vdso_get_info(&in), -1);	/* nothing yet */
	assert_int_equal(sysc_clock_gettime(SYSC_CLOCK_MONOTONIC, &ts), 0);
	if (!ehdr) {
		assert_int_equal(sysc_vdso_get_info(&in), -1);
		assert_int_equal(sysc_errno, SYSC_ENOENT);
		return;
	}
	assert_int_equal(sysc_vdso_get_info(&in), 0);
	assert_ptr_equal(in.base, (const void *)ehdr);
	assert_true(in.len > sizeof(ElfW(Ehdr)) && in.nsyms > 1);
	/* An explicit init finds the same image again. */
	assert_int_equal(sysc_vdso_init(), 0);
	assert_int_equal(sysc_vdso_get_info(&in), 0);
	assert_ptr_equal(in.base, (const void *)ehdr);
}

static void test_live_agreement(void **state)
{
	(void)state;
	va_run_all();
}

struct fx_expect {
	const char *file;
	unsigned int flags;	/* SYSC_VDSO_HAS_* */
	int versioned;
	unsigned long bias;
};

typedef int (*fx_fn)(void);

static int fx_call(const char *name, const char *version)
{
	fx_fn f = (fx_fn)sysc_vdso_sym(name, version);

	return f ? f() : 0;
}

static void fx_open(const char *file, struct vl_image *im)
{
	char path[4200];

	snprintf(path, sizeof path, "%s/%s", fixture_dir, file);
	if (vl_load(path, im))
		fail_msg("cannot load fixture %s (built by mk/vdso.mk)", path);
	assert_int_equal(sysc_vdso_use_image(im->map, im->len), 0);
}

static void test_fixtures(void **state)
{
	static const struct fx_expect fx[] = {
		{ "sysv.so", SYSC_VDSO_HAS_HASH, 0, 0 },
		{ "gnu.so", SYSC_VDSO_HAS_GNU_HASH, 0, 0 },
		{ "both.so", SYSC_VDSO_HAS_HASH | SYSC_VDSO_HAS_GNU_HASH, 0, 0 },
		{ "sysv-ver.so", SYSC_VDSO_HAS_HASH, 1, 0 },
		{ "gnu-ver.so", SYSC_VDSO_HAS_GNU_HASH, 1, 0 },
		{ "both-ver.so", SYSC_VDSO_HAS_HASH | SYSC_VDSO_HAS_GNU_HASH, 1, 0 },
		{ "prelink.so", SYSC_VDSO_HAS_HASH | SYSC_VDSO_HAS_GNU_HASH, 1, 0x10000000 },
	};
	struct sysc_vdso_info in;
	struct vl_image im;
	unsigned int i;

	(void)state;
	for (i = 0; i < sizeof fx / sizeof fx[0]; i++) {
		print_message("fixture %s\n", fx[i].file);
		fx_open(fx[i].file, &im);
		assert_int_equal(sysc_vdso_get_info(&in), 0);
		assert_int_equal(in.flags & (SYSC_VDSO_HAS_HASH | SYSC_VDSO_HAS_GNU_HASH), fx[i].flags);
		assert_int_equal(!!(in.flags & SYSC_VDSO_HAS_VERSYM), fx[i].versioned);
		assert_int_equal(in.bias, fx[i].bias);
		/* Each name resolves to its own function. */
		assert_int_equal(fx_call("__vdso_clock_gettime", "LINUX_2.6"), 1101);
		assert_int_equal(fx_call("__vdso_getcpu", "LINUX_2.6"), 2202);
		assert_int_equal(fx_call("__vdso_time", "LINUX_2.6"), 3303);
		assert_int_equal(fx_call("__vdso_time", NULL), 3303);
		assert_null(sysc_vdso_sym("__vdso_gettimeofday", "LINUX_2.6"));
		assert_null(sysc_vdso_sym("__vdso_clock_gettim", NULL));
		assert_null(sysc_vdso_sym("", NULL));
		if (fx[i].versioned) {
			assert_null(sysc_vdso_sym("__vdso_time", "LINUX_2.5"));
			assert_null(sysc_vdso_sym("fx_unlisted", NULL));	/* local: *; */
			assert_int_equal(in.nverdef, 2);
		} else {
			/* No version information: any version matches. */
			assert_int_equal(fx_call("__vdso_time", "LINUX_2.5"), 3303);
			assert_int_equal(fx_call("fx_unlisted", NULL), 4404);
			assert_int_equal(in.nverdef, 0);
		}
		/* The functions treat the fixture's odd results as errors and
		 * use their syscalls. */
		{
			struct sysc_timespec ts;
			unsigned int cpu;

			assert_int_equal(sysc_clock_gettime(SYSC_CLOCK_MONOTONIC, &ts), 0);
			assert_true(ts.tv_sec > 0 || ts.tv_nsec > 0);
			assert_int_equal(sysc_getcpu(&cpu, NULL), 0);
		}
		vl_unload(&im);
	}

	fx_open("mixed.so", &im);
	assert_int_equal(fx_call("__vdso_time", "LINUX_2.5"), 3303);
	assert_null(sysc_vdso_sym("__vdso_time", "LINUX_2.6"));
	assert_int_equal(fx_call("__vdso_getcpu", "LINUX_2.6"), 2202);
	assert_null(sysc_vdso_sym("__vdso_getcpu", "LINUX_2.5"));
	assert_int_equal(sysc_vdso_get_info(&in), 0);
	assert_int_equal(in.nverdef, 3);
	vl_unload(&im);

	fx_open("wrong.so", &im);
	assert_null(sysc_vdso_sym("__vdso_clock_gettime", "LINUX_2.6"));
	assert_null(sysc_vdso_sym("__vdso_time", "LINUX_2.6"));
	assert_int_equal(fx_call("__vdso_time", "LINUX_9.9"), 3303);
	assert_int_equal(fx_call("__vdso_time", NULL), 3303);
	vl_unload(&im);

	assert_int_equal(sysc_vdso_init(), getauxval(AT_SYSINFO_EHDR) ? 0 : -1);
}

/* A writable heap copy of a fixture's loaded image, for corruption. */
static unsigned char *fx_copy(const char *file, size_t *len)
{
	struct vl_image im;
	unsigned char *p;
	char path[4200];

	/* Loaded only: a copy is inspected, never called, so the functions
	 * must not be pointed at this mapping, which goes away below. */
	snprintf(path, sizeof path, "%s/%s", fixture_dir, file);
	if (vl_load(path, &im))
		fail_msg("cannot load fixture %s (built by mk/vdso.mk)", path);
	p = malloc(im.len);
	memcpy(p, im.map, im.len);
	*len = im.len;
	vl_unload(&im);
	return p;
}

static ElfW(Dyn) *fx_dyn(unsigned char *p, ElfW(Sxword) tag)
{
	ElfW(Ehdr) *e = (void *)p;
	ElfW(Phdr) *ph = (void *)(p + e->e_phoff);
	ElfW(Dyn) *d;
	int i;

	for (i = 0; i < e->e_phnum; i++)
		if (ph[i].p_type == PT_DYNAMIC)
			for (d = (void *)(p + ph[i].p_vaddr); d->d_tag != DT_NULL; d++)
				if (d->d_tag == tag)
					return d;
	return NULL;
}

static void expect_enoexec(unsigned char *p, size_t len, const char *what)
{
	sysc_errno = 0;
	if (sysc_vdso_init_image(p, len) != -1 || sysc_errno != SYSC_ENOEXEC)
		fail_msg("%s: accepted", what);
	assert_null(sysc_vdso_sym("__vdso_time", NULL));
}

static void test_targeted_corruptions(void **state)
{
	unsigned char *p;
	size_t len;
	ElfW(Ehdr) *e;
	ElfW(Dyn) *d;
	uint32_t *h, nbucket, i;

	(void)state;
	sysc_errno = 0;
	assert_int_equal(sysc_vdso_init_image(NULL, 100), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	assert_null(sysc_vdso_sym("__vdso_time", NULL));

	p = fx_copy("both-ver.so", &len);
	e = (void *)p;
#define FLIP(field, value, what) do { __typeof__(field) o_ = field; field = value; \
	expect_enoexec(p, len, what); field = o_; } while (0)
	FLIP(e->e_ident[EI_CLASS], e->e_ident[EI_CLASS] == ELFCLASS64 ? ELFCLASS32 : ELFCLASS64, "other class");
	FLIP(e->e_ident[EI_DATA], ELFDATA2MSB, "big-endian");
	FLIP(e->e_machine, e->e_machine == EM_AARCH64 ? EM_X86_64 : EM_AARCH64, "other machine");
	FLIP(e->e_type, ET_EXEC, "ET_EXEC");
	FLIP(e->e_ehsize, e->e_ehsize + 1, "e_ehsize");
	FLIP(e->e_phentsize, e->e_phentsize - 1, "e_phentsize");
	FLIP(e->e_shentsize, 1, "e_shentsize");
	FLIP(e->e_phnum, 0, "no program headers");
	FLIP(e->e_phnum, 0xffff, "PN_XNUM");
	FLIP(e->e_phoff, len - 8, "program headers past the end");
	FLIP(e->e_phoff, (ElfW(Off))-8, "program headers at -8");
	d = fx_dyn(p, DT_STRSZ);
	FLIP(d->d_un.d_val, len, "DT_STRSZ past the end");
	d = fx_dyn(p, DT_SYMTAB);
	FLIP(d->d_un.d_ptr, (ElfW(Addr))-16, "DT_SYMTAB wraps");
	d = fx_dyn(p, DT_HASH);
	h = (uint32_t *)(p + d->d_un.d_ptr);
	FLIP(h[0], 0, "DT_HASH nbucket 0");
	FLIP(h[1], 0x40000000, "DT_HASH nchain huge");
	d = fx_dyn(p, DT_GNU_HASH);
	h = (uint32_t *)(p + d->d_un.d_ptr);
	FLIP(h[2], 0x10000000, "DT_GNU_HASH bloom huge");
	FLIP(h[0], 0, "DT_GNU_HASH nbuckets 0");
	d = fx_dyn(p, DT_VERDEF);
	FLIP(*(uint16_t *)(p + d->d_un.d_ptr), 2, "vd_version 2");
	FLIP(*(uint32_t *)(p + d->d_un.d_ptr + 16), 4, "vd_next inside the entry");
	/* Unknown tags are skipped: DT_SONAME turned into an unknown tag. */
	d = fx_dyn(p, DT_SONAME);
	if (d) {
		d->d_tag = 0x7fff1234;
		assert_int_equal(sysc_vdso_init_image(p, len), 0);
		assert_non_null(sysc_vdso_sym("__vdso_time", "LINUX_2.6"));
	}
	free(p);

	/* A cyclic DT_HASH chain: every chain entry points to itself. The
	 * lookup of an absent name must end (bounded by nchain) and fail. */
	p = fx_copy("sysv.so", &len);
	d = fx_dyn(p, DT_HASH);
	h = (uint32_t *)(p + d->d_un.d_ptr);
	nbucket = h[0];
	for (i = 1; i < h[1]; i++)
		h[2 + nbucket + i] = i;
	assert_int_equal(sysc_vdso_init_image(p, len), 0);
	assert_null(sysc_vdso_sym("__vdso_absent_name", NULL));
	free(p);

	/* A gnu chain without its end bit runs off the symbol table: rejected. */
	p = fx_copy("gnu.so", &len);
	d = fx_dyn(p, DT_GNU_HASH);
	h = (uint32_t *)(p + d->d_un.d_ptr);
	{
		uint32_t *chain = h + 4 + h[2] * (sizeof(ElfW(Addr)) / 4) + h[0];
		size_t n = (len - (size_t)((unsigned char *)chain - p)) / 4;

		for (i = 0; i < n; i++)
			chain[i] &= ~1u;
	}
	expect_enoexec(p, len, "gnu chain without end");
	free(p);
}

/* Every truncation of the live image: never a crash; every address
 * returned lies inside the truncated image; the full length works. */
static void test_truncations(void **state)
{
	static const char *const names[] = { "__vdso_clock_gettime", "__vdso_clock_gettime64",
		"__vdso_getcpu", "__vdso_time", "__vdso_gettimeofday", "__vdso_getrandom",
		"__kernel_vsyscall", "__vdso_clock_getres" };
	struct sysc_vdso_info in;
	unsigned char *copy;
	size_t full, n, k, accepted = 0;

	(void)state;
	if (!getauxval(AT_SYSINFO_EHDR)) {
		print_message("skip - truncations of the live vDSO: no vDSO in this process (valgrind, qemu-user or vdso=0)\n");
		skip();
	}
	assert_int_equal(sysc_vdso_init(), 0);
	assert_int_equal(sysc_vdso_get_info(&in), 0);
	full = in.len;
	for (n = 0; n <= full; n++) {
		copy = malloc(n ? n : 1);
		memcpy(copy, in.base, n);
		if (sysc_vdso_init_image(copy, n) == 0) {
			accepted++;
			for (k = 0; k < sizeof names / sizeof names[0]; k++) {
				unsigned char *s = sysc_vdso_sym(names[k], NULL);

				assert_true(!s || (s >= copy && s < copy + n));
			}
		} else {
			assert_int_equal(sysc_errno, SYSC_ENOEXEC);
		}
		free(copy);
	}
	assert_true(accepted > 0);	/* at least the full length */
	print_message("%zu of %zu lengths accepted\n", accepted, full + 1);
	assert_int_equal(sysc_vdso_init(), 0);
}

/* A copy of the live image (heap memory, not executable) is for inspection
 * only: the functions keep calling the live vDSO (they used to jump into
 * the copy and crash). */
static void test_copy_inspected_not_called(void **state)
{
	struct sysc_vdso_info in;
	struct sysc_timespec ts;
	unsigned char *copy, *s;

	(void)state;
	if (!getauxval(AT_SYSINFO_EHDR)) {
		print_message("skip - copied image: no vDSO in this process\n");
		skip();
	}
	assert_int_equal(sysc_vdso_init(), 0);
	assert_int_equal(sysc_vdso_get_info(&in), 0);
	copy = malloc(in.len);
	memcpy(copy, in.base, in.len);
	assert_int_equal(sysc_vdso_init_image(copy, in.len), 0);
	s = sysc_vdso_sym("__vdso_clock_gettime", NULL);
	if (!s)
		s = sysc_vdso_sym("__vdso_clock_gettime64", NULL);
	assert_true(s && s >= copy && s < copy + in.len);
	assert_int_equal(sysc_clock_gettime(SYSC_CLOCK_MONOTONIC, &ts), 0);
	assert_true(ts.tv_sec > 0 || ts.tv_nsec > 0);
	assert_int_equal(sysc_vdso_get_info(&in), 0);
	assert_ptr_equal(in.base, copy);
	assert_int_equal(sysc_vdso_init(), 0);
	free(copy);
}

static void *thread_main(void *arg)
{
	unsigned char buf[32];
	struct sysc_timespec ts;
	long ok = 1;
	int i;

	(void)arg;
	for (i = 0; i < 200; i++) {
		ok &= sysc_getrandom(buf, sizeof buf, 0) == sizeof buf;
		ok &= sysc_clock_gettime(SYSC_CLOCK_MONOTONIC, &ts) == 0;
		if (i == 100)
			ok &= sysc_vdso_init() == 0 || !getauxval(AT_SYSINFO_EHDR);
	}
	return (void *)ok;
}

/* Threads: each gets its own getrandom state (several share a page),
 * while others re-run the initialisation. */
static void test_threads(void **state)
{
	pthread_t t[16];
	void *r;
	int i;

	(void)state;
	for (i = 0; i < 16; i++)
		assert_int_equal(pthread_create(&t[i], NULL, thread_main, NULL), 0);
	for (i = 0; i < 16; i++) {
		assert_int_equal(pthread_join(t[i], &r), 0);
		assert_true(r == (void *)1);
	}
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lazy_init),
		cmocka_unit_test(test_live_agreement),
		cmocka_unit_test(test_fixtures),
		cmocka_unit_test(test_targeted_corruptions),
		cmocka_unit_test(test_truncations),
		cmocka_unit_test(test_copy_inspected_not_called),
		cmocka_unit_test(test_threads),
	};
	char self[4096];

	(void)argc;
	/* The fixtures are in <B>/<arch>/vdso-fixtures, beside tests/. */
	snprintf(self, sizeof self, "%s", argv[0]);
	snprintf(fixture_dir, sizeof fixture_dir, "%s/../vdso-fixtures", dirname(self));
	return cmocka_run_group_tests(tests, NULL, NULL);
}
