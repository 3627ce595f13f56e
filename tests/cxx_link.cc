// sysc from C++ beside glibc: <sysc.h> must give the library's functions C
// linkage (else every call is an undefined reference to a mangled name),
// and the raw layer's inline functions and sysc_errno must work as in C.
// Prints ok/not ok lines like the freestanding tests.
#include <sysc.h>

#include <cstdio>
#include <cstring>
#include <thread>
#include <unistd.h>

static int failures;

static void check(bool ok, const char *what)
{
	std::printf("%s - %s\n", ok ? "ok" : "not ok", what);
	failures += !ok;
}

// A template over an errno-layer call, as C++ callers write them.
template <typename F> static int errno_of(F call)
{
	sysc_errno = 0;
	return call() == -1 ? sysc_errno : 0;
}

int main()
{
	static const char msg[] = "ok - sysc_write from C++\n";

	std::fflush(stdout);
	check(sysc_write(1, msg, sizeof msg - 1) == (long)sizeof msg - 1,
	      "sysc_write returned the count");
	check(sysc_getpid() == getpid(), "sysc_getpid equals getpid");
	check(sysc_syscall(SYSC_NR_getppid) == getppid(), "sysc_syscall(SYSC_NR_getppid)");
	check(errno_of([] { return sysc_close(-1); }) == SYSC_EBADF,
	      "sysc_close(-1) sets sysc_errno to EBADF");
	check(std::strcmp(sysc_strerror_name(SYSC_ENOENT), "ENOENT") == 0,
	      "sysc_strerror_name(SYSC_ENOENT)");
	check(std::strcmp(sysc_syscall_name(SYSC_NR_write), "write") == 0,
	      "sysc_syscall_name(SYSC_NR_write)");

	struct sysc_timespec ts = {};
	check(sysc_clock_gettime(SYSC_CLOCK_MONOTONIC, &ts) == 0 && ts.tv_sec + ts.tv_nsec > 0,
	      "sysc_clock_gettime (vDSO)");

	check(sysc_raw_getpid() == getpid(), "sysc_raw_getpid equals getpid");
	long r = sysc_raw_close(-1);
	check(sysc_is_error(r) && r == -SYSC_EBADF, "sysc_raw_close(-1) is -EBADF");
	check(sysc_raw_syscall(SYSC_NR_getppid) == getppid(), "sysc_raw_syscall(SYSC_NR_getppid)");

	// sysc_errno is per thread under the C++ runtime's threads too.
	sysc_errno = 7;
	int other = -1;
	std::thread t([&other] { other = errno_of([] { return sysc_chdir("/nonexistent/sysc"); }); });
	t.join();
	check(other == SYSC_ENOENT && sysc_errno == 7, "sysc_errno is per std::thread");
	return failures != 0;
}
