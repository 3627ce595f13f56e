/* The riscv64 vDSO's symbols behind each SYSC__VDSO_* slot (src/vdso_priv.h),
 * all of version LINUX_4.15 (the kernel's arch/riscv/kernel/vdso/vdso.lds.S).
 * No time entry. */
#define SYSC__VDSO_VERSION "LINUX_4.15"
#define SYSC__VDSO_NAMES \
	[SYSC__VDSO_CLOCK_GETTIME] = "__vdso_clock_gettime", \
	[SYSC__VDSO_GETTIMEOFDAY] = "__vdso_gettimeofday", \
	[SYSC__VDSO_GETCPU] = "__vdso_getcpu", \
	[SYSC__VDSO_CLOCK_GETRES] = "__vdso_clock_getres",
