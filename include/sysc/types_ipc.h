/* Kernel ABI types and constants: SysV IPC, POSIX message queues and
 * struct sysc_sigevent. Included by sysc/types.h (after the arch headers,
 * so union sysc_sigval is known). tests/test_abi_ipc.c checks every size,
 * offset and value against the uapi headers on both arches.
 *
 * SysV IPC on i386 uses the direct syscalls (msgget 399 ... shmdt 398,
 * Linux 5.1+), never the ipc() multiplexer. Their *ctl calls always read
 * and write the 64-bit layouts below (the kernel passes IPC_64 itself): the
 * caller must NOT or IPC_64 into cmd. A native i386 kernel then answers
 * EINVAL, and x86_64 does too; only the compat path masks the bit out, and
 * even there it breaks the *_STAT and GET* commands. arm's *ctl syscalls
 * are the kernel's old ones, which want IPC_64 in cmd for these layouts:
 * sysc_msgctl, sysc_semctl and sysc_shmctl add it there themselves
 * (tools/wrappers/arch.tsv), so a caller passes the same cmd on every
 * arch. */
/* types.h includes this header inside its C++ -Wpedantic push (flexible
 * array members) and after the types it uses; included first on its own,
 * this file is read through types.h. */
#include "types.h"
#ifndef SYSC_TYPES_IPC_H
#define SYSC_TYPES_IPC_H

typedef int sysc_key_t;

/* ---- SysV IPC ---- */

/* The kernel's ipc64_perm: its mode is 32-bit on x86_64, 16-bit plus two
 * bytes of padding on i386 (__kernel_mode_t differs). */
struct sysc_ipc64_perm {
	sysc_key_t key;
	unsigned int uid;
	unsigned int gid;
	unsigned int cuid;
	unsigned int cgid;
#if !defined(SYSC__FAMILY32)	/* x86_64 and asm-generic 64-bit: a 32-bit mode_t */
	unsigned int mode;
#else
	unsigned short mode;
	unsigned char pad1[2];
#endif
	unsigned short seq;
	unsigned short pad2;
	unsigned long unused1;
	unsigned long unused2;
};

/* The *id64_ds structs (asm-generic/msgbuf.h, asm/sembuf.h, asm-generic/
 * shmbuf.h). Their times are seconds; on i386 each is split into a low
 * word and a *_high word (Linux 5.1+ fills the high word; the time is
 * lo | (long long)hi << 32), on x86_64 it is one long. */
#if __SIZEOF_LONG__ == 8
struct sysc_msqid64_ds {
	struct sysc_ipc64_perm msg_perm;
	long msg_stime;		/* last msgsnd */
	long msg_rtime;		/* last msgrcv */
	long msg_ctime;		/* last change */
	unsigned long msg_cbytes;	/* bytes on the queue */
	unsigned long msg_qnum;		/* messages on the queue */
	unsigned long msg_qbytes;	/* most bytes allowed */
	int msg_lspid;
	int msg_lrpid;
	unsigned long unused4;
	unsigned long unused5;
};

/* x86_64 (asm/sembuf.h) pads each time with a spare word; asm-generic
 * (aarch64, riscv64) has none: 88 bytes there, 104 on x86_64. */
struct sysc_semid64_ds {
	struct sysc_ipc64_perm sem_perm;
	long sem_otime;		/* last semop */
#if defined(SYSC__SEMID64_TIME_PAD)
	unsigned long unused1;
#endif
	long sem_ctime;		/* last change */
#if defined(SYSC__SEMID64_TIME_PAD)
	unsigned long unused2;
#endif
	unsigned long sem_nsems;
	unsigned long unused3;
	unsigned long unused4;
};

struct sysc_shmid64_ds {
	struct sysc_ipc64_perm shm_perm;
	size_t shm_segsz;
	long shm_atime;
	long shm_dtime;
	long shm_ctime;
	int shm_cpid;
	int shm_lpid;
	unsigned long shm_nattch;
	unsigned long unused4;
	unsigned long unused5;
};
#else
struct sysc_msqid64_ds {
	struct sysc_ipc64_perm msg_perm;
	unsigned long msg_stime;
	unsigned long msg_stime_high;
	unsigned long msg_rtime;
	unsigned long msg_rtime_high;
	unsigned long msg_ctime;
	unsigned long msg_ctime_high;
	unsigned long msg_cbytes;
	unsigned long msg_qnum;
	unsigned long msg_qbytes;
	int msg_lspid;
	int msg_lrpid;
	unsigned long unused4;
	unsigned long unused5;
};

struct sysc_semid64_ds {
	struct sysc_ipc64_perm sem_perm;
	unsigned long sem_otime;
	unsigned long sem_otime_high;
	unsigned long sem_ctime;
	unsigned long sem_ctime_high;
	unsigned long sem_nsems;
	unsigned long unused3;
	unsigned long unused4;
};

struct sysc_shmid64_ds {
	struct sysc_ipc64_perm shm_perm;
	size_t shm_segsz;
	unsigned long shm_atime;
	unsigned long shm_atime_high;
	unsigned long shm_dtime;
	unsigned long shm_dtime_high;
	unsigned long shm_ctime;
	unsigned long shm_ctime_high;
	int shm_cpid;
	int shm_lpid;
	unsigned long shm_nattch;
	unsigned long unused4;
	unsigned long unused5;
};
#endif

/* msgsnd/msgrcv's buffer: a positive type, then the text (msgsz counts
 * only the text). This is the uapi shape, one byte of text: declare your
 * own with the text size you need (long mtype first). */
struct sysc_msgbuf {
	long mtype;
	char mtext[1];
};

/* msgctl(IPC_INFO / MSG_INFO) writes this into buf (cast it). */
struct sysc_msginfo {
	int msgpool;
	int msgmap;
	int msgmax;
	int msgmnb;
	int msgmni;
	int msgssz;
	int msgtql;
	unsigned short msgseg;
};

/* One semtimedop operation. */
struct sysc_sembuf {
	unsigned short sem_num;
	short sem_op;
	short sem_flg;	/* SYSC_IPC_NOWAIT, SYSC_SEM_UNDO */
};

/* semctl's fourth argument is an unsigned long: the value for SETVAL, or
 * the address (cast to unsigned long) of a struct sysc_semid64_ds
 * (IPC_STAT, IPC_SET), an unsigned short array (GETALL, SETALL) or a
 * struct sysc_seminfo (IPC_INFO, SEM_INFO). The kernel reads the register
 * either way; this avoids passing a union by value. */
struct sysc_seminfo {
	int semmap;
	int semmni;
	int semmns;
	int semmnu;
	int semmsl;
	int semopm;
	int semume;
	int semusz;
	int semvmx;
	int semaem;
};

/* shmctl(IPC_INFO) writes this; shmctl(SHM_INFO) writes sysc_shm_info. */
struct sysc_shminfo64 {
	unsigned long shmmax;
	unsigned long shmmin;
	unsigned long shmmni;
	unsigned long shmseg;
	unsigned long shmall;
	unsigned long unused1;
	unsigned long unused2;
	unsigned long unused3;
	unsigned long unused4;
};

struct sysc_shm_info {
	int used_ids;
	unsigned long shm_tot;
	unsigned long shm_rss;
	unsigned long shm_swp;
	unsigned long swap_attempts;
	unsigned long swap_successes;
};

/* linux/ipc.h */
#define SYSC_IPC_PRIVATE 0
#define SYSC_IPC_CREAT 00001000
#define SYSC_IPC_EXCL 00002000
#define SYSC_IPC_NOWAIT 00004000
#define SYSC_IPC_RMID 0
#define SYSC_IPC_SET 1
#define SYSC_IPC_STAT 2
#define SYSC_IPC_INFO 3
/* For the ipc() multiplexer only; see the top of this file. */
#define SYSC_IPC_64 0x0100

/* linux/msg.h */
#define SYSC_MSG_STAT 11
#define SYSC_MSG_INFO 12
#define SYSC_MSG_STAT_ANY 13
#define SYSC_MSG_NOERROR 010000
#define SYSC_MSG_EXCEPT 020000
#define SYSC_MSG_COPY 040000

/* linux/sem.h */
#define SYSC_SEM_UNDO 0x1000
#define SYSC_GETPID 11
#define SYSC_GETVAL 12
#define SYSC_GETALL 13
#define SYSC_GETNCNT 14
#define SYSC_GETZCNT 15
#define SYSC_SETVAL 16
#define SYSC_SETALL 17
#define SYSC_SEM_STAT 18
#define SYSC_SEM_INFO 19
#define SYSC_SEM_STAT_ANY 20
#define SYSC_SEMVMX 32767	/* largest semaphore value */

/* linux/shm.h; shmat's address must be SHMLBA-aligned unless SHM_RND. */
#define SYSC_SHMLBA 4096
#define SYSC_SHM_R 0400
#define SYSC_SHM_W 0200
#define SYSC_SHM_HUGETLB 04000
#define SYSC_SHM_NORESERVE 010000
#define SYSC_SHM_HUGE_SHIFT 26
#define SYSC_SHM_HUGE_MASK 0x3f
#define SYSC_SHM_RDONLY 010000
#define SYSC_SHM_RND 020000
#define SYSC_SHM_REMAP 040000
#define SYSC_SHM_EXEC 0100000
#define SYSC_SHM_LOCK 11
#define SYSC_SHM_UNLOCK 12
#define SYSC_SHM_STAT 13
#define SYSC_SHM_INFO 14
#define SYSC_SHM_STAT_ANY 15

/* ---- POSIX message queues ---- */

/* A queue is a file descriptor. The kernel's mq_open takes the name
 * WITHOUT the leading '/' that POSIX's mq_open wants (libcs strip it):
 * sysc passes the name through, so call sysc_mq_open("q", ...) for the
 * queue POSIX calls "/q". Flags are SYSC_O_RDONLY/WRONLY/RDWR, O_CREAT,
 * O_EXCL, O_NONBLOCK, O_CLOEXEC. */
typedef int sysc_mqd_t;

/* `long` fields: 64 bytes on x86_64, 32 on i386. mq_open reads mq_maxmsg
 * and mq_msgsize (attr NULL: the defaults); mq_getsetattr sets only
 * mq_flags (O_NONBLOCK). */
struct sysc_mq_attr {
	long mq_flags;
	long mq_maxmsg;
	long mq_msgsize;
	long mq_curmsgs;
	long mq_reserved[4];
};

#define SYSC_MQ_PRIO_MAX 32768
#define SYSC_MQ_BYTES_MAX 819200
/* SIGEV_THREAD's netlink cookie, and the notification types it carries. */
#define SYSC_NOTIFY_COOKIE_LEN 32
#define SYSC_NOTIFY_NONE 0
#define SYSC_NOTIFY_WOKENUP 1
#define SYSC_NOTIFY_REMOVED 2

/* ---- struct sigevent ----
 * The kernel's sigevent (asm-generic/siginfo.h), 64 bytes on both arches:
 * for mq_notify here, and timer_create. Members keep the kernel's names
 * (libcs define sigev_notify_function, sigev_notify_thread_id, ... as
 * macros, so those spellings are not used). For SIGEV_THREAD_ID put the
 * thread id in _sigev_un._tid. The kernel itself knows no SIGEV_THREAD
 * for timers; for mq_notify SIGEV_THREAD means: sigev_signo is a netlink
 * socket fd and sigev_value.sival_ptr points to a NOTIFY_COOKIE_LEN-byte
 * cookie. */
#define SYSC_SIGEV_SIGNAL 0
#define SYSC_SIGEV_NONE 1
#define SYSC_SIGEV_THREAD 2
#define SYSC_SIGEV_THREAD_ID 4
#define SYSC_SIGEV_MAX_SIZE 64
#define SYSC_SIGEV_PAD_SIZE \
	((SYSC_SIGEV_MAX_SIZE - 2 * sizeof(int) - sizeof(union sysc_sigval)) / sizeof(int))

struct sysc_sigevent {
	union sysc_sigval sigev_value;
	int sigev_signo;
	int sigev_notify;
	union {
		int _pad[SYSC_SIGEV_PAD_SIZE];
		int _tid;
		struct {
			void (*_function)(union sysc_sigval);
			void *_attribute;
		} _sigev_thread;
	} _sigev_un;
};

#endif
