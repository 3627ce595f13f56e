/* The aarch64 vDSO's symbols behind each SYSC__VDSO_* slot (src/vdso_priv.h),
 * all of version LINUX_2.6.39 (the kernel's arch/arm64/kernel/vdso/vdso.lds.S).
 * It has no time or getcpu entry; __kernel_getrandom (6.11+) is not used:
 * sysc's vDSO getrandom state handling is x86_64's so far. */
#define SYSC__VDSO_VERSION "LINUX_2.6.39"
#define SYSC__VDSO_NAMES \
	[SYSC__VDSO_CLOCK_GETTIME] = "__kernel_clock_gettime", \
	[SYSC__VDSO_GETTIMEOFDAY] = "__kernel_gettimeofday", \
	[SYSC__VDSO_CLOCK_GETRES] = "__kernel_clock_getres",
