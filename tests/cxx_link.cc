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

// The netlink and rtattr macros in C++ (no implicit void * conversions,
// stricter casts), with an int and a size_t length: a message of
// RTM_NEWLINK with an IFLA_IFNAME and an IFLA_MTU, built and walked back.
static bool netlink_macros()
{
	union {
		unsigned char b[64];
		uint32_t align;
	} u = {};
	struct sysc_nlmsghdr *h = reinterpret_cast<struct sysc_nlmsghdr *>(u.b);
	struct sysc_ifinfomsg *ifi = static_cast<struct sysc_ifinfomsg *>(SYSC_NLMSG_DATA(h));
	struct sysc_rtattr *a = SYSC_IFLA_RTA(ifi);
	uint32_t mtu = 65536;

	a->rta_type = SYSC_IFLA_IFNAME;
	a->rta_len = SYSC_RTA_LENGTH(3);
	std::memcpy(SYSC_RTA_DATA(a), "lo", 3);
	a = reinterpret_cast<struct sysc_rtattr *>(reinterpret_cast<unsigned char *>(a) +
						    SYSC_RTA_SPACE(3));
	a->rta_type = SYSC_IFLA_MTU;
	a->rta_len = SYSC_RTA_LENGTH(sizeof(mtu));
	std::memcpy(SYSC_RTA_DATA(a), &mtu, sizeof(mtu));
	h->nlmsg_len = SYSC_NLMSG_SPACE(sizeof(*ifi)) + SYSC_RTA_SPACE(3) +
		       SYSC_RTA_LENGTH(sizeof(mtu));
	h->nlmsg_type = SYSC_RTM_NEWLINK;

	int found = 0;
	size_t zlen = h->nlmsg_len;
	for (const struct sysc_nlmsghdr *m = h; SYSC_NLMSG_OK(m, zlen); m = SYSC_NLMSG_NEXT(m, zlen)) {
		int alen = SYSC_IFLA_PAYLOAD(m);
		const struct sysc_ifinfomsg *i =
			static_cast<const struct sysc_ifinfomsg *>(SYSC_NLMSG_DATA(m));
		for (const struct sysc_rtattr *r = SYSC_IFLA_RTA(i); SYSC_RTA_OK(r, alen);
		     r = SYSC_RTA_NEXT(r, alen)) {
			if (r->rta_type == SYSC_IFLA_IFNAME && SYSC_RTA_PAYLOAD(r) == 3 &&
			    std::strcmp(static_cast<const char *>(SYSC_RTA_DATA(r)), "lo") == 0)
				found |= 1;
			if (r->rta_type == SYSC_IFLA_MTU && SYSC_RTA_PAYLOAD(r) == 4)
				found |= 2;
		}
		found |= alen == 0 ? 4 : 0;
	}
	return found == 7 && zlen == 0;
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
	check(netlink_macros(), "the SYSC_NLMSG_* and SYSC_RTA_* macros walk a message in C++");
	return failures != 0;
}
