/* fstat and fstatat behave as x86_64's fstat and newfstatat on every arch
 * (i386 goes through statx, see sysc/raw_fs.h): a negative fd, AT_FDCWD
 * too, is EBADF for fstat; fstatat takes exactly AT_SYMLINK_NOFOLLOW,
 * AT_NO_AUTOMOUNT, AT_EMPTY_PATH and the AT_STATX_* sync flags (both
 * together as well), and refuses every other bit with EINVAL. The same
 * lists are checked against the kernel on x86_64 (tests/test_calls_fs.c). */
#include "fs_check.h"

static int flag_ok(unsigned bit)
{
	return bit == SYSC_AT_SYMLINK_NOFOLLOW || bit == SYSC_AT_NO_AUTOMOUNT ||
	       bit == SYSC_AT_EMPTY_PATH || bit == SYSC_AT_STATX_FORCE_SYNC ||
	       bit == SYSC_AT_STATX_DONT_SYNC;
}

int main(void)
{
	struct sysc_stat s;
	int fds[] = { SYSC_AT_FDCWD, -1, -5 };
	int bad = 0, bad_raw = 0;
	unsigned i;

	for (i = 0; i < sizeof fds / sizeof fds[0]; i++) {
		sysc_errno = 0;
		if (sysc_fstat(fds[i], &s) != -1 || sysc_errno != SYSC_EBADF)
			bad++;
		if (sysc_raw_fstat(fds[i], &s) != -SYSC_EBADF)
			bad_raw++;
	}
	FS_CHECK(bad == 0, "fstat of a negative fd (AT_FDCWD too): -1/EBADF");
	FS_CHECK(bad_raw == 0, "raw fstat of a negative fd (AT_FDCWD too): -EBADF");

	bad = bad_raw = 0;
	for (i = 0; i < 32; i++) {
		unsigned bit = 1u << i;
		long want = flag_ok(bit) ? 0 : -SYSC_EINVAL;

		sysc_errno = 0;
		if (sysc_fstatat(SYSC_AT_FDCWD, "/", &s, (int)bit) != (want ? -1 : 0) ||
		    (want && sysc_errno != SYSC_EINVAL))
			bad++;
		if (sysc_raw_fstatat(SYSC_AT_FDCWD, "/", &s, (int)bit) != want)
			bad_raw++;
	}
	FS_CHECK(bad == 0, "fstatat takes newfstatat's flags, EINVAL for the others");
	FS_CHECK(bad_raw == 0, "raw fstatat takes newfstatat's flags, -EINVAL for the others");
	FS_CHECK(sysc_fstatat(SYSC_AT_FDCWD, "/", &s, SYSC_AT_STATX_SYNC_TYPE) == 0 &&
		 SYSC_S_ISDIR(s.st_mode), "fstatat takes FORCE_SYNC|DONT_SYNC");
	FS_CHECK(sysc_raw_fstatat(SYSC_AT_FDCWD, "/", &s, SYSC_AT_STATX_SYNC_TYPE) == 0,
		 "raw fstatat takes FORCE_SYNC|DONT_SYNC");
	return fs_failures;
}
