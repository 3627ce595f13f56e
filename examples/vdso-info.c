/* vdso-info: prints the live vDSO as sysc sees it: base, hash tables,
 * version definitions, every dynamic symbol with its version and address
 * (like `objdump -T` on the vDSO), and which sysc functions resolved.
 * Freestanding (sysc's _start). Exit status 1 when there is no vDSO. */
#include <sysc.h>

static void put(const char *s)
{
	size_t n = 0;

	while (s[n])
		n++;
	sysc_write(1, s, n);
}

static void hex(unsigned long v, int width)
{
	char b[17];
	int i = 16;

	b[i] = 0;
	do {
		b[--i] = "0123456789abcdef"[v & 15];
		v >>= 4;
		width--;
	} while ((v || width > 0) && i > 0);
	put(b + i);
}

static void dec(unsigned long v)
{
	char b[24];
	int i = 23;

	b[i] = 0;
	do {
		b[--i] = (char)('0' + v % 10);	/* unsigned long: no libgcc on i386 */
		v /= 10;
	} while (v);
	put(b + i);
}

static const char *type_name(unsigned int t)
{
	switch (t) {
	case 0: return "NOTYPE";
	case 1: return "OBJECT";
	case 2: return "FUNC  ";
	default: return "OTHER ";
	}
}

static const char *bind_name(unsigned int b)
{
	switch (b) {
	case 0: return "LOCAL ";
	case 1: return "GLOBAL";
	case 2: return "WEAK  ";
	default: return "OTHER ";
	}
}

static void resolved(const char *fn, const char *sym, const char *ver)
{
	void *p = sysc_vdso_sym(sym, ver);

	put("  ");
	put(fn);
	put(": ");
	if (p) {
		put(sym);
		put("@");
		put(ver);
		put(" at 0x");
		hex((unsigned long)p, 1);
	} else {
		put("syscall (no ");
		put(sym);
		put(")");
	}
	put("\n");
}

int main(void)
{
	struct sysc_vdso_info in;
	struct sysc_vdso_verdef vd;
	struct sysc_vdso_symbol s;
	size_t i;

	if (sysc_vdso_init() || sysc_vdso_get_info(&in)) {
		put("no vDSO: ");
		put(sysc_getauxval(SYSC_AT_SYSINFO_EHDR) ? "unacceptable image\n"
			: "no AT_SYSINFO_EHDR in the auxv\n");
		return 1;
	}
	put("arch: " SYSC_ARCH_NAME "\nbase: 0x");
	hex((unsigned long)in.base, 1);
	put("\nlength: ");
	dec(in.len);
	put(" bytes (end of the last PT_LOAD)\nbias: 0x");
	hex(in.bias, 1);
	put("\nhash tables:");
	put(in.flags & SYSC_VDSO_HAS_HASH ? " DT_HASH" : "");
	put(in.flags & SYSC_VDSO_HAS_GNU_HASH ? " DT_GNU_HASH" : "");
	put(in.flags & SYSC_VDSO_HAS_VERSYM ? "\nsymbol versions: DT_VERSYM" : "\nsymbol versions: none");
	put(in.flags & SYSC_VDSO_HAS_VERDEF ? " DT_VERDEF\n" : "\n");
	put("version definitions: ");
	dec(in.nverdef);
	put("\n");
	for (i = 0; sysc_vdso_verdef(i, &vd) == 0; i++) {
		put("  ");
		dec(vd.index);
		put(vd.flags & 1 ? " BASE " : "      ");
		put(vd.name);
		put("\n");
	}
	put("dynamic symbols: ");
	dec(in.nsyms);
	put(sizeof(long) == 8 ? "\n  value            size  type   bind   version     name (address)\n"
			      : "\n  value    size  type   bind   version     name (address)\n");
	for (i = 1; sysc_vdso_symbol(i, &s) == 0; i++) {
		put("  ");
		hex(s.value, 2 * (int)sizeof(long));
		put(" ");
		hex(s.size, 5);
		put(" ");
		put(type_name(s.type));
		put(" ");
		put(bind_name(s.bind));
		put(" ");
		put(s.version ? (s.hidden ? "(" : " ") : " ");
		put(s.version ? s.version : (s.shndx == 0xfff1 ? "*ABS*" : "-"));
		put(s.version && s.hidden ? ")" : " ");
		put(" ");
		put(s.name);
		if (s.addr) {
			put(" (0x");
			hex((unsigned long)s.addr, 1);
			put(")");
		}
		put("\n");
	}
	put("sysc functions:\n");
#if defined(__x86_64__)
	resolved("sysc_clock_gettime", "__vdso_clock_gettime", "LINUX_2.6");
	resolved("sysc_gettimeofday", "__vdso_gettimeofday", "LINUX_2.6");
	resolved("sysc_time", "__vdso_time", "LINUX_2.6");
	resolved("sysc_clock_getres", "__vdso_clock_getres", "LINUX_2.6");
	resolved("sysc_getcpu", "__vdso_getcpu", "LINUX_2.6");
	resolved("sysc_getrandom", "__vdso_getrandom", "LINUX_2.6");
#else
	resolved("sysc_clock_gettime", "__vdso_clock_gettime64", "LINUX_2.6");
	put("  sysc_gettimeofday, sysc_time: from sysc_clock_gettime (64-bit time)\n");
	if (sysc_vdso_sym("__vdso_clock_getres_time64", "LINUX_2.6"))
		resolved("sysc_clock_getres", "__vdso_clock_getres_time64", "LINUX_2.6");
	else
		resolved("sysc_clock_getres", "__vdso_clock_getres", "LINUX_2.6");
	resolved("sysc_getcpu", "__vdso_getcpu", "LINUX_2.6");
	put("  sysc_getrandom: syscall (the i386 vDSO has no getrandom)\n");
	resolved("i386 way in", "__kernel_vsyscall", "LINUX_2.5");
#endif
	return 0;
}
