/* vdso-info: prints the live vDSO as sysc sees it: base, hash tables,
 * version definitions, every dynamic symbol with its version and address
 * (like `objdump -T` on the vDSO), and which sysc functions resolved.
 * Freestanding (sysc's _start). Exit status 1 when there is no vDSO. */
#include "out.h"

static struct out o = { 1, 0, { 0 } };

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

	out_str(&o, "  ");
	out_str(&o, fn);
	out_str(&o, ": ");
	if (p) {
		out_str(&o, sym);
		out_str(&o, "@");
		out_str(&o, ver);
		out_str(&o, " at 0x");
		out_hex(&o, (unsigned long)p, 1);
	} else {
		out_str(&o, "syscall (no ");
		out_str(&o, sym);
		out_str(&o, ")");
	}
	out_str(&o, "\n");
}

int main(void)
{
	struct sysc_vdso_info in;
	struct sysc_vdso_verdef vd;
	struct sysc_vdso_symbol s;
	size_t i;

	if (sysc_vdso_init() || sysc_vdso_get_info(&in)) {
		out_str(&o, "no vDSO: ");
		out_str(&o, sysc_getauxval(SYSC_AT_SYSINFO_EHDR) ? "unacceptable image\n"
			: "no AT_SYSINFO_EHDR in the auxv\n");
		out_flush(&o);
		return 1;
	}
	out_str(&o, "arch: " SYSC_ARCH_NAME "\nbase: 0x");
	out_hex(&o, (unsigned long)in.base, 1);
	out_str(&o, "\nlength: ");
	out_udec(&o, in.len, 0);
	out_str(&o, " bytes (end of the last PT_LOAD)\nbias: 0x");
	out_hex(&o, in.bias, 1);
	out_str(&o, "\nhash tables:");
	out_str(&o, in.flags & SYSC_VDSO_HAS_HASH ? " DT_HASH" : "");
	out_str(&o, in.flags & SYSC_VDSO_HAS_GNU_HASH ? " DT_GNU_HASH" : "");
	out_str(&o, in.flags & SYSC_VDSO_HAS_VERSYM ? "\nsymbol versions: DT_VERSYM" : "\nsymbol versions: none");
	out_str(&o, in.flags & SYSC_VDSO_HAS_VERDEF ? " DT_VERDEF\n" : "\n");
	out_str(&o, "version definitions: ");
	out_udec(&o, in.nverdef, 0);
	out_str(&o, "\n");
	for (i = 0; sysc_vdso_verdef(i, &vd) == 0; i++) {
		out_str(&o, "  ");
		out_udec(&o, vd.index, 0);
		out_str(&o, vd.flags & 1 ? " BASE " : "      ");
		out_str(&o, vd.name);
		out_str(&o, "\n");
	}
	out_str(&o, "dynamic symbols: ");
	out_udec(&o, in.nsyms, 0);
	out_str(&o, sizeof(long) == 8 ? "\n  value            size  type   bind   version     name (address)\n"
			      : "\n  value    size  type   bind   version     name (address)\n");
	for (i = 1; sysc_vdso_symbol(i, &s) == 0; i++) {
		out_str(&o, "  ");
		out_hex(&o, s.value, 2 * (int)sizeof(long));
		out_str(&o, " ");
		out_hex(&o, s.size, 5);
		out_str(&o, " ");
		out_str(&o, type_name(s.type));
		out_str(&o, " ");
		out_str(&o, bind_name(s.bind));
		out_str(&o, " ");
		out_str(&o, s.version ? (s.hidden ? "(" : " ") : " ");
		out_str(&o, s.version ? s.version : (s.shndx == 0xfff1 ? "*ABS*" : "-"));
		out_str(&o, s.version && s.hidden ? ")" : " ");
		out_str(&o, " ");
		out_str(&o, s.name);
		if (s.addr) {
			out_str(&o, " (0x");
			out_hex(&o, (unsigned long)s.addr, 1);
			out_str(&o, ")");
		}
		out_str(&o, "\n");
	}
	out_str(&o, "sysc functions:\n");
#if defined(__x86_64__)
	resolved("sysc_clock_gettime", "__vdso_clock_gettime", "LINUX_2.6");
	resolved("sysc_gettimeofday", "__vdso_gettimeofday", "LINUX_2.6");
	resolved("sysc_time", "__vdso_time", "LINUX_2.6");
	resolved("sysc_clock_getres", "__vdso_clock_getres", "LINUX_2.6");
	resolved("sysc_getcpu", "__vdso_getcpu", "LINUX_2.6");
	resolved("sysc_getrandom", "__vdso_getrandom", "LINUX_2.6");
#else
	resolved("sysc_clock_gettime", "__vdso_clock_gettime64", "LINUX_2.6");
	out_str(&o, "  sysc_gettimeofday, sysc_time: from sysc_clock_gettime (64-bit time)\n");
	resolved("sysc_gettimeofday's zone", "__vdso_gettimeofday", "LINUX_2.6");
	if (sysc_vdso_sym("__vdso_clock_getres_time64", "LINUX_2.6"))
		resolved("sysc_clock_getres", "__vdso_clock_getres_time64", "LINUX_2.6");
	else
		resolved("sysc_clock_getres", "__vdso_clock_getres", "LINUX_2.6");
	resolved("sysc_getcpu", "__vdso_getcpu", "LINUX_2.6");
	out_str(&o, "  sysc_getrandom: syscall (the i386 vDSO has no getrandom)\n");
	resolved("i386 way in", "__kernel_vsyscall", "LINUX_2.5");
#endif
	return out_flush(&o) < 0;
}
