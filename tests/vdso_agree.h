/* Live checks shared by tests/fs_vdso.c (sysc's _start) and
 * tests/test_vdso.c (beside glibc, lazy initialisation): each sysc function
 * against its raw syscall. The includer defines VA_CHECK(cond, name) and
 * VA_SKIP(name, reason) and VA_AUXVAL(type) (the auxv lookup of the
 * program: sysc_getauxval or glibc's getauxval) and includes <sysc.h>. Every check also holds with
 * no vDSO (valgrind), where both sides are syscalls. */
#ifndef SYSC_TESTS_VDSO_AGREE_H
#define SYSC_TESTS_VDSO_AGREE_H

#include "vdso_expect.h"

/* The running kernel is at least MAJOR.MINOR (uname's release): which
 * vDSO symbols a kernel has depends on its version. */
static inline int va_kernel_at_least(int major, int minor)
{
	struct sysc_utsname u;
	int ma = 0, mi = 0, i = 0;

	if (sysc_uname(&u) != 0)
		return 0;
	for (; u.release[i] >= '0' && u.release[i] <= '9'; i++)
		ma = ma * 10 + (u.release[i] - '0');
	if (u.release[i] == '.')
		for (i++; u.release[i] >= '0' && u.release[i] <= '9'; i++)
			mi = mi * 10 + (u.release[i] - '0');
	return ma > major || (ma == major && mi >= minor);
}

static long long va_ns(const struct sysc_timespec *t)
{
	return t->tv_sec * 1000000000LL + t->tv_nsec;
}

/* Every sysc_clock_gettime read is ordered with the syscall's reads
 * around it, for clocks that never go back. */
static void va_monotonic(int clock, const char *name)
{
	struct sysc_timespec a, b, c;
	int i, ok = 1;

	for (i = 0; i < 2000 && ok; i++) {
		ok = sysc_clock_gettime(clock, &a) == 0 &&
		     sysc_raw_clock_gettime(clock, &b) == 0 &&
		     sysc_clock_gettime(clock, &c) == 0 &&
		     va_ns(&a) <= va_ns(&b) && va_ns(&b) <= va_ns(&c) &&
		     a.tv_nsec >= 0 && a.tv_nsec < 1000000000;
	}
	VA_CHECK(ok, name);
}

static void va_realtime(void)
{
	struct sysc_timespec a, b, c;
	struct sysc_timeval tv;
	long long t;
	int ok;

	/* Realtime may be stepped, so only a loose bound: 100 ms. */
	ok = sysc_raw_clock_gettime(SYSC_CLOCK_REALTIME, &a) == 0 &&
	     sysc_clock_gettime(SYSC_CLOCK_REALTIME, &b) == 0 &&
	     sysc_raw_clock_gettime(SYSC_CLOCK_REALTIME, &c) == 0 &&
	     va_ns(&b) - va_ns(&a) > -100000000LL && va_ns(&c) - va_ns(&b) > -100000000LL &&
	     va_ns(&c) - va_ns(&a) < 100000000LL;
	VA_CHECK(ok, "clock_gettime(REALTIME) between two syscall reads");

	ok = sysc_raw_clock_gettime(SYSC_CLOCK_REALTIME, &a) == 0 &&
	     sysc_gettimeofday(&tv, NULL) == 0 &&
	     sysc_raw_clock_gettime(SYSC_CLOCK_REALTIME, &c) == 0 &&
	     tv.tv_usec >= 0 && tv.tv_usec < 1000000 &&
	     tv.tv_sec * 1000000LL + tv.tv_usec >= va_ns(&a) / 1000 - 100000 &&
	     tv.tv_sec * 1000000LL + tv.tv_usec <= va_ns(&c) / 1000 + 100000;
	VA_CHECK(ok, "gettimeofday between two clock_gettime syscalls");

	/* time() reads the coarse clock: up to a tick behind. */
	sysc_raw_clock_gettime(SYSC_CLOCK_REALTIME, &a);
	t = sysc_time();
	sysc_raw_clock_gettime(SYSC_CLOCK_REALTIME, &c);
	VA_CHECK(t >= a.tv_sec - 1 && t <= c.tv_sec, "time between two clock_gettime syscalls");
}

static void va_errors(void)
{
	struct sysc_timespec t;

	sysc_errno = 0;
	VA_CHECK(sysc_clock_gettime(-12345, &t) == -1 && sysc_errno == SYSC_EINVAL,
		 "clock_gettime(bad clock): EINVAL");
	sysc_errno = 0;
	VA_CHECK(sysc_clock_getres(-12345, &t) == -1 && sysc_errno == SYSC_EINVAL,
		 "clock_getres(bad clock): EINVAL");
	/* A clock the vDSO hands to the kernel. */
	VA_CHECK(sysc_clock_gettime(2 /* CLOCK_PROCESS_CPUTIME_ID */, &t) == 0 &&
		 t.tv_nsec >= 0 && t.tv_nsec < 1000000000,
		 "clock_gettime(PROCESS_CPUTIME_ID)");
}

static void va_getres(void)
{
	static const int clocks[] = { 0, 1, 4 /* MONOTONIC_RAW */, 5 /* REALTIME_COARSE */,
				      6 /* MONOTONIC_COARSE */, 7 /* BOOTTIME */ };
	struct sysc_timespec a, b;
	unsigned int i;
	int ok = 1;

	for (i = 0; i < sizeof clocks / sizeof clocks[0]; i++) {
		a.tv_sec = b.tv_sec = -1;
		ok &= sysc_clock_getres(clocks[i], &a) == 0 &&
		      sysc_raw_clock_getres(clocks[i], &b) == 0 &&
		      a.tv_sec == b.tv_sec && a.tv_nsec == b.tv_nsec;
	}
	VA_CHECK(ok, "clock_getres equals the syscall's for 6 clocks");
	VA_CHECK(sysc_clock_getres(SYSC_CLOCK_MONOTONIC, NULL) == 0, "clock_getres(NULL)");
}

static void va_getcpu(void)
{
	unsigned int c1, c2, c3, n1, n2, n3;
	int i, ok = 0;

	/* Equal unless the thread migrated between the calls: retried until
	 * two syscall reads around ours agree. */
	for (i = 0; i < 1000 && !ok; i++) {
		if (sysc_raw_getcpu(&c1, &n1) || sysc_getcpu(&c2, &n2) ||
		    sysc_raw_getcpu(&c3, &n3))
			break;
		if (c1 == c3 && n1 == n3) {
			VA_CHECK(c2 == c1 && n2 == n1, "getcpu equals the syscall's");
			ok = 1;
		}
	}
	if (!ok)
		VA_CHECK(0, "getcpu: no two stable syscall reads in 1000 tries");
	VA_CHECK(sysc_getcpu(&c1, NULL) == 0, "getcpu(cpu, NULL)");
}

static int va_all_zero(const unsigned char *p, unsigned int n)
{
	while (n--)
		if (*p++)
			return 0;
	return 1;
}

static void va_getrandom(void)
{
	static unsigned char a[64], b[64], big[10000];
	unsigned int i;
	int differ = 0;

	VA_CHECK(sysc_getrandom(a, sizeof a, 0) == sizeof a && !va_all_zero(a, sizeof a),
		 "getrandom fills 64 bytes");
	VA_CHECK(sysc_getrandom(b, sizeof b, 1 /* GRND_NONBLOCK */) == sizeof b,
		 "getrandom(GRND_NONBLOCK)");
	for (i = 0; i < sizeof a; i++)
		differ |= a[i] != b[i];
	VA_CHECK(differ, "two getrandom calls differ");
	VA_CHECK(sysc_getrandom(big, sizeof big, 0) == sizeof big &&
		 !va_all_zero(big + sizeof big - 64, 64), "getrandom fills 10000 bytes");
	VA_CHECK(sysc_getrandom(a, 0, 0) == 0, "getrandom(len 0)");
	sysc_errno = 0;
	VA_CHECK(sysc_getrandom(a, sizeof a, 0x4000) == -1 && sysc_errno == SYSC_EINVAL,
		 "getrandom(bad flags): EINVAL");
}

/* Which entry points resolved, given whether the kernel mapped a vDSO:
 * every symbol the arch's kernel (of this version) has, at its version. */
static void va_resolved(void)
{
	char name[96];
	unsigned i;

	if (!VA_AUXVAL(SYSC_AT_SYSINFO_EHDR) && !sysc_vdso_sym(VE_CLOCK_GETTIME, VE_VERSION)) {
		VA_SKIP("vDSO symbols", "no vDSO in this process (valgrind, qemu-user or vdso=0): syscalls only");
		return;
	}
	for (i = 0; i < sizeof ve_syms / sizeof ve_syms[0]; i++) {
		const struct ve_sym *e = &ve_syms[i];
		size_t n = 0;

		for (const char *p = e->name; *p && n < sizeof name - 16; )
			name[n++] = *p++;
		for (const char *p = "@" VE_VERSION; *p; )
			name[n++] = *p++;
		name[n] = 0;
		if (e->major && !va_kernel_at_least(e->major, e->minor) &&
		    !sysc_vdso_sym(e->name, VE_VERSION))
			VA_SKIP(name, "not in this older kernel's vDSO");
		else
			VA_CHECK(sysc_vdso_sym(e->name, VE_VERSION) != NULL, name);
	}
#if defined(__i386__)
	VA_CHECK(sysc_vdso_sym("__kernel_vsyscall", "LINUX_2.5") != NULL &&
		 (unsigned long)sysc_vdso_sym("__kernel_vsyscall", "LINUX_2.5") == VA_AUXVAL(SYSC_AT_SYSINFO),
		 "__kernel_vsyscall@LINUX_2.5 is AT_SYSINFO");
	VA_CHECK(sysc_vdso_sym("__kernel_vsyscall", "LINUX_2.6") == NULL, "__kernel_vsyscall@LINUX_2.6 absent");
#endif
	VA_CHECK(sysc_vdso_sym(VE_CLOCK_GETTIME, "LINUX_0.1") == NULL, "clock_gettime at another version: absent");
	VA_CHECK(sysc_vdso_sym("__vdso_nonexistent", NULL) == NULL, "an absent name");
	VA_CHECK(sysc_vdso_sym(VE_VERSION, VE_VERSION) == NULL, "the ABS version symbol is no address");
}

static void va_run_all(void)
{
	va_resolved();
	va_monotonic(SYSC_CLOCK_MONOTONIC, "MONOTONIC ordered across alternating vDSO/syscall reads");
	va_monotonic(4, "MONOTONIC_RAW ordered across alternating vDSO/syscall reads");
	va_monotonic(7, "BOOTTIME ordered across alternating vDSO/syscall reads");
	va_realtime();
	va_errors();
	va_getres();
	va_getcpu();
	va_getrandom();
}

#endif
