/* The i386 vDSO's symbols behind each SYSC__VDSO_* slot (src/vdso_priv.h),
 * all of version LINUX_2.6. 64-bit time only: __vdso_gettimeofday and
 * __vdso_time return 32-bit seconds on i386, so those calls derive from
 * clock_gettime64. */
#define SYSC__VDSO_VERSION "LINUX_2.6"
#define SYSC__VDSO_NAMES \
	[SYSC__VDSO_CLOCK_GETTIME] = "__vdso_clock_gettime64", \
	[SYSC__VDSO_GETTIMEOFDAY] = "__vdso_gettimeofday", \
	[SYSC__VDSO_GETCPU] = "__vdso_getcpu", \
	[SYSC__VDSO_CLOCK_GETRES] = "__vdso_clock_getres_time64", \
	[SYSC__VDSO_CLOCK_GETRES32] = "__vdso_clock_getres",
