/* The sys area's wrappers against the kernel, on both arches. Calls with
 * effects outside the process run where the effect stays contained: in a
 * forked child, a fresh session keyring, a new PID namespace (reboot kills
 * only that namespace's init; acct writes only that namespace's records).
 * Calls the running kernel was built without (modules, kexec, iopl) skip on
 * ENOSYS with the reason; the rest assert a success or an error only the
 * arguments given can cause. The tests run as root. */
#define _GNU_SOURCE
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/klog.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <cmocka.h>

#include <sysc.h>
#include "emul.h"
#include "sysmm_util.h"

#define PG 4096

/* ---- syslog: glibc's klogctl is the same syscall, the oracle ---- */

static void syslog_sizes(void **state)
{
	int size, unread;

	(void)state;
	size = sysc_syslog(SYSC_SYSLOG_ACTION_SIZE_BUFFER, NULL, 0);
	assert_true(size > 0);
	assert_int_equal(size, klogctl(SYSC_SYSLOG_ACTION_SIZE_BUFFER, NULL, 0));
	/* unread bytes are counted as the formatted text (with the
	 * "[    1.234567] " prefixes), which can exceed the buffer's size */
	unread = sysc_syslog(SYSC_SYSLOG_ACTION_SIZE_UNREAD, NULL, 0);
	assert_true(unread >= 0);
	assert_int_equal(sysc_syslog(99, NULL, 0), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	/* READ_ALL copies at most len bytes of the log. */
	{
		char buf[64];
		int n = sysc_syslog(SYSC_SYSLOG_ACTION_READ_ALL, buf, (int)sizeof(buf));

		assert_true(n >= 0 && n <= (int)sizeof(buf));
	}
	SKIP_UNDER_QEMU_USER("syslog takes READ_ALL's length from the buffer argument, so a NULL buffer is length 0 and succeeds");
	assert_int_equal(sysc_syslog(SYSC_SYSLOG_ACTION_READ_ALL, NULL, 64), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
}

/* ---- PID-namespace helpers: fn runs as pid 1 of a new namespace ---- */

struct ns_run {
	int (*fn)(void *);
	void *arg;
	int status;	/* the namespace init's wait status */
};

static int ns_parent(void *arg)
{
	struct ns_run *r = arg;
	pid_t pid;
	int st;

	if (unshare(CLONE_NEWPID) != 0)
		return 77;
	pid = fork();
	if (pid == 0) {
		/* Only a new namespace's first process is pid 1: the guard
		 * that keeps reboot and acct away from the real system. */
		if (getpid() != 1)
			_exit(78);
		_exit(r->fn(r->arg));
	}
	if (pid < 0 || waitpid(pid, &st, 0) != pid)
		return 79;
	if (WIFSIGNALED(st))
		return 100 + WTERMSIG(st);
	return WEXITSTATUS(st);
}

/* The exit code of ns_parent: fn's code, 100 + signal, or 77..79. */
static int in_new_pidns(int (*fn)(void *), void *arg)
{
	struct ns_run r = { fn, arg, 0 };
	int st = in_child(ns_parent, &r);

	assert_true(WIFEXITED(st));
	if (WEXITSTATUS(st) == 77)
		SKIP_BECAUSE("unshare(CLONE_NEWPID) failed: no PID namespaces here");
	return WEXITSTATUS(st);
}

/* ---- reboot: in a PID namespace, HALT ends the namespace (its init dies
 * of SIGINT) and nothing else ---- */

static int reboot_ns_init(void *arg)
{
	(void)arg;
	CHILD_CHECK(sysc_reboot(SYSC_LINUX_REBOOT_MAGIC1, 1, SYSC_LINUX_REBOOT_CMD_HALT,
				NULL) == -1 && sysc_errno == SYSC_EINVAL);
	CHILD_CHECK(sysc_reboot(SYSC_LINUX_REBOOT_MAGIC1, SYSC_LINUX_REBOOT_MAGIC2,
				0x12345678, NULL) == -1 && sysc_errno == SYSC_EINVAL);
	sysc_reboot(SYSC_LINUX_REBOOT_MAGIC1, SYSC_LINUX_REBOOT_MAGIC2C,
		    SYSC_LINUX_REBOOT_CMD_HALT, NULL);
	return 1;	/* not reached */
}

static void reboot_in_pidns(void **state)
{
	(void)state;
	/* Outside: the magic is checked before anything happens. */
	assert_int_equal(sysc_reboot(0, 0, 0, NULL), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	assert_int_equal(in_new_pidns(reboot_ns_init, NULL), 100 + SIGINT);
}

/* ---- kexec ---- */

static void kexec_rejects(void **state)
{
	int r;

	(void)state;
	/* Never nr_segments 0 with valid flags: that unloads the loaded
	 * kernel. Unknown flags, then an unreadable segment array. */
	r = sysc_kexec_load(0, 1, NULL, 0x8000);
	SKIP_IF_ENOSYS(r, "kexec_load (kernel built without CONFIG_KEXEC)");
	assert_int_equal(r, -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	assert_int_equal(sysc_kexec_load(0, SYSC_KEXEC_SEGMENT_MAX + 1, NULL,
					 SYSC_KEXEC_ARCH_DEFAULT), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	{
		const unsigned long arch = SYSC_KEXEC_ARCH_DEFAULT;
#if defined(__i386__)
		struct sysc_utsname u;

		/* A 64-bit kernel's compat entry wants its own arch named
		 * (KEXEC_ARCH_DEFAULT is EINVAL there, before the segments
		 * are read); a 32-bit kernel takes the default. */
		assert_int_equal(sysc_uname(&u), 0);
		if (strcmp(u.machine, "x86_64") == 0) {
			assert_int_equal(sysc_kexec_load(0, 1, (const struct sysc_kexec_segment *)8,
							 SYSC_KEXEC_ARCH_DEFAULT), -1);
			assert_int_equal(sysc_errno, SYSC_EINVAL);
			printf("skip: kexec_load's segment read: a 64-bit kernel's compat entry "
			       "refuses KEXEC_ARCH_DEFAULT first (checked: EINVAL)\n");
			return;
		}
#endif
		assert_int_equal(sysc_kexec_load(0, 1, (const struct sysc_kexec_segment *)8, arch), -1);
		assert_int_equal(sysc_errno, SYSC_EFAULT);
	}
}

static void kexec_file_rejects(void **state)
{
	(void)state;
#if defined(SYSC_NR_kexec_file_load)
	int r = sysc_kexec_file_load(-1, -1, 0, NULL, 0x8000);

	SKIP_IF_ENOSYS(r, "kexec_file_load (kernel built without CONFIG_KEXEC_FILE)");
	assert_int_equal(r, -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	assert_int_equal(sysc_kexec_file_load(-1, -1, 0, NULL, 0), -1);
	assert_int_equal(sysc_errno, SYSC_EBADF);
#else
	SKIP_BECAUSE("kexec_file_load: not a syscall of this arch");
#endif
}

/* ---- modules ---- */

static void modules_reject(void **state)
{
	char params[] = "";
	int r;

	(void)state;
	r = sysc_delete_module("sysc_no_such_module", SYSC_DELETE_MODULE_NONBLOCK);
	SKIP_IF_ENOSYS(r, "init_module, finit_module, delete_module (CONFIG_MODULES off)");
	if (r == -1 && sysc_errno == SYSC_EPERM)
		SKIP_BECAUSE("modules: EPERM (kernel.modules_disabled or no CAP_SYS_MODULE)");
	assert_int_equal(r, -1);
	assert_int_equal(sysc_errno, SYSC_ENOENT);
	assert_int_equal(sysc_init_module((const void *)8, PG, params), -1);
	assert_int_equal(sysc_errno, SYSC_EFAULT);
	assert_int_equal(sysc_finit_module(-1, params, 0), -1);
	assert_int_equal(sysc_errno, SYSC_EBADF);
	assert_int_equal(sysc_finit_module(0, params, 0x100), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
}

/* ---- acct: on in a PID namespace, a record per exiting process ---- */

static int acct_ns_init(void *arg)
{
	const char *path = arg;
	pid_t pid;
	int st;

	CHILD_CHECK(sysc_acct(path) == 0);
	pid = fork();
	if (pid == 0)
		_exit(0);
	CHILD_CHECK(waitpid(pid, &st, 0) == pid);
	CHILD_CHECK(sysc_acct(NULL) == 0);
	return 0;
}

static void acct_in_pidns(void **state)
{
	char path[64];
	struct stat sb;
	int fd, r;

	(void)state;
	r = sysc_acct((const char *)8);
	SKIP_IF_ENOSYS(r, "acct (CONFIG_BSD_PROCESS_ACCT)");
	assert_int_equal(r, -1);
	assert_int_equal(sysc_errno, SYSC_EFAULT);
	assert_int_equal(sysc_acct("/nonexistent/sysc/acct"), -1);
	assert_int_equal(sysc_errno, SYSC_ENOENT);
	snprintf(path, sizeof(path), "/tmp/sysc-acct.%d", getpid());
	fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	assert_true(fd >= 0);
	close(fd);
	assert_int_equal(in_new_pidns(acct_ns_init, path), 0);
	assert_int_equal(stat(path, &sb), 0);
	unlink(path);
	/* One record for the process that exited while accounting was on
	 * (struct acct_v3: 64 bytes). */
	assert_true(sb.st_size >= 64);
	assert_int_equal(sb.st_size % 64, 0);
}

/* ---- capabilities: /proc/self/status is the oracle ---- */

static void capget_matches_status(void **state)
{
	struct sysc_cap_header h = { SYSC_LINUX_CAPABILITY_VERSION_3, 0 };
	struct sysc_cap_data d[2];
	unsigned long long eff, prm;

	(void)state;
	memset(d, 0xa5, sizeof(d));
	assert_int_equal(sysc_capget(&h, d), 0);
	eff = d[0].effective | (unsigned long long)d[1].effective << 32;
	prm = d[0].permitted | (unsigned long long)d[1].permitted << 32;
	assert_true(eff == (unsigned long long)status_field("CapEff", 16));
	assert_true(prm == (unsigned long long)status_field("CapPrm", 16));
	/* An unknown version: the kernel writes its own back, and fails with
	 * EINVAL unless data is NULL (the documented way to ask). */
	h.version = 0;
	assert_int_equal(sysc_capget(&h, d), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	assert_int_equal(h.version, SYSC_LINUX_CAPABILITY_VERSION_3);
	h.version = 0;
	assert_int_equal(sysc_capget(&h, NULL), 0);
	assert_int_equal(h.version, SYSC_LINUX_CAPABILITY_VERSION_3);
	h.pid = 0x7fffffff;
	assert_int_equal(sysc_capget(&h, d), -1);
	assert_int_equal(sysc_errno, SYSC_ESRCH);
}

static int capset_child(void *arg)
{
	struct sysc_cap_header h = { SYSC_LINUX_CAPABILITY_VERSION_3, 0 };
	struct sysc_cap_data d[2];
	unsigned long long eff;
	int c = SYSC_CAP_SYS_BOOT;

	(void)arg;
	CHILD_CHECK(sysc_capget(&h, d) == 0);
	CHILD_CHECK(d[SYSC_CAP_TO_INDEX(c)].effective & SYSC_CAP_TO_MASK(c));
	d[SYSC_CAP_TO_INDEX(c)].effective &= ~SYSC_CAP_TO_MASK(c);
	CHILD_CHECK(sysc_capset(&h, d) == 0);
	eff = (unsigned long long)status_field("CapEff", 16);
	CHILD_CHECK(!(eff & (1ull << c)));
	CHILD_CHECK(eff == (d[0].effective | (unsigned long long)d[1].effective << 32));
	/* Effective beyond permitted is refused. */
	d[0].permitted = 0;
	CHILD_CHECK(sysc_capset(&h, d) == -1 && sysc_errno == SYSC_EPERM);
	return 0;
}

static void capset_drops_one(void **state)
{
	(void)state;
	if (geteuid() != 0)
		SKIP_BECAUSE("capset test drops a capability root has");
	ASSERT_CHILD_OK(capset_child, NULL);
}

/* ---- seccomp ---- */

static void seccomp_queries(void **state)
{
	struct sysc_seccomp_notif_sizes sz;
	unsigned int act = SYSC_SECCOMP_RET_ALLOW, bogus = 0x12340000u;

	(void)state;
	SKIP_UNDER_QEMU_USER("no seccomp (seccomp(2) is ENOSYS, PR_SET_SECCOMP EINVAL)");
	assert_int_equal(sysc_seccomp(SYSC_SECCOMP_GET_ACTION_AVAIL, 0, &act), 0);
	assert_int_equal(sysc_seccomp(SYSC_SECCOMP_GET_ACTION_AVAIL, 0, &bogus), -1);
	assert_int_equal(sysc_errno, SYSC_EOPNOTSUPP);
	memset(&sz, 0, sizeof(sz));
	assert_int_equal(sysc_seccomp(SYSC_SECCOMP_GET_NOTIF_SIZES, 0, &sz), 0);
	assert_int_equal(sz.seccomp_notif, sizeof(struct sysc_seccomp_notif));
	assert_int_equal(sz.seccomp_notif_resp, sizeof(struct sysc_seccomp_notif_resp));
	assert_int_equal(sz.seccomp_data, sizeof(struct sysc_seccomp_data));
	assert_int_equal(sysc_seccomp(99, 0, NULL), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
}

/* A filter that makes getppid fail with ENOTTY and allows the rest. */
static int seccomp_filter_child(void *arg)
{
	struct sysc_sock_filter prog[] = {
		{ SYSC_BPF_LD | SYSC_BPF_W | SYSC_BPF_ABS, 0, 0,
		  offsetof(struct sysc_seccomp_data, nr) },
		{ SYSC_BPF_JMP | SYSC_BPF_JEQ | SYSC_BPF_K, 0, 1, SYSC_NR_getppid },
		{ SYSC_BPF_RET | SYSC_BPF_K, 0, 0, SYSC_SECCOMP_RET_ERRNO | SYSC_ENOTTY },
		{ SYSC_BPF_RET | SYSC_BPF_K, 0, 0, SYSC_SECCOMP_RET_ALLOW },
	};
	struct sysc_sock_fprog fp = { 4, prog };

	(void)arg;
	CHILD_CHECK(prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) == 0);
	CHILD_CHECK(sysc_seccomp(SYSC_SECCOMP_SET_MODE_FILTER, 0x80000000u, &fp) == -1 &&
		    sysc_errno == SYSC_EINVAL);
	CHILD_CHECK(sysc_seccomp(SYSC_SECCOMP_SET_MODE_FILTER, 0, &fp) == 0);
	CHILD_CHECK(sysc_raw_getppid() == -SYSC_ENOTTY);
	CHILD_CHECK(sysc_raw_getpid() > 0);
	return 0;
}

static void seccomp_filter_mode(void **state)
{
	(void)state;
	SKIP_UNDER_QEMU_USER("no seccomp (seccomp(2) is ENOSYS, PR_SET_SECCOMP EINVAL)");
	ASSERT_CHILD_OK(seccomp_filter_child, NULL);
}

/* Strict mode: write still works, getpid kills. */
static void seccomp_strict_mode(void **state)
{
	int fds[2], st;
	char buf[4] = { 0 };
	pid_t pid;

	(void)state;
	SKIP_UNDER_QEMU_USER("no seccomp (seccomp(2) is ENOSYS, PR_SET_SECCOMP EINVAL)");
	assert_int_equal(pipe(fds), 0);
	pid = fork();
	if (pid == 0) {
		close(fds[0]);
		if (sysc_seccomp(SYSC_SECCOMP_SET_MODE_STRICT, 0, NULL) == 0) {
			sysc_raw_write(fds[1], "ok", 2);
			sysc_raw_getpid();
		}
		sysc_raw_write(fds[1], "no", 2);
		sysc_raw_syscall1(SYSC_NR_exit, 0);
	}
	close(fds[1]);
	assert_int_equal(read(fds[0], buf, 3), 2);
	assert_string_equal(buf, "ok");
	assert_int_equal(waitpid(pid, &st, 0), pid);
	assert_true(WIFSIGNALED(st));
	assert_int_equal(WTERMSIG(st), SIGKILL);
	close(fds[0]);
}

/* ---- bpf: an array map round trip, a socket filter attached ---- */

static void bpf_map_and_prog(void **state)
{
	struct sysc_bpf_map_create_attr mc;
	struct sysc_bpf_map_elem_attr el;
	struct sysc_bpf_prog_load_attr pl;
	struct sysc_bpf_insn insns[2] = {
		{ 0xb7, 0, 0, 0 },	/* r0 = 0 (BPF_ALU64 | BPF_MOV | BPF_K) */
		{ 0x95, 0, 0, 0 },	/* exit */
	};
	uint32_t key = 0;
	uint64_t val = 0x1122334455667788ull, got = 0;
	static char big[2 * PG];
	long mfd, pfd;
	int sk;

	(void)state;
	SKIP_UNDER_QEMU_USER("bpf is ENOSYS (qemu 7.2 does not emulate it)");
	assert_int_equal(sysc_bpf(SYSC_BPF_MAP_CREATE, big, sizeof(big)), -1);
	assert_int_equal(sysc_errno, SYSC_E2BIG);
	memset(&mc, 0, sizeof(mc));
	mc.map_type = SYSC_BPF_MAP_TYPE_ARRAY;
	mc.key_size = 4;
	mc.value_size = 8;
	mc.max_entries = 1;
	strcpy(mc.map_name, "sysc_test");
	mfd = sysc_bpf(SYSC_BPF_MAP_CREATE, &mc, sizeof(mc));
	if (mfd < 0 && sysc_errno == SYSC_EPERM)
		SKIP_BECAUSE("bpf: EPERM (no CAP_BPF, or bpf refused here)");
	assert_true(mfd >= 0);
	memset(&el, 0, sizeof(el));
	el.map_fd = (uint32_t)mfd;
	el.key = (uintptr_t)&key;
	el.value = (uintptr_t)&val;
	el.flags = SYSC_BPF_ANY;
	assert_int_equal(sysc_bpf(SYSC_BPF_MAP_UPDATE_ELEM, &el, sizeof(el)), 0);
	el.value = (uintptr_t)&got;
	el.flags = 0;
	assert_int_equal(sysc_bpf(SYSC_BPF_MAP_LOOKUP_ELEM, &el, sizeof(el)), 0);
	assert_true(got == val);
	key = 1;	/* beyond max_entries */
	assert_int_equal(sysc_bpf(SYSC_BPF_MAP_LOOKUP_ELEM, &el, sizeof(el)), -1);
	assert_int_equal(sysc_errno, SYSC_ENOENT);
	close((int)mfd);

	memset(&pl, 0, sizeof(pl));
	pl.prog_type = SYSC_BPF_PROG_TYPE_SOCKET_FILTER;
	pl.insn_cnt = 2;
	pl.insns = (uintptr_t)insns;
	pl.license = (uintptr_t)"GPL";
	pfd = sysc_bpf(SYSC_BPF_PROG_LOAD, &pl, sizeof(pl));
	assert_true(pfd >= 0);
	/* The kernel agrees it is a socket filter: it attaches to a socket. */
	sk = socket(AF_UNIX, SOCK_DGRAM, 0);
	assert_true(sk >= 0);
	assert_int_equal(setsockopt(sk, SOL_SOCKET, SO_ATTACH_BPF, &pfd, sizeof(int)), 0);
	close(sk);
	close((int)pfd);
	pl.insn_cnt = 1;	/* no exit: the verifier refuses */
	assert_int_equal(sysc_bpf(SYSC_BPF_PROG_LOAD, &pl, sizeof(pl)), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
}

/* ---- perf_event_open: a software task clock on this thread ---- */

static void perf_task_clock(void **state)
{
	struct sysc_perf_event_attr a;
	uint64_t count = 0;
	unsigned long spin = 0;
	int fd;

	(void)state;
	SKIP_UNDER_QEMU_USER("perf_event_open is ENOSYS (qemu 7.2 does not emulate it)");
	memset(&a, 0, sizeof(a));
	a.size = 8;	/* below VER0: E2BIG and the kernel's size written back */
	assert_int_equal(sysc_perf_event_open(&a, 0, -1, -1, 0), -1);
	assert_int_equal(sysc_errno, SYSC_E2BIG);
	assert_true(a.size >= SYSC_PERF_ATTR_SIZE_VER7);

	memset(&a, 0, sizeof(a));
	a.type = SYSC_PERF_TYPE_SOFTWARE;
	a.size = sizeof(a);
	a.config = SYSC_PERF_COUNT_SW_TASK_CLOCK;
	a.flags = SYSC_PERF_ATTR_DISABLED | SYSC_PERF_ATTR_EXCLUDE_KERNEL |
		  SYSC_PERF_ATTR_EXCLUDE_HV;
	fd = sysc_perf_event_open(&a, 0, -1, -1, SYSC_PERF_FLAG_FD_CLOEXEC);
	SKIP_IF_ENOSYS(fd, "perf_event_open (CONFIG_PERF_EVENTS)");
	if (fd < 0 && (sysc_errno == SYSC_EACCES || sysc_errno == SYSC_EPERM))
		SKIP_BECAUSE("perf_event_open: refused (kernel.perf_event_paranoid)");
	assert_true(fd >= 0);
	assert_int_equal(fcntl(fd, F_GETFD) & FD_CLOEXEC, FD_CLOEXEC);
	/* Disabled at open: nothing counted yet. */
	assert_int_equal(read(fd, &count, sizeof(count)), (ssize_t)sizeof(count));
	assert_true(count == 0);
	assert_int_equal(ioctl(fd, SYSC_PERF_EVENT_IOC_ENABLE, 0), 0);
	for (unsigned long i = 0; i < 2000000; i++)
		__asm__ volatile("" : "+r"(spin) : "r"(i));	/* work the compiler keeps */
	assert_int_equal(ioctl(fd, SYSC_PERF_EVENT_IOC_DISABLE, 0), 0);
	assert_int_equal(read(fd, &count, sizeof(count)), (ssize_t)sizeof(count));
	assert_true(count > 0);
	close(fd);
	/* An unknown flag is refused. */
	assert_int_equal(sysc_perf_event_open(&a, 0, -1, -1, 1ul << 20), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
}

/* ---- keys: in a fresh anonymous session keyring ---- */

static int keys_child(void *arg)
{
	char buf[256];
	long ses, n;
	sysc_key_serial_t id;

	(void)arg;
	ses = sysc_keyctl(SYSC_KEYCTL_JOIN_SESSION_KEYRING, 0, 0, 0, 0);
	CHILD_CHECK(ses > 0);
	CHILD_CHECK(sysc_keyctl(SYSC_KEYCTL_GET_KEYRING_ID,
				(unsigned long)(long)SYSC_KEY_SPEC_SESSION_KEYRING, 0, 0, 0) == ses);
	id = sysc_add_key("user", "sysc:test", "payload", 7, SYSC_KEY_SPEC_SESSION_KEYRING);
	CHILD_CHECK(id > 0);
	memset(buf, 0, sizeof(buf));
	CHILD_CHECK(sysc_keyctl(SYSC_KEYCTL_READ, (unsigned long)id, (unsigned long)buf,
				sizeof(buf), 0) == 7);
	CHILD_CHECK(memcmp(buf, "payload", 7) == 0);
	n = sysc_keyctl(SYSC_KEYCTL_DESCRIBE, (unsigned long)id, (unsigned long)buf,
			sizeof(buf), 0);
	CHILD_CHECK(n > 10 && strncmp(buf, "user;", 5) == 0 &&
		    strcmp(buf + strlen(buf) - 10, ";sysc:test") == 0);
	/* request_key finds it in the session keyring; an unknown one, with
	 * no callout, is ENOKEY. */
	CHILD_CHECK(sysc_request_key("user", "sysc:test", NULL, 0) == id);
	CHILD_CHECK(sysc_request_key("user", "sysc:none", NULL, 0) == -1 &&
		    sysc_errno == SYSC_ENOKEY);
	CHILD_CHECK(sysc_add_key("sysc-no-type", "x", "p", 1,
				 SYSC_KEY_SPEC_SESSION_KEYRING) == -1 &&
		    sysc_errno == SYSC_ENODEV);
	CHILD_CHECK(sysc_keyctl(SYSC_KEYCTL_UNLINK, (unsigned long)id, (unsigned long)ses,
				0, 0) == 0);
	CHILD_CHECK(sysc_request_key("user", "sysc:test", NULL, 0) == -1 &&
		    sysc_errno == SYSC_ENOKEY);
	return 0;
}

static void keys_add_read_request(void **state)
{
	long r;

	(void)state;
	r = sysc_keyctl(SYSC_KEYCTL_GET_KEYRING_ID, 0, 0, 0, 0);
	SKIP_IF_ENOSYS(r, "keyctl (CONFIG_KEYS)");
	ASSERT_CHILD_OK(keys_child, NULL);
}

/* ---- LSM syscalls (6.8) ---- */

static void lsm_list_and_get(void **state)
{
	uint64_t ids[32];
	uint32_t size = 0;
	int n, cap = 0;
	char buf[1024];
	struct sysc_lsm_ctx *ctx = (struct sysc_lsm_ctx *)buf;

	(void)state;
	n = sysc_lsm_list_modules(NULL, &size, 0);
	SKIP_IF_ENOSYS(n, "lsm_list_modules (6.8)");
	/* A size too small: E2BIG and the size needed. */
	assert_int_equal(n, -1);
	assert_int_equal(sysc_errno, SYSC_E2BIG);
	assert_true(size >= 8 && size % 8 == 0 && size <= sizeof(ids));
	n = sysc_lsm_list_modules(ids, &size, 0);
	assert_true(n >= 1);
	assert_int_equal(size, (uint32_t)n * 8);
	for (int i = 0; i < n; i++)
		cap |= ids[i] == SYSC_LSM_ID_CAPABILITY;
	assert_true(cap);	/* the capability module is always there */
	assert_int_equal(sysc_lsm_list_modules(ids, &size, 1), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);

	size = sizeof(buf);
	n = sysc_lsm_get_self_attr(SYSC_LSM_ATTR_CURRENT, ctx, &size, 0);
	if (n > 0) {
		assert_true(ctx->len >= sizeof(*ctx) + ctx->ctx_len);
		assert_true(ctx->id > SYSC_LSM_ID_CAPABILITY);
	} else if (n < 0) {
		assert_int_equal(sysc_errno, SYSC_EOPNOTSUPP);
	}
	assert_int_equal(sysc_lsm_get_self_attr(SYSC_LSM_ATTR_CURRENT, ctx, &size, 0x80), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	/* set: flags must be 0; the context is copied in before any module
	 * sees it (a bad pointer), and at most a page. */
	assert_int_equal(sysc_lsm_set_self_attr(SYSC_LSM_ATTR_CURRENT, ctx, 64, 1), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	assert_int_equal(sysc_lsm_set_self_attr(SYSC_LSM_ATTR_CURRENT,
						(const struct sysc_lsm_ctx *)8, 64, 0), -1);
	assert_int_equal(sysc_errno, SYSC_EFAULT);
	assert_int_equal(sysc_lsm_set_self_attr(SYSC_LSM_ATTR_CURRENT, ctx, 2 * PG, 0), -1);
	assert_int_equal(sysc_errno, SYSC_E2BIG);
}

/* ---- vhangup: a session leader without a terminal hangs up nothing ---- */

static int vhangup_child(void *arg)
{
	(void)arg;
	CHILD_CHECK(setsid() > 0);
	CHILD_CHECK(sysc_vhangup() == 0);
	return 0;
}

static void vhangup_without_tty(void **state)
{
	(void)state;
	ASSERT_CHILD_OK(vhangup_child, NULL);
}

#if defined(__x86_64__) || defined(__i386__)
/* ---- iopl, ioperm (x86's I/O ports; the other arches have neither) ---- */

static int io_child(void *arg)
{
	(void)arg;
	CHILD_CHECK(sysc_iopl(4) == -1 && sysc_errno == SYSC_EINVAL);
	CHILD_CHECK(sysc_iopl(0) == 0);
	CHILD_CHECK(sysc_ioperm(65535, 2, 1) == -1 && sysc_errno == SYSC_EINVAL);
	CHILD_CHECK(sysc_ioperm(0x80, 1, 1) == 0);
	CHILD_CHECK(sysc_ioperm(0x80, 1, 0) == 0);
	return 0;
}

static void io_privileges(void **state)
{
	int r;

	(void)state;
	r = sysc_ioperm(0, 0, 0);
	SKIP_IF_ENOSYS(r, "iopl, ioperm (kernel built without CONFIG_X86_IOPL_IOPERM)");
	ASSERT_CHILD_OK(io_child, NULL);
}

/* ---- modify_ldt: write an entry, read it back as the CPU sees it ---- */

static int ldt_child(void *arg)
{
	struct sysc_user_desc d = {
		0, 0x12345000u, 0xfffff,
		SYSC_USER_DESC_SEG_32BIT | SYSC_USER_DESC_LIMIT_IN_PAGES | SYSC_USER_DESC_USEABLE,
	};
	unsigned char ldt[16];
	unsigned long long e;
	int n;

	(void)arg;
	n = sysc_modify_ldt(SYSC_MODIFY_LDT_READ, ldt, sizeof(ldt));
	CHILD_CHECK(n == 0);	/* no LDT yet */
	/* A wrong size: EINVAL, sign-extended from x86_64's 32-bit result. */
	CHILD_CHECK(sysc_modify_ldt(SYSC_MODIFY_LDT_WRITE, &d, 4) == -1 &&
		    sysc_errno == SYSC_EINVAL);
	CHILD_CHECK(sysc_raw_modify_ldt(SYSC_MODIFY_LDT_WRITE, &d, 4) == -SYSC_EINVAL);
	CHILD_CHECK(sysc_modify_ldt(SYSC_MODIFY_LDT_WRITE, &d, sizeof(d)) == 0);
	/* Reading an LDT returns the count asked for, zero-filled past its
	 * entries: here one entry, then zeros. */
	memset(ldt, 0xa5, sizeof(ldt));
	n = sysc_modify_ldt(SYSC_MODIFY_LDT_READ, ldt, sizeof(ldt));
	CHILD_CHECK(n == (int)sizeof(ldt));
	memcpy(&e, ldt + 8, 8);
	CHILD_CHECK(e == 0);
	memcpy(&e, ldt, 8);
	/* The x86 descriptor: limit 0..15 and 48..51, base 16..39 and 56..63,
	 * AVL (useable) bit 52, D/B bit 54, G bit 55, present bit 47. */
	CHILD_CHECK((e & 0xffff) == 0xffff && ((e >> 48) & 0xf) == 0xf);
	CHILD_CHECK((((e >> 16) & 0xffffff) | ((e >> 56) << 24)) == 0x12345000u);
	CHILD_CHECK((e >> 52 & 1) && (e >> 54 & 1) && (e >> 55 & 1) && (e >> 47 & 1));
	return 0;
}

static void modify_ldt_roundtrip(void **state)
{
	unsigned char buf[8];
	int r;

	(void)state;
	r = sysc_modify_ldt(SYSC_MODIFY_LDT_READ, buf, sizeof(buf));
	SKIP_IF_ENOSYS(r, "modify_ldt (CONFIG_MODIFY_LDT_SYSCALL)");
	ASSERT_CHILD_OK(ldt_child, NULL);
}
#endif

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(syslog_sizes),
		cmocka_unit_test(reboot_in_pidns),
		cmocka_unit_test(kexec_rejects),
		cmocka_unit_test(kexec_file_rejects),
		cmocka_unit_test(modules_reject),
		cmocka_unit_test(acct_in_pidns),
		cmocka_unit_test(capget_matches_status),
		cmocka_unit_test(capset_drops_one),
		cmocka_unit_test(seccomp_queries),
		cmocka_unit_test(seccomp_filter_mode),
		cmocka_unit_test(seccomp_strict_mode),
		cmocka_unit_test(bpf_map_and_prog),
		cmocka_unit_test(perf_task_clock),
		cmocka_unit_test(keys_add_read_request),
		cmocka_unit_test(lsm_list_and_get),
		cmocka_unit_test(vhangup_without_tty),
#if defined(__x86_64__) || defined(__i386__)
		cmocka_unit_test(io_privileges),
		cmocka_unit_test(modify_ldt_roundtrip),
#endif
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
