/* Kernel ABI types and constants: memory, futexes, rseq. Included by
 * sysc/types.h. The mmap/mprotect/madvise/mremap constants are in
 * sysc/consts.h; the basic futex operations (FUTEX_WAIT..WAKE_BITSET,
 * FUTEX_PRIVATE_FLAG, FUTEX_CLOCK_REALTIME) in sysc/thread.h; what they
 * lack is here. tests/test_abi_mm.c checks every layout and value against
 * the kernel's uapi headers, or for what uapi 6.1 lacks, against the
 * kernel's documentation. */
/* types.h includes this header inside its C++ -Wpedantic push (flexible
 * array members) and after the types it uses; included first on its own,
 * this file is read through types.h. */
#include "types.h"
#ifndef SYSC_TYPES_MM_H
#define SYSC_TYPES_MM_H

/* ---- madvise, mmap: values newer than sysc/consts.h ---- */
#define SYSC_MADV_HWPOISON 100
#define SYSC_MADV_SOFT_OFFLINE 101
#define SYSC_MADV_GUARD_INSTALL 102	/* 6.13 */
#define SYSC_MADV_GUARD_REMOVE 103	/* 6.13 */
#define SYSC_MAP_DROPPABLE 0x08		/* 6.11 */
#define SYSC_MAP_UNINITIALIZED 0x4000000

/* ---- mlock2, mlockall, msync ---- */
#define SYSC_MLOCK_ONFAULT 0x01
#define SYSC_MCL_CURRENT 1
#define SYSC_MCL_FUTURE 2
#define SYSC_MCL_ONFAULT 4
#define SYSC_MS_ASYNC 1
#define SYSC_MS_INVALIDATE 2
#define SYSC_MS_SYNC 4

/* ---- NUMA policy: mbind, set_mempolicy, get_mempolicy, migrate_pages,
 * move_pages, set_mempolicy_home_node (linux/mempolicy.h). Node masks are
 * arrays of unsigned long (32-bit on i386, as the kernel reads them there),
 * maxnode the number of bits. get_mempolicy writes its mask in whole 64-bit
 * words, ALIGN(maxnode - 1, 64) / 8 bytes, on i386 too (mm/mempolicy.c
 * copy_nodes_to_user): size its buffer with SYSC_MPOL_MASK_BYTES. ---- */
#define SYSC_MPOL_MASK_BYTES(maxnode) ((((unsigned long)(maxnode) + 62) / 64) * 8)
#define SYSC_MPOL_DEFAULT 0
#define SYSC_MPOL_PREFERRED 1
#define SYSC_MPOL_BIND 2
#define SYSC_MPOL_INTERLEAVE 3
#define SYSC_MPOL_LOCAL 4
#define SYSC_MPOL_PREFERRED_MANY 5
#define SYSC_MPOL_WEIGHTED_INTERLEAVE 6	/* 6.9 */
#define SYSC_MPOL_F_STATIC_NODES (1 << 15)
#define SYSC_MPOL_F_RELATIVE_NODES (1 << 14)
#define SYSC_MPOL_F_NUMA_BALANCING (1 << 13)
#define SYSC_MPOL_F_NODE (1 << 0)
#define SYSC_MPOL_F_ADDR (1 << 1)
#define SYSC_MPOL_F_MEMS_ALLOWED (1 << 2)
#define SYSC_MPOL_MF_STRICT (1 << 0)
#define SYSC_MPOL_MF_MOVE (1 << 1)
#define SYSC_MPOL_MF_MOVE_ALL (1 << 2)

/* ---- memfd_create (linux/memfd.h), memfd_secret ---- */
#define SYSC_MFD_CLOEXEC 0x0001u
#define SYSC_MFD_ALLOW_SEALING 0x0002u
#define SYSC_MFD_HUGETLB 0x0004u
#define SYSC_MFD_NOEXEC_SEAL 0x0008u	/* 6.3 */
#define SYSC_MFD_EXEC 0x0010u		/* 6.3 */
/* With MFD_HUGETLB: log2 of the page size in bits 26..31, as for mmap. */
#define SYSC_MFD_HUGE_SHIFT 26
#define SYSC_MFD_HUGE_MASK 0x3f
#define SYSC_MFD_HUGE_2MB (21u << SYSC_MFD_HUGE_SHIFT)
#define SYSC_MFD_HUGE_1GB (30u << SYSC_MFD_HUGE_SHIFT)

/* ---- userfaultfd (linux/userfaultfd.h): the fd's ioctls take these.
 * Addresses are 64-bit on both arches. ---- */
#define SYSC_UFFD_USER_MODE_ONLY 1
#define SYSC_UFFD_API 0xaaull
struct sysc_uffdio_api {
	uint64_t api;		/* SYSC_UFFD_API */
	uint64_t features;	/* in: wanted; out: available */
	uint64_t ioctls;	/* out: 1 << SYSC__UFFDIO_* the fd supports */
};
struct sysc_uffdio_range {
	uint64_t start;
	uint64_t len;
};
struct sysc_uffdio_register {
	struct sysc_uffdio_range range;
	uint64_t mode;
	uint64_t ioctls;	/* out: the range ioctls allowed */
};
struct sysc_uffdio_copy {
	uint64_t dst;
	uint64_t src;
	uint64_t len;
	uint64_t mode;
	int64_t copy;		/* out: bytes copied, or -errno */
};
struct sysc_uffdio_zeropage {
	struct sysc_uffdio_range range;
	uint64_t mode;
	int64_t zeropage;
};
struct sysc_uffdio_writeprotect {
	struct sysc_uffdio_range range;
	uint64_t mode;
};
/* What read() on the fd returns, one 32-byte message per event; arg is the
 * kernel's union, here its page-fault member and the raw bytes. */
struct sysc_uffd_msg {
	uint8_t event;
	uint8_t reserved1;
	uint16_t reserved2;
	uint32_t reserved3;
	union {
		struct {
			uint64_t flags;
			uint64_t address;
			uint32_t ptid;
		} pagefault;
		uint64_t reserved[3];
	} arg;
} __attribute__((__packed__));
/* Bit numbers of sysc_uffdio_api.ioctls / sysc_uffdio_register.ioctls. */
#define SYSC__UFFDIO_REGISTER 0x00
#define SYSC__UFFDIO_UNREGISTER 0x01
#define SYSC__UFFDIO_WAKE 0x02
#define SYSC__UFFDIO_COPY 0x03
#define SYSC__UFFDIO_ZEROPAGE 0x04
#define SYSC__UFFDIO_MOVE 0x05		/* 6.8 */
#define SYSC__UFFDIO_WRITEPROTECT 0x06
#define SYSC__UFFDIO_CONTINUE 0x07
#define SYSC__UFFDIO_POISON 0x08	/* 6.6 */
#define SYSC__UFFDIO_API 0x3f
/* _IOWR/_IOR(0xaa, nr, type), spelled out. */
#define SYSC_UFFDIO_API 0xc018aa3fu
#define SYSC_UFFDIO_REGISTER 0xc020aa00u
#define SYSC_UFFDIO_UNREGISTER 0x8010aa01u
#define SYSC_UFFDIO_WAKE 0x8010aa02u
#define SYSC_UFFDIO_COPY 0xc028aa03u
#define SYSC_UFFDIO_ZEROPAGE 0xc020aa04u
#define SYSC_UFFDIO_WRITEPROTECT 0xc018aa06u
#define SYSC_UFFDIO_REGISTER_MODE_MISSING (1ull << 0)
#define SYSC_UFFDIO_REGISTER_MODE_WP (1ull << 1)
#define SYSC_UFFDIO_REGISTER_MODE_MINOR (1ull << 2)
#define SYSC_UFFDIO_COPY_MODE_DONTWAKE (1ull << 0)
#define SYSC_UFFDIO_COPY_MODE_WP (1ull << 1)
#define SYSC_UFFDIO_ZEROPAGE_MODE_DONTWAKE (1ull << 0)
#define SYSC_UFFDIO_WRITEPROTECT_MODE_WP (1ull << 0)
#define SYSC_UFFDIO_WRITEPROTECT_MODE_DONTWAKE (1ull << 1)
#define SYSC_UFFD_EVENT_PAGEFAULT 0x12
#define SYSC_UFFD_EVENT_FORK 0x13
#define SYSC_UFFD_EVENT_REMAP 0x14
#define SYSC_UFFD_EVENT_REMOVE 0x15
#define SYSC_UFFD_EVENT_UNMAP 0x16
#define SYSC_UFFD_PAGEFAULT_FLAG_WRITE (1ull << 0)
#define SYSC_UFFD_PAGEFAULT_FLAG_WP (1ull << 1)
#define SYSC_UFFD_PAGEFAULT_FLAG_MINOR (1ull << 2)
#define SYSC_UFFD_FEATURE_PAGEFAULT_FLAG_WP (1ull << 0)
#define SYSC_UFFD_FEATURE_EVENT_FORK (1ull << 1)
#define SYSC_UFFD_FEATURE_EVENT_REMAP (1ull << 2)
#define SYSC_UFFD_FEATURE_EVENT_REMOVE (1ull << 3)
#define SYSC_UFFD_FEATURE_MISSING_HUGETLBFS (1ull << 4)
#define SYSC_UFFD_FEATURE_MISSING_SHMEM (1ull << 5)
#define SYSC_UFFD_FEATURE_EVENT_UNMAP (1ull << 6)
#define SYSC_UFFD_FEATURE_SIGBUS (1ull << 7)
#define SYSC_UFFD_FEATURE_THREAD_ID (1ull << 8)
#define SYSC_UFFD_FEATURE_MINOR_HUGETLBFS (1ull << 9)
#define SYSC_UFFD_FEATURE_MINOR_SHMEM (1ull << 10)
#define SYSC_UFFD_FEATURE_EXACT_ADDRESS (1ull << 11)
#define SYSC_UFFD_FEATURE_WP_HUGETLBFS_SHMEM (1ull << 12)

/* ---- pkey_alloc, pkey_mprotect ---- */
#define SYSC_PKEY_DISABLE_ACCESS 0x1u
#define SYSC_PKEY_DISABLE_WRITE 0x2u
#define SYSC_PKEY_ACCESS_MASK (SYSC_PKEY_DISABLE_ACCESS | SYSC_PKEY_DISABLE_WRITE)

/* ---- map_shadow_stack (asm/mman.h, 6.6) ---- */
#define SYSC_SHADOW_STACK_SET_TOKEN (1u << 0)
#define SYSC_SHADOW_STACK_SET_MARKER (1u << 1)	/* 6.8 */

/* ---- membarrier (linux/membarrier.h) ---- */
#define SYSC_MEMBARRIER_CMD_QUERY 0
#define SYSC_MEMBARRIER_CMD_GLOBAL (1 << 0)
#define SYSC_MEMBARRIER_CMD_GLOBAL_EXPEDITED (1 << 1)
#define SYSC_MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED (1 << 2)
#define SYSC_MEMBARRIER_CMD_PRIVATE_EXPEDITED (1 << 3)
#define SYSC_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED (1 << 4)
#define SYSC_MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE (1 << 5)
#define SYSC_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE (1 << 6)
#define SYSC_MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ (1 << 7)
#define SYSC_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ (1 << 8)
#define SYSC_MEMBARRIER_CMD_GET_REGISTRATIONS (1 << 9)	/* 6.3 */
#define SYSC_MEMBARRIER_CMD_SHARED SYSC_MEMBARRIER_CMD_GLOBAL
#define SYSC_MEMBARRIER_CMD_FLAG_CPU (1 << 0)

/* ---- futex: what sysc/thread.h lacks (linux/futex.h) ---- */
#define SYSC_FUTEX_LOCK_PI 6
#define SYSC_FUTEX_UNLOCK_PI 7
#define SYSC_FUTEX_TRYLOCK_PI 8
#define SYSC_FUTEX_WAIT_REQUEUE_PI 11
#define SYSC_FUTEX_CMP_REQUEUE_PI 12
#define SYSC_FUTEX_LOCK_PI2 13
#define SYSC_FUTEX_CMD_MASK (~(SYSC_FUTEX_PRIVATE_FLAG | SYSC_FUTEX_CLOCK_REALTIME))
/* The futex word of a PI or robust lock. */
#define SYSC_FUTEX_WAITERS 0x80000000u
#define SYSC_FUTEX_OWNER_DIED 0x40000000u
#define SYSC_FUTEX_TID_MASK 0x3fffffffu
#define SYSC_FUTEX_BITSET_MATCH_ANY 0xffffffffu
/* FUTEX_WAKE_OP's val3: FUTEX_OP(op, oparg, cmp, cmparg). */
#define SYSC_FUTEX_OP_SET 0
#define SYSC_FUTEX_OP_ADD 1
#define SYSC_FUTEX_OP_OR 2
#define SYSC_FUTEX_OP_ANDN 3
#define SYSC_FUTEX_OP_XOR 4
#define SYSC_FUTEX_OP_OPARG_SHIFT 8	/* op flag: oparg is 1 << oparg */
#define SYSC_FUTEX_OP_CMP_EQ 0
#define SYSC_FUTEX_OP_CMP_NE 1
#define SYSC_FUTEX_OP_CMP_LT 2
#define SYSC_FUTEX_OP_CMP_LE 3
#define SYSC_FUTEX_OP_CMP_GT 4
#define SYSC_FUTEX_OP_CMP_GE 5
#define SYSC_FUTEX_OP(op, oparg, cmp, cmparg) \
	(((unsigned int)((op) & 0xf) << 28) | ((unsigned int)((cmp) & 0xf) << 24) | \
	 ((unsigned int)((oparg) & 0xfff) << 12) | ((unsigned int)(cmparg) & 0xfff))
/* The operations whose fourth argument is a count (val2), not a timeout:
 * REQUEUE, CMP_REQUEUE, WAKE_OP, CMP_REQUEUE_PI. sysc_futex's timeout
 * parameter carries it this way. */
#define SYSC_FUTEX_VAL2(n) ((const struct sysc_timespec *)(uintptr_t)(n))

/* futex2: futex_waitv, futex_wake, futex_wait, futex_requeue. Flags give the
 * size of the futex word and whether it is private. */
#define SYSC_FUTEX2_SIZE_U8 0x00u
#define SYSC_FUTEX2_SIZE_U16 0x01u
#define SYSC_FUTEX2_SIZE_U32 0x02u
#define SYSC_FUTEX2_SIZE_U64 0x03u
#define SYSC_FUTEX2_NUMA 0x04u		/* 6.16 */
#define SYSC_FUTEX2_MPOL 0x08u		/* 6.16 */
#define SYSC_FUTEX2_PRIVATE 128u	/* FUTEX_PRIVATE_FLAG */
#define SYSC_FUTEX2_SIZE_MASK 0x03u
#define SYSC_FUTEX_32 SYSC_FUTEX2_SIZE_U32	/* the 5.16 name */
#define SYSC_FUTEX_WAITV_MAX 128
#define SYSC_FUTEX_NO_NODE (-1)

/* One futex of futex_waitv / futex_requeue. uaddr is 64-bit on both arches:
 * store (uintptr_t)address. */
struct sysc_futex_waitv {
	uint64_t val;
	uint64_t uaddr;
	uint32_t flags;
	uint32_t reserved_;
};

/* ---- robust futex list (set_robust_list, get_robust_list) ----
 * Pointer/long terms: one definition gives each arch its layout (12 bytes
 * on i386, the kernel's compat_robust_list_head). */
struct sysc_robust_list {
	struct sysc_robust_list *next;
};
struct sysc_robust_list_head {
	struct sysc_robust_list list;
	long futex_offset;	/* from a list entry to its futex word */
	struct sysc_robust_list *list_op_pending;
};
#define SYSC_ROBUST_LIST_LIMIT 2048

/* ---- rseq (linux/rseq.h) ----
 * The area is per thread, 32-byte aligned and at least 32 bytes; a kernel
 * newer than the one this layout describes may use more: allocate
 * max(getauxval(AT_RSEQ_FEATURE_SIZE), 32) bytes aligned to
 * max(getauxval(AT_RSEQ_ALIGN), 32). node_id and mm_cid came with 6.3,
 * slice_ctrl with 7.0 (older kernels leave them alone). A libc may have
 * registered one for the thread already (glibc 2.35+): a second
 * registration fails with EBUSY. */
struct sysc_rseq_cs {
	uint32_t version;
	uint32_t flags;
	uint64_t start_ip;
	uint64_t post_commit_offset;
	uint64_t abort_ip;
} __attribute__((__aligned__(32)));

/* The kernel's union rseq_slice_ctrl by its byte members (`all` is the
 * whole 32-bit word). */
struct sysc_rseq_slice_ctrl {
	uint8_t request;
	uint8_t granted;
	uint16_t reserved_;
};

struct sysc_rseq {
	uint32_t cpu_id_start;
	uint32_t cpu_id;
	uint64_t rseq_cs;	/* (uintptr_t) of a struct sysc_rseq_cs, or 0 */
	uint32_t flags;
	uint32_t node_id;
	uint32_t mm_cid;
	struct sysc_rseq_slice_ctrl slice_ctrl;
} __attribute__((__aligned__(32)));
#define SYSC_RSEQ_ORIG_SIZE 32
#define SYSC_RSEQ_CPU_ID_UNINITIALIZED (-1)
#define SYSC_RSEQ_CPU_ID_REGISTRATION_FAILED (-2)
#define SYSC_RSEQ_FLAG_UNREGISTER (1 << 0)
#define SYSC_RSEQ_FLAG_SLICE_EXT_DEFAULT_ON (1 << 1)	/* 7.0 */
#define SYSC_RSEQ_CS_FLAG_NO_RESTART_ON_PREEMPT (1u << 0)
#define SYSC_RSEQ_CS_FLAG_NO_RESTART_ON_SIGNAL (1u << 1)
#define SYSC_RSEQ_CS_FLAG_NO_RESTART_ON_MIGRATE (1u << 2)
/* The signature glibc registers with on x86 (the abort handler must be
 * preceded by it); any value works for an area of one's own. */
#define SYSC_RSEQ_SIG_X86 0x53053053u

#endif
