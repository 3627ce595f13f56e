/* Each i386 way into the kernel that this machine supports, through the
 * errno layer: a plain call, an error, and a 6-argument call whose every
 * argument is checked (mmap2 of a file page at a fixed address). Ways the
 * machine lacks are skipped with sysc_i386_unavailable()'s reason, and
 * sysc_i386_use() must refuse them with an errno. */
#include "fs_check.h"

static int six_args_ok(int fd, char *area)
{
	char *p = sysc_mmap(area + 4096, 4096, SYSC_PROT_READ | SYSC_PROT_WRITE,
			    SYSC_MAP_SHARED | SYSC_MAP_FIXED, fd, 4096);
	char c = 0;

	if (p != area + 4096 || p[0] != 'B')
		return 0;
	p[2] = 'y';
	return sysc_pread64(fd, &c, 1, 4096 + 2) == 1 && c == 'y';
}

static void exercise(int way, int fd, char *area)
{
	const char *name = sysc_i386_way_name(way);
	const char *why = sysc_i386_unavailable(way);
	int pid = sysc_getpid();

	if (why) {
		fs_skip(name, why);
		sysc_errno = 0;
		FS_CHECK(sysc_i386_use(way) == -1 && sysc_errno != 0, "an unavailable way is refused with an errno");
		return;
	}
	FS_CHECK(sysc_i386_use(way) == 0 && sysc_i386_way() == way, name);
	FS_CHECK(sysc_getpid() == pid && pid == sysc_raw_getpid(), "getpid through this way");
	FS_CHECK(sysc_close(-1) == -1 && sysc_errno == SYSC_EBADF, "errors through this way");
	FS_CHECK(six_args_ok(fd, area), "6-argument mmap2 through this way");
}

int main(void)
{
	static char page[4096];
	char *area;
	int fd, i, j;

#if !defined(__i386__)
	FS_CHECK(sysc_i386_way() == 0, "no i386 way on x86_64");
	FS_CHECK(sysc_i386_use(SYSC_I386_INT80) == -1 && sysc_errno == SYSC_ENOSYS, "sysc_i386_use refused on x86_64");
	return fs_failures;
#endif
	FS_CHECK(sysc_i386_way() == (sysc_getauxval(SYSC_AT_SYSINFO) ? SYSC_I386_VSYSCALL : SYSC_I386_INT80),
		 "start-up picked __kernel_vsyscall when AT_SYSINFO is present");
	FS_CHECK(sysc_i386_use(0) == -1 && sysc_errno == SYSC_EINVAL, "unknown way: EINVAL");
	FS_CHECK(sysc_i386_use(99) == -1 && sysc_errno == SYSC_EINVAL, "unknown way 99: EINVAL");

	fd = sysc_openat(SYSC_AT_FDCWD, "/tmp", SYSC_O_RDWR | SYSC_O_TMPFILE, 0600);
	for (i = 0; i < 2; i++) {
		for (j = 0; j < 4096; j++)
			page[j] = (char)('A' + i);
		sysc_write(fd, page, 4096);
	}
	area = sysc_mmap(0, 2 * 4096, SYSC_PROT_NONE, SYSC_MAP_PRIVATE | SYSC_MAP_ANONYMOUS, -1, 0);
	if (fd < 0 || area == SYSC_MAP_FAILED) {
		fs_report(0, "set-up", "tmpfile or mmap failed");
		return 1;
	}
	exercise(SYSC_I386_INT80, fd, area);
	exercise(SYSC_I386_VSYSCALL, fd, area);
	exercise(SYSC_I386_SYSENTER, fd, area);
	sysc_i386_use(SYSC_I386_INT80);
	return fs_failures;
}
