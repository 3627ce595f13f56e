/* The header-only raw layer under one compiler configuration (mk/matrix.mk
 * builds this file with gcc and clang, -O0/-O2/-Os, with and without -fPIC
 * and -fomit-frame-pointer). Only sysc_raw_* is used; the library supplies
 * nothing but _start. Two 6-argument syscalls have every argument checked by
 * its effect: mmap (mmap2 on i386, whose sixth argument travels in ebp) and
 * copy_file_range. Exit status 0 when every check holds. */
#include <sysc.h>

static int fails;

static void check(int ok, int what)
{
	if (!ok)
		fails |= 1 << what;
}

int main(void)
{
	static char path[] = "/tmp/sysc-raw-matrix-XXXXXXXX";
	static char page[4096];
	long pid = sysc_raw_getpid(), fd, in, out, r;
	sysc_off_t off_in = 2, off_out = 5;
	char *area, *p, buf[12];
	int i;

	for (i = 0; i < 8; i++, pid >>= 4)
		path[sizeof path - 2 - i] = "0123456789abcdef"[pid & 15];
	fd = sysc_raw_openat(SYSC_AT_FDCWD, path, SYSC_O_RDWR | SYSC_O_CREAT | SYSC_O_TRUNC, 0600);
	if (fd < 0)
		return 100;
	sysc_raw_unlinkat(SYSC_AT_FDCWD, path, 0);
	for (i = 0; i < 3; i++) {	/* pages 'A', 'B', 'C' */
		long j;
		for (j = 0; j < 4096; j++)
			page[j] = (char)('A' + i);
		if (sysc_raw_write((int)fd, page, 4096) != 4096)
			return 101;
	}

	/* Reserve 4 pages, then map file pages 1..2 at the reservation's second
	 * page: addr (MAP_FIXED lands there), len (2 pages: the 'C' page is
	 * readable, the reservation's last page is not touched), prot (write
	 * works), flags (MAP_SHARED: the write reaches the file), fd, offset
	 * (page 1 = 'B'). */
	r = sysc_raw_mmap(0, 4 * 4096, SYSC_PROT_NONE, SYSC_MAP_PRIVATE | SYSC_MAP_ANONYMOUS, -1, 0);
	if (sysc_is_error(r))
		return 102;
	area = (char *)r;
	r = sysc_raw_mmap(area + 4096, 2 * 4096, SYSC_PROT_READ | SYSC_PROT_WRITE,
			  SYSC_MAP_SHARED | SYSC_MAP_FIXED, (int)fd, 4096);
	p = (char *)r;
	check(!sysc_is_error(r) && p == area + 4096, 0);
	if (!sysc_is_error(r)) {
		check(p[0] == 'B' && p[4095] == 'B', 1);
		check(p[4096] == 'C' && p[8191] == 'C', 2);
		p[1] = 'x';
		check(sysc_raw_pread64((int)fd, buf, 2, 4096) == 2 && buf[1] == 'x', 3);
		/* the reservation's last page is still PROT_NONE: mprotect of
		 * just that page succeeds, and the mapping length was 2 pages */
		check(sysc_raw_munmap(area + 3 * 4096, 4096) == 0, 4);
	}
	check(sysc_raw_mmap(0, 4096, SYSC_PROT_READ, SYSC_MAP_SHARED, (int)fd, 100) == -SYSC_EINVAL, 5);

	/* copy_file_range(in, &off_in, out, &off_out, len, flags) */
	in = sysc_raw_openat(SYSC_AT_FDCWD, "/tmp", SYSC_O_RDWR | SYSC_O_TMPFILE, 0600);
	out = sysc_raw_openat(SYSC_AT_FDCWD, "/tmp", SYSC_O_RDWR | SYSC_O_TMPFILE, 0600);
	if (in < 0 || out < 0)
		return 103;
	sysc_raw_write((int)in, "0123456789", 10);
	r = sysc_raw_copy_file_range((int)in, &off_in, (int)out, &off_out, 4, 0);
	check(r == 4 && off_in == 6 && off_out == 9, 6);
	for (i = 0; i < 12; i++)
		buf[i] = '?';
	check(sysc_raw_pread64((int)out, buf, 12, 0) == 9, 7);
	check(buf[4] == 0 && buf[5] == '2' && buf[8] == '5' && buf[9] == '?', 8);
	check(sysc_raw_copy_file_range((int)in, &off_in, (int)out, &off_out, 4, 1) == -SYSC_EINVAL, 9);
	check(sysc_raw_syscall(SYSC_NR_getppid) > 0 && sysc_raw_syscall(SYSC_NR_getpid) == sysc_raw_getpid(), 10);
	return fails;
}
