/* Kernel ABI types and constants: I/O beyond read/write, sync, splice, aio,
 * io_uring, notification, mounts, quotas, swap, landlock. Included by
 * sysc/types.h. Every layout and value is checked against the kernel's
 * uapi headers in tests/test_abi_io.c; what is newer than the uapi 6.1
 * headers the test builds with is marked "(6.x)" and checked against the
 * kernel's documented offsets/values instead. */
/* types.h includes this header inside its C++ -Wpedantic push (flexible
 * array members) and after the types it uses; included first on its own,
 * this file is read through types.h. */
#include "types.h"
#ifndef SYSC_TYPES_IO_H
#define SYSC_TYPES_IO_H

/* ---- preadv2/pwritev2 flags (linux/fs.h RWF_*) ---- */
#define SYSC_RWF_HIPRI 0x00000001
#define SYSC_RWF_DSYNC 0x00000002
#define SYSC_RWF_SYNC 0x00000004
#define SYSC_RWF_NOWAIT 0x00000008
#define SYSC_RWF_APPEND 0x00000010
#define SYSC_RWF_NOAPPEND 0x00000020 /* 6.9 */
#define SYSC_RWF_ATOMIC 0x00000040 /* 6.11 */
#define SYSC_RWF_DONTCACHE 0x00000080 /* 6.14 */

/* ---- sync_file_range flags (linux/fs.h) ---- */
#define SYSC_SYNC_FILE_RANGE_WAIT_BEFORE 1
#define SYSC_SYNC_FILE_RANGE_WRITE 2
#define SYSC_SYNC_FILE_RANGE_WAIT_AFTER 4
#define SYSC_SYNC_FILE_RANGE_WRITE_AND_WAIT \
	(SYSC_SYNC_FILE_RANGE_WRITE | SYSC_SYNC_FILE_RANGE_WAIT_BEFORE | \
	 SYSC_SYNC_FILE_RANGE_WAIT_AFTER)

/* ---- fallocate modes (linux/falloc.h) ---- */
#define SYSC_FALLOC_FL_ALLOCATE_RANGE 0x00 /* 6.10's name for mode 0 */
#define SYSC_FALLOC_FL_KEEP_SIZE 0x01
#define SYSC_FALLOC_FL_PUNCH_HOLE 0x02
#define SYSC_FALLOC_FL_NO_HIDE_STALE 0x04
#define SYSC_FALLOC_FL_COLLAPSE_RANGE 0x08
#define SYSC_FALLOC_FL_ZERO_RANGE 0x10
#define SYSC_FALLOC_FL_INSERT_RANGE 0x20
#define SYSC_FALLOC_FL_UNSHARE_RANGE 0x40
#define SYSC_FALLOC_FL_WRITE_ZEROES 0x80 /* 6.17 */

/* ---- fadvise advice (linux/fadvise.h; x86 uses the generic 4 and 5) ---- */
#define SYSC_POSIX_FADV_NORMAL 0
#define SYSC_POSIX_FADV_RANDOM 1
#define SYSC_POSIX_FADV_SEQUENTIAL 2
#define SYSC_POSIX_FADV_WILLNEED 3
#define SYSC_POSIX_FADV_DONTNEED 4
#define SYSC_POSIX_FADV_NOREUSE 5

/* ---- splice/tee/vmsplice flags (the kernel's include/linux/splice.h,
 * not in uapi) ---- */
#define SYSC_SPLICE_F_MOVE 0x01
#define SYSC_SPLICE_F_NONBLOCK 0x02
#define SYSC_SPLICE_F_MORE 0x04
#define SYSC_SPLICE_F_GIFT 0x08

/* ---- cachestat (linux/mman.h, 6.5) ---- */
struct sysc_cachestat_range {
	uint64_t off;
	uint64_t len;	/* 0: to the end of the file */
};

struct sysc_cachestat {
	uint64_t nr_cache;
	uint64_t nr_dirty;
	uint64_t nr_writeback;
	uint64_t nr_evicted;
	uint64_t nr_recently_evicted;
};

/* ---- extended attributes (linux/xattr.h, linux/limits.h) ---- */
#define SYSC_XATTR_CREATE 0x1
#define SYSC_XATTR_REPLACE 0x2
#define SYSC_XATTR_NAME_MAX 255
#define SYSC_XATTR_SIZE_MAX 65536
#define SYSC_XATTR_LIST_MAX 65536

/* setxattrat/getxattrat (6.13): the value travels in this struct. `value`
 * is a user pointer widened to 64 bits (sysc_ptr64() below); `size` is
 * the value's length (getxattrat: the buffer's); `flags` are XATTR_CREATE
 * or XATTR_REPLACE (0 for getxattrat). Pass sizeof as the last argument. */
struct sysc_xattr_args {
	sysc_aligned_u64 value;
	uint32_t size;
	uint32_t flags;
};
#define SYSC_XATTR_ARGS_SIZE_VER0 16

/* A pointer as the kernel's __u64 fields carry it (zero-extended on i386). */
#define sysc_ptr64(p) ((uint64_t)(uintptr_t)(p))

/* ---- file_getattr/file_setattr (linux/fs.h, 6.17) ---- */
struct sysc_file_attr {
	uint64_t fa_xflags;	/* FS_XFLAG_* */
	uint32_t fa_extsize;
	uint32_t fa_nextents;	/* read only */
	uint32_t fa_projid;
	uint32_t fa_cowextsize;
};
#define SYSC_FILE_ATTR_SIZE_VER0 24

/* fa_xflags (linux/fs.h FS_XFLAG_*). */
#define SYSC_FS_XFLAG_REALTIME 0x00000001
#define SYSC_FS_XFLAG_PREALLOC 0x00000002
#define SYSC_FS_XFLAG_IMMUTABLE 0x00000008
#define SYSC_FS_XFLAG_APPEND 0x00000010
#define SYSC_FS_XFLAG_SYNC 0x00000020
#define SYSC_FS_XFLAG_NOATIME 0x00000040
#define SYSC_FS_XFLAG_NODUMP 0x00000080
#define SYSC_FS_XFLAG_RTINHERIT 0x00000100
#define SYSC_FS_XFLAG_PROJINHERIT 0x00000200
#define SYSC_FS_XFLAG_NOSYMLINKS 0x00000400
#define SYSC_FS_XFLAG_EXTSIZE 0x00000800
#define SYSC_FS_XFLAG_EXTSZINHERIT 0x00001000
#define SYSC_FS_XFLAG_NODEFRAG 0x00002000
#define SYSC_FS_XFLAG_FILESTREAM 0x00004000
#define SYSC_FS_XFLAG_DAX 0x00008000
#define SYSC_FS_XFLAG_COWEXTSIZE 0x00010000
#define SYSC_FS_XFLAG_HASATTR 0x80000000

/* ---- file handles (name_to_handle_at, open_by_handle_at) ----
 * The kernel's struct file_handle (include/linux/fs.h, not in uapi):
 * handle_bytes is in/out, f_handle holds up to MAX_HANDLE_SZ bytes. Give
 * the kernel storage for the flexible array, e.g. a union with
 * `unsigned char buf[sizeof(struct sysc_file_handle) + SYSC_MAX_HANDLE_SZ]`. */
struct sysc_file_handle {
	uint32_t handle_bytes;
	int32_t handle_type;
	unsigned char f_handle[];
};
#define SYSC_MAX_HANDLE_SZ 128
/* name_to_handle_at flags (linux/fcntl.h): AT_HANDLE_FID shares 0x200 with
 * AT_REMOVEDIR/AT_EACCESS, the others share bits with AT_ flags too: the
 * call reads them as its own. */
#define SYSC_AT_HANDLE_FID 0x200 /* 6.5 */
#define SYSC_AT_HANDLE_MNT_ID_UNIQUE 0x001 /* 6.12: mount_id is a u64 */
#define SYSC_AT_HANDLE_CONNECTABLE 0x002 /* 6.13 */

/* ---- Linux AIO (linux/aio_abi.h) ---- */
typedef unsigned long sysc_aio_context_t;	/* __kernel_ulong_t */

enum {
	SYSC_IOCB_CMD_PREAD = 0,
	SYSC_IOCB_CMD_PWRITE = 1,
	SYSC_IOCB_CMD_FSYNC = 2,
	SYSC_IOCB_CMD_FDSYNC = 3,
	SYSC_IOCB_CMD_POLL = 5,
	SYSC_IOCB_CMD_NOOP = 6,
	SYSC_IOCB_CMD_PREADV = 7,
	SYSC_IOCB_CMD_PWRITEV = 8
};
#define SYSC_IOCB_FLAG_RESFD (1 << 0)
#define SYSC_IOCB_FLAG_IOPRIO (1 << 1)

/* 64 bytes on both arches: pointers travel as u64 (sysc_ptr64). aio_key
 * and aio_rw_flags are in little-endian order (the kernel's PADDED()). */
struct sysc_iocb {
	uint64_t aio_data;
	uint32_t aio_key;
	int32_t aio_rw_flags;	/* RWF_* */
	uint16_t aio_lio_opcode;	/* IOCB_CMD_* */
	int16_t aio_reqprio;
	uint32_t aio_fildes;
	uint64_t aio_buf;
	uint64_t aio_nbytes;
	int64_t aio_offset;
	uint64_t aio_reserved2;
	uint32_t aio_flags;	/* IOCB_FLAG_* */
	uint32_t aio_resfd;
};

struct sysc_io_event {
	uint64_t data;	/* the iocb's aio_data */
	uint64_t obj;	/* the iocb's address */
	int64_t res;
	int64_t res2;
};

/* io_pgetevents' signal mask argument (the kernel's struct __aio_sigset;
 * pointer-sized fields, 8 bytes on i386). sigsetsize is 8. */
struct sysc_aio_sigset {
	const sysc_sigset_t *sigmask;
	size_t sigsetsize;
};

/* ---- io_uring (linux/io_uring.h) ---- */
struct sysc_io_sqring_offsets {
	uint32_t head;
	uint32_t tail;
	uint32_t ring_mask;
	uint32_t ring_entries;
	uint32_t flags;
	uint32_t dropped;
	uint32_t array;
	uint32_t resv1;
	uint64_t user_addr;	/* 6.5; resv2 before */
};

struct sysc_io_cqring_offsets {
	uint32_t head;
	uint32_t tail;
	uint32_t ring_mask;
	uint32_t ring_entries;
	uint32_t overflow;
	uint32_t cqes;
	uint32_t flags;
	uint32_t resv1;
	uint64_t user_addr;	/* 6.5; resv2 before */
};

struct sysc_io_uring_params {
	uint32_t sq_entries;
	uint32_t cq_entries;
	uint32_t flags;	/* IORING_SETUP_* */
	uint32_t sq_thread_cpu;
	uint32_t sq_thread_idle;
	uint32_t features;	/* IORING_FEAT_*, written by the kernel */
	uint32_t wq_fd;
	uint32_t resv[3];
	struct sysc_io_sqring_offsets sq_off;
	struct sysc_io_cqring_offsets cq_off;
};

/* One submission queue entry, 64 bytes. The kernel's struct is a run of
 * unions; sysc names each slot after its first member (the others are the
 * same bits): off = addr2 (cmd_op + pad); addr = splice_off_in; op_flags =
 * rw_flags, fsync_flags, poll32_events, msg_flags, timeout_flags,
 * open_flags, splice_flags, ... ; buf_index = buf_group; splice_fd_in =
 * file_index (addr_len + pad); addr3 + pad2 = the 16-byte cmd area of
 * IORING_OP_URING_CMD (an SQE128 ring has 64 more bytes per entry). */
struct sysc_io_uring_sqe {
	uint8_t opcode;	/* IORING_OP_* */
	uint8_t flags;	/* IOSQE_* */
	uint16_t ioprio;
	int32_t fd;
	uint64_t off;
	uint64_t addr;
	uint32_t len;
	uint32_t op_flags;
	uint64_t user_data;
	uint16_t buf_index;
	uint16_t personality;
	int32_t splice_fd_in;
	uint64_t addr3;
	uint64_t pad2;
};

/* One completion, 16 bytes (32 with IORING_SETUP_CQE32: big_cqe follows). */
struct sysc_io_uring_cqe {
	uint64_t user_data;
	int32_t res;
	uint32_t flags;	/* IORING_CQE_F_* */
};

/* io_uring_setup flags. */
#define SYSC_IORING_SETUP_IOPOLL (1U << 0)
#define SYSC_IORING_SETUP_SQPOLL (1U << 1)
#define SYSC_IORING_SETUP_SQ_AFF (1U << 2)
#define SYSC_IORING_SETUP_CQSIZE (1U << 3)
#define SYSC_IORING_SETUP_CLAMP (1U << 4)
#define SYSC_IORING_SETUP_ATTACH_WQ (1U << 5)
#define SYSC_IORING_SETUP_R_DISABLED (1U << 6)
#define SYSC_IORING_SETUP_SUBMIT_ALL (1U << 7)
#define SYSC_IORING_SETUP_COOP_TASKRUN (1U << 8)
#define SYSC_IORING_SETUP_TASKRUN_FLAG (1U << 9)
#define SYSC_IORING_SETUP_SQE128 (1U << 10)
#define SYSC_IORING_SETUP_CQE32 (1U << 11)
#define SYSC_IORING_SETUP_SINGLE_ISSUER (1U << 12)
#define SYSC_IORING_SETUP_DEFER_TASKRUN (1U << 13)
#define SYSC_IORING_SETUP_NO_MMAP (1U << 14) /* 6.5 */
#define SYSC_IORING_SETUP_REGISTERED_FD_ONLY (1U << 15) /* 6.5 */
#define SYSC_IORING_SETUP_NO_SQARRAY (1U << 16) /* 6.6 */
#define SYSC_IORING_SETUP_HYBRID_IOPOLL (1U << 17) /* 6.13 */
#define SYSC_IORING_SETUP_CQE_MIXED (1U << 18) /* 6.18 */
#define SYSC_IORING_SETUP_SQE_MIXED (1U << 19) /* 6.18 */

/* io_uring_enter flags. */
#define SYSC_IORING_ENTER_GETEVENTS (1U << 0)
#define SYSC_IORING_ENTER_SQ_WAKEUP (1U << 1)
#define SYSC_IORING_ENTER_SQ_WAIT (1U << 2)
#define SYSC_IORING_ENTER_EXT_ARG (1U << 3)
#define SYSC_IORING_ENTER_REGISTERED_RING (1U << 4)
#define SYSC_IORING_ENTER_ABS_TIMER (1U << 5) /* 6.12 */
#define SYSC_IORING_ENTER_EXT_ARG_REG (1U << 6) /* 6.13 */
#define SYSC_IORING_ENTER_NO_IOWAIT (1U << 7) /* 6.15 */

/* params.features. */
#define SYSC_IORING_FEAT_SINGLE_MMAP (1U << 0)
#define SYSC_IORING_FEAT_NODROP (1U << 1)
#define SYSC_IORING_FEAT_SUBMIT_STABLE (1U << 2)
#define SYSC_IORING_FEAT_RW_CUR_POS (1U << 3)
#define SYSC_IORING_FEAT_CUR_PERSONALITY (1U << 4)
#define SYSC_IORING_FEAT_FAST_POLL (1U << 5)
#define SYSC_IORING_FEAT_POLL_32BITS (1U << 6)
#define SYSC_IORING_FEAT_SQPOLL_NONFIXED (1U << 7)
#define SYSC_IORING_FEAT_EXT_ARG (1U << 8)
#define SYSC_IORING_FEAT_NATIVE_WORKERS (1U << 9)
#define SYSC_IORING_FEAT_RSRC_TAGS (1U << 10)
#define SYSC_IORING_FEAT_CQE_SKIP (1U << 11)
#define SYSC_IORING_FEAT_LINKED_FILE (1U << 12)
#define SYSC_IORING_FEAT_REG_REG_RING (1U << 13) /* 6.3 */
#define SYSC_IORING_FEAT_RECVSEND_BUNDLE (1U << 14) /* 6.10 */
#define SYSC_IORING_FEAT_MIN_TIMEOUT (1U << 15) /* 6.12 */
#define SYSC_IORING_FEAT_RW_ATTR (1U << 16) /* 6.14 */
#define SYSC_IORING_FEAT_NO_IOWAIT (1U << 17) /* 6.15 */

/* mmap offsets of the rings (the fd's offset argument). */
#define SYSC_IORING_OFF_SQ_RING 0ULL
#define SYSC_IORING_OFF_CQ_RING 0x8000000ULL
#define SYSC_IORING_OFF_SQES 0x10000000ULL
/* A kernel-allocated buffer ring (IOU_PBUF_RING_MMAP): IORING_OFF_PBUF_RING
 * | bgid << IORING_OFF_PBUF_SHIFT. */
#define SYSC_IORING_OFF_PBUF_RING 0x80000000ULL /* 6.4 */
#define SYSC_IORING_OFF_PBUF_SHIFT 16 /* 6.4 */
#define SYSC_IORING_OFF_MMAP_MASK 0xf8000000ULL

/* The sq ring's flags word, the cq ring's flags word. */
#define SYSC_IORING_SQ_NEED_WAKEUP (1U << 0)
#define SYSC_IORING_SQ_CQ_OVERFLOW (1U << 1)
#define SYSC_IORING_SQ_TASKRUN (1U << 2)
#define SYSC_IORING_CQ_EVENTFD_DISABLED (1U << 0)

/* sqe.flags. */
#define SYSC_IOSQE_FIXED_FILE (1U << 0)
#define SYSC_IOSQE_IO_DRAIN (1U << 1)
#define SYSC_IOSQE_IO_LINK (1U << 2)
#define SYSC_IOSQE_IO_HARDLINK (1U << 3)
#define SYSC_IOSQE_ASYNC (1U << 4)
#define SYSC_IOSQE_BUFFER_SELECT (1U << 5)
#define SYSC_IOSQE_CQE_SKIP_SUCCESS (1U << 6)

/* cqe.flags. */
#define SYSC_IORING_CQE_F_BUFFER (1U << 0)
#define SYSC_IORING_CQE_F_MORE (1U << 1)
#define SYSC_IORING_CQE_F_SOCK_NONEMPTY (1U << 2)
#define SYSC_IORING_CQE_F_NOTIF (1U << 3)
#define SYSC_IORING_CQE_F_BUF_MORE (1U << 4) /* 6.12 */
#define SYSC_IORING_CQE_F_SKIP (1U << 5) /* 6.18 */
#define SYSC_IORING_CQE_F_32 (1U << 15) /* 6.18 */
/* With IORING_CQE_F_BUFFER, the buffer id is flags >> this. */
#define SYSC_IORING_CQE_BUFFER_SHIFT 16

/* sqe.opcode: those of uapi 6.1, then the later ones with the release that
 * added them (IORING_REGISTER_PROBE reports which a kernel has). */
enum {
	SYSC_IORING_OP_NOP,
	SYSC_IORING_OP_READV,
	SYSC_IORING_OP_WRITEV,
	SYSC_IORING_OP_FSYNC,
	SYSC_IORING_OP_READ_FIXED,
	SYSC_IORING_OP_WRITE_FIXED,
	SYSC_IORING_OP_POLL_ADD,
	SYSC_IORING_OP_POLL_REMOVE,
	SYSC_IORING_OP_SYNC_FILE_RANGE,
	SYSC_IORING_OP_SENDMSG,
	SYSC_IORING_OP_RECVMSG,
	SYSC_IORING_OP_TIMEOUT,
	SYSC_IORING_OP_TIMEOUT_REMOVE,
	SYSC_IORING_OP_ACCEPT,
	SYSC_IORING_OP_ASYNC_CANCEL,
	SYSC_IORING_OP_LINK_TIMEOUT,
	SYSC_IORING_OP_CONNECT,
	SYSC_IORING_OP_FALLOCATE,
	SYSC_IORING_OP_OPENAT,
	SYSC_IORING_OP_CLOSE,
	SYSC_IORING_OP_FILES_UPDATE,
	SYSC_IORING_OP_STATX,
	SYSC_IORING_OP_READ,
	SYSC_IORING_OP_WRITE,
	SYSC_IORING_OP_FADVISE,
	SYSC_IORING_OP_MADVISE,
	SYSC_IORING_OP_SEND,
	SYSC_IORING_OP_RECV,
	SYSC_IORING_OP_OPENAT2,
	SYSC_IORING_OP_EPOLL_CTL,
	SYSC_IORING_OP_SPLICE,
	SYSC_IORING_OP_PROVIDE_BUFFERS,
	SYSC_IORING_OP_REMOVE_BUFFERS,
	SYSC_IORING_OP_TEE,
	SYSC_IORING_OP_SHUTDOWN,
	SYSC_IORING_OP_RENAMEAT,
	SYSC_IORING_OP_UNLINKAT,
	SYSC_IORING_OP_MKDIRAT,
	SYSC_IORING_OP_SYMLINKAT,
	SYSC_IORING_OP_LINKAT,
	SYSC_IORING_OP_MSG_RING,
	SYSC_IORING_OP_FSETXATTR,
	SYSC_IORING_OP_SETXATTR,
	SYSC_IORING_OP_FGETXATTR,
	SYSC_IORING_OP_GETXATTR,
	SYSC_IORING_OP_SOCKET,
	SYSC_IORING_OP_URING_CMD,
	SYSC_IORING_OP_SEND_ZC,
	SYSC_IORING_OP_SENDMSG_ZC,
	SYSC_IORING_OP_READ_MULTISHOT,	/* 6.7 */
	SYSC_IORING_OP_WAITID,	/* 6.7 */
	SYSC_IORING_OP_FUTEX_WAIT,	/* 6.7 */
	SYSC_IORING_OP_FUTEX_WAKE,	/* 6.7 */
	SYSC_IORING_OP_FUTEX_WAITV,	/* 6.7 */
	SYSC_IORING_OP_FIXED_FD_INSTALL,	/* 6.8 */
	SYSC_IORING_OP_FTRUNCATE,	/* 6.9 */
	SYSC_IORING_OP_BIND,	/* 6.11 */
	SYSC_IORING_OP_LISTEN,	/* 6.11 */
	SYSC_IORING_OP_RECV_ZC,	/* 6.15 */
	SYSC_IORING_OP_EPOLL_WAIT,	/* 6.15 */
	SYSC_IORING_OP_READV_FIXED,	/* 6.15 */
	SYSC_IORING_OP_WRITEV_FIXED,	/* 6.15 */
	SYSC_IORING_OP_PIPE,	/* 6.16 */
	SYSC_IORING_OP_NOP128,	/* 6.18 */
	SYSC_IORING_OP_URING_CMD128	/* 6.18 */
};
#define SYSC_IORING_FSYNC_DATASYNC (1U << 0)
#define SYSC_IORING_TIMEOUT_ABS (1U << 0)

/* io_uring_register opcodes: those of uapi 6.1, then the later ones (32 is
 * ZCRX_IFQ, 6.15). */
enum {
	SYSC_IORING_REGISTER_BUFFERS = 0,
	SYSC_IORING_UNREGISTER_BUFFERS = 1,
	SYSC_IORING_REGISTER_FILES = 2,
	SYSC_IORING_UNREGISTER_FILES = 3,
	SYSC_IORING_REGISTER_EVENTFD = 4,
	SYSC_IORING_UNREGISTER_EVENTFD = 5,
	SYSC_IORING_REGISTER_FILES_UPDATE = 6,
	SYSC_IORING_REGISTER_EVENTFD_ASYNC = 7,
	SYSC_IORING_REGISTER_PROBE = 8,
	SYSC_IORING_REGISTER_PERSONALITY = 9,
	SYSC_IORING_UNREGISTER_PERSONALITY = 10,
	SYSC_IORING_REGISTER_RESTRICTIONS = 11,
	SYSC_IORING_REGISTER_ENABLE_RINGS = 12,
	SYSC_IORING_REGISTER_FILES2 = 13,
	SYSC_IORING_REGISTER_FILES_UPDATE2 = 14,
	SYSC_IORING_REGISTER_BUFFERS2 = 15,
	SYSC_IORING_REGISTER_BUFFERS_UPDATE = 16,
	SYSC_IORING_REGISTER_IOWQ_AFF = 17,
	SYSC_IORING_UNREGISTER_IOWQ_AFF = 18,
	SYSC_IORING_REGISTER_IOWQ_MAX_WORKERS = 19,
	SYSC_IORING_REGISTER_RING_FDS = 20,
	SYSC_IORING_UNREGISTER_RING_FDS = 21,
	SYSC_IORING_REGISTER_PBUF_RING = 22,
	SYSC_IORING_UNREGISTER_PBUF_RING = 23,
	SYSC_IORING_REGISTER_SYNC_CANCEL = 24,
	SYSC_IORING_REGISTER_FILE_ALLOC_RANGE = 25,
	SYSC_IORING_REGISTER_PBUF_STATUS = 26,	/* 6.8 */
	SYSC_IORING_REGISTER_NAPI = 27,	/* 6.9 */
	SYSC_IORING_UNREGISTER_NAPI = 28,	/* 6.9 */
	SYSC_IORING_REGISTER_CLOCK = 29,	/* 6.12 */
	SYSC_IORING_REGISTER_CLONE_BUFFERS = 30,	/* 6.12 */
	SYSC_IORING_REGISTER_SEND_MSG_RING = 31,	/* 6.13 */
	SYSC_IORING_REGISTER_ZCRX_IFQ = 32,	/* 6.15 */
	SYSC_IORING_REGISTER_RESIZE_RINGS = 33,	/* 6.13 */
	SYSC_IORING_REGISTER_MEM_REGION = 34,	/* 6.13 */
	SYSC_IORING_REGISTER_QUERY = 35	/* 6.18 */
};
/* Or'd into the opcode: the fd is a registered ring's index (6.3). */
#define SYSC_IORING_REGISTER_USE_REGISTERED_RING (1U << 31)

/* IORING_REGISTER_FILES_UPDATE: set `offset`.. from the fds at `fds` (an
 * int32_t array; -1 clears a slot, IORING_REGISTER_FILES_SKIP leaves it). */
struct sysc_io_uring_files_update {
	uint32_t offset;
	uint32_t resv;
	sysc_aligned_u64 fds;
};
#define SYSC_IORING_REGISTER_FILES_SKIP (-2)
/* A direct descriptor slot chosen by the kernel (sqe file_index). */
#define SYSC_IORING_FILE_INDEX_ALLOC (~0U)

/* IORING_REGISTER_FILES2 / BUFFERS2: `nr` fds (int32_t array) or iovecs at
 * `data`, with an optional uint64_t tag each at `tags` (0: none). */
struct sysc_io_uring_rsrc_register {
	uint32_t nr;
	uint32_t flags;	/* IORING_RSRC_REGISTER_SPARSE */
	uint64_t resv2;
	sysc_aligned_u64 data;
	sysc_aligned_u64 tags;
};
#define SYSC_IORING_RSRC_REGISTER_SPARSE (1U << 0)

/* IORING_REGISTER_FILES_UPDATE (the tagless form). */
struct sysc_io_uring_rsrc_update {
	uint32_t offset;
	uint32_t resv;
	sysc_aligned_u64 data;
};

/* IORING_REGISTER_FILES_UPDATE2 / BUFFERS_UPDATE: `nr` entries from
 * `offset`. */
struct sysc_io_uring_rsrc_update2 {
	uint32_t offset;
	uint32_t resv;
	sysc_aligned_u64 data;
	sysc_aligned_u64 tags;
	uint32_t nr;
	uint32_t resv2;
};

/* IORING_REGISTER_FILE_ALLOC_RANGE: slots [off, off + len). */
struct sysc_io_uring_file_index_range {
	uint32_t off;
	uint32_t len;
	uint64_t resv;
};

/* io_uring_enter's argument with IORING_ENTER_EXT_ARG (argsz = its size):
 * sigmask and ts (a struct sysc_timespec *, 64-bit on i386 too) as
 * addresses. */
struct sysc_io_uring_getevents_arg {
	uint64_t sigmask;
	uint32_t sigmask_sz;
	uint32_t min_wait_usec;	/* 6.12 (IORING_FEAT_MIN_TIMEOUT); pad before */
	uint64_t ts;
};

/* A provided buffer ring (IORING_REGISTER_PBUF_RING): ring_entries (a power
 * of two) struct sysc_io_uring_buf, page-aligned at ring_addr; the kernel's
 * struct overlays the 16-bit tail on bufs[0].resv. Here the overlay is the
 * named union u: u.h.tail, and u.bufs[i] for the entries (the kernel's
 * flexible array; bufs[1] only so that C99 and C++ accept it: index past
 * it through a struct sysc_io_uring_buf pointer to the ring). */
struct sysc_io_uring_buf {
	uint64_t addr;
	uint32_t len;
	uint16_t bid;
	uint16_t resv;
};

struct sysc_io_uring_buf_ring {
	union {
		struct {
			uint64_t resv1;
			uint32_t resv2;
			uint16_t resv3;
			uint16_t tail;
		} h;
		struct sysc_io_uring_buf bufs[1];
	} u;
};

/* IORING_REGISTER_PBUF_RING / UNREGISTER_PBUF_RING's argument. */
struct sysc_io_uring_buf_reg {
	uint64_t ring_addr;
	uint32_t ring_entries;
	uint16_t bgid;
	uint16_t flags;	/* IOU_PBUF_RING_* (6.4); pad before */
	uint64_t resv[3];
};
#define SYSC_IOU_PBUF_RING_MMAP 1 /* 6.4 */
#define SYSC_IOU_PBUF_RING_INC 2 /* 6.12 */

/* IORING_REGISTER_PROBE's answer: a header and one entry per opcode. */
struct sysc_io_uring_probe_op {
	uint8_t op;
	uint8_t resv;
	uint16_t flags;	/* IO_URING_OP_SUPPORTED */
	uint32_t resv2;
};

struct sysc_io_uring_probe {
	uint8_t last_op;
	uint8_t ops_len;
	uint16_t resv;
	uint32_t resv2[3];
	struct sysc_io_uring_probe_op ops[];
};
#define SYSC_IO_URING_OP_SUPPORTED (1U << 0)

/* ---- inotify (linux/inotify.h) ---- */
struct sysc_inotify_event {
	int32_t wd;
	uint32_t mask;
	uint32_t cookie;
	uint32_t len;	/* of name[], NUL-padded */
	char name[];
};
#define SYSC_IN_ACCESS 0x00000001
#define SYSC_IN_MODIFY 0x00000002
#define SYSC_IN_ATTRIB 0x00000004
#define SYSC_IN_CLOSE_WRITE 0x00000008
#define SYSC_IN_CLOSE_NOWRITE 0x00000010
#define SYSC_IN_OPEN 0x00000020
#define SYSC_IN_MOVED_FROM 0x00000040
#define SYSC_IN_MOVED_TO 0x00000080
#define SYSC_IN_CREATE 0x00000100
#define SYSC_IN_DELETE 0x00000200
#define SYSC_IN_DELETE_SELF 0x00000400
#define SYSC_IN_MOVE_SELF 0x00000800
#define SYSC_IN_UNMOUNT 0x00002000
#define SYSC_IN_Q_OVERFLOW 0x00004000
#define SYSC_IN_IGNORED 0x00008000
#define SYSC_IN_CLOSE (SYSC_IN_CLOSE_WRITE | SYSC_IN_CLOSE_NOWRITE)
#define SYSC_IN_MOVE (SYSC_IN_MOVED_FROM | SYSC_IN_MOVED_TO)
#define SYSC_IN_ONLYDIR 0x01000000
#define SYSC_IN_DONT_FOLLOW 0x02000000
#define SYSC_IN_EXCL_UNLINK 0x04000000
#define SYSC_IN_MASK_CREATE 0x10000000
#define SYSC_IN_MASK_ADD 0x20000000
#define SYSC_IN_ISDIR 0x40000000
#define SYSC_IN_ONESHOT 0x80000000
#define SYSC_IN_ALL_EVENTS 0x00000fff
/* inotify_init1 flags: the O_ values. */
#define SYSC_IN_CLOEXEC SYSC_O_CLOEXEC
#define SYSC_IN_NONBLOCK SYSC_O_NONBLOCK

/* ---- fanotify (linux/fanotify.h) ---- */
/* Event mask bits (fanotify_mark's mask, the event's mask). */
#define SYSC_FAN_ACCESS 0x00000001
#define SYSC_FAN_MODIFY 0x00000002
#define SYSC_FAN_ATTRIB 0x00000004
#define SYSC_FAN_CLOSE_WRITE 0x00000008
#define SYSC_FAN_CLOSE_NOWRITE 0x00000010
#define SYSC_FAN_OPEN 0x00000020
#define SYSC_FAN_MOVED_FROM 0x00000040
#define SYSC_FAN_MOVED_TO 0x00000080
#define SYSC_FAN_CREATE 0x00000100
#define SYSC_FAN_DELETE 0x00000200
#define SYSC_FAN_DELETE_SELF 0x00000400
#define SYSC_FAN_MOVE_SELF 0x00000800
#define SYSC_FAN_OPEN_EXEC 0x00001000
#define SYSC_FAN_Q_OVERFLOW 0x00004000
#define SYSC_FAN_FS_ERROR 0x00008000
#define SYSC_FAN_OPEN_PERM 0x00010000
#define SYSC_FAN_ACCESS_PERM 0x00020000
#define SYSC_FAN_OPEN_EXEC_PERM 0x00040000
#define SYSC_FAN_EVENT_ON_CHILD 0x08000000
#define SYSC_FAN_RENAME 0x10000000
#define SYSC_FAN_ONDIR 0x40000000
#define SYSC_FAN_CLOSE (SYSC_FAN_CLOSE_WRITE | SYSC_FAN_CLOSE_NOWRITE)
#define SYSC_FAN_MOVE (SYSC_FAN_MOVED_FROM | SYSC_FAN_MOVED_TO)

/* fanotify_init flags. */
#define SYSC_FAN_CLOEXEC 0x00000001
#define SYSC_FAN_NONBLOCK 0x00000002
#define SYSC_FAN_CLASS_NOTIF 0x00000000
#define SYSC_FAN_CLASS_CONTENT 0x00000004
#define SYSC_FAN_CLASS_PRE_CONTENT 0x00000008
#define SYSC_FAN_UNLIMITED_QUEUE 0x00000010
#define SYSC_FAN_UNLIMITED_MARKS 0x00000020
#define SYSC_FAN_ENABLE_AUDIT 0x00000040
#define SYSC_FAN_REPORT_PIDFD 0x00000080
#define SYSC_FAN_REPORT_TID 0x00000100
#define SYSC_FAN_REPORT_FID 0x00000200
#define SYSC_FAN_REPORT_DIR_FID 0x00000400
#define SYSC_FAN_REPORT_NAME 0x00000800
#define SYSC_FAN_REPORT_TARGET_FID 0x00001000
#define SYSC_FAN_REPORT_DFID_NAME (SYSC_FAN_REPORT_DIR_FID | SYSC_FAN_REPORT_NAME)

/* fanotify_mark flags. */
#define SYSC_FAN_MARK_ADD 0x00000001
#define SYSC_FAN_MARK_REMOVE 0x00000002
#define SYSC_FAN_MARK_DONT_FOLLOW 0x00000004
#define SYSC_FAN_MARK_ONLYDIR 0x00000008
#define SYSC_FAN_MARK_IGNORED_MASK 0x00000020
#define SYSC_FAN_MARK_IGNORED_SURV_MODIFY 0x00000040
#define SYSC_FAN_MARK_FLUSH 0x00000080
#define SYSC_FAN_MARK_EVICTABLE 0x00000200
#define SYSC_FAN_MARK_IGNORE 0x00000400
#define SYSC_FAN_MARK_INODE 0x00000000
#define SYSC_FAN_MARK_MOUNT 0x00000010
#define SYSC_FAN_MARK_FILESYSTEM 0x00000100

#define SYSC_FANOTIFY_METADATA_VERSION 3
#define SYSC_FAN_NOFD (-1)
#define SYSC_FAN_NOPIDFD SYSC_FAN_NOFD
#define SYSC_FAN_EPIDFD (-2)
#define SYSC_FAN_ALLOW 0x01
#define SYSC_FAN_DENY 0x02
#define SYSC_FAN_AUDIT 0x10	/* or'd into a response: audit it */

/* The info records after the metadata (FAN_REPORT_FID, _DIR_FID, _PIDFD,
 * FAN_FS_ERROR): each starts with this header, len covering the record. */
#define SYSC_FAN_EVENT_INFO_TYPE_FID 1
#define SYSC_FAN_EVENT_INFO_TYPE_DFID_NAME 2
#define SYSC_FAN_EVENT_INFO_TYPE_DFID 3
#define SYSC_FAN_EVENT_INFO_TYPE_PIDFD 4
#define SYSC_FAN_EVENT_INFO_TYPE_ERROR 5
#define SYSC_FAN_EVENT_INFO_TYPE_OLD_DFID_NAME 10
#define SYSC_FAN_EVENT_INFO_TYPE_NEW_DFID_NAME 12

struct sysc_fanotify_event_info_header {
	uint8_t info_type;	/* FAN_EVENT_INFO_TYPE_* */
	uint8_t pad;
	uint16_t len;
};

/* A FID/DFID record: the filesystem id, then a struct sysc_file_handle
 * (handle_bytes, handle_type, f_handle) at `handle`; a DFID_NAME record
 * follows the handle with the entry's NUL-terminated name. */
struct sysc_fanotify_event_info_fid {
	struct sysc_fanotify_event_info_header hdr;
	struct sysc_fsid fsid;
	unsigned char handle[];
};

struct sysc_fanotify_event_info_pidfd {
	struct sysc_fanotify_event_info_header hdr;
	int32_t pidfd;	/* or FAN_NOPIDFD, FAN_EPIDFD */
};

/* FAN_FS_ERROR's record. */
struct sysc_fanotify_event_info_error {
	struct sysc_fanotify_event_info_header hdr;
	int32_t error;
	uint32_t error_count;
};

/* One event as read() returns it; event_len covers any info records
 * that follow (FAN_REPORT_FID...). mask is 8-aligned on i386 too. */
struct sysc_fanotify_event_metadata {
	uint32_t event_len;
	uint8_t vers;
	uint8_t reserved;
	uint16_t metadata_len;
	sysc_aligned_u64 mask;
	int32_t fd;
	int32_t pid;
};

/* Written to the fanotify fd to answer a permission event. */
struct sysc_fanotify_response {
	int32_t fd;
	uint32_t response;	/* FAN_ALLOW / FAN_DENY, | FAN_AUDIT */
};

/* ---- mounts (linux/mount.h) ---- */
/* mount flags. */
#define SYSC_MS_RDONLY 1
#define SYSC_MS_NOSUID 2
#define SYSC_MS_NODEV 4
#define SYSC_MS_NOEXEC 8
#define SYSC_MS_SYNCHRONOUS 16
#define SYSC_MS_REMOUNT 32
#define SYSC_MS_MANDLOCK 64
#define SYSC_MS_DIRSYNC 128
#define SYSC_MS_NOSYMFOLLOW 256
#define SYSC_MS_NOATIME 1024
#define SYSC_MS_NODIRATIME 2048
#define SYSC_MS_BIND 4096
#define SYSC_MS_MOVE 8192
#define SYSC_MS_REC 16384
#define SYSC_MS_SILENT 32768
#define SYSC_MS_POSIXACL (1 << 16)
#define SYSC_MS_UNBINDABLE (1 << 17)
#define SYSC_MS_PRIVATE (1 << 18)
#define SYSC_MS_SLAVE (1 << 19)
#define SYSC_MS_SHARED (1 << 20)
#define SYSC_MS_RELATIME (1 << 21)
#define SYSC_MS_KERNMOUNT (1 << 22)
#define SYSC_MS_I_VERSION (1 << 23)
#define SYSC_MS_STRICTATIME (1 << 24)
#define SYSC_MS_LAZYTIME (1 << 25)
#define SYSC_MS_MGC_VAL 0xC0ED0000UL
#define SYSC_MS_MGC_MSK 0xffff0000UL

/* umount2 flags (the kernel's include/linux/fs.h; not in uapi). */
#define SYSC_MNT_FORCE 0x00000001
#define SYSC_MNT_DETACH 0x00000002
#define SYSC_MNT_EXPIRE 0x00000004
#define SYSC_UMOUNT_NOFOLLOW 0x00000008

/* open_tree flags. */
#define SYSC_OPEN_TREE_CLONE 1
#define SYSC_OPEN_TREE_CLOEXEC SYSC_O_CLOEXEC

/* move_mount flags. */
#define SYSC_MOVE_MOUNT_F_SYMLINKS 0x00000001
#define SYSC_MOVE_MOUNT_F_AUTOMOUNTS 0x00000002
#define SYSC_MOVE_MOUNT_F_EMPTY_PATH 0x00000004
#define SYSC_MOVE_MOUNT_T_SYMLINKS 0x00000010
#define SYSC_MOVE_MOUNT_T_AUTOMOUNTS 0x00000020
#define SYSC_MOVE_MOUNT_T_EMPTY_PATH 0x00000040
#define SYSC_MOVE_MOUNT_SET_GROUP 0x00000100
#define SYSC_MOVE_MOUNT_BENEATH 0x00000200 /* 6.5 */

/* fsopen, fspick, fsmount flags. */
#define SYSC_FSOPEN_CLOEXEC 0x00000001
#define SYSC_FSPICK_CLOEXEC 0x00000001
#define SYSC_FSPICK_SYMLINK_NOFOLLOW 0x00000002
#define SYSC_FSPICK_NO_AUTOMOUNT 0x00000004
#define SYSC_FSPICK_EMPTY_PATH 0x00000008
#define SYSC_FSMOUNT_CLOEXEC 0x00000001

/* fsconfig commands. */
enum {
	SYSC_FSCONFIG_SET_FLAG = 0,
	SYSC_FSCONFIG_SET_STRING = 1,
	SYSC_FSCONFIG_SET_BINARY = 2,
	SYSC_FSCONFIG_SET_PATH = 3,
	SYSC_FSCONFIG_SET_PATH_EMPTY = 4,
	SYSC_FSCONFIG_SET_FD = 5,
	SYSC_FSCONFIG_CMD_CREATE = 6,
	SYSC_FSCONFIG_CMD_RECONFIGURE = 7,
	SYSC_FSCONFIG_CMD_CREATE_EXCL = 8 /* 6.6 */
};

/* Mount attributes (fsmount's attr_flags, struct mount_attr). */
#define SYSC_MOUNT_ATTR_RDONLY 0x00000001
#define SYSC_MOUNT_ATTR_NOSUID 0x00000002
#define SYSC_MOUNT_ATTR_NODEV 0x00000004
#define SYSC_MOUNT_ATTR_NOEXEC 0x00000008
#define SYSC_MOUNT_ATTR__ATIME 0x00000070
#define SYSC_MOUNT_ATTR_RELATIME 0x00000000
#define SYSC_MOUNT_ATTR_NOATIME 0x00000010
#define SYSC_MOUNT_ATTR_STRICTATIME 0x00000020
#define SYSC_MOUNT_ATTR_NODIRATIME 0x00000080
#define SYSC_MOUNT_ATTR_IDMAP 0x00100000
#define SYSC_MOUNT_ATTR_NOSYMFOLLOW 0x00200000

/* mount_setattr and open_tree_attr (6.15): pass sizeof as the size. */
struct sysc_mount_attr {
	uint64_t attr_set;
	uint64_t attr_clr;
	uint64_t propagation;	/* MS_SHARED, MS_SLAVE, MS_PRIVATE, MS_UNBINDABLE */
	uint64_t userns_fd;
};
#define SYSC_MOUNT_ATTR_SIZE_VER0 32

/* statmount/listmount request (6.8; mnt_ns_id 6.11). mnt_ns_fd (6.18) was
 * `spare` before and must then be 0. */
struct sysc_mnt_id_req {
	uint32_t size;	/* sizeof, or MNT_ID_REQ_SIZE_VER0 */
	uint32_t mnt_ns_fd;
	uint64_t mnt_id;
	uint64_t param;	/* statmount: STATMOUNT_* mask; listmount: last id */
	uint64_t mnt_ns_id;
};
#define SYSC_MNT_ID_REQ_SIZE_VER0 24
#define SYSC_MNT_ID_REQ_SIZE_VER1 32
#define SYSC_LSMT_ROOT 0xffffffffffffffffULL /* listmount: the root mount */
#define SYSC_LISTMOUNT_REVERSE (1U << 0) /* 6.14 */

/* What statmount writes (6.8, fields to mnt_gidmap 6.15): a fixed part
 * and the strings it points into (offsets into str[]). The buffer passed
 * must be larger than sizeof(struct sysc_statmount) to hold strings. */
struct sysc_statmount {
	uint32_t size;
	uint32_t mnt_opts;	/* [str] 6.10 */
	uint64_t mask;
	uint32_t sb_dev_major;
	uint32_t sb_dev_minor;
	uint64_t sb_magic;
	uint32_t sb_flags;
	uint32_t fs_type;	/* [str] */
	uint64_t mnt_id;
	uint64_t mnt_parent_id;
	uint32_t mnt_id_old;
	uint32_t mnt_parent_id_old;
	uint64_t mnt_attr;	/* MOUNT_ATTR_* */
	uint64_t mnt_propagation;
	uint64_t mnt_peer_group;
	uint64_t mnt_master;
	uint64_t propagate_from;
	uint32_t mnt_root;	/* [str] */
	uint32_t mnt_point;	/* [str] */
	uint64_t mnt_ns_id;
	uint32_t fs_subtype;	/* [str] */
	uint32_t sb_source;	/* [str] */
	uint32_t opt_num;
	uint32_t opt_array;	/* [str] */
	uint32_t opt_sec_num;
	uint32_t opt_sec_array;	/* [str] */
	uint64_t supported_mask;
	uint32_t mnt_uidmap_num;
	uint32_t mnt_uidmap;	/* [str] */
	uint32_t mnt_gidmap_num;
	uint32_t mnt_gidmap;	/* [str] */
	uint64_t spare2[43];
	char str[];
};
#define SYSC_STATMOUNT_SB_BASIC 0x00000001U
#define SYSC_STATMOUNT_MNT_BASIC 0x00000002U
#define SYSC_STATMOUNT_PROPAGATE_FROM 0x00000004U
#define SYSC_STATMOUNT_MNT_ROOT 0x00000008U
#define SYSC_STATMOUNT_MNT_POINT 0x00000010U
#define SYSC_STATMOUNT_FS_TYPE 0x00000020U
#define SYSC_STATMOUNT_MNT_NS_ID 0x00000040U
#define SYSC_STATMOUNT_MNT_OPTS 0x00000080U
#define SYSC_STATMOUNT_FS_SUBTYPE 0x00000100U
#define SYSC_STATMOUNT_SB_SOURCE 0x00000200U
#define SYSC_STATMOUNT_OPT_ARRAY 0x00000400U
#define SYSC_STATMOUNT_OPT_SEC_ARRAY 0x00000800U
#define SYSC_STATMOUNT_SUPPORTED_MASK 0x00001000U
#define SYSC_STATMOUNT_MNT_UIDMAP 0x00002000U
#define SYSC_STATMOUNT_MNT_GIDMAP 0x00004000U

/* listns request (linux/nsfs.h, 6.19; the kernel's anonymous inner struct
 * flattened: the same bytes). */
struct sysc_ns_id_req {
	uint32_t size;	/* SYSC_NS_ID_REQ_SIZE_VER0 */
	uint32_t spare;
	uint64_t ns_id;	/* the last id seen, 0 to start */
	uint32_t ns_type;	/* CLONE_NEW* bits, 0 for all */
	uint32_t spare2;
	uint64_t user_ns_id;	/* owner filter, 0 or LISTNS_CURRENT_USER */
};
#define SYSC_NS_ID_REQ_SIZE_VER0 32
#define SYSC_LISTNS_CURRENT_USER 0xffffffffffffffffULL

/* ---- quotas (linux/quota.h) ---- */
#define SYSC_SUBCMDSHIFT 8
#define SYSC_SUBCMDMASK 0x00ff
#define SYSC_QCMD(cmd, type) (((cmd) << SYSC_SUBCMDSHIFT) | ((type) & SYSC_SUBCMDMASK))
#define SYSC_USRQUOTA 0
#define SYSC_GRPQUOTA 1
#define SYSC_PRJQUOTA 2
#define SYSC_Q_SYNC 0x800001
#define SYSC_Q_QUOTAON 0x800002
#define SYSC_Q_QUOTAOFF 0x800003
#define SYSC_Q_GETFMT 0x800004
#define SYSC_Q_GETINFO 0x800005
#define SYSC_Q_SETINFO 0x800006
#define SYSC_Q_GETQUOTA 0x800007
#define SYSC_Q_SETQUOTA 0x800008
#define SYSC_Q_GETNEXTQUOTA 0x800009
#define SYSC_QFMT_VFS_OLD 1
#define SYSC_QFMT_VFS_V0 2
#define SYSC_QFMT_OCFS2 3
#define SYSC_QFMT_VFS_V1 4
#define SYSC_QIF_BLIMITS 1
#define SYSC_QIF_SPACE 2
#define SYSC_QIF_ILIMITS 4
#define SYSC_QIF_INODES 8
#define SYSC_QIF_BTIME 16
#define SYSC_QIF_ITIME 32
#define SYSC_QIF_LIMITS (SYSC_QIF_BLIMITS | SYSC_QIF_ILIMITS)
#define SYSC_QIF_USAGE (SYSC_QIF_SPACE | SYSC_QIF_INODES)
#define SYSC_QIF_TIMES (SYSC_QIF_BTIME | SYSC_QIF_ITIME)
#define SYSC_QIF_ALL (SYSC_QIF_LIMITS | SYSC_QIF_USAGE | SYSC_QIF_TIMES)

/* Q_GETQUOTA/Q_SETQUOTA. i386 aligns u64 to 4 in structs, so the struct
 * is 68 bytes there and 72 on x86_64, as the kernel (compat_if_dqblk)
 * expects; sysc's types give both. */
struct sysc_if_dqblk {
	uint64_t dqb_bhardlimit;
	uint64_t dqb_bsoftlimit;
	uint64_t dqb_curspace;
	uint64_t dqb_ihardlimit;
	uint64_t dqb_isoftlimit;
	uint64_t dqb_curinodes;
	uint64_t dqb_btime;
	uint64_t dqb_itime;
	uint32_t dqb_valid;	/* QIF_* */
};

/* Q_GETNEXTQUOTA (72 bytes on both arches). */
struct sysc_if_nextdqblk {
	uint64_t dqb_bhardlimit;
	uint64_t dqb_bsoftlimit;
	uint64_t dqb_curspace;
	uint64_t dqb_ihardlimit;
	uint64_t dqb_isoftlimit;
	uint64_t dqb_curinodes;
	uint64_t dqb_btime;
	uint64_t dqb_itime;
	uint32_t dqb_valid;
	uint32_t dqb_id;
};

/* Q_GETINFO/Q_SETINFO. */
struct sysc_if_dqinfo {
	uint64_t dqi_bgrace;
	uint64_t dqi_igrace;
	uint32_t dqi_flags;
	uint32_t dqi_valid;
};

/* ---- swapon flags (the kernel's include/linux/swap.h; not in uapi) ---- */
#define SYSC_SWAP_FLAG_PREFER 0x8000
#define SYSC_SWAP_FLAG_PRIO_MASK 0x7fff
#define SYSC_SWAP_FLAG_PRIO_SHIFT 0
#define SYSC_SWAP_FLAG_DISCARD 0x10000
#define SYSC_SWAP_FLAG_DISCARD_ONCE 0x20000
#define SYSC_SWAP_FLAG_DISCARD_PAGES 0x40000

/* ---- landlock (linux/landlock.h) ---- */
/* Pass sizeof as the size: older kernels accept a prefix (handled_access_fs
 * alone is ABI 1; handled_access_net ABI 4, 6.7; scoped ABI 6, 6.12) as
 * long as the fields they do not know are zero. */
struct sysc_landlock_ruleset_attr {
	uint64_t handled_access_fs;
	uint64_t handled_access_net;
	uint64_t scoped;
};

/* Packed in the kernel: 12 bytes on both arches. */
struct sysc_landlock_path_beneath_attr {
	uint64_t allowed_access;
	int32_t parent_fd;
} __attribute__((__packed__));

struct sysc_landlock_net_port_attr {
	uint64_t allowed_access;
	uint64_t port;
};

enum {
	SYSC_LANDLOCK_RULE_PATH_BENEATH = 1,
	SYSC_LANDLOCK_RULE_NET_PORT = 2 /* 6.7 */
};

/* landlock_create_ruleset flags. */
#define SYSC_LANDLOCK_CREATE_RULESET_VERSION (1U << 0)
#define SYSC_LANDLOCK_CREATE_RULESET_ERRATA (1U << 1) /* 6.15 */
/* landlock_restrict_self flags (6.15). */
#define SYSC_LANDLOCK_RESTRICT_SELF_LOG_SAME_EXEC_OFF (1U << 0)
#define SYSC_LANDLOCK_RESTRICT_SELF_LOG_NEW_EXEC_ON (1U << 1)
#define SYSC_LANDLOCK_RESTRICT_SELF_LOG_SUBDOMAINS_OFF (1U << 2)

#define SYSC_LANDLOCK_ACCESS_FS_EXECUTE (1ULL << 0)
#define SYSC_LANDLOCK_ACCESS_FS_WRITE_FILE (1ULL << 1)
#define SYSC_LANDLOCK_ACCESS_FS_READ_FILE (1ULL << 2)
#define SYSC_LANDLOCK_ACCESS_FS_READ_DIR (1ULL << 3)
#define SYSC_LANDLOCK_ACCESS_FS_REMOVE_DIR (1ULL << 4)
#define SYSC_LANDLOCK_ACCESS_FS_REMOVE_FILE (1ULL << 5)
#define SYSC_LANDLOCK_ACCESS_FS_MAKE_CHAR (1ULL << 6)
#define SYSC_LANDLOCK_ACCESS_FS_MAKE_DIR (1ULL << 7)
#define SYSC_LANDLOCK_ACCESS_FS_MAKE_REG (1ULL << 8)
#define SYSC_LANDLOCK_ACCESS_FS_MAKE_SOCK (1ULL << 9)
#define SYSC_LANDLOCK_ACCESS_FS_MAKE_FIFO (1ULL << 10)
#define SYSC_LANDLOCK_ACCESS_FS_MAKE_BLOCK (1ULL << 11)
#define SYSC_LANDLOCK_ACCESS_FS_MAKE_SYM (1ULL << 12)
#define SYSC_LANDLOCK_ACCESS_FS_REFER (1ULL << 13) /* ABI 2 */
#define SYSC_LANDLOCK_ACCESS_FS_TRUNCATE (1ULL << 14) /* ABI 3 */
#define SYSC_LANDLOCK_ACCESS_FS_IOCTL_DEV (1ULL << 15) /* ABI 5 */
#define SYSC_LANDLOCK_ACCESS_NET_BIND_TCP (1ULL << 0) /* ABI 4 */
#define SYSC_LANDLOCK_ACCESS_NET_CONNECT_TCP (1ULL << 1)
#define SYSC_LANDLOCK_SCOPE_ABSTRACT_UNIX_SOCKET (1ULL << 0) /* ABI 6 */
#define SYSC_LANDLOCK_SCOPE_SIGNAL (1ULL << 1)

#endif
