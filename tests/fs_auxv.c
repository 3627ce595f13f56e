/* sysc_auxv: the whole vector _start saved, with its length. It must be
 * the kernel's own (byte for byte /proc/self/auxv, which the kernel keeps
 * from exec), end in AT_NULL after `count` pairs, and agree with
 * sysc_getauxval for each type's first entry; count may be NULL. */
#include "fs_check.h"

int main(void)
{
	static unsigned long file[512];
	const unsigned long *a;
	size_t n = 99, m;
	long got = 0, r;
	int fd, agree = 1;

	a = sysc_auxv(&n);
	FS_CHECK(a != NULL && n > 5 && a[2 * n] == SYSC_AT_NULL, "sysc_auxv: a vector of n pairs, then AT_NULL");
	if (!a)
		return fs_failures;
	FS_CHECK(sysc_auxv(NULL) == a, "count may be NULL");
	for (size_t i = 0; i < n; i++) {
		size_t j = 0;

		while (a[2 * j] != a[2 * i])
			j++;
		if (sysc_getauxval(a[2 * i]) != a[2 * j + 1])
			agree = 0;
	}
	FS_CHECK(agree, "each type's value is sysc_getauxval's");
	FS_CHECK(sysc_getauxval(SYSC_AT_PAGESZ) == 4096, "AT_PAGESZ is in it");

	fd = sysc_openat(SYSC_AT_FDCWD, "/proc/self/auxv", SYSC_O_RDONLY, 0);
	if (fd < 0) {
		fs_skip("auxv against /proc/self/auxv", "cannot open /proc/self/auxv");
		return fs_failures;
	}
	while ((r = sysc_read(fd, (char *)file + got, sizeof file - (size_t)got)) > 0)
		got += r;
	sysc_close(fd);
	m = (size_t)got / (2 * sizeof(unsigned long));
	/* the file holds the pairs and the AT_NULL pair */
	/* A 64-bit kernel measures a compat (i386) process's saved vector in
	 * its own 64-bit words, so the file may end in zero pairs beyond
	 * AT_NULL (one or more, by kernel version); nothing else may follow. */
	agree = m >= n + 1;
	for (size_t i = 0; agree && i < 2 * m; i++)
		agree = file[i] == (i < 2 * (n + 1) ? a[i] : 0);
	FS_CHECK(agree, "the vector is the kernel's (/proc/self/auxv)");
	return fs_failures;
}
