/* The vDSO: finding it, looking symbols up, and listing what it holds.
 *
 * The functions that use it (sysc_clock_gettime, sysc_gettimeofday,
 * sysc_time, sysc_getcpu, sysc_clock_getres, sysc_getrandom) are declared in
 * sysc/calls.h; each falls back to its syscall when there is no vDSO or no
 * symbol, and retries with the syscall when the vDSO returns an error other
 * than EINVAL. A program that uses none of them links none of this.
 *
 * Where the image comes from, in this order:
 *  - sysc's _start (or the program's own sysc_init_auxv call): AT_SYSINFO_EHDR
 *    from that auxv; no syscall;
 *  - otherwise (beside a libc), on the first use of one of the functions or
 *    by sysc_vdso_init(): prctl(PR_GET_AUXV) (Linux 6.4+), then
 *    openat/read/close of /proc/self/auxv. These are the only syscalls that
 *    initialisation makes, and it makes them once per process;
 *  - sysc_vdso_init_image(base, len): any image the caller gives, for
 *    inspection (sysc_vdso_sym and the listing functions); the functions
 *    above call into it only when it is the live vDSO;
 *  - sysc_vdso_use_image(base, len): an image the caller vouches is mapped
 *    executable, for inspection and for the calls.
 *
 * The parser trusts nothing in the image: ELF class, data, machine, type and
 * header sizes are checked, every offset, count and pointer against the
 * length, hash chains and version lists are walked with bounds; anything odd
 * means "not found" (or -1 SYSC_ENOEXEC from init), never a read outside the
 * image. The image is taken as mapped: the ELF header at base, virtual
 * address v at base + v - bias, where bias is p_vaddr - p_offset of the
 * first PT_LOAD (a prelinked image has a non-zero bias). */
#ifndef SYSC_VDSO_H
#define SYSC_VDSO_H

#include "raw.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Finds the live vDSO (see above) and makes it current. 0, or -1 with
 * sysc_errno: SYSC_ENOENT (the auxv has no AT_SYSINFO_EHDR: valgrind,
 * qemu-user, vdso=0), SYSC_ENOEXEC (unacceptable image), or the error of
 * reading /proc/self/auxv. Either way the functions work afterwards (through
 * the syscalls when there is no vDSO) and no later call reads the auxv again.
 * Safe to call from several threads; calling it again redoes the work. */
int sysc_vdso_init(void);

/* For looking at an image: a copy of the vDSO saved or read from
 * elsewhere, a file's bytes, a fuzzer's input (examples/vdso-info and
 * fuzz/vdso_fuzz.c). Makes the image at base (len readable bytes, laid out
 * as mapped) the current one for sysc_vdso_sym, sysc_vdso_get_info,
 * sysc_vdso_symbol and sysc_vdso_verdef, replacing any previous one. The
 * time and CPU functions call into it only when base is the vDSO the kernel
 * mapped (AT_SYSINFO_EHDR, as known from start-up, sysc_init_auxv or an
 * earlier initialisation); for any other image they keep using the live
 * vDSO or their syscalls, since a copy is not executable, and a later lazy
 * initialisation leaves this image current for inspection. Makes no
 * syscall. 0, or -1 with sysc_errno SYSC_EINVAL (NULL base) or SYSC_ENOEXEC;
 * on failure there is no current image for inspection. Not to be called
 * while another thread uses the old image if that image is about to be
 * unmapped. */
int sysc_vdso_init_image(const void *base, size_t len);

/* Like sysc_vdso_init_image, and the time and CPU functions call into this
 * image from now on: the caller asserts that it is mapped executable and
 * that its functions behave like the vDSO's (e.g. a vDSO-like object the
 * program mapped itself, or a test fixture). Calling into a copy in data
 * memory crashes. On failure there is no current image for either use (the
 * functions make their syscalls). */
int sysc_vdso_use_image(const void *base, size_t len);

/* The address of `name` in the current image, defined with symbol version
 * `version` ("LINUX_2.6"; i386's __kernel_vsyscall is "LINUX_2.5"); with a
 * NULL version any default version matches. An image without version
 * information matches any version. NULL when absent, odd, or when there is
 * no current image. Does not initialise: call sysc_vdso_init first beside a
 * libc. */
void *sysc_vdso_sym(const char *name, const char *version);

/* What the current image holds (examples/vdso-info.c prints it all). */
#define SYSC_VDSO_HAS_HASH 1		/* DT_HASH */
#define SYSC_VDSO_HAS_GNU_HASH 2	/* DT_GNU_HASH */
#define SYSC_VDSO_HAS_VERSYM 4		/* DT_VERSYM */
#define SYSC_VDSO_HAS_VERDEF 8		/* DT_VERDEF */

struct sysc_vdso_info {
	const void *base;
	size_t len;
	unsigned long bias;	/* virtual address of base */
	unsigned int flags;	/* SYSC_VDSO_HAS_* */
	size_t nsyms;		/* dynamic symbols, index 0 included */
	unsigned int nverdef;	/* version definitions */
};

/* 0, or -1 with SYSC_ENOENT when there is no current image. */
int sysc_vdso_get_info(struct sysc_vdso_info *info);

struct sysc_vdso_symbol {
	const char *name;	/* "" when the name is out of bounds */
	const char *version;	/* NULL: no version information */
	int hidden;		/* non-default version (name@VER, not @@) */
	void *addr;		/* NULL unless a defined function or object in the image */
	unsigned long value, size;
	unsigned char type, bind;	/* STT_*, STB_* */
	unsigned short shndx;
};

/* Symbol `i` (0 <= i < nsyms) of the current image: 0, or -1 (SYSC_ENOENT)
 * past the end or without an image. */
SYSC__SAME_NAME_BEGIN
int sysc_vdso_symbol(size_t i, struct sysc_vdso_symbol *out);
SYSC__SAME_NAME_END

struct sysc_vdso_verdef {
	const char *name;	/* "" when out of bounds */
	unsigned int index;	/* the value versym entries refer to */
	unsigned int flags;	/* 1: VER_FLG_BASE (the file's own name) */
};

/* Version definition `i` (0 <= i < nverdef) of the current image. */
SYSC__SAME_NAME_BEGIN
int sysc_vdso_verdef(size_t i, struct sysc_vdso_verdef *out);
SYSC__SAME_NAME_END

#if defined(SYSC__FAMILY32)
/* The raw forms of the two calls that have no y2038-safe syscall on i386:
 * derived from clock_gettime64 (the "@" entries of tools/wrappers/time.tsv);
 * the zone through gettimeofday(NULL, tz), which holds no time.
 * gettimeofday(NULL, NULL) is 0, as the kernel's is (the clock is still
 * read, so the syscall is the same either way). */
static inline long sysc_raw_gettimeofday(struct sysc_timeval *tv,
					 struct sysc_timezone *tz)
{
	struct sysc_timespec ts;
	long r = sysc_raw_syscall2(SYSC_NR_clock_gettime64, SYSC_CLOCK_REALTIME,
				   (long)&ts);

	if (r == 0 && tv) {
		tv->tv_sec = ts.tv_sec;
		tv->tv_usec = (long long)((unsigned long)ts.tv_nsec / 1000);
	}
	if (r == 0 && tz)
		r = sysc_raw_syscall2(SYSC_NR_gettimeofday, 0, (long)tz);
	return r;
}

static inline long long sysc_raw_time(void)
{
	struct sysc_timespec ts;
	long r = sysc_raw_syscall2(SYSC_NR_clock_gettime64, SYSC_CLOCK_REALTIME,
				   (long)&ts);

	return r ? r : ts.tv_sec;
}
#elif !defined(SYSC_NR_time)
/* The asm-generic arches have no time syscall: raw time is
 * clock_gettime's seconds (the "@clock_gettime" of tools/wrappers/arch.tsv). */
static inline long long sysc_raw_time(void)
{
	struct sysc_timespec ts;
	long r = sysc_raw_syscall2(SYSC_NR_clock_gettime, SYSC_CLOCK_REALTIME,
				   (long)&ts);

	return r ? r : ts.tv_sec;
}
#endif

#ifdef __cplusplus
}
#endif

#endif
