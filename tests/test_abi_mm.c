/* The mm area's kernel ABI (sysc/types_mm.h) against the kernel's uapi
 * headers, on both arches: struct layouts field by field, constant values.
 * What uapi 6.1 (Debian's linux-libc-dev) lacks is compared with the
 * kernel's documented values (KDOC, FIELD_DOC). */
#include <linux/ioctl.h>
#include <linux/mman.h>
#include <linux/mempolicy.h>
#include <linux/memfd.h>
#include <linux/userfaultfd.h>
#include <linux/membarrier.h>
#include <linux/futex.h>
#include <linux/rseq.h>

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include <sysc.h>
#include "abi_check.h"

static const struct field uffdio_api_fields[] = {
	FIELD(sysc_uffdio_api, struct uffdio_api, api),
	FIELD(sysc_uffdio_api, struct uffdio_api, features),
	FIELD(sysc_uffdio_api, struct uffdio_api, ioctls),
};
static const struct field uffdio_range_fields[] = {
	FIELD(sysc_uffdio_range, struct uffdio_range, start),
	FIELD(sysc_uffdio_range, struct uffdio_range, len),
};
static const struct field uffdio_register_fields[] = {
	FIELD(sysc_uffdio_register, struct uffdio_register, range),
	FIELD(sysc_uffdio_register, struct uffdio_register, mode),
	FIELD(sysc_uffdio_register, struct uffdio_register, ioctls),
};
static const struct field uffdio_copy_fields[] = {
	FIELD(sysc_uffdio_copy, struct uffdio_copy, dst),
	FIELD(sysc_uffdio_copy, struct uffdio_copy, src),
	FIELD(sysc_uffdio_copy, struct uffdio_copy, len),
	FIELD(sysc_uffdio_copy, struct uffdio_copy, mode),
	FIELD(sysc_uffdio_copy, struct uffdio_copy, copy),
};
static const struct field uffdio_zeropage_fields[] = {
	FIELD(sysc_uffdio_zeropage, struct uffdio_zeropage, range),
	FIELD(sysc_uffdio_zeropage, struct uffdio_zeropage, mode),
	FIELD(sysc_uffdio_zeropage, struct uffdio_zeropage, zeropage),
};
static const struct field uffdio_wp_fields[] = {
	FIELD(sysc_uffdio_writeprotect, struct uffdio_writeprotect, range),
	FIELD(sysc_uffdio_writeprotect, struct uffdio_writeprotect, mode),
};
static const struct field uffd_msg_fields[] = {
	FIELD(sysc_uffd_msg, struct uffd_msg, event),
	FIELD(sysc_uffd_msg, struct uffd_msg, reserved1),
	FIELD(sysc_uffd_msg, struct uffd_msg, reserved2),
	FIELD(sysc_uffd_msg, struct uffd_msg, reserved3),
	FIELD(sysc_uffd_msg, struct uffd_msg, arg),
};

static void userfaultfd_layout(void **state)
{
	(void)state;
	CHECK_STRUCT("uffdio_api", uffdio_api_fields,
		     sizeof(struct sysc_uffdio_api), sizeof(struct uffdio_api));
	CHECK_STRUCT("uffdio_range", uffdio_range_fields,
		     sizeof(struct sysc_uffdio_range), sizeof(struct uffdio_range));
	CHECK_STRUCT("uffdio_register", uffdio_register_fields,
		     sizeof(struct sysc_uffdio_register), sizeof(struct uffdio_register));
	CHECK_STRUCT("uffdio_copy", uffdio_copy_fields,
		     sizeof(struct sysc_uffdio_copy), sizeof(struct uffdio_copy));
	CHECK_STRUCT("uffdio_zeropage", uffdio_zeropage_fields,
		     sizeof(struct sysc_uffdio_zeropage), sizeof(struct uffdio_zeropage));
	CHECK_STRUCT("uffdio_writeprotect", uffdio_wp_fields,
		     sizeof(struct sysc_uffdio_writeprotect),
		     sizeof(struct uffdio_writeprotect));
	CHECK_STRUCT("uffd_msg", uffd_msg_fields,
		     sizeof(struct sysc_uffd_msg), sizeof(struct uffd_msg));
	assert_int_equal(offsetof(struct sysc_uffd_msg, arg.pagefault.address),
			 offsetof(struct uffd_msg, arg.pagefault.address));
	assert_int_equal(offsetof(struct sysc_uffd_msg, arg.pagefault.ptid),
			 offsetof(struct uffd_msg, arg.pagefault.feat.ptid));
}

static const struct field waitv_fields[] = {
	FIELD(sysc_futex_waitv, struct futex_waitv, val),
	FIELD(sysc_futex_waitv, struct futex_waitv, uaddr),
	FIELD(sysc_futex_waitv, struct futex_waitv, flags),
	FIELD2(sysc_futex_waitv, reserved_, struct futex_waitv, __reserved),
};
static const struct field robust_list_fields[] = {
	FIELD(sysc_robust_list, struct robust_list, next),
};
static const struct field robust_head_fields[] = {
	FIELD(sysc_robust_list_head, struct robust_list_head, list),
	FIELD(sysc_robust_list_head, struct robust_list_head, futex_offset),
	FIELD(sysc_robust_list_head, struct robust_list_head, list_op_pending),
};

static void futex_layout(void **state)
{
	(void)state;
	CHECK_STRUCT("futex_waitv", waitv_fields,
		     sizeof(struct sysc_futex_waitv), sizeof(struct futex_waitv));
	CHECK_STRUCT("robust_list", robust_list_fields,
		     sizeof(struct sysc_robust_list), sizeof(struct robust_list));
	CHECK_STRUCT("robust_list_head", robust_head_fields,
		     sizeof(struct sysc_robust_list_head),
		     sizeof(struct robust_list_head));
}

static const struct field rseq_cs_fields[] = {
	FIELD(sysc_rseq_cs, struct rseq_cs, version),
	FIELD(sysc_rseq_cs, struct rseq_cs, flags),
	FIELD(sysc_rseq_cs, struct rseq_cs, start_ip),
	FIELD(sysc_rseq_cs, struct rseq_cs, post_commit_offset),
	FIELD(sysc_rseq_cs, struct rseq_cs, abort_ip),
};

/* uapi 6.1's struct rseq ends at flags; node_id and mm_cid (6.3) and
 * slice_ctrl (7.0) are at the offsets of the kernel's linux/rseq.h. */
static const struct field rseq_fields[] = {
	FIELD(sysc_rseq, struct rseq, cpu_id_start),
	FIELD(sysc_rseq, struct rseq, cpu_id),
	FIELD(sysc_rseq, struct rseq, rseq_cs),
	FIELD(sysc_rseq, struct rseq, flags),
	FIELD_DOC(sysc_rseq, node_id, 20, 4),
	FIELD_DOC(sysc_rseq, mm_cid, 24, 4),
	FIELD_DOC(sysc_rseq, slice_ctrl, 28, 4),
};

static void rseq_layout(void **state)
{
	(void)state;
	CHECK_STRUCT("rseq_cs", rseq_cs_fields, sizeof(struct sysc_rseq_cs),
		     sizeof(struct rseq_cs));
	CHECK_STRUCT("rseq", rseq_fields, sizeof(struct sysc_rseq),
		     sizeof(struct rseq));
	assert_int_equal(_Alignof(struct sysc_rseq), _Alignof(struct rseq));
	assert_int_equal(_Alignof(struct sysc_rseq_cs), _Alignof(struct rseq_cs));
	assert_int_equal(offsetof(struct sysc_rseq_slice_ctrl, granted), 1);
}

static const struct constant constants[] = {
	/* asm-generic/mman-common.h, newer than sysc/consts.h */
	K(MADV_HWPOISON), K(MADV_SOFT_OFFLINE),
	KDOC(MADV_GUARD_INSTALL, 102), KDOC(MADV_GUARD_REMOVE, 103),
	KDOC(MAP_DROPPABLE, 0x08), K(MAP_UNINITIALIZED),
	K(MLOCK_ONFAULT), K(MCL_CURRENT), K(MCL_FUTURE), K(MCL_ONFAULT),
	K(MS_ASYNC), K(MS_INVALIDATE), K(MS_SYNC),
	/* linux/mempolicy.h */
	K(MPOL_DEFAULT), K(MPOL_PREFERRED), K(MPOL_BIND), K(MPOL_INTERLEAVE),
	K(MPOL_LOCAL), K(MPOL_PREFERRED_MANY), KDOC(MPOL_WEIGHTED_INTERLEAVE, 6),
	K(MPOL_F_STATIC_NODES), K(MPOL_F_RELATIVE_NODES),
	K(MPOL_F_NUMA_BALANCING), K(MPOL_F_NODE), K(MPOL_F_ADDR),
	K(MPOL_F_MEMS_ALLOWED), K(MPOL_MF_STRICT), K(MPOL_MF_MOVE),
	K(MPOL_MF_MOVE_ALL),
	/* linux/memfd.h */
	K(MFD_CLOEXEC), K(MFD_ALLOW_SEALING), K(MFD_HUGETLB),
	KDOC(MFD_NOEXEC_SEAL, 0x0008), KDOC(MFD_EXEC, 0x0010),
	K(MFD_HUGE_SHIFT), K(MFD_HUGE_MASK), K(MFD_HUGE_2MB), K(MFD_HUGE_1GB),
	/* linux/userfaultfd.h */
	K(UFFD_USER_MODE_ONLY), K(UFFD_API),
	K(_UFFDIO_REGISTER), K(_UFFDIO_UNREGISTER), K(_UFFDIO_WAKE),
	K(_UFFDIO_COPY), K(_UFFDIO_ZEROPAGE), KDOC(_UFFDIO_MOVE, 0x05),
	K(_UFFDIO_WRITEPROTECT), K(_UFFDIO_CONTINUE), KDOC(_UFFDIO_POISON, 0x08),
	K(_UFFDIO_API),
	K(UFFDIO_API), K(UFFDIO_REGISTER), K(UFFDIO_UNREGISTER), K(UFFDIO_WAKE),
	K(UFFDIO_COPY), K(UFFDIO_ZEROPAGE), K(UFFDIO_WRITEPROTECT),
	K(UFFDIO_REGISTER_MODE_MISSING), K(UFFDIO_REGISTER_MODE_WP),
	K(UFFDIO_REGISTER_MODE_MINOR), K(UFFDIO_COPY_MODE_DONTWAKE),
	K(UFFDIO_COPY_MODE_WP), K(UFFDIO_ZEROPAGE_MODE_DONTWAKE),
	K(UFFDIO_WRITEPROTECT_MODE_WP), K(UFFDIO_WRITEPROTECT_MODE_DONTWAKE),
	K(UFFD_EVENT_PAGEFAULT), K(UFFD_EVENT_FORK), K(UFFD_EVENT_REMAP),
	K(UFFD_EVENT_REMOVE), K(UFFD_EVENT_UNMAP),
	K(UFFD_PAGEFAULT_FLAG_WRITE), K(UFFD_PAGEFAULT_FLAG_WP),
	K(UFFD_PAGEFAULT_FLAG_MINOR),
	K(UFFD_FEATURE_PAGEFAULT_FLAG_WP), K(UFFD_FEATURE_EVENT_FORK),
	K(UFFD_FEATURE_EVENT_REMAP), K(UFFD_FEATURE_EVENT_REMOVE),
	K(UFFD_FEATURE_MISSING_HUGETLBFS), K(UFFD_FEATURE_MISSING_SHMEM),
	K(UFFD_FEATURE_EVENT_UNMAP), K(UFFD_FEATURE_SIGBUS),
	K(UFFD_FEATURE_THREAD_ID), K(UFFD_FEATURE_MINOR_HUGETLBFS),
	K(UFFD_FEATURE_MINOR_SHMEM), K(UFFD_FEATURE_EXACT_ADDRESS),
	K(UFFD_FEATURE_WP_HUGETLBFS_SHMEM),
	/* pkeys (asm-generic/mman-common.h) */
	K(PKEY_DISABLE_ACCESS), K(PKEY_DISABLE_WRITE), K(PKEY_ACCESS_MASK),
	/* x86 asm/mman.h (6.6, 6.8) */
	KDOC(SHADOW_STACK_SET_TOKEN, 1), KDOC(SHADOW_STACK_SET_MARKER, 2),
	/* linux/membarrier.h */
	K(MEMBARRIER_CMD_QUERY), K(MEMBARRIER_CMD_GLOBAL),
	K(MEMBARRIER_CMD_GLOBAL_EXPEDITED),
	K(MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED),
	K(MEMBARRIER_CMD_PRIVATE_EXPEDITED),
	K(MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED),
	K(MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE),
	K(MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE),
	K(MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ),
	K(MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ),
	KDOC(MEMBARRIER_CMD_GET_REGISTRATIONS, 1 << 9),
	K(MEMBARRIER_CMD_SHARED), K(MEMBARRIER_CMD_FLAG_CPU),
	/* linux/futex.h: sysc/thread.h's, then this area's */
	K(FUTEX_WAIT), K(FUTEX_WAKE), K(FUTEX_REQUEUE), K(FUTEX_CMP_REQUEUE),
	K(FUTEX_WAKE_OP), K(FUTEX_WAIT_BITSET), K(FUTEX_WAKE_BITSET),
	K(FUTEX_PRIVATE_FLAG), K(FUTEX_CLOCK_REALTIME),
	K(FUTEX_LOCK_PI), K(FUTEX_UNLOCK_PI), K(FUTEX_TRYLOCK_PI),
	K(FUTEX_WAIT_REQUEUE_PI), K(FUTEX_CMP_REQUEUE_PI), K(FUTEX_LOCK_PI2),
	K(FUTEX_CMD_MASK), K(FUTEX_WAITERS), K(FUTEX_OWNER_DIED),
	K(FUTEX_TID_MASK), K(FUTEX_BITSET_MATCH_ANY),
	K(FUTEX_OP_SET), K(FUTEX_OP_ADD), K(FUTEX_OP_OR), K(FUTEX_OP_ANDN),
	K(FUTEX_OP_XOR), K(FUTEX_OP_OPARG_SHIFT), K(FUTEX_OP_CMP_EQ),
	K(FUTEX_OP_CMP_NE), K(FUTEX_OP_CMP_LT), K(FUTEX_OP_CMP_LE),
	K(FUTEX_OP_CMP_GT), K(FUTEX_OP_CMP_GE),
	/* val3 is a u32; uapi's macro computes an int. */
	KV(FUTEX_OP(FUTEX_OP_ADD, 1, FUTEX_OP_CMP_GT, 0),
	   (unsigned int)FUTEX_OP(FUTEX_OP_ADD, 1, FUTEX_OP_CMP_GT, 0)),
	KV(FUTEX_OP((FUTEX_OP_OR | FUTEX_OP_OPARG_SHIFT), 31, FUTEX_OP_CMP_GE, 4095),
	   (unsigned int)FUTEX_OP((FUTEX_OP_OR | FUTEX_OP_OPARG_SHIFT), 31, FUTEX_OP_CMP_GE, 4095)),
	K(FUTEX_32), K(FUTEX_WAITV_MAX), K(ROBUST_LIST_LIMIT),
	/* futex2 flags: kernel 6.7 (NUMA, MPOL 6.16) linux/futex.h */
	KDOC(FUTEX2_SIZE_U8, 0), KDOC(FUTEX2_SIZE_U16, 1),
	KDOC(FUTEX2_SIZE_U32, 2), KDOC(FUTEX2_SIZE_U64, 3),
	KDOC(FUTEX2_NUMA, 4), KDOC(FUTEX2_MPOL, 8),
	KV(FUTEX2_PRIVATE, FUTEX_PRIVATE_FLAG), KDOC(FUTEX2_SIZE_MASK, 3),
	KDOC(FUTEX_NO_NODE, -1),
	/* linux/rseq.h */
	K(RSEQ_CPU_ID_UNINITIALIZED), K(RSEQ_CPU_ID_REGISTRATION_FAILED),
	K(RSEQ_FLAG_UNREGISTER), KDOC(RSEQ_FLAG_SLICE_EXT_DEFAULT_ON, 1 << 1),
	K(RSEQ_CS_FLAG_NO_RESTART_ON_PREEMPT),
	K(RSEQ_CS_FLAG_NO_RESTART_ON_SIGNAL),
	K(RSEQ_CS_FLAG_NO_RESTART_ON_MIGRATE),
	KDOC(RSEQ_ORIG_SIZE, 32),
};

static void constants_match_uapi(void **state)
{
	(void)state;
	check_constants(constants, sizeof(constants) / sizeof(constants[0]));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(userfaultfd_layout),
		cmocka_unit_test(futex_layout),
		cmocka_unit_test(rseq_layout),
		cmocka_unit_test(constants_match_uapi),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
