/* /init of the test guests (tests/target/target.sh boots them). Built
 * freestanding on sysc like the fs_ tests, for the guest kernel's arch.
 *
 * It loads the modules the runner put in /modules (1.ko, 2.ko, ... in
 * dependency order: Debian builds 9p, and on 6.1 virtio, as modules), mounts the build host's
 * root filesystem, shared by qemu as "hostroot", gives it the guest's own
 * proc, sys, dev and tmp, chroots into it and runs the job script named by
 * its first argument and the source tree's path its second (the kernel
 * passes what follows "--" on its command line to init). So the guest sees
 * the very files, paths and tools of the host, with this kernel underneath.
 * The job runs with /bin/sh, or with the command its third and further
 * arguments name: a guest of another arch than the host's cannot run the
 * host's shell, and is given a static one of its own arch (busybox, by
 * its path on the host). It then powers off: if init returned, the kernel
 * would panic instead. */
#include <sysc.h>

static void say(const char *a, const char *b)
{
	const char *s[3] = { "sysc-guest: ", a, b };

	for (int i = 0; i < 3; i++) {
		size_t n = 0;

		while (s[i][n])
			n++;
		sysc_write(2, s[i], n);
	}
	sysc_write(2, "\n", 1);
}

static void power_off(void)
{
	sysc_sync();
	sysc_reboot(SYSC_LINUX_REBOOT_MAGIC1, SYSC_LINUX_REBOOT_MAGIC2,
		    SYSC_LINUX_REBOOT_CMD_POWER_OFF, 0);
	say("power off refused", "");
}

static int load_modules(void)
{
	for (int i = 1; i < 100; i++) {
		char path[] = "/modules/00.ko", *p = path + 9;
		int fd;

		if (i >= 10)
			*p++ = (char)('0' + i / 10);
		*p++ = (char)('0' + i % 10);
		*p++ = '.', *p++ = 'k', *p++ = 'o', *p = 0;
		fd = sysc_open(path, SYSC_O_RDONLY | SYSC_O_CLOEXEC, 0);
		if (fd < 0)
			break;
		/* EEXIST: built in after all (another kernel config). */
		if (sysc_finit_module(fd, "", 0) < 0 && sysc_errno != SYSC_EEXIST) {
			say("cannot load ", path);
			return -1;
		}
		sysc_close(fd);
	}
	return 0;
}

static int mount_all(void)
{
	static const struct { const char *src, *dst, *type, *opts; } m[] = {
		{ "hostroot", "/host", "9p", "trans=virtio,version=9p2000.L,msize=512000,cache=loose" },
		{ "proc", "/host/proc", "proc", "" },
		{ "sysfs", "/host/sys", "sysfs", "" },
		{ "devtmpfs", "/host/dev", "devtmpfs", "" },
		{ "devpts", "/host/dev/pts", "devpts", "ptmxmode=0666" },
		{ "tmpfs", "/host/dev/shm", "tmpfs", "" },
		{ "tmpfs", "/host/run", "tmpfs", "" },
	};

	/* devtmpfs starts without the mount points under it. */
	for (unsigned i = 0; i < sizeof m / sizeof m[0]; i++)
		if ((sysc_mkdir(m[i].dst, 0755) < 0 && sysc_errno != SYSC_EEXIST) ||
		    sysc_mount(m[i].src, m[i].dst, m[i].type, 0, m[i].opts) < 0) {
			say("cannot mount ", m[i].dst);
			return -1;
		}
	return 0;
}

/* The host's tests expect loopback up, as it is on any booted system. */
static int loopback_up(void)
{
	/* struct ifreq: the name, then ifr_flags (a short) at offset 16. */
	union { char b[64]; short s[32]; } ifr = { { 'l', 'o' } };
	int fd = sysc_socket(SYSC_AF_INET, SYSC_SOCK_DGRAM | SYSC_SOCK_CLOEXEC, 0);

	ifr.s[8] = SYSC_IFF_UP;
	if (fd < 0 || sysc_ioctl(fd, 0x8914 /* SIOCSIFFLAGS */, (long)&ifr) < 0) {
		say("cannot bring lo up", "");
		return -1;
	}
	sysc_close(fd);
	return 0;
}

/* The guest's own /tmp (tmpfs: the host's would be shared over 9p). A
 * source tree under the host's /tmp (a fresh clone, say) stays visible:
 * it is held at /keep while the tmpfs goes over /tmp, then bound back to
 * its path. KEEP is the tree's path on the host. */
static int own_tmp(const char *keep)
{
	char host[4096] = "/host";
	size_t n = 5;
	int under_tmp = keep[0] == '/' && keep[1] == 't' && keep[2] == 'm' &&
			keep[3] == 'p' && keep[4] == '/';

	for (size_t i = 0; keep[i] && n < sizeof host - 1; i++)
		host[n++] = keep[i];
	host[n] = 0;
	if (under_tmp && sysc_mount(host, "/keep", 0, SYSC_MS_BIND | SYSC_MS_REC, 0) < 0) {
		say("cannot hold ", host);
		return -1;
	}
	if (sysc_mount("tmpfs", "/host/tmp", "tmpfs", 0, "mode=1777") < 0) {
		say("cannot mount ", "/host/tmp");
		return -1;
	}
	if (!under_tmp)
		return 0;
	/* mkdir -p of the tree's path inside the new /tmp */
	for (size_t i = 10; i <= n; i++) {
		if (host[i] != '/' && host[i] != 0)
			continue;
		host[i] = 0;
		if (sysc_mkdir(host, 0755) < 0 && sysc_errno != SYSC_EEXIST) {
			say("cannot make ", host);
			return -1;
		}
		if (i < n)
			host[i] = '/';
	}
	if (sysc_mount("/keep", host, 0, SYSC_MS_BIND | SYSC_MS_REC, 0) < 0) {
		say("cannot bind the tree back to ", host);
		return -1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	static char *const envp[] = {
		"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
		"HOME=/root", "TERM=dumb", 0,
	};
	int pid, status = 0;

	if (argc < 3) {
		say("no job script and tree given after -- on the kernel command line", "");
	} else if (load_modules() == 0 && mount_all() == 0 && own_tmp(argv[2]) == 0 &&
		   loopback_up() == 0 &&
		   sysc_chroot("/host") == 0 && sysc_chdir("/") == 0) {
		pid = sysc_fork();
		if (pid == 0) {
			/* the shell's words, then the job */
			char *av[8] = { "/bin/sh", argv[1], 0 };
			int n = 0;

			for (int i = 3; i < argc && n < 6; i++)
				av[n++] = argv[i];
			if (n) {
				av[n] = argv[1];
				av[n + 1] = 0;
			}
			sysc_setsid();
			sysc_execve(av[0], av, envp);
			say("cannot run the job's shell ", av[0]);
			sysc_exit_group(127);
		}
		/* As pid 1, reap orphans too until the job itself ends. */
		while (pid > 0) {
			int st, w = sysc_wait4(-1, &st, 0, 0);

			if (w == pid) {
				status = st;
				break;
			}
			if (w < 0 && sysc_errno != SYSC_EINTR)
				break;
		}
		sysc_kill(-1, SYSC_SIGKILL);
		say(SYSC_WIFEXITED(status) && SYSC_WEXITSTATUS(status) == 0 ?
		    "job done" : "job failed", "");
	}
	power_off();
	return 1;
}
