/* A minimal test reporter for freestanding test programs (no libc): each
 * check prints "ok - name", "not ok - name: detail" or "skip - name: reason";
 * tests/run.sh counts those lines, and the exit status is the number of
 * failures, so a crash also shows. */
#ifndef SYSC_TESTS_FS_CHECK_H
#define SYSC_TESTS_FS_CHECK_H

#include <sysc.h>

static int fs_failures;

static inline size_t fs_strlen(const char *s)
{
	size_t n = 0;
	while (s[n])
		n++;
	return n;
}

static inline void fs_puts(const char *s)
{
	sysc_raw_write(1, s, fs_strlen(s));
}

/* Decimal of a signed 64-bit value, without 64-bit division (no libgcc). */
static inline void fs_putnum(long long v)
{
	char buf[24];
	int i = 23;
	unsigned long long u = v < 0 ? -(unsigned long long)v : (unsigned long long)v;

	buf[i] = 0;
	do {
		/* u / 10 by shifts and subtraction */
		unsigned long long q = 0, r = u, bit;
		for (bit = 1ULL << 60; bit; bit >>= 1)
			if (r >= 10 * bit) {
				r -= 10 * bit;
				q |= bit;
			}
		buf[--i] = (char)('0' + r);
		u = q;
	} while (u);
	if (v < 0)
		buf[--i] = '-';
	fs_puts(buf + i);
}

static inline void fs_report(int ok, const char *name, const char *detail)
{
	fs_puts(ok ? "ok - " : "not ok - ");
	fs_puts(name);
	if (!ok && detail) {
		fs_puts(": ");
		fs_puts(detail);
	}
	fs_puts("\n");
	if (!ok)
		fs_failures++;
}

#define FS_CHECK(cond, name) fs_report(!!(cond), name, #cond)

static inline void fs_skip(const char *name, const char *reason)
{
	fs_puts("skip - ");
	fs_puts(name);
	fs_puts(": ");
	fs_puts(reason);
	fs_puts("\n");
}

#endif
