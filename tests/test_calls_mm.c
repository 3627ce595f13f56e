/* The mm area's wrappers against the kernel, on both arches: memory
 * locking, residency, sync, NUMA policy, memfd, userfaultfd, pkeys, mseal,
 * membarrier, futexes, robust lists, rseq, set_tid_address. /proc/self and
 * glibc are the oracles where the kernel's effect is visible there. Each
 * test that changes process-wide state (locks, seals, rseq, robust list)
 * runs in a forked child. */
#define _GNU_SOURCE
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <sys/syscall.h>
#include <sys/ioctl.h>
#include <sys/rseq.h>
#include <cmocka.h>

#include <sysc.h>
#include "emul.h"
#include "sysmm_util.h"

#define PG 4096

static char *map_anon(size_t len)
{
	void *p = sysc_mmap(NULL, len, SYSC_PROT_READ | SYSC_PROT_WRITE,
			    SYSC_MAP_PRIVATE | SYSC_MAP_ANONYMOUS, -1, 0);

	assert_true(p != SYSC_MAP_FAILED);
	return p;
}

/* ---- locking ---- */

static int mlock_child(void *arg)
{
	char *p = map_anon(8 * PG);
	long long before = status_field("VmLck", 10);

	(void)arg;
	CHILD_CHECK(sysc_mlock(p, 4 * PG) == 0);
	CHILD_CHECK(status_field("VmLck", 10) == before + 16);
	CHILD_CHECK(sysc_munlock(p, 4 * PG) == 0);
	CHILD_CHECK(status_field("VmLck", 10) == before);
	/* mlock2: the flag arrives (an unknown one is refused). */
	CHILD_CHECK(sysc_mlock2(p, 4 * PG, 0x80) == -1 && sysc_errno == SYSC_EINVAL);
	CHILD_CHECK(sysc_mlock2(p + 4 * PG, 4 * PG, SYSC_MLOCK_ONFAULT) == 0);
	CHILD_CHECK(status_field("VmLck", 10) == before + 16);
	CHILD_CHECK(sysc_munlock(p + 4 * PG, 4 * PG) == 0);
	/* mlockall(MCL_CURRENT) locks everything mapped, munlockall undoes it. */
	CHILD_CHECK(sysc_mlockall(0) == -1 && sysc_errno == SYSC_EINVAL);
	CHILD_CHECK(sysc_mlockall(SYSC_MCL_CURRENT) == 0);
	CHILD_CHECK(status_field("VmLck", 10) >= 32);
	CHILD_CHECK(sysc_munlockall() == 0);
	CHILD_CHECK(status_field("VmLck", 10) == 0);
	return 0;
}

static void mlock_family(void **state)
{
	(void)state;
	SKIP_UNDER_QEMU_USER("mlock2 is ENOSYS (qemu 7.2 does not emulate it)");
	ASSERT_CHILD_OK(mlock_child, NULL);
}

/* mincore sees exactly the pages touched. */
static void mincore_residency(void **state)
{
	unsigned char vec[4] = { 0xff, 0xff, 0xff, 0xff };
	char *p = map_anon(4 * PG);

	(void)state;
	p[0] = 1;
	p[2 * PG] = 1;
	assert_int_equal(sysc_mincore(p, 4 * PG, vec), 0);
	assert_int_equal(vec[0] & 1, 1);
	assert_int_equal(vec[1] & 1, 0);
	assert_int_equal(vec[2] & 1, 1);
	assert_int_equal(vec[3] & 1, 0);
	assert_int_equal(sysc_mincore(p + 1, PG, vec), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	assert_int_equal(sysc_munmap(p, 4 * PG), 0);
}

/* ---- memfd, msync, remap_file_pages ---- */

static void memfd_write_map(void **state)
{
	char link[64], target[128];
	int fd;
	char *p;
	ssize_t n;

	(void)state;
	assert_int_equal(sysc_memfd_create("sysc-test", 0x100), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	fd = sysc_memfd_create("sysc-test", SYSC_MFD_CLOEXEC | SYSC_MFD_ALLOW_SEALING);
	assert_true(fd >= 0);
	/* glibc's view: the name, close-on-exec, sealing allowed. */
	snprintf(link, sizeof(link), "/proc/self/fd/%d", fd);
	n = readlink(link, target, sizeof(target) - 1);
	assert_true(n > 0);
	target[n] = 0;
	assert_string_equal(target, "/memfd:sysc-test (deleted)");
	assert_int_equal(fcntl(fd, F_GETFD) & FD_CLOEXEC, FD_CLOEXEC);
	assert_int_equal(write(fd, "hello", 5), 5);
	assert_int_equal(ftruncate(fd, 2 * PG), 0);
	p = sysc_mmap(NULL, 2 * PG, SYSC_PROT_READ | SYSC_PROT_WRITE,
		      SYSC_MAP_SHARED, fd, 0);
	assert_true(p != SYSC_MAP_FAILED);
	assert_memory_equal(p, "hello", 5);
	/* msync: the flags arrive (ASYNC|SYNC together is refused), and an
	 * unmapped range is ENOMEM. */
	memcpy(p + PG, "page1", 5);
	assert_int_equal(sysc_msync(p, 2 * PG, SYSC_MS_SYNC), 0);
	assert_int_equal(sysc_msync(p, 2 * PG, SYSC_MS_ASYNC | SYSC_MS_SYNC), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	/* remap_file_pages: the first page now shows file page 1. It is
	 * deprecated and emulated (a new mapping), but still there. */
	SKIP_UNDER_QEMU_USER("remap_file_pages is ENOSYS (qemu 7.2 does not emulate it)");
	assert_int_equal(sysc_remap_file_pages(p, PG, 0, 1, 0), 0);
	assert_memory_equal(p, "page1", 5);
	assert_int_equal(sysc_munmap(p, 2 * PG), 0);
	assert_int_equal(sysc_msync(p, PG, SYSC_MS_SYNC), -1);
	assert_int_equal(sysc_errno, SYSC_ENOMEM);
	assert_int_equal(fcntl(fd, F_ADD_SEALS, F_SEAL_GROW), 0);
	close(fd);
	/* Without MFD_ALLOW_SEALING the file starts sealed. */
	fd = sysc_memfd_create("sysc-test", 0);
	assert_true(fd >= 0);
	assert_int_equal(fcntl(fd, F_GET_SEALS), F_SEAL_SEAL);
	close(fd);
}

static void memfd_secret_map(void **state)
{
#if defined(SYSC_NR_memfd_secret)
	int fd;
	char *p;

	(void)state;
	fd = sysc_memfd_secret(0x4);
	SKIP_IF_ENOSYS(fd, "memfd_secret (CONFIG_SECRETMEM, or secretmem.enable=0)");
	assert_int_equal(fd, -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	fd = sysc_memfd_secret(SYSC_O_CLOEXEC);
	assert_true(fd >= 0);
	assert_int_equal(fcntl(fd, F_GETFD) & FD_CLOEXEC, FD_CLOEXEC);
	assert_int_equal(ftruncate(fd, PG), 0);
	p = sysc_mmap(NULL, PG, SYSC_PROT_READ | SYSC_PROT_WRITE, SYSC_MAP_SHARED, fd, 0);
	assert_true(p != SYSC_MAP_FAILED);
	memcpy(p, "secret", 6);
	assert_memory_equal(p, "secret", 6);
	assert_int_equal(sysc_munmap(p, PG), 0);
	close(fd);
#else
	(void)state;
	SKIP_BECAUSE("memfd_secret: not a syscall of this arch");
#endif
}

/* ---- NUMA policy (node 0 exists on every NUMA kernel) ---- */

#define MAXNODE (8 * sizeof(unsigned long))

static void mempolicy_family(void **state)
{
	/* get_mempolicy writes whole 64-bit words, even on i386. */
	unsigned long node0 = 1, mask[SYSC_MPOL_MASK_BYTES(MAXNODE) / sizeof(long)] = { 0 };
	int mode = -1, status = -1, r;
	char *p = map_anon(2 * PG);
	void *page = p;

	(void)state;
	r = sysc_set_mempolicy(SYSC_MPOL_BIND, &node0, MAXNODE);
	SKIP_IF_ENOSYS(r, "NUMA policy calls (CONFIG_NUMA)");
	assert_int_equal(r, 0);
	assert_int_equal(sizeof(mask), 8);
	assert_int_equal(sysc_get_mempolicy(&mode, mask, MAXNODE, NULL, 0), 0);
	assert_int_equal(mode, SYSC_MPOL_BIND);
	assert_int_equal(mask[0], 1);
	assert_int_equal(sysc_set_mempolicy(SYSC_MPOL_DEFAULT, NULL, 0), 0);
	assert_int_equal(sysc_get_mempolicy(&mode, NULL, 0, NULL, 0), 0);
	assert_int_equal(mode, SYSC_MPOL_DEFAULT);
	assert_int_equal(sysc_set_mempolicy(99, NULL, 0), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);

	/* mbind on a range, read back by address. */
	assert_int_equal(sysc_mbind(p, 2 * PG, SYSC_MPOL_BIND, &node0, MAXNODE, 0), 0);
	mode = -1; mask[0] = 0;
	assert_int_equal(sysc_get_mempolicy(&mode, mask, MAXNODE, p + PG,
					    SYSC_MPOL_F_ADDR), 0);
	assert_int_equal(mode, SYSC_MPOL_BIND);
	assert_int_equal(mask[0], 1);
	assert_int_equal(sysc_mbind(p, 2 * PG, SYSC_MPOL_BIND, &node0, MAXNODE, 0x100), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	/* The home node of a bound range (6.0+); flags must be 0. */
	r = sysc_set_mempolicy_home_node((unsigned long)p, 2 * PG, 0, 0);
	if (!(r == -1 && sysc_errno == SYSC_ENOSYS)) {
		assert_int_equal(r, 0);
		assert_int_equal(sysc_set_mempolicy_home_node((unsigned long)p, 2 * PG, 0, 1), -1);
		assert_int_equal(sysc_errno, SYSC_EINVAL);
	}
	/* move_pages without nodes reports where each page is. */
	p[0] = 1;
	assert_int_equal(sysc_move_pages(0, 1, &page, NULL, &status, 0), 0);
	assert_int_equal(status, 0);
	status = -1;
	page = p + PG;	/* never touched: not present */
	assert_int_equal(sysc_move_pages(0, 1, &page, NULL, &status, 0), 0);
	/* "Not present": -ENOENT on 6.12 and 6.18, -EFAULT on 6.1; either
	 * shows the status array arrived and was written. */
	assert_true(status == -SYSC_ENOENT || status == -SYSC_EFAULT);
	/* migrate_pages from node 0 to node 0: nothing left unmoved. */
	assert_int_equal(sysc_migrate_pages(0, MAXNODE, &node0, &node0), 0);
	assert_int_equal(sysc_migrate_pages(0x7fffffff, MAXNODE, &node0, &node0), -1);
	assert_int_equal(sysc_errno, SYSC_ESRCH);
	assert_int_equal(sysc_munmap(p, 2 * PG), 0);
}

/* ---- process_madvise, process_mrelease ---- */

static int pidfd_of(pid_t pid)
{
	return (int)syscall(SYS_pidfd_open, pid, 0);
}

static void process_madvise_self(void **state)
{
	char *p = map_anon(2 * PG);
	struct sysc_iovec iov[2] = { { p, PG }, { p + PG, PG } };
	int pidfd = pidfd_of(getpid());
	long r;

	(void)state;
	assert_true(pidfd >= 0);
	memset(p, 1, 2 * PG);
	r = sysc_process_madvise(pidfd, iov, 2, SYSC_MADV_COLD, 0);
	SKIP_IF_ENOSYS(r, "process_madvise (5.10)");
	assert_int_equal(r, 2 * PG);
	assert_int_equal(sysc_process_madvise(pidfd, iov, 2, SYSC_MADV_COLD, 1), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	assert_int_equal(sysc_process_madvise(-1, iov, 2, SYSC_MADV_COLD, 0), -1);
	assert_int_equal(sysc_errno, SYSC_EBADF);
	close(pidfd);
	assert_int_equal(sysc_munmap(p, 2 * PG), 0);
}

static void process_mrelease_states(void **state)
{
	pid_t pid;
	int pidfd, st, r;

	(void)state;
	r = sysc_process_mrelease(-1, 0);
	SKIP_IF_ENOSYS(r, "process_mrelease (5.15)");
	assert_int_equal(r, -1);
	assert_int_equal(sysc_errno, SYSC_EBADF);
	pid = fork();
	if (pid == 0) {
		pause();
		_exit(0);
	}
	pidfd = pidfd_of(pid);
	assert_true(pidfd >= 0);
	/* A live process that is not exiting: refused. */
	assert_int_equal(sysc_process_mrelease(pidfd, 0), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	assert_int_equal(sysc_process_mrelease(pidfd, 1), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	kill(pid, SIGKILL);
	assert_int_equal(waitpid(pid, &st, 0), pid);
	/* Reaped: no mm left to release. */
	assert_int_equal(sysc_process_mrelease(pidfd, 0), -1);
	assert_int_equal(sysc_errno, SYSC_ESRCH);
	close(pidfd);
}

/* ---- userfaultfd: the API handshake, then a range resolved by copy ---- */

static void userfaultfd_handshake(void **state)
{
	struct sysc_uffdio_api api = { SYSC_UFFD_API, 0, 0 };
	struct sysc_uffdio_register reg;
	struct sysc_uffdio_copy copy;
	char *src = map_anon(PG), *dst = map_anon(PG);
	int fd;

	(void)state;
	fd = sysc_userfaultfd(SYSC_O_CLOEXEC | SYSC_UFFD_USER_MODE_ONLY);
	SKIP_IF_ENOSYS(fd, "userfaultfd (CONFIG_USERFAULTFD)");
	if (fd < 0 && sysc_errno == SYSC_EPERM)
		SKIP_BECAUSE("userfaultfd: EPERM (vm.unprivileged_userfaultfd=0 and no CAP_SYS_PTRACE)");
	assert_true(fd >= 0);
	assert_int_equal(fcntl(fd, F_GETFD) & FD_CLOEXEC, FD_CLOEXEC);
	assert_int_equal(ioctl(fd, SYSC_UFFDIO_API, &api), 0);
	assert_true(api.ioctls & (1ull << SYSC__UFFDIO_REGISTER));
	assert_true(api.ioctls & (1ull << SYSC__UFFDIO_API));

	memset(&reg, 0, sizeof(reg));
	reg.range.start = (uintptr_t)dst;
	reg.range.len = PG;
	reg.mode = SYSC_UFFDIO_REGISTER_MODE_MISSING;
	assert_int_equal(ioctl(fd, SYSC_UFFDIO_REGISTER, &reg), 0);
	assert_true(reg.ioctls & (1ull << SYSC__UFFDIO_COPY));
	memset(src, 'x', PG);
	memset(&copy, 0, sizeof(copy));
	copy.dst = (uintptr_t)dst;
	copy.src = (uintptr_t)src;
	copy.len = PG;
	assert_int_equal(ioctl(fd, SYSC_UFFDIO_COPY, &copy), 0);
	assert_int_equal(copy.copy, PG);
	assert_int_equal(dst[PG - 1], 'x');	/* present: no fault to handle */
	close(fd);
	assert_int_equal(sysc_userfaultfd(0x40000000), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
}

/* ---- protection keys ---- */

static void pkeys(void **state)
{
	char *p = map_anon(PG);
	int key, r;

	(void)state;
	SKIP_UNDER_QEMU_USER("pkey_mprotect, pkey_alloc and pkey_free are ENOSYS (qemu 7.2 does not emulate them)");
	/* pkey -1 is plain mprotect, on any CPU, where the kernel has the
	 * calls: a kernel of an arch without protection keys (arm's, say)
	 * answers ENOSYS to all three. */
	r = sysc_pkey_mprotect(p, PG, SYSC_PROT_READ, -1);
	SKIP_IF_ENOSYS(r, "pkey_mprotect, pkey_alloc, pkey_free (a kernel without "
		       "CONFIG_ARCH_HAS_PKEYS)");
	assert_int_equal(r, 0);
	assert_string_equal(maps_perms(p), "r--p");
	assert_int_equal(sysc_pkey_alloc(1, 0), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	key = sysc_pkey_alloc(0, SYSC_PKEY_DISABLE_WRITE);
	if (key < 0) {
		int e = sysc_errno;

		assert_true(e == SYSC_ENOSPC || e == SYSC_EINVAL || e == SYSC_ENOSYS);
		/* Nothing allocated: freeing a key is refused. */
		assert_int_equal(sysc_pkey_free(1), -1);
		assert_int_equal(sysc_errno, e == SYSC_ENOSYS ? SYSC_ENOSYS : SYSC_EINVAL);
		SKIP_BECAUSE("pkey_alloc: errno %d (no PKU on this CPU); pkey_mprotect(-1) checked", e);
	}
	assert_int_equal(sysc_pkey_mprotect(p, PG, SYSC_PROT_READ | SYSC_PROT_WRITE, key), 0);
	assert_string_equal(maps_perms(p), "rw-p");
	assert_int_equal(sysc_pkey_free(key), 0);
	assert_int_equal(sysc_pkey_free(key), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	assert_int_equal(sysc_munmap(p, PG), 0);
}

/* ---- map_shadow_stack: needs CET user shadow stacks ---- */

static void shadow_stack(void **state)
{
	void *p;

	(void)state;
	p = sysc_map_shadow_stack(0, PG, SYSC_SHADOW_STACK_SET_TOKEN);
	if (p == SYSC_MAP_FAILED) {
		/* EOPNOTSUPP: no user shadow stack on this CPU or kernel;
		 * i386 has the number but the kernel serves only 64-bit. */
		assert_true(sysc_errno == SYSC_EOPNOTSUPP || sysc_errno == SYSC_ENOSYS ||
			    sysc_errno == SYSC_EINVAL);
		SKIP_BECAUSE("map_shadow_stack: errno %d (no CET user shadow stack)", sysc_errno);
	}
	assert_int_equal(sysc_munmap(p, PG), 0);
	assert_true(sysc_map_shadow_stack(0, PG, 0x80) == SYSC_MAP_FAILED);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
}

/* ---- mseal: a sealed mapping can be neither changed nor unmapped ---- */

static int mseal_child(void *arg)
{
	char *p = map_anon(2 * PG);
	int r;

	(void)arg;
	/* Unknown flags: EINVAL, where the kernel has mseal (6.10) at all. */
	r = sysc_mseal(p, PG, 1);
	if (r == -1 && sysc_errno == SYSC_ENOSYS)
		return 77;
	CHILD_CHECK(r == -1 && sysc_errno == SYSC_EINVAL);
	r = sysc_mseal(p, PG, 0);
	CHILD_CHECK(r == 0);
	CHILD_CHECK(sysc_mprotect(p, PG, SYSC_PROT_READ) == -1 && sysc_errno == SYSC_EPERM);
	CHILD_CHECK(sysc_munmap(p, PG) == -1 && sysc_errno == SYSC_EPERM);
	/* The unsealed neighbour is not affected. */
	CHILD_CHECK(sysc_mprotect(p + PG, PG, SYSC_PROT_READ) == 0);
	return 0;
}

static void mseal_blocks_changes(void **state)
{
	int st = in_child(mseal_child, NULL);

	(void)state;
	assert_true(WIFEXITED(st));
	if (WEXITSTATUS(st) == 77)
		SKIP_BECAUSE("mseal: ENOSYS (6.10; 64-bit kernels only)");
	assert_int_equal(WEXITSTATUS(st), 0);
}

/* ---- membarrier ---- */

static int membarrier_child(void *arg)
{
	int mask = sysc_membarrier(SYSC_MEMBARRIER_CMD_QUERY, 0, 0);

	(void)arg;
	CHILD_CHECK(mask > 0);
	CHILD_CHECK(mask & SYSC_MEMBARRIER_CMD_PRIVATE_EXPEDITED);
	/* Private expedited needs registering first. */
	CHILD_CHECK(sysc_membarrier(SYSC_MEMBARRIER_CMD_PRIVATE_EXPEDITED, 0, 0) == -1 &&
		    sysc_errno == SYSC_EPERM);
	CHILD_CHECK(sysc_membarrier(SYSC_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED, 0, 0) == 0);
	CHILD_CHECK(sysc_membarrier(SYSC_MEMBARRIER_CMD_PRIVATE_EXPEDITED, 0, 0) == 0);
	if (mask & SYSC_MEMBARRIER_CMD_GET_REGISTRATIONS)
		CHILD_CHECK(sysc_membarrier(SYSC_MEMBARRIER_CMD_GET_REGISTRATIONS, 0, 0) &
			    SYSC_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED);
	CHILD_CHECK(sysc_membarrier(SYSC_MEMBARRIER_CMD_QUERY, 1, 0) == -1 &&
		    sysc_errno == SYSC_EINVAL);
	return 0;
}

static void membarrier_query_register(void **state)
{
	(void)state;
	ASSERT_CHILD_OK(membarrier_child, NULL);
}

/* ---- futex ---- */

/* A timed wait never returns before its timeout: the one time bound a test
 * may assert. On i386 a 32-bit futex reading sysc's 64-bit timespec would
 * see {0, 0} and time out at once; futex_time64 waits the 300 ms. */
static void futex_timeout_is_64bit(void **state)
{
	uint32_t w = 7;
	struct sysc_timespec t = { 0, 300000000 };
	struct sysc_timespec bad = { 0, 1000000000 };
	double t0;

	(void)state;
	assert_int_equal(sysc_futex(&w, SYSC_FUTEX_WAIT_PRIVATE, 8, &t, NULL, 0), -1);
	assert_int_equal(sysc_errno, SYSC_EAGAIN);
	t0 = mono_now();
	assert_int_equal(sysc_futex(&w, SYSC_FUTEX_WAIT_PRIVATE, 7, &t, NULL, 0), -1);
	assert_int_equal(sysc_errno, SYSC_ETIMEDOUT);
	assert_true(mono_now() - t0 >= 0.3);
	/* tv_nsec of 10^9 is invalid only when read as the 64-bit field. */
	assert_int_equal(sysc_futex(&w, SYSC_FUTEX_WAIT_PRIVATE, 7, &bad, NULL, 0), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	/* The raw layer takes the same struct. */
	t0 = mono_now();
	assert_int_equal(sysc_raw_futex(&w, SYSC_FUTEX_WAIT_PRIVATE, 7, &t, NULL, 0),
			 -SYSC_ETIMEDOUT);
	assert_true(mono_now() - t0 >= 0.3);
}

/* The later arguments arrive: uaddr2 and val3 (FUTEX_WAKE_OP writes the
 * second word; FUTEX_CMP_REQUEUE compares val3), val2 in the timeout
 * slot. */
static void futex_ops_arguments(void **state)
{
	uint32_t a = 0, b = 0;

	(void)state;
	assert_int_equal(sysc_futex(&a, SYSC_FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0), 0);
	assert_int_equal(sysc_futex(&a, SYSC_FUTEX_WAKE_OP | SYSC_FUTEX_PRIVATE_FLAG, 1,
				    SYSC_FUTEX_VAL2(1), &b,
				    SYSC_FUTEX_OP(SYSC_FUTEX_OP_SET, 1234, SYSC_FUTEX_OP_CMP_EQ, 0)), 0);
	assert_int_equal(b, 1234);
	assert_int_equal(sysc_futex(&a, SYSC_FUTEX_CMP_REQUEUE | SYSC_FUTEX_PRIVATE_FLAG, 1,
				    SYSC_FUTEX_VAL2(1), &b, a + 1), -1);
	assert_int_equal(sysc_errno, SYSC_EAGAIN);
	assert_int_equal(sysc_futex(&a, SYSC_FUTEX_CMP_REQUEUE | SYSC_FUTEX_PRIVATE_FLAG, 1,
				    SYSC_FUTEX_VAL2(1), &b, a), 0);
}

static struct sysc_timespec deadline_in(long long ns)
{
	struct timespec now;
	struct sysc_timespec t;

	clock_gettime(CLOCK_MONOTONIC, &now);
	t.tv_sec = now.tv_sec + (now.tv_nsec + ns) / 1000000000;
	t.tv_nsec = (now.tv_nsec + ns) % 1000000000;
	return t;
}

static void futex_waitv_timeout(void **state)
{
	uint32_t a = 1, b = 2;
	struct sysc_futex_waitv w[2];
	struct sysc_timespec t;
	double t0;
	int r;

	(void)state;
	memset(w, 0, sizeof(w));
	w[0].uaddr = (uintptr_t)&a; w[0].val = 1;
	w[0].flags = SYSC_FUTEX2_SIZE_U32 | SYSC_FUTEX2_PRIVATE;
	w[1].uaddr = (uintptr_t)&b; w[1].val = 3;	/* differs */
	w[1].flags = SYSC_FUTEX2_SIZE_U32 | SYSC_FUTEX2_PRIVATE;
	t = deadline_in(200000000);
	r = sysc_futex_waitv(w, 2, 0, &t, SYSC_CLOCK_MONOTONIC);
	SKIP_IF_ENOSYS(r, "futex_waitv (5.16)");
	assert_int_equal(r, -1);
	assert_int_equal(sysc_errno, SYSC_EAGAIN);
	w[1].val = 2;
	t0 = mono_now();
	assert_int_equal(sysc_futex_waitv(w, 2, 0, &t, SYSC_CLOCK_MONOTONIC), -1);
	assert_int_equal(sysc_errno, SYSC_ETIMEDOUT);
	/* The deadline is absolute and 64-bit on both arches. */
	assert_true(mono_now() - t0 > 0.0);
	assert_true(mono_now() >= (double)t.tv_sec + (double)t.tv_nsec / 1e9);
	assert_int_equal(sysc_futex_waitv(w, 2, 1, &t, SYSC_CLOCK_MONOTONIC), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
}

/* futex2 single calls (6.7). */
static void futex2_calls(void **state)
{
	uint32_t a = 5, b = 6;
	struct sysc_futex_waitv rq[2];
	struct sysc_timespec t;
	unsigned int fl = SYSC_FUTEX2_SIZE_U32 | SYSC_FUTEX2_PRIVATE;
	long r;

	(void)state;
	r = sysc_futex_wake(&a, SYSC_FUTEX_BITSET_MATCH_ANY, 1, fl);
	SKIP_IF_ENOSYS(r, "futex_wake/futex_wait/futex_requeue (6.7)");
	assert_int_equal(r, 0);
	assert_int_equal(sysc_futex_wake(&a, 0, 1, fl), -1);	/* empty mask */
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	assert_int_equal(sysc_futex_wait(&a, 4, SYSC_FUTEX_BITSET_MATCH_ANY, fl, NULL, 0), -1);
	assert_int_equal(sysc_errno, SYSC_EAGAIN);
	t = deadline_in(100000000);
	assert_int_equal(sysc_futex_wait(&a, 5, SYSC_FUTEX_BITSET_MATCH_ANY, fl, &t,
					 SYSC_CLOCK_MONOTONIC), -1);
	assert_int_equal(sysc_errno, SYSC_ETIMEDOUT);
	assert_true(mono_now() >= (double)t.tv_sec + (double)t.tv_nsec / 1e9);
	memset(rq, 0, sizeof(rq));
	rq[0].uaddr = (uintptr_t)&a; rq[0].val = 5; rq[0].flags = fl;
	rq[1].uaddr = (uintptr_t)&b; rq[1].flags = fl;
	assert_int_equal(sysc_futex_requeue(rq, 0, 1, 1), 0);
	rq[0].val = 4;	/* compared with *a */
	assert_int_equal(sysc_futex_requeue(rq, 0, 1, 1), -1);
	assert_int_equal(sysc_errno, SYSC_EAGAIN);
}

/* ---- robust list: the kernel marks a dead owner's lock ---- */

struct robust_lock {
	struct sysc_robust_list entry;
	uint32_t word;
};

static int robust_child(void *arg)
{
	struct robust_lock *lock = arg;
	static struct sysc_robust_list_head head;
	struct sysc_robust_list_head *got = NULL;
	size_t len = 0;

	CHILD_CHECK(sysc_set_robust_list(&head, sizeof(head) + 1) == -1 &&
		    sysc_errno == SYSC_EINVAL);
	head.list.next = &lock->entry;
	lock->entry.next = &head.list;
	head.futex_offset = (long)offsetof(struct robust_lock, word);
	head.list_op_pending = NULL;
	lock->word = (uint32_t)gettid();
	CHILD_CHECK(sysc_set_robust_list(&head, sizeof(head)) == 0);
	CHILD_CHECK(sysc_get_robust_list(0, &got, &len) == 0);
	CHILD_CHECK(got == &head && len == sizeof(head));
	return 0;	/* exits holding the lock */
}

static void robust_list_owner_died(void **state)
{
	struct robust_lock *lock;
	struct sysc_robust_list_head *head = NULL;
	size_t len = 0;

	(void)state;
	SKIP_UNDER_QEMU_USER("get_robust_list is ENOSYS (qemu 7.2 does not emulate it)");
	/* glibc registered one for this thread: the kernel returns it. */
	assert_int_equal(sysc_get_robust_list(0, &head, &len), 0);
	assert_int_equal(len, sizeof(struct sysc_robust_list_head));
	assert_non_null(head);
	assert_int_equal(sysc_get_robust_list(0x7fffffff, &head, &len), -1);
	assert_int_equal(sysc_errno, SYSC_ESRCH);

	lock = sysc_mmap(NULL, PG, SYSC_PROT_READ | SYSC_PROT_WRITE,
			 SYSC_MAP_SHARED | SYSC_MAP_ANONYMOUS, -1, 0);
	assert_true(lock != SYSC_MAP_FAILED);
	ASSERT_CHILD_OK(robust_child, lock);
	assert_int_equal(lock->word, SYSC_FUTEX_OWNER_DIED);
	assert_int_equal(sysc_munmap(lock, PG), 0);
}

/* ---- rseq: glibc registered an area for this thread; in a child, take
 * it back and register sysc's own ---- */

/* glibc's __rseq_offset is from the thread pointer: x86's segment base
 * (whose first word points to itself), aarch64's TPIDR_EL0, riscv's tp,
 * arm's TPIDRURO (CP15 c13, read-only to user space). */
static inline char *thread_pointer(void)
{
	char *tp;
#if defined(__x86_64__)
	__asm__("mov %%fs:0, %0" : "=r"(tp));
#elif defined(__i386__)
	__asm__("mov %%gs:0, %0" : "=r"(tp));
#elif defined(__aarch64__)
	__asm__("mrs %0, tpidr_el0" : "=r"(tp));
#elif defined(__riscv)
	__asm__("mv %0, tp" : "=r"(tp));
#elif defined(__arm__)
	__asm__("mrc p15, 0, %0, c13, c0, 3" : "=r"(tp));
#else
#error "no thread pointer for this arch"
#endif
	return tp;
}

/* The signature glibc registered its area with (its <sys/rseq.h>: each
 * arch's own); sysc names x86's. */
#if defined(__x86_64__) || defined(__i386__)
_Static_assert(RSEQ_SIG == SYSC_RSEQ_SIG_X86, "glibc's x86 rseq signature");
#endif
#define LIBC_RSEQ_SIG ((uint32_t)RSEQ_SIG)

static struct sysc_rseq mine;

static int rseq_child(void *arg)
{
	(void)arg;
	if (__rseq_size > 0) {
		struct sysc_rseq *libc = (struct sysc_rseq *)(thread_pointer() + __rseq_offset);
		uint32_t len = SYSC_RSEQ_ORIG_SIZE;

		/* Another area while one is registered: EINVAL; the same one
		 * again: EBUSY (which also tells the registered length). */
		CHILD_CHECK(sysc_rseq(&mine, sizeof(mine), 0, LIBC_RSEQ_SIG) == -1 &&
			    sysc_errno == SYSC_EINVAL);
		if (sysc_rseq(libc, len, 0, LIBC_RSEQ_SIG) == -1 && sysc_errno == SYSC_EINVAL)
			len = __rseq_size;
		CHILD_CHECK(sysc_rseq(libc, len, 0, LIBC_RSEQ_SIG) == -1 &&
			    sysc_errno == SYSC_EBUSY);
		/* Unregistering needs the signature it was registered with. */
		CHILD_CHECK(sysc_rseq(libc, len, SYSC_RSEQ_FLAG_UNREGISTER, 1) == -1 &&
			    sysc_errno == SYSC_EPERM);
		CHILD_CHECK(sysc_rseq(libc, len, SYSC_RSEQ_FLAG_UNREGISTER,
				      LIBC_RSEQ_SIG) == 0);
	}
	CHILD_CHECK(sysc_rseq(&mine, SYSC_RSEQ_ORIG_SIZE - 1, 0, 1) == -1 &&
		    sysc_errno == SYSC_EINVAL);
	mine.cpu_id = (uint32_t)SYSC_RSEQ_CPU_ID_UNINITIALIZED;
	CHILD_CHECK(sysc_rseq(&mine, sizeof(mine), 0, 0x12345678) == 0);
	/* The kernel fills cpu_id before returning to user space, and keeps
	 * it current: it matches getcpu whenever the thread did not move
	 * between two getcpu calls around the read. */
	CHILD_CHECK(mine.cpu_id < (uint32_t)sysconf(_SC_NPROCESSORS_CONF));
	for (int i = 0; i < 100; i++) {
		unsigned int before = 0, after = 0;
		uint32_t seen;

		sysc_raw_syscall3(SYSC_NR_getcpu, (long)&before, 0, 0);
		seen = __atomic_load_n(&mine.cpu_id, __ATOMIC_RELAXED);
		sysc_raw_syscall3(SYSC_NR_getcpu, (long)&after, 0, 0);
		if (before == after) {
			CHILD_CHECK(seen == before);
			break;
		}
	}
	CHILD_CHECK(sysc_rseq(&mine, sizeof(mine), 0, 0x12345678) == -1 &&
		    sysc_errno == SYSC_EBUSY);
	CHILD_CHECK(sysc_rseq(&mine, sizeof(mine), SYSC_RSEQ_FLAG_UNREGISTER, 0x12345678) == 0);
	CHILD_CHECK(mine.cpu_id == (uint32_t)SYSC_RSEQ_CPU_ID_UNINITIALIZED);
	return 0;
}

static void rseq_register(void **state)
{
	(void)state;
	SKIP_UNDER_QEMU_USER("rseq is ENOSYS (qemu 7.2 does not emulate it)");
	ASSERT_CHILD_OK(rseq_child, NULL);
}

static void rseq_slice_yield_call(void **state)
{
	int r = sysc_rseq_slice_yield();

	(void)state;
	SKIP_IF_ENOSYS(r, "rseq_slice_yield (7.0)");
	assert_true(r >= 0);
}

/* ---- set_tid_address: the kernel clears and wakes the word when the
 * thread exits (what pthread_join and sysc_thread_join wait on) ---- */

static uint32_t tid_word = 0xffffffffu;
static int tid_returned, tid_seen;

static void *tid_thread(void *arg)
{
	(void)arg;
	tid_seen = gettid();
	tid_returned = sysc_set_tid_address((int *)&tid_word);
	return NULL;
}

static void set_tid_address_clears_on_exit(void **state)
{
	pthread_t t;
	pthread_attr_t at;
	uint32_t v;

	(void)state;
	pthread_attr_init(&at);
	pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
	assert_int_equal(pthread_create(&t, &at, tid_thread, NULL), 0);
	/* The kernel zeroes the word and wakes it when the thread exits. (The
	 * thread's glibc descriptor is never reclaimed, since its own tid word
	 * is no longer cleared: a test-only leak.) */
	while ((v = __atomic_load_n(&tid_word, __ATOMIC_SEQ_CST)) != 0)
		sysc_futex(&tid_word, SYSC_FUTEX_WAIT, v, NULL, NULL, 0);
	assert_int_equal(tid_returned, tid_seen);
	assert_true(tid_seen > 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(mlock_family),
		cmocka_unit_test(mincore_residency),
		cmocka_unit_test(memfd_write_map),
		cmocka_unit_test(memfd_secret_map),
		cmocka_unit_test(mempolicy_family),
		cmocka_unit_test(process_madvise_self),
		cmocka_unit_test(process_mrelease_states),
		cmocka_unit_test(userfaultfd_handshake),
		cmocka_unit_test(pkeys),
		cmocka_unit_test(shadow_stack),
		cmocka_unit_test(mseal_blocks_changes),
		cmocka_unit_test(membarrier_query_register),
		cmocka_unit_test(futex_timeout_is_64bit),
		cmocka_unit_test(futex_ops_arguments),
		cmocka_unit_test(futex_waitv_timeout),
		cmocka_unit_test(futex2_calls),
		cmocka_unit_test(robust_list_owner_died),
		cmocka_unit_test(rseq_register),
		cmocka_unit_test(rseq_slice_yield_call),
		cmocka_unit_test(set_tid_address_clears_on_exit),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
