/* The x86_64 vDSO's symbols behind each SYSC__VDSO_* slot (src/vdso_priv.h),
 * all of version LINUX_2.6 (the kernel's vdso.lds.S). */
#define SYSC__VDSO_VERSION "LINUX_2.6"
#define SYSC__VDSO_NAMES \
	[SYSC__VDSO_CLOCK_GETTIME] = "__vdso_clock_gettime", \
	[SYSC__VDSO_GETTIMEOFDAY] = "__vdso_gettimeofday", \
	[SYSC__VDSO_TIME] = "__vdso_time", \
	[SYSC__VDSO_GETCPU] = "__vdso_getcpu", \
	[SYSC__VDSO_CLOCK_GETRES] = "__vdso_clock_getres", \
	[SYSC__VDSO_GETRANDOM] = "__vdso_getrandom",
