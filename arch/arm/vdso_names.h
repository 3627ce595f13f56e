/* The arm vDSO's symbols behind each SYSC__VDSO_* slot (src/vdso_priv.h),
 * all of version LINUX_2.6 (the kernel's arch/arm/vdso/vdso.lds.S). As on
 * i386, 64-bit time only: __vdso_gettimeofday's timeval has 32-bit
 * seconds, so it serves the time zone alone, and __vdso_clock_getres
 * writes a 32-bit timespec (a resolution always fits; there is no
 * clock_getres64 entry). No time or getcpu entry. */
#define SYSC__VDSO_VERSION "LINUX_2.6"
#define SYSC__VDSO_NAMES \
	[SYSC__VDSO_CLOCK_GETTIME] = "__vdso_clock_gettime64", \
	[SYSC__VDSO_GETTIMEOFDAY] = "__vdso_gettimeofday", \
	[SYSC__VDSO_CLOCK_GETRES32] = "__vdso_clock_getres",
