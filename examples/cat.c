/* cat: copies each file named (or stdin, or "-") to stdout. Freestanding.
 * What a real cat must get right with raw syscalls: read returns short
 * counts, write may write less than asked (pipes, signals), and both fail
 * with EINTR when a signal handler interrupts them; a failed file is
 * reported and the others still copied (exit status 1). */
#include "out.h"

static int copy(int fd, const char *name)
{
	static char buf[65536];

	for (;;) {
		long n = sysc_read(fd, buf, sizeof buf);

		if (n == 0)
			return 0;
		if (n < 0) {
			if (sysc_errno == SYSC_EINTR)
				continue;
			return fail(name);
		}
		if (write_all(1, buf, (size_t)n) < 0)
			return fail("write");
	}
}

int main(int argc, char **argv)
{
	int status = 0;

	if (argc < 2)
		return copy(0, "stdin");
	for (int i = 1; i < argc; i++) {
		int fd;

		if (argv[i][0] == '-' && !argv[i][1]) {
			status |= copy(0, "stdin");
			continue;
		}
		fd = sysc_open(argv[i], SYSC_O_RDONLY | SYSC_O_CLOEXEC, 0);
		if (fd < 0) {
			status |= fail(argv[i]);
			continue;
		}
		status |= copy(fd, argv[i]);
		sysc_close(fd);
	}
	return status;
}
