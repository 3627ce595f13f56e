/* 64-bit file offsets above 4 GiB reach the kernel intact through every
 * call that takes one, on every arch: on i386 each is split into a low and
 * a high word, on arm into an even/odd register pair with a padding
 * register before it where the pair would start on an odd one, and arm's
 * sync_file_range2 and arm_fadvise64_64 take their 32-bit arguments first
 * (tools/wrappers/arch.tsv). Each offset has distinct non-zero high and
 * low words, so a lost, swapped or shifted word shows: in the file's size,
 * in the data read back, or in the kernel's EINVAL for a negative value
 * whose only set bits are in the high word. A sparse file in /tmp; a
 * filesystem without fallocate is a skip that names it. */
#include "fs_check.h"

#define GIB (1ll << 30)

static char path[64];

static void make_path(void)
{
	static const char pre[] = "/tmp/sysc-fs-offsets-";
	long pid = sysc_getpid();
	char digits[12];
	int n = 0, i = 0;

	for (; pre[i]; i++)
		path[i] = pre[i];
	do {
		digits[n++] = (char)('0' + pid % 10);
		pid /= 10;
	} while (pid);
	while (n)
		path[i++] = digits[--n];
	path[i] = 0;
}

static long long size_of(int fd)
{
	struct sysc_stat st;

	return sysc_fstat(fd, &st) ? -1 : st.st_size;
}

static int same(const char *a, const char *b, size_t n)
{
	while (n--)
		if (*a++ != *b++)
			return 0;
	return 1;
}

static void copy8(char *d, const char *s)
{
	for (int i = 0; i < 8; i++)
		d[i] = s[i];
}

int main(void)
{
	const long long off5 = 5 * GIB + 0x123;	/* high word 1, low word 0x40000123 */
	const long long off6 = 6 * GIB + 0x456;
	const long long neg = -(1ll << 32);	/* only the high word set */
	char buf[8], got[8] = "";
	struct sysc_iovec iov = { buf, 8 };
	int fd, r;

	make_path();
	fd = sysc_open(path, SYSC_O_RDWR | SYSC_O_CREAT | SYSC_O_TRUNC, 0600);
	if (fd < 0) {
		fs_skip("offsets above 4 GiB", "cannot create a file in /tmp");
		return 0;
	}

	/* pwrite64 / pread64 */
	FS_CHECK(sysc_pwrite64(fd, "sysc-pw", 8, off5) == 8 && size_of(fd) == off5 + 8,
		 "pwrite64 at 5 GiB + 0x123: the file ends just after it");
	FS_CHECK(sysc_pread64(fd, got, 8, off5) == 8 && same(got, "sysc-pw", 8),
		 "pread64 at 5 GiB + 0x123 reads it back");
	FS_CHECK(sysc_pread64(fd, got, 8, off5 & 0xffffffff) == 8 && got[0] == 0,
		 "pread64 at its low word alone reads the hole (zeros)");

	/* preadv / pwritev (lo, hi as two arguments on every 32-bit arch) */
	copy8(buf, "sysc-vw");
	FS_CHECK(sysc_pwritev(fd, &iov, 1, off5 + 16) == 8 && size_of(fd) == off5 + 24,
		 "pwritev at 5 GiB + 0x133");
	got[0] = 0;
	iov.iov_base = got;
	FS_CHECK(sysc_preadv(fd, &iov, 1, off5 + 16) == 8 && same(got, "sysc-vw", 8),
		 "preadv at 5 GiB + 0x133 reads it back");
	r = (int)sysc_preadv2(fd, &iov, 1, off5, 0);
	if (r < 0 && sysc_errno == SYSC_ENOSYS)
		fs_skip("preadv2/pwritev2 at 5 GiB", "preadv2 gives ENOSYS here");
	else {
		FS_CHECK(r == 8 && same(got, "sysc-pw", 8), "preadv2 at 5 GiB + 0x123");
		iov.iov_base = buf;
		copy8(buf, "sysc-v2");
		FS_CHECK(sysc_pwritev2(fd, &iov, 1, off5 + 32, 0) == 8 && size_of(fd) == off5 + 40,
			 "pwritev2 at 5 GiB + 0x143");
	}

	/* lseek (_llseek on the 32-bit arches) */
	FS_CHECK(sysc_lseek(fd, off6, SYSC_SEEK_SET) == off6, "lseek to 6 GiB + 0x456 returns it");
	FS_CHECK(sysc_lseek(fd, 0, SYSC_SEEK_CUR) == off6, "lseek SEEK_CUR finds it again");
	FS_CHECK(sysc_lseek(fd, 0, SYSC_SEEK_END) == size_of(fd) && size_of(fd) > 5 * GIB,
		 "lseek SEEK_END: the 64-bit size");

	/* ftruncate64 / truncate64 */
	FS_CHECK(sysc_ftruncate(fd, off6) == 0 && size_of(fd) == off6, "ftruncate to 6 GiB + 0x456");
	FS_CHECK(sysc_ftruncate(fd, neg) == -1 && sysc_errno == SYSC_EINVAL,
		 "ftruncate to -4 GiB (high word only): EINVAL");
	FS_CHECK(sysc_truncate(path, off5) == 0 && size_of(fd) == off5, "truncate to 5 GiB + 0x123");
	FS_CHECK(sysc_truncate(path, neg) == -1 && sysc_errno == SYSC_EINVAL,
		 "truncate to -4 GiB (high word only): EINVAL");

	/* fallocate: mode, then two pairs */
	r = sysc_fallocate(fd, 0, off6, 4096);
	if (r < 0 && sysc_errno == SYSC_EOPNOTSUPP)
		fs_skip("fallocate at 6 GiB", "the filesystem of /tmp has no fallocate (EOPNOTSUPP)");
	else if (r < 0 && sysc_errno == SYSC_ENOSYS)
		fs_skip("fallocate at 6 GiB", "fallocate gives ENOSYS here");
	else {
		FS_CHECK(r == 0 && size_of(fd) == off6 + 4096, "fallocate 4096 bytes at 6 GiB + 0x456");
		FS_CHECK(sysc_fallocate(fd, SYSC_FALLOC_FL_KEEP_SIZE, off6 + 4 * GIB, 4096) == 0 &&
			 size_of(fd) == off6 + 4096, "fallocate KEEP_SIZE at 10 GiB: the mode arrives");
		FS_CHECK(sysc_fallocate(fd, 0, neg, 4096) == -1 && sysc_errno == SYSC_EINVAL,
			 "fallocate at -4 GiB (high word only): EINVAL");
		FS_CHECK(sysc_fallocate(fd, 0, 4096, neg) == -1 && sysc_errno == SYSC_EINVAL,
			 "fallocate of -4 GiB bytes (high word only): EINVAL");
	}

	/* sync_file_range (sync_file_range2 on arm): flags valid only where
	 * they arrive as flags; a negative offset or an end past 2^63 is
	 * EINVAL */
	FS_CHECK(sysc_sync_file_range(fd, off5, 4 * GIB, SYSC_SYNC_FILE_RANGE_WRITE) == 0,
		 "sync_file_range at 5 GiB + 0x123 for 4 GiB");
	FS_CHECK(sysc_sync_file_range(fd, neg, 4096, 0) == -1 && sysc_errno == SYSC_EINVAL,
		 "sync_file_range at -4 GiB (high word only): EINVAL");
	FS_CHECK(sysc_sync_file_range(fd, off5, 0x7fffffff00000000ll, 0) == -1 &&
		 sysc_errno == SYSC_EINVAL, "sync_file_range whose end passes 2^63: EINVAL");
	FS_CHECK(sysc_sync_file_range(fd, off5, 4096, 0x100) == -1 && sysc_errno == SYSC_EINVAL,
		 "sync_file_range with an unknown flag: EINVAL");

	/* fadvise64 (fadvise64_64 on i386, arm_fadvise64_64 on arm) */
	FS_CHECK(sysc_fadvise64(fd, off5, 4 * GIB, SYSC_POSIX_FADV_WILLNEED) == 0,
		 "fadvise at 5 GiB + 0x123 for 4 GiB");
	FS_CHECK(sysc_fadvise64(fd, off5, neg, SYSC_POSIX_FADV_WILLNEED) == -1 && sysc_errno == SYSC_EINVAL,
		 "fadvise of -4 GiB bytes (high word only): EINVAL");
	FS_CHECK(sysc_fadvise64(fd, off5, 4096, 99) == -1 && sysc_errno == SYSC_EINVAL,
		 "fadvise with an unknown advice: EINVAL");

	/* readahead: the offset pair, then the count */
	FS_CHECK(sysc_readahead(fd, off5, 4096) == 0, "readahead at 5 GiB + 0x123");
	sysc_close(fd);
	fd = sysc_open(path, SYSC_O_WRONLY, 0);
	FS_CHECK(fd >= 0 && sysc_readahead(fd, off5, 4096) == -1 && sysc_errno == SYSC_EBADF,
		 "readahead on a write-only fd: EBADF (the fd arrives)");
	sysc_close(fd);
	sysc_unlink(path);
	return fs_failures;
}
