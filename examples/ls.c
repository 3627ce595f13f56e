/* ls: `ls [-a] [DIR]` in the long format of `ls -ln`, dates in UTC:
 *   drwxr-xr-x 2 0 0 4096 2026-11-30 17:12 name
 * Freestanding: getdents64 reads the directory, statx each entry (64-bit
 * times on both arches), readlinkat the targets of symbolic links. Sorted
 * by name in byte order, like `LC_ALL=C ls`. */
#include "out.h"

#define MAX_NAMES 4096

static char names[1 << 20];	/* the entries' names, NUL-terminated */
static char *list[MAX_NAMES];

/* v / d for a small d without 64-bit division (libgcc on i386). */
static unsigned long long divmod(unsigned long long v, unsigned int d, unsigned int *rem)
{
	unsigned long long q = 0, r = 0;

	for (int i = 63; i >= 0; i--) {
		r = (r << 1) | ((v >> i) & 1);
		if (r >= d) {
			r -= d;
			q |= 1ULL << i;
		}
	}
	*rem = (unsigned int)r;
	return q;
}

/* Days since 1970-01-01 to a civil date (proleptic Gregorian). */
static void civil(long days, int *y, int *m, int *d)
{
	long z = days + 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;

	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

static void out_date(struct out *o, long long t)
{
	unsigned int sec;
	unsigned long long days;
	int y, m, d;

	if (t < 0)	/* before 1970: shown as the epoch, not worth the code */
		t = 0;
	days = divmod((unsigned long long)t, 86400, &sec);
	civil((long)days, &y, &m, &d);
	out_dec(o, y, 4);
	out_chr(o, '-');
	out_chr(o, (char)('0' + m / 10));
	out_chr(o, (char)('0' + m % 10));
	out_chr(o, '-');
	out_chr(o, (char)('0' + d / 10));
	out_chr(o, (char)('0' + d % 10));
	out_chr(o, ' ');
	out_chr(o, (char)('0' + sec / 36000));
	out_chr(o, (char)('0' + sec / 3600 % 10));
	out_chr(o, ':');
	out_chr(o, (char)('0' + sec % 3600 / 600));
	out_chr(o, (char)('0' + sec % 600 / 60));
}

static void out_mode(struct out *o, unsigned int mode)
{
	static const char types[] = "?pc?d?b?-?l?s???";
	char s[10];

	s[0] = types[(mode >> 12) & 15];
	for (int i = 0; i < 9; i++)
		s[1 + i] = (mode & (0400u >> i)) ? "rwxrwxrwx"[i] : '-';
	if (mode & SYSC_S_ISUID)
		s[3] = (mode & SYSC_S_IXUSR) ? 's' : 'S';
	if (mode & SYSC_S_ISGID)
		s[6] = (mode & SYSC_S_IXGRP) ? 's' : 'S';
	if (mode & SYSC_S_ISVTX)
		s[9] = (mode & SYSC_S_IXOTH) ? 't' : 'T';
	out_mem(o, s, sizeof s);
}

static int before(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return (unsigned char)*a < (unsigned char)*b;
}

/* Reads the directory's names into list[]; the count, or -1. */
static int read_names(int dfd, int all)
{
	static char buf[32768];
	size_t used = 0;
	int n = 0;

	for (;;) {
		long got = sysc_getdents64(dfd, buf, sizeof buf);

		if (got <= 0)
			return got < 0 ? -1 : n;
		for (long off = 0; off < got;) {
			struct sysc_dirent64 *e = (struct sysc_dirent64 *)(buf + off);
			size_t len = str_len(e->d_name) + 1;

			off += e->d_reclen;
			if (e->d_name[0] == '.' && !all)
				continue;
			if (n == MAX_NAMES || used + len > sizeof names) {
				sysc_errno = SYSC_ENOMEM;
				return -1;
			}
			list[n] = names + used;
			for (size_t i = 0; i < len; i++)
				names[used + i] = e->d_name[i];
			used += len;
			/* insertion sort: directories are small */
			for (int j = n++; j > 0 && before(list[j], list[j - 1]); j--) {
				char *t = list[j];

				list[j] = list[j - 1];
				list[j - 1] = t;
			}
		}
	}
}

int main(int argc, char **argv)
{
	struct out o = { 1, 0, { 0 } };
	const char *dir = ".";
	int all = 0, dfd, n, status = 0;

	for (int i = 1; i < argc; i++) {
		if (argv[i][0] == '-' && argv[i][1] == 'a' && !argv[i][2])
			all = 1;
		else
			dir = argv[i];
	}
	dfd = sysc_open(dir, SYSC_O_RDONLY | SYSC_O_DIRECTORY | SYSC_O_CLOEXEC, 0);
	if (dfd < 0)
		return fail(dir);
	n = read_names(dfd, all);
	if (n < 0)
		return fail(dir);
	for (int i = 0; i < n; i++) {
		struct sysc_statx st;

		if (sysc_statx(dfd, list[i], SYSC_AT_SYMLINK_NOFOLLOW,
			       SYSC_STATX_BASIC_STATS, &st) < 0) {
			status = fail(list[i]);
			continue;
		}
		out_mode(&o, st.stx_mode);
		out_chr(&o, ' ');
		out_udec(&o, st.stx_nlink, 0);
		out_chr(&o, ' ');
		out_udec(&o, st.stx_uid, 0);
		out_chr(&o, ' ');
		out_udec(&o, st.stx_gid, 0);
		out_chr(&o, ' ');
		if (SYSC_S_ISCHR(st.stx_mode) || SYSC_S_ISBLK(st.stx_mode)) {
			out_udec(&o, st.stx_rdev_major, 0);
			out_str(&o, ", ");
			out_udec(&o, st.stx_rdev_minor, 0);
		} else {
			out_udec(&o, st.stx_size, 0);
		}
		out_chr(&o, ' ');
		out_date(&o, st.stx_mtime.tv_sec);
		out_chr(&o, ' ');
		out_str(&o, list[i]);
		if (SYSC_S_ISLNK(st.stx_mode)) {
			char target[4096];
			long len = sysc_readlinkat(dfd, list[i], target, sizeof target);

			if (len >= 0) {
				out_str(&o, " -> ");
				out_mem(&o, target, (size_t)len);
			}
		}
		out_chr(&o, '\n');
	}
	sysc_close(dfd);
	if (out_flush(&o) < 0)
		return fail("write");
	return status;
}
