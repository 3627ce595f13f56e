/* sysc/types_ipc.h against the kernel's uapi headers, on the arch being
 * compiled: ipc64_perm and the *id64_ds structs (whose layouts differ
 * between x86_64 and i386), sembuf, the info structs, mq_attr, sigevent and
 * the constants. No libc header that redefines these (sys/ipc.h, mqueue.h,
 * signal.h) is included. */
#include <linux/ipc.h>
#include <linux/msg.h>
#include <linux/sem.h>
#include <linux/shm.h>
#include <linux/mqueue.h>
#include <linux/signal.h>
#include <asm/siginfo.h>

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <cmocka.h>

#include <sysc.h>
#include "abi_check.h"

static void perm_layout(void **state)
{
	(void)state;
	static const struct field t[] = {
		FIELD(sysc_ipc64_perm, struct ipc64_perm, key),
		FIELD(sysc_ipc64_perm, struct ipc64_perm, uid),
		FIELD(sysc_ipc64_perm, struct ipc64_perm, gid),
		FIELD(sysc_ipc64_perm, struct ipc64_perm, cuid),
		FIELD(sysc_ipc64_perm, struct ipc64_perm, cgid),
		FIELD(sysc_ipc64_perm, struct ipc64_perm, mode),
#if defined(__i386__)
		FIELD2(sysc_ipc64_perm, pad1, struct ipc64_perm, __pad1),
#endif
		FIELD(sysc_ipc64_perm, struct ipc64_perm, seq),
		FIELD2(sysc_ipc64_perm, pad2, struct ipc64_perm, __pad2),
		FIELD2(sysc_ipc64_perm, unused1, struct ipc64_perm, __unused1),
		FIELD2(sysc_ipc64_perm, unused2, struct ipc64_perm, __unused2),
	};
	CHECK_LISTED(struct sysc_ipc64_perm, struct ipc64_perm, t);
#if __SIZEOF_LONG__ == 8
	assert_int_equal(sizeof(struct sysc_ipc64_perm), 48);
#else
	assert_int_equal(sizeof(struct sysc_ipc64_perm), 36);
#endif
}

static void msqid_layout(void **state)
{
	(void)state;
	static const struct field t[] = {
		FIELD(sysc_msqid64_ds, struct msqid64_ds, msg_perm),
		FIELD(sysc_msqid64_ds, struct msqid64_ds, msg_stime),
#if defined(__i386__)
		FIELD(sysc_msqid64_ds, struct msqid64_ds, msg_stime_high),
#endif
		FIELD(sysc_msqid64_ds, struct msqid64_ds, msg_rtime),
#if defined(__i386__)
		FIELD(sysc_msqid64_ds, struct msqid64_ds, msg_rtime_high),
#endif
		FIELD(sysc_msqid64_ds, struct msqid64_ds, msg_ctime),
#if defined(__i386__)
		FIELD(sysc_msqid64_ds, struct msqid64_ds, msg_ctime_high),
#endif
		FIELD(sysc_msqid64_ds, struct msqid64_ds, msg_cbytes),
		FIELD(sysc_msqid64_ds, struct msqid64_ds, msg_qnum),
		FIELD(sysc_msqid64_ds, struct msqid64_ds, msg_qbytes),
		FIELD(sysc_msqid64_ds, struct msqid64_ds, msg_lspid),
		FIELD(sysc_msqid64_ds, struct msqid64_ds, msg_lrpid),
		FIELD2(sysc_msqid64_ds, unused4, struct msqid64_ds, __unused4),
		FIELD2(sysc_msqid64_ds, unused5, struct msqid64_ds, __unused5),
	};
	CHECK_LISTED(struct sysc_msqid64_ds, struct msqid64_ds, t);
}

static void semid_layout(void **state)
{
	(void)state;
	static const struct field t[] = {
		FIELD(sysc_semid64_ds, struct semid64_ds, sem_perm),
		FIELD(sysc_semid64_ds, struct semid64_ds, sem_otime),
#if defined(__i386__)
		FIELD(sysc_semid64_ds, struct semid64_ds, sem_otime_high),
		FIELD(sysc_semid64_ds, struct semid64_ds, sem_ctime),
		FIELD(sysc_semid64_ds, struct semid64_ds, sem_ctime_high),
#elif defined(__x86_64__)
		FIELD2(sysc_semid64_ds, unused1, struct semid64_ds, __unused1),
		FIELD(sysc_semid64_ds, struct semid64_ds, sem_ctime),
		FIELD2(sysc_semid64_ds, unused2, struct semid64_ds, __unused2),
#else	/* asm-generic: no spare words beside the times */
		FIELD(sysc_semid64_ds, struct semid64_ds, sem_ctime),
#endif
		FIELD(sysc_semid64_ds, struct semid64_ds, sem_nsems),
		FIELD2(sysc_semid64_ds, unused3, struct semid64_ds, __unused3),
		FIELD2(sysc_semid64_ds, unused4, struct semid64_ds, __unused4),
	};
	static const struct field sb[] = {
		FIELD(sysc_sembuf, struct sembuf, sem_num),
		FIELD(sysc_sembuf, struct sembuf, sem_op),
		FIELD(sysc_sembuf, struct sembuf, sem_flg),
	};
	static const struct field si[] = {
		FIELD(sysc_seminfo, struct seminfo, semmap),
		FIELD(sysc_seminfo, struct seminfo, semmni),
		FIELD(sysc_seminfo, struct seminfo, semmns),
		FIELD(sysc_seminfo, struct seminfo, semmnu),
		FIELD(sysc_seminfo, struct seminfo, semmsl),
		FIELD(sysc_seminfo, struct seminfo, semopm),
		FIELD(sysc_seminfo, struct seminfo, semume),
		FIELD(sysc_seminfo, struct seminfo, semusz),
		FIELD(sysc_seminfo, struct seminfo, semvmx),
		FIELD(sysc_seminfo, struct seminfo, semaem),
	};
	CHECK_LISTED(struct sysc_semid64_ds, struct semid64_ds, t);
	CHECK_LISTED(struct sysc_sembuf, struct sembuf, sb);
	CHECK_LISTED(struct sysc_seminfo, struct seminfo, si);
}

static void shmid_layout(void **state)
{
	(void)state;
	static const struct field t[] = {
		FIELD(sysc_shmid64_ds, struct shmid64_ds, shm_perm),
		FIELD(sysc_shmid64_ds, struct shmid64_ds, shm_segsz),
		FIELD(sysc_shmid64_ds, struct shmid64_ds, shm_atime),
#if defined(__i386__)
		FIELD(sysc_shmid64_ds, struct shmid64_ds, shm_atime_high),
#endif
		FIELD(sysc_shmid64_ds, struct shmid64_ds, shm_dtime),
#if defined(__i386__)
		FIELD(sysc_shmid64_ds, struct shmid64_ds, shm_dtime_high),
#endif
		FIELD(sysc_shmid64_ds, struct shmid64_ds, shm_ctime),
#if defined(__i386__)
		FIELD(sysc_shmid64_ds, struct shmid64_ds, shm_ctime_high),
#endif
		FIELD(sysc_shmid64_ds, struct shmid64_ds, shm_cpid),
		FIELD(sysc_shmid64_ds, struct shmid64_ds, shm_lpid),
		FIELD(sysc_shmid64_ds, struct shmid64_ds, shm_nattch),
		FIELD2(sysc_shmid64_ds, unused4, struct shmid64_ds, __unused4),
		FIELD2(sysc_shmid64_ds, unused5, struct shmid64_ds, __unused5),
	};
	static const struct field i64[] = {
		FIELD(sysc_shminfo64, struct shminfo64, shmmax),
		FIELD(sysc_shminfo64, struct shminfo64, shmmin),
		FIELD(sysc_shminfo64, struct shminfo64, shmmni),
		FIELD(sysc_shminfo64, struct shminfo64, shmseg),
		FIELD(sysc_shminfo64, struct shminfo64, shmall),
		FIELD2(sysc_shminfo64, unused1, struct shminfo64, __unused1),
		FIELD2(sysc_shminfo64, unused2, struct shminfo64, __unused2),
		FIELD2(sysc_shminfo64, unused3, struct shminfo64, __unused3),
		FIELD2(sysc_shminfo64, unused4, struct shminfo64, __unused4),
	};
	static const struct field si[] = {
		FIELD(sysc_shm_info, struct shm_info, used_ids),
		FIELD(sysc_shm_info, struct shm_info, shm_tot),
		FIELD(sysc_shm_info, struct shm_info, shm_rss),
		FIELD(sysc_shm_info, struct shm_info, shm_swp),
		FIELD(sysc_shm_info, struct shm_info, swap_attempts),
		FIELD(sysc_shm_info, struct shm_info, swap_successes),
	};
	CHECK_LISTED(struct sysc_shmid64_ds, struct shmid64_ds, t);
	CHECK_LISTED(struct sysc_shminfo64, struct shminfo64, i64);
	CHECK_LISTED(struct sysc_shm_info, struct shm_info, si);
}

static void msg_structs(void **state)
{
	(void)state;
	static const struct field mi[] = {
		FIELD(sysc_msginfo, struct msginfo, msgpool),
		FIELD(sysc_msginfo, struct msginfo, msgmap),
		FIELD(sysc_msginfo, struct msginfo, msgmax),
		FIELD(sysc_msginfo, struct msginfo, msgmnb),
		FIELD(sysc_msginfo, struct msginfo, msgmni),
		FIELD(sysc_msginfo, struct msginfo, msgssz),
		FIELD(sysc_msginfo, struct msginfo, msgtql),
		FIELD(sysc_msginfo, struct msginfo, msgseg),
	};
	static const struct field mb[] = {
		FIELD(sysc_msgbuf, struct msgbuf, mtype),
		FIELD(sysc_msgbuf, struct msgbuf, mtext),
	};
	CHECK_LISTED(struct sysc_msginfo, struct msginfo, mi);
	CHECK_LISTED(struct sysc_msgbuf, struct msgbuf, mb);
}

static void mq_attr_layout(void **state)
{
	(void)state;
	static const struct field t[] = {
		FIELD(sysc_mq_attr, struct mq_attr, mq_flags),
		FIELD(sysc_mq_attr, struct mq_attr, mq_maxmsg),
		FIELD(sysc_mq_attr, struct mq_attr, mq_msgsize),
		FIELD(sysc_mq_attr, struct mq_attr, mq_curmsgs),
		FIELD2(sysc_mq_attr, mq_reserved, struct mq_attr, __reserved),
	};
	CHECK_LISTED(struct sysc_mq_attr, struct mq_attr, t);
	assert_int_equal(sizeof(struct sysc_mq_attr), 8 * sizeof(long));
}

static void sigevent_layout(void **state)
{
	(void)state;
	static const struct field t[] = {
		FIELD(sysc_sigevent, struct sigevent, sigev_value),
		FIELD(sysc_sigevent, struct sigevent, sigev_signo),
		FIELD(sysc_sigevent, struct sigevent, sigev_notify),
		FIELD(sysc_sigevent, struct sigevent, _sigev_un),
		FIELD(sysc_sigevent, struct sigevent, _sigev_un._pad),
		FIELD(sysc_sigevent, struct sigevent, _sigev_un._tid),
		FIELD(sysc_sigevent, struct sigevent, _sigev_un._sigev_thread._function),
		FIELD(sysc_sigevent, struct sigevent, _sigev_un._sigev_thread._attribute),
	};
	CHECK_LISTED(struct sysc_sigevent, struct sigevent, t);
	assert_int_equal(sizeof(struct sysc_sigevent), 64);
	assert_int_equal(SYSC_SIGEV_PAD_SIZE, SIGEV_PAD_SIZE);
	assert_int_equal(SYSC_SIGEV_MAX_SIZE, SIGEV_MAX_SIZE);
}

static const struct constant constants[] = {
	K(IPC_PRIVATE), K(IPC_CREAT), K(IPC_EXCL), K(IPC_NOWAIT), K(IPC_RMID),
	K(IPC_SET), K(IPC_STAT), K(IPC_INFO), K(IPC_64),
	K(MSG_STAT), K(MSG_INFO), K(MSG_STAT_ANY), K(MSG_NOERROR),
	K(MSG_EXCEPT), K(MSG_COPY),
	K(SEM_UNDO), K(GETPID), K(GETVAL), K(GETALL), K(GETNCNT), K(GETZCNT),
	K(SETVAL), K(SETALL), K(SEM_STAT), K(SEM_INFO), K(SEM_STAT_ANY),
	K(SEMVMX),
	K(SHM_R), K(SHM_W), K(SHM_HUGETLB), K(SHM_NORESERVE), K(SHM_HUGE_SHIFT),
	K(SHM_HUGE_MASK), K(SHM_RDONLY), K(SHM_RND), K(SHM_REMAP), K(SHM_EXEC),
	K(SHM_LOCK), K(SHM_UNLOCK), K(SHM_STAT), K(SHM_INFO), K(SHM_STAT_ANY),
	/* x86's SHMLBA is PAGE_SIZE (arch/x86/include/asm/shmparam.h, not
	 * uapi). */
	KV(SHMLBA, 4096),
	K(MQ_PRIO_MAX), K(MQ_BYTES_MAX), K(NOTIFY_COOKIE_LEN), K(NOTIFY_NONE),
	K(NOTIFY_WOKENUP), K(NOTIFY_REMOVED),
	K(SIGEV_SIGNAL), K(SIGEV_NONE), K(SIGEV_THREAD), K(SIGEV_THREAD_ID),
};

static void constant_values(void **state)
{
	(void)state;
	CHECK_CONSTANTS(constants);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(perm_layout),
		cmocka_unit_test(msqid_layout),
		cmocka_unit_test(semid_layout),
		cmocka_unit_test(shmid_layout),
		cmocka_unit_test(msg_structs),
		cmocka_unit_test(mq_attr_layout),
		cmocka_unit_test(sigevent_layout),
		cmocka_unit_test(constant_values),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
