/* Buffered output for the examples: no libc, so no printf. Numbers are
 * converted without 64-bit division (which i386 would take from libgcc). */
#ifndef SYSC_EXAMPLES_OUT_H
#define SYSC_EXAMPLES_OUT_H

#include <sysc.h>

struct out {
	int fd;
	size_t n;
	char buf[4096];
};

/* Writes everything, retrying short writes and EINTR. 0, or -1. */
static inline int write_all(int fd, const char *p, size_t n)
{
	while (n) {
		long w = sysc_write(fd, p, n);

		if (w < 0) {
			if (sysc_errno == SYSC_EINTR)
				continue;
			return -1;
		}
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

static inline int out_flush(struct out *o)
{
	int r = write_all(o->fd, o->buf, o->n);

	o->n = 0;
	return r;
}

static inline void out_mem(struct out *o, const char *s, size_t n)
{
	while (n) {
		size_t k = sizeof o->buf - o->n;

		if (!k) {
			out_flush(o);
			continue;
		}
		if (k > n)
			k = n;
		for (size_t i = 0; i < k; i++)
			o->buf[o->n + i] = s[i];
		o->n += k;
		s += k;
		n -= k;
	}
}

static inline size_t str_len(const char *s)
{
	size_t n = 0;

	while (s[n])
		n++;
	return n;
}

static inline void out_str(struct out *o, const char *s)
{
	out_mem(o, s, str_len(s));
}

static inline void out_chr(struct out *o, char c)
{
	out_mem(o, &c, 1);
}

/* v right-aligned in `width` columns (0: no padding). */
static inline void out_udec(struct out *o, unsigned long long v, int width)
{
	static const unsigned long long pow10[] = {
		10000000000000000000ULL, 1000000000000000000ULL,
		100000000000000000ULL, 10000000000000000ULL, 1000000000000000ULL,
		100000000000000ULL, 10000000000000ULL, 1000000000000ULL,
		100000000000ULL, 10000000000ULL, 1000000000ULL, 100000000ULL,
		10000000ULL, 1000000ULL, 100000ULL, 10000ULL, 1000ULL, 100ULL,
		10ULL, 1ULL,
	};
	char b[20];
	int n = 0;

	for (size_t i = 0; i < sizeof pow10 / sizeof pow10[0]; i++) {
		char d = '0';

		while (v >= pow10[i]) {
			v -= pow10[i];
			d++;
		}
		if (d != '0' || n || i == sizeof pow10 / sizeof pow10[0] - 1)
			b[n++] = d;
	}
	for (; width > n; width--)
		out_chr(o, ' ');
	out_mem(o, b, (size_t)n);
}

/* v in hex, at least `width` digits (zero-padded). */
static inline void out_hex(struct out *o, unsigned long v, int width)
{
	char b[2 * sizeof v];
	int n = 0;

	do {
		b[sizeof b - 1 - n++] = "0123456789abcdef"[v & 15];
		v >>= 4;
	} while ((v || n < width) && n < (int)sizeof b);
	out_mem(o, b + sizeof b - n, (size_t)n);
}

static inline void out_dec(struct out *o, long long v, int width)
{
	if (v < 0) {
		out_chr(o, '-');
		out_udec(o, 0ULL - (unsigned long long)v, width > 0 ? width - 1 : 0);
	} else {
		out_udec(o, (unsigned long long)v, width);
	}
}

/* A decimal argument: its value when it is 1..max, else dflt (also for a
 * missing argument, s NULL). */
static inline unsigned int number(const char *s, unsigned int dflt, unsigned int max)
{
	unsigned int v = 0;

	if (!s)
		return dflt;
	for (; *s >= '0' && *s <= '9'; s++)
		v = v * 10 + (unsigned int)(*s - '0');
	return v && v <= max ? v : dflt;
}

/* "name: ERRNAME" on fd 2, for a failed call; returns 1 (an exit status). */
static inline int fail(const char *what)
{
	struct out e = { 2, 0, { 0 } };

	out_str(&e, what);
	out_str(&e, ": ");
	out_str(&e, sysc_strerror_name(sysc_errno));
	out_chr(&e, '\n');
	out_flush(&e);
	return 1;
}

#endif
