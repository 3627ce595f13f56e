/* The SysV IPC and POSIX message queue wrappers against the kernel, on both
 * arches, in a private IPC namespace when the test may make one. The *ctl
 * IPC_STAT results are checked field by field against what the test did
 * and against glibc's view (msgctl, semctl, shmctl, mq_getattr), which
 * proves the 64-bit *_ds layouts on i386. Time-outs: semtimedop and
 * mq_timedreceive give up; on i386 their *_time64 calls are shown to read
 * 64-bit timespecs (a tv_nsec a 32-bit reading would not see is refused,
 * a deadline after 2106 is accepted). */
#define _GNU_SOURCE
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <mqueue.h>
#include <sched.h>
#include <signal.h>
#include <time.h>
#include <unistd.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <cmocka.h>

#include <sysc.h>
#include "emul.h"

/* What the *ctl IPC_STAT results are filled with before the call. */
#define IPC_FILL 0xa5

/* The seconds of an *id64_ds time field, whole on every arch (one long
 * on the 64-bit ones, split in two words on i386 and arm). */
#if __SIZEOF_LONG__ == 8
#define IPC_TIME(ds, f) ((long long)(ds).f)
#else
/* qemu-user (qemu-arm) writes a 32-bit arch's *id64_ds through a struct of
 * its own, whose word after each time is a spare one it leaves as it was:
 * the *_high words keep the fill, where a kernel writes them (0 until
 * 2106). Under qemu-user, and there only, such a word counts as 0. */
static long long ipc_time(unsigned long lo, unsigned long hi)
{
	static int said;

	if (hi == IPC_FILL * 0x01010101UL && under_qemu_user()) {
		if (!said++)
			printf("    note: qemu-user leaves the *_high time words "
			       "unwritten; their fill counts as 0\n");
		hi = 0;
	}
	return (long long)((unsigned long long)hi << 32 | lo);
}
#define IPC_TIME(ds, f) ipc_time((ds).f, (ds).f##_high)
#endif

static long proc_value(const char *path, int field)
{
	FILE *f = fopen(path, "r");
	long v = -1;

	assert_non_null(f);
	for (int i = 0; i <= field; i++)
		assert_int_equal(fscanf(f, "%ld", &v), 1);
	fclose(f);
	return v;
}

/* i386's direct SysV IPC syscalls are Linux 5.1+; valgrind 3.19 does not
 * know them either (ENOSYS from its "unhandled syscall" path). */
#define SKIP_IF_NOSYS(r) do { \
	if ((r) < 0 && sysc_errno == SYSC_ENOSYS) { \
		printf("direct SysV IPC syscalls not available (kernel older " \
		       "than 5.1, or an emulator such as valgrind)\n"); \
		skip(); \
	} \
} while (0)

static void msg_queue(void **state)
{
	struct { long mtype; char mtext[16]; } out = { 7, "hello" }, in;
	struct sysc_msqid64_ds ds;
	struct msqid_ds g;

	(void)state;
	long long t0 = time(NULL);
	int q = sysc_msgget(SYSC_IPC_PRIVATE, SYSC_IPC_CREAT | 0600);
	SKIP_IF_NOSYS(q);
	assert_true(q >= 0);
	assert_int_equal(sysc_msgsnd(q, &out, 5, 0), 0);
	out.mtype = 3;
	assert_int_equal(sysc_msgsnd(q, &out, 2, SYSC_IPC_NOWAIT), 0);

	memset(&ds, IPC_FILL, sizeof(ds));
	assert_int_equal(sysc_msgctl(q, SYSC_IPC_STAT, &ds), 0);
	long long t1 = time(NULL);
	assert_int_equal(ds.msg_perm.mode & 0777, 0600);
	assert_int_equal(ds.msg_perm.uid, geteuid());
	assert_int_equal(ds.msg_perm.cuid, geteuid());
	assert_int_equal(ds.msg_perm.gid, getegid());
	assert_int_equal(ds.msg_perm.key, SYSC_IPC_PRIVATE);
	assert_int_equal(ds.msg_qnum, 2);
	assert_int_equal(ds.msg_cbytes, 7);
	assert_int_equal(ds.msg_qbytes, proc_value("/proc/sys/kernel/msgmnb", 0));
	assert_int_equal(ds.msg_lspid, getpid());
	assert_int_equal(ds.msg_lrpid, 0);
	assert_true(IPC_TIME(ds, msg_stime) >= t0 && IPC_TIME(ds, msg_stime) <= t1);
	assert_true(IPC_TIME(ds, msg_ctime) >= t0 && IPC_TIME(ds, msg_ctime) <= t1);
	assert_int_equal(IPC_TIME(ds, msg_rtime), 0);
	/* glibc's view of the same queue. */
	assert_int_equal(msgctl(q, IPC_STAT, &g), 0);
	assert_int_equal(g.msg_qnum, ds.msg_qnum);
	assert_int_equal(g.msg_qbytes, ds.msg_qbytes);
	assert_int_equal(g.msg_lspid, ds.msg_lspid);
	assert_int_equal((long long)g.msg_stime, IPC_TIME(ds, msg_stime));
	assert_int_equal(g.msg_perm.__seq, ds.msg_perm.seq);

	/* By type: 3 first, though it was sent second; too small a buffer
	 * fails with E2BIG unless MSG_NOERROR. */
	memset(&in, 0, sizeof(in));
	assert_int_equal(sysc_msgrcv(q, &in, 1, 7, 0), -1);
	assert_int_equal(sysc_errno, SYSC_E2BIG);
	assert_int_equal(sysc_msgrcv(q, &in, sizeof(in.mtext), 3, 0), 2);
	assert_int_equal(in.mtype, 3);
	assert_int_equal(sysc_msgrcv(q, &in, 3, 0, SYSC_MSG_NOERROR), 3);
	assert_int_equal(in.mtype, 7);
	assert_memory_equal(in.mtext, "hel", 3);
	assert_int_equal(sysc_msgrcv(q, &in, sizeof(in.mtext), 0, SYSC_IPC_NOWAIT), -1);
	assert_int_equal(sysc_errno, SYSC_ENOMSG);

	/* IPC_SET: mode and queue size change. */
	ds.msg_perm.mode = 0640;
	ds.msg_qbytes = 1000;
	assert_int_equal(sysc_msgctl(q, SYSC_IPC_SET, &ds), 0);
	memset(&ds, 0, sizeof(ds));
	assert_int_equal(sysc_msgctl(q, SYSC_IPC_STAT, &ds), 0);
	assert_int_equal(ds.msg_perm.mode & 0777, 0640);
	assert_int_equal(ds.msg_qbytes, 1000);
	SKIP_UNDER_QEMU_USER("its msqid_ds conversion stores msg_lspid and msg_lrpid as longs, so msg_lrpid reads 0");
	assert_int_equal(ds.msg_lrpid, getpid());
	assert_int_equal(ds.msg_qnum, 0);

	struct sysc_msginfo mi;
	assert_true(sysc_msgctl(q, SYSC_IPC_INFO, (struct sysc_msqid64_ds *)&mi) >= 0);
	assert_int_equal(mi.msgmnb, proc_value("/proc/sys/kernel/msgmnb", 0));
	assert_int_equal(mi.msgmax, proc_value("/proc/sys/kernel/msgmax", 0));

#if defined(__x86_64__)
	/* The direct *ctl calls take no IPC_64 flag (see sysc/types_ipc.h);
	 * x86_64 refuses it. */
	assert_int_equal(sysc_msgctl(q, SYSC_IPC_STAT | SYSC_IPC_64, &ds), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
#endif
	assert_int_equal(sysc_msgctl(q, SYSC_IPC_RMID, NULL), 0);
	assert_int_equal(sysc_msgsnd(q, &out, 1, 0), -1);
	assert_true(sysc_errno == SYSC_EINVAL || sysc_errno == SYSC_EIDRM);
	assert_int_equal(sysc_msgget(0x73797363, 0), -1);
	assert_int_equal(sysc_errno, SYSC_ENOENT);
	assert_int_equal(sysc_raw_msgctl(q, 99, 0), -SYSC_EINVAL);
}

static void semaphores(void **state)
{
	struct sysc_semid64_ds ds;
	struct semid_ds g;
	unsigned short vals[2] = { 4, 9 }, got[2] = { 0, 0 };

	(void)state;
	long long t0 = time(NULL);
	int s = sysc_semget(SYSC_IPC_PRIVATE, 2, SYSC_IPC_CREAT | 0600);
	SKIP_IF_NOSYS(s);
	assert_true(s >= 0);
	assert_int_equal(sysc_semctl(s, 0, SYSC_SETALL, (unsigned long)vals), 0);
	assert_int_equal(sysc_semctl(s, 1, SYSC_GETVAL, 0), 9);
	assert_int_equal(sysc_semctl(s, 1, SYSC_SETVAL, 3), 0);
	assert_int_equal(sysc_semctl(s, 0, SYSC_GETALL, (unsigned long)got), 0);
	assert_int_equal(got[0], 4);
	assert_int_equal(got[1], 3);

	struct sysc_sembuf ops[2] = { { 0, -1, 0 }, { 1, 2, SYSC_SEM_UNDO } };
	assert_int_equal(sysc_semop(s, ops, 2), 0);
	assert_int_equal(sysc_semctl(s, 0, SYSC_GETVAL, 0), 3);
	assert_int_equal(sysc_semctl(s, 1, SYSC_GETVAL, 0), 5);
	assert_int_equal(sysc_semctl(s, 0, SYSC_GETPID, 0), getpid());

	/* Waiting for 10 on semaphore 0 (value 3): IPC_NOWAIT refuses at
	 * once, a 20 ms timeout gives up with EAGAIN. */
	struct sysc_sembuf take = { 0, -10, SYSC_IPC_NOWAIT };
	assert_int_equal(sysc_semop(s, &take, 1), -1);
	assert_int_equal(sysc_errno, SYSC_EAGAIN);
	take.sem_flg = 0;
	struct sysc_timespec ts = { 0, 20000000 };
	assert_int_equal(sysc_semtimedop(s, &take, 1, &ts), -1);
	assert_int_equal(sysc_errno, SYSC_EAGAIN);
	/* 64-bit timespec: tv_nsec out of range is seen and refused; seconds
	 * beyond 2^32 are fine (the operation can proceed at once). */
	struct sysc_timespec bad = { 0, 1000000000 };
	assert_int_equal(sysc_semtimedop(s, &take, 1, &bad), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	struct sysc_timespec far = { 5000000000LL, 0 };
	take.sem_op = -1;
	assert_int_equal(sysc_semtimedop(s, &take, 1, &far), 0);
	assert_int_equal(sysc_semctl(s, 0, SYSC_GETVAL, 0), 2);

	memset(&ds, IPC_FILL, sizeof(ds));
	assert_int_equal(sysc_semctl(s, 0, SYSC_IPC_STAT, (unsigned long)&ds), 0);
	long long t1 = time(NULL);
	assert_int_equal(ds.sem_nsems, 2);
	assert_int_equal(ds.sem_perm.mode & 0777, 0600);
	assert_int_equal(ds.sem_perm.uid, geteuid());
	assert_true(IPC_TIME(ds, sem_otime) >= t0 && IPC_TIME(ds, sem_otime) <= t1);
	assert_true(IPC_TIME(ds, sem_ctime) >= t0 && IPC_TIME(ds, sem_ctime) <= t1);
	assert_int_equal(semctl(s, 0, IPC_STAT, &g), 0);
	assert_int_equal(g.sem_nsems, ds.sem_nsems);
	assert_int_equal((long long)g.sem_otime, IPC_TIME(ds, sem_otime));

	ds.sem_perm.mode = 0604;
	assert_int_equal(sysc_semctl(s, 0, SYSC_IPC_SET, (unsigned long)&ds), 0);
	assert_int_equal(semctl(s, 0, IPC_STAT, &g), 0);
	assert_int_equal(g.sem_perm.mode & 0777, 0604);

	struct sysc_seminfo si;
	assert_true(sysc_semctl(s, 0, SYSC_IPC_INFO, (unsigned long)&si) >= 0);
	assert_int_equal(si.semmsl, proc_value("/proc/sys/kernel/sem", 0));
	assert_int_equal(si.semopm, proc_value("/proc/sys/kernel/sem", 2));
	assert_int_equal(si.semvmx, SYSC_SEMVMX);

	assert_int_equal(sysc_semctl(s, 0, SYSC_IPC_RMID, 0), 0);
	assert_int_equal(sysc_semop(s, ops, 1), -1);
	assert_true(sysc_errno == SYSC_EINVAL || sysc_errno == SYSC_EIDRM);
	assert_int_equal(sysc_raw_semtimedop(-1, ops, 1, 0), -SYSC_EINVAL);
	if (!getenv("SYSC_TEST_UNDER_VALGRIND"))	/* it reports the bad pointer */
		assert_int_equal(sysc_raw_semtimedop(0, 0, 1, 0), -SYSC_EFAULT);
	assert_int_equal(sysc_raw_semget(0x73797363, 0, 0), -SYSC_ENOENT);
}

static void shared_memory(void **state)
{
	struct sysc_shmid64_ds ds;
	struct shmid_ds g;

	(void)state;
	long long t0 = time(NULL);
	int id = sysc_shmget(SYSC_IPC_PRIVATE, 8192, SYSC_IPC_CREAT | 0600);
	SKIP_IF_NOSYS(id);
	assert_true(id >= 0);
	char *a = sysc_shmat(id, NULL, 0);
	assert_true(a != (char *)-1);
	char *b = sysc_shmat(id, NULL, SYSC_SHM_RDONLY);
	assert_true(b != (char *)-1 && b != a);
	strcpy(a + 5000, "shared");
	assert_string_equal(b + 5000, "shared");

	memset(&ds, IPC_FILL, sizeof(ds));
	assert_int_equal(sysc_shmctl(id, SYSC_IPC_STAT, &ds), 0);
	long long t1 = time(NULL);
	assert_int_equal(ds.shm_segsz, 8192);
	assert_int_equal(ds.shm_nattch, 2);
	assert_int_equal(ds.shm_cpid, getpid());
	assert_int_equal(ds.shm_lpid, getpid());
	assert_int_equal(ds.shm_perm.mode & 0777, 0600);
	assert_int_equal(ds.shm_perm.cuid, geteuid());
	assert_true(IPC_TIME(ds, shm_atime) >= t0 && IPC_TIME(ds, shm_atime) <= t1);
	assert_true(IPC_TIME(ds, shm_ctime) >= t0 && IPC_TIME(ds, shm_ctime) <= t1);
	assert_int_equal(IPC_TIME(ds, shm_dtime), 0);
	assert_int_equal(shmctl(id, IPC_STAT, &g), 0);
	assert_int_equal(g.shm_segsz, ds.shm_segsz);
	assert_int_equal(g.shm_nattch, ds.shm_nattch);
	assert_int_equal(g.shm_cpid, ds.shm_cpid);
	assert_int_equal((long long)g.shm_atime, IPC_TIME(ds, shm_atime));

	assert_int_equal(sysc_shmdt(b), 0);
	assert_int_equal(sysc_shmctl(id, SYSC_IPC_STAT, &ds), 0);
	assert_int_equal(ds.shm_nattch, 1);
	assert_true(IPC_TIME(ds, shm_dtime) >= t0);

	struct sysc_shminfo64 si;
	assert_true(sysc_shmctl(id, SYSC_IPC_INFO, (struct sysc_shmid64_ds *)&si) >= 0);
	assert_int_equal(si.shmmni, proc_value("/proc/sys/kernel/shmmni", 0));
	struct sysc_shm_info info;
	assert_true(sysc_shmctl(id, SYSC_SHM_INFO, (struct sysc_shmid64_ds *)&info) >= 0);
	assert_true(info.used_ids >= 1);

	/* Removed while attached: it lives on until the last detach. */
	assert_int_equal(sysc_shmctl(id, SYSC_IPC_RMID, NULL), 0);
	assert_string_equal(a + 5000, "shared");
	assert_int_equal(sysc_shmdt(a), 0);
	assert_int_equal(sysc_shmdt(a), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	assert_ptr_equal(sysc_shmat(-1, NULL, 0), (void *)-1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	assert_int_equal(sysc_raw_shmget(0x73797363, 0, 0), -SYSC_ENOENT);
	assert_int_equal(sysc_raw_shmctl(-1, SYSC_IPC_STAT, &ds), -SYSC_EINVAL);
}

static char mq_name[64];

static void message_queue(void **state)
{
	struct sysc_mq_attr attr = { .mq_maxmsg = 4, .mq_msgsize = 64 }, old;
	char buf[64];
	unsigned int prio = 0;

	(void)state;
	snprintf(mq_name, sizeof(mq_name), "sysc-test-%d", (int)getpid());
	/* The kernel's name has no leading '/'. */
	SKIP_UNDER_QEMU_USER("mq_open reads the name from the byte before it (it expects glibc's leading '/' there)");
	int q = sysc_mq_open(mq_name, SYSC_O_RDWR | SYSC_O_CREAT | SYSC_O_EXCL | SYSC_O_CLOEXEC, 0600, &attr);
	assert_true(q >= 0);
	assert_int_equal(sysc_mq_open(mq_name, SYSC_O_RDWR | SYSC_O_CREAT | SYSC_O_EXCL, 0600, NULL), -1);
	assert_int_equal(sysc_errno, SYSC_EEXIST);

	memset(&old, 0xa5, sizeof(old));
	assert_int_equal(sysc_mq_getsetattr(q, NULL, &old), 0);
	assert_int_equal(old.mq_maxmsg, 4);
	assert_int_equal(old.mq_msgsize, 64);
	assert_int_equal(old.mq_curmsgs, 0);
	assert_int_equal(old.mq_flags, 0);

	assert_int_equal(sysc_mq_send(q, "low", 3, 5), 0);
	struct sysc_timespec dl = { time(NULL) + 60, 0 };
	assert_int_equal(sysc_mq_timedsend(q, "urgent", 6, 9, &dl), 0);

	/* glibc opens the same queue under its POSIX name. */
	char gname[80];
	snprintf(gname, sizeof(gname), "/%s", mq_name);
	mqd_t gq = mq_open(gname, O_RDONLY);
	assert_true(gq != (mqd_t)-1);
	struct mq_attr ga;
	assert_int_equal(mq_getattr(gq, &ga), 0);
	assert_int_equal(ga.mq_curmsgs, 2);
	assert_int_equal(ga.mq_msgsize, 64);
	mq_close(gq);

	/* Highest priority first. */
	assert_int_equal(sysc_mq_receive(q, buf, sizeof(buf), &prio), 6);
	assert_memory_equal(buf, "urgent", 6);
	assert_int_equal(prio, 9);
	/* time64: a deadline after 2106 (beyond 32-bit seconds) is valid, a
	 * tv_nsec only a 64-bit reading sees is not. */
	struct sysc_timespec bad = { time(NULL), 1000000000 };
	assert_int_equal(sysc_mq_timedreceive(q, buf, sizeof(buf), &prio, &bad), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	struct sysc_timespec y2200 = { 7258118400LL, 0 };
	assert_int_equal(sysc_mq_timedreceive(q, buf, sizeof(buf), &prio, &y2200), 3);
	assert_memory_equal(buf, "low", 3);
	assert_int_equal(prio, 5);

	/* Empty queue: an absolute deadline 20 ms ahead passes. */
	struct timespec now;
	clock_gettime(CLOCK_REALTIME, &now);
	struct sysc_timespec soon = { now.tv_sec, now.tv_nsec + 20000000 };
	if (soon.tv_nsec >= 1000000000) {
		soon.tv_sec++;
		soon.tv_nsec -= 1000000000;
	}
	assert_int_equal(sysc_mq_timedreceive(q, buf, sizeof(buf), NULL, &soon), -1);
	assert_int_equal(sysc_errno, SYSC_ETIMEDOUT);
	assert_int_equal(sysc_mq_receive(q, buf, 10, NULL), -1);	/* < msgsize */
	assert_int_equal(sysc_errno, SYSC_EMSGSIZE);

	/* O_NONBLOCK through mq_getsetattr. */
	struct sysc_mq_attr nb = { .mq_flags = SYSC_O_NONBLOCK };
	assert_int_equal(sysc_mq_getsetattr(q, &nb, &old), 0);
	assert_int_equal(old.mq_flags, 0);
	assert_int_equal(sysc_mq_getsetattr(q, NULL, &old), 0);
	assert_int_equal(old.mq_flags, SYSC_O_NONBLOCK);
	assert_int_equal(sysc_mq_receive(q, buf, sizeof(buf), NULL), -1);
	assert_int_equal(sysc_errno, SYSC_EAGAIN);

	/* mq_notify with SIGEV_SIGNAL: the message that makes the queue
	 * non-empty raises the signal, carrying sigev_value (SI_MESGQ). */
	sigset_t set, prev;
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	assert_int_equal(sigprocmask(SIG_BLOCK, &set, &prev), 0);
	struct sysc_sigevent sev;
	memset(&sev, 0, sizeof(sev));
	sev.sigev_notify = SYSC_SIGEV_SIGNAL;
	sev.sigev_signo = SIGUSR1;
	sev.sigev_value.sival_int = 4242;
	assert_int_equal(sysc_mq_notify(q, &sev), 0);
	assert_int_equal(sysc_mq_notify(q, &sev), -1);
	assert_int_equal(sysc_errno, SYSC_EBUSY);
	assert_int_equal(sysc_mq_send(q, "ring", 4, 0), 0);
	siginfo_t si;
	struct timespec wait = { 10, 0 };
	assert_int_equal(sigtimedwait(&set, &si, &wait), SIGUSR1);
	assert_int_equal(si.si_code, SI_MESGQ);
	assert_int_equal(si.si_value.sival_int, 4242);
	assert_int_equal(si.si_pid, getpid());
	assert_int_equal(sigprocmask(SIG_SETMASK, &prev, NULL), 0);
	/* Registered again and removed with NULL. */
	assert_int_equal(sysc_mq_notify(q, &sev), 0);
	assert_int_equal(sysc_mq_notify(q, NULL), 0);
	sev.sigev_notify = 99;
	assert_int_equal(sysc_mq_notify(q, &sev), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);

	assert_int_equal(sysc_close(q), 0);
	assert_int_equal(sysc_mq_unlink(mq_name), 0);
	assert_int_equal(sysc_mq_unlink(mq_name), -1);
	assert_int_equal(sysc_errno, SYSC_ENOENT);
	assert_int_equal(sysc_raw_mq_open(mq_name, SYSC_O_RDONLY, 0, 0), -SYSC_ENOENT);
	assert_int_equal(sysc_raw_mq_timedsend(-1, "", 0, 0, 0), -SYSC_EBADF);
	assert_int_equal(sysc_raw_mq_getsetattr(-1, 0, 0), -SYSC_EBADF);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(msg_queue),
		cmocka_unit_test(semaphores),
		cmocka_unit_test(shared_memory),
		cmocka_unit_test(message_queue),
	};
	/* A namespace of our own keeps a failed run from leaving objects
	 * behind; without the privilege the test uses the current one. */
	if (unshare(CLONE_NEWIPC) != 0)
		printf("unshare(CLONE_NEWIPC): %s; using the current IPC namespace\n",
		       strerror(errno));
	return cmocka_run_group_tests(tests, NULL, NULL);
}
