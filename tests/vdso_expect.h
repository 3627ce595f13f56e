/* What each arch's kernel puts in its vDSO (the kernel's
 * arch/<arch>/.../vdso*.lds.S and the version each symbol arrived in), as
 * the live tests expect to find it: written from the kernel's side, not
 * read from sysc's own tables (arch/<arch>/vdso_names.h), so a wrong name
 * or version there fails a test instead of agreeing with itself. */
#ifndef SYSC_TESTS_VDSO_EXPECT_H
#define SYSC_TESTS_VDSO_EXPECT_H

struct ve_sym {
	const char *name;
	unsigned char major, minor;	/* first kernel whose vDSO has it */
};

#if defined(__x86_64__)
#define VE_VERSION "LINUX_2.6"
#define VE_CLOCK_GETTIME "__vdso_clock_gettime"
#define VE_GETTIMEOFDAY "__vdso_gettimeofday"
static const struct ve_sym ve_syms[] = {
	{ "__vdso_clock_gettime", 0, 0 }, { "__vdso_gettimeofday", 0, 0 },
	{ "__vdso_time", 0, 0 }, { "__vdso_getcpu", 0, 0 },
	{ "__vdso_clock_getres", 0, 0 }, { "__vdso_getrandom", 6, 11 },
};
#elif defined(__i386__)
/* __kernel_vsyscall and the sigreturn trampolines are LINUX_2.5. */
#define VE_VERSION "LINUX_2.6"
#define VE_CLOCK_GETTIME "__vdso_clock_gettime64"
#define VE_GETTIMEOFDAY "__vdso_gettimeofday"
static const struct ve_sym ve_syms[] = {
	{ "__vdso_clock_gettime", 0, 0 }, { "__vdso_clock_gettime64", 0, 0 },
	{ "__vdso_gettimeofday", 0, 0 }, { "__vdso_time", 0, 0 },
	{ "__vdso_clock_getres", 0, 0 }, { "__vdso_getcpu", 6, 12 },
};
#elif defined(__aarch64__)
#define VE_VERSION "LINUX_2.6.39"
#define VE_CLOCK_GETTIME "__kernel_clock_gettime"
#define VE_GETTIMEOFDAY "__kernel_gettimeofday"
static const struct ve_sym ve_syms[] = {
	{ "__kernel_clock_gettime", 0, 0 }, { "__kernel_gettimeofday", 0, 0 },
	{ "__kernel_clock_getres", 0, 0 }, { "__kernel_rt_sigreturn", 0, 0 },
};
#elif defined(__riscv) && __riscv_xlen == 64
#define VE_VERSION "LINUX_4.15"
#define VE_CLOCK_GETTIME "__vdso_clock_gettime"
#define VE_GETTIMEOFDAY "__vdso_gettimeofday"
static const struct ve_sym ve_syms[] = {
	{ "__vdso_clock_gettime", 0, 0 }, { "__vdso_gettimeofday", 0, 0 },
	{ "__vdso_clock_getres", 0, 0 }, { "__vdso_getcpu", 0, 0 },
	{ "__vdso_rt_sigreturn", 0, 0 }, { "__vdso_flush_icache", 0, 0 },
	{ "__vdso_riscv_hwprobe", 6, 6 },
};
#elif defined(__arm__)
/* Only where the kernel's clocksource is the architected timer does it map
 * a vDSO at all (qemu's virt machine has one). */
#define VE_VERSION "LINUX_2.6"
#define VE_CLOCK_GETTIME "__vdso_clock_gettime64"
#define VE_GETTIMEOFDAY "__vdso_gettimeofday"
static const struct ve_sym ve_syms[] = {
	{ "__vdso_clock_gettime", 0, 0 }, { "__vdso_clock_gettime64", 0, 0 },
	{ "__vdso_gettimeofday", 0, 0 }, { "__vdso_clock_getres", 0, 0 },
};
#else
#error "tests/vdso_expect.h: no vDSO facts for this arch"
#endif

#endif
