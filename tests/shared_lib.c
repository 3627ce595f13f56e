/* A shared object that links libsysc.a (tests/check-shared.sh builds it
 * with -shared and loads it from a glibc program, shared_main.c). Each
 * function returns what the caller needs to judge sysc from outside. */
#include <sysc.h>

long so_write(int fd, const void *buf, size_t n)
{
	return sysc_write(fd, buf, n);
}

int so_getpid(void)
{
	return sysc_getpid();
}

int so_clock_gettime(int clock, struct sysc_timespec *ts)
{
	return sysc_clock_gettime(clock, ts);
}

/* A failing call: its sysc_errno, read inside the object. */
int so_fail(int how)
{
	int r = how ? sysc_chdir("/nonexistent/sysc-shared") : sysc_close(-1);

	return r == -1 ? sysc_errno : 0;
}

/* sysc_errno as this thread sees it, and a way to set it. */
int so_errno(void)
{
	return sysc_errno;
}

void so_set_errno(int e)
{
	sysc_errno = e;
}
