/* A small header-only io_uring layer over io_uring_setup/io_uring_enter
 * (types and constants: sysc/types_io.h): map the rings, get an SQE,
 * submit, wait for and consume completions, unmap.
 *
 *	struct sysc_uring r;
 *	struct sysc_io_uring_cqe cqe;
 *	if (sysc_uring_init(&r, 64, NULL) != 0) ...
 *	struct sysc_io_uring_sqe *sqe = sysc_uring_get_sqe(&r);
 *	sqe->opcode = SYSC_IORING_OP_READ; sqe->fd = fd; ...
 *	sysc_uring_submit(&r);
 *	sysc_uring_wait(&r, &cqe, NULL);	(cqe.res: bytes or -errno)
 *	sysc_uring_exit(&r);
 *
 * Memory ordering, written with __atomic builtins so that it holds on
 * weakly ordered arches too (x86 would forgive plain loads and stores;
 * arm64, riscv and powerpc do not): the SQEs and SQ array slots are
 * written, then the SQ tail is published with a release store (the kernel
 * reads it with acquire); the CQ tail is read with acquire before a CQE is
 * read, and the CQ head released after it was copied, so the kernel never
 * overwrites a CQE being read; the SQ head is read with acquire before its
 * slots are reused.
 *
 * One thread per ring (the counters below are not shared). The layer uses
 * 64-byte SQEs and 16-byte CQEs with the SQ index array: sysc_uring_init
 * refuses the setup flags that change that (SQE128, CQE32, SQE_MIXED,
 * CQE_MIXED, NO_SQARRAY), those that need another way of submitting or
 * waiting (SQPOLL, SQ_AFF, IOPOLL, HYBRID_IOPOLL) and NO_MMAP and
 * REGISTERED_FD_ONLY, with EINVAL. Every function returns 0 (or a count)
 * or -1 with sysc_errno; see doc/syscalls-by-function.md for the syscalls
 * each may issue. */
#ifndef SYSC_IO_URING_H
#define SYSC_IO_URING_H

#include "types.h"
#include "syscall.h"

#ifdef __cplusplus
extern "C" {
#endif

struct sysc_uring {
	int fd;			/* the ring's fd, -1 once exited */
	unsigned int flags;	/* the setup flags */
	unsigned int features;	/* SYSC_IORING_FEAT_* */
	/* Submission: the kernel's head, tail, flags and index array in the
	 * SQ ring; the SQEs handed out (sqe_tail) and not yet published in
	 * the array (from sqe_head). */
	unsigned int *sq_head, *sq_tail, *sq_flags, *sq_array;
	unsigned int sq_mask, sq_entries;
	unsigned int sqe_head, sqe_tail;
	struct sysc_io_uring_sqe *sqes;
	/* Completion. */
	unsigned int *cq_head, *cq_tail, *cq_overflow;
	unsigned int cq_mask, cq_entries;
	struct sysc_io_uring_cqe *cqes;
	/* The mappings (cq_ring is sq_ring under IORING_FEAT_SINGLE_MMAP). */
	void *sq_ring, *cq_ring;
	size_t sq_ring_size, cq_ring_size, sqes_size;
};

/* The setup flags the layer can run with. */
#define SYSC_URING_SETUP_SUPPORTED \
	(SYSC_IORING_SETUP_CQSIZE | SYSC_IORING_SETUP_CLAMP | SYSC_IORING_SETUP_ATTACH_WQ | \
	 SYSC_IORING_SETUP_R_DISABLED | SYSC_IORING_SETUP_SUBMIT_ALL | \
	 SYSC_IORING_SETUP_COOP_TASKRUN | SYSC_IORING_SETUP_TASKRUN_FLAG | \
	 SYSC_IORING_SETUP_SINGLE_ISSUER | SYSC_IORING_SETUP_DEFER_TASKRUN)

static __inline__ void *sysc__uring_at(void *base, uint32_t off)
{
	return (char *)base + off;
}

/* Unmaps what is mapped and closes the fd; r may be partly set up (as
 * sysc_uring_init leaves it on failure) or exited already. */
static __inline__ void sysc_uring_exit(struct sysc_uring *r)
{
	if (r->sqes)
		sysc_munmap(r->sqes, r->sqes_size);
	if (r->cq_ring && r->cq_ring != r->sq_ring)
		sysc_munmap(r->cq_ring, r->cq_ring_size);
	if (r->sq_ring)
		sysc_munmap(r->sq_ring, r->sq_ring_size);
	if (r->fd >= 0)
		sysc_close(r->fd);
	r->sqes = SYSC__NULL;
	r->sq_ring = r->cq_ring = SYSC__NULL;
	r->fd = -1;
}

static __inline__ void *sysc__uring_map(int fd, size_t size, uint64_t off)
{
	void *p = sysc_mmap(SYSC__NULL, size, SYSC_PROT_READ | SYSC_PROT_WRITE,
			    SYSC_MAP_SHARED | SYSC_MAP_POPULATE, fd, (sysc_off_t)off);

	return p == SYSC_MAP_FAILED ? SYSC__NULL : p;
}

/* Sets up a ring of `entries` SQEs (the kernel rounds up to a power of
 * two; the CQ ring is twice that unless params asks otherwise) and maps
 * it. params may be NULL (all zero); else it is passed to io_uring_setup
 * and holds what the kernel wrote (sizes, features, offsets) afterwards.
 * 0, or -1 with sysc_errno: EINVAL (r NULL, a flag the layer refuses, or
 * what the kernel refuses: entries 0 or too many), ENOSYS or EPERM (io_uring
 * off: kernel.io_uring_disabled, seccomp), EMFILE, ENOMEM; nothing is left
 * open then. */
static __inline__ int sysc_uring_init(struct sysc_uring *r, unsigned int entries,
				      struct sysc_io_uring_params *params)
{
	struct sysc_io_uring_params zero, *p = params;
	size_t i;
	int e;

	if (!r)
		return (int)sysc__fail(SYSC_EINVAL);
	for (i = 0; i < sizeof(*r); i++)
		((unsigned char *)r)[i] = 0;
	r->fd = -1;
	if (!p) {
		for (i = 0; i < sizeof(zero); i++)
			((unsigned char *)&zero)[i] = 0;
		p = &zero;
	}
	if (p->flags & ~(unsigned int)SYSC_URING_SETUP_SUPPORTED)
		return (int)sysc__fail(SYSC_EINVAL);
	r->fd = sysc_io_uring_setup(entries, p);
	if (r->fd < 0)
		return -1;
	r->flags = p->flags;
	r->features = p->features;

	r->sq_ring_size = p->sq_off.array + p->sq_entries * sizeof(unsigned int);
	r->cq_ring_size = p->cq_off.cqes + p->cq_entries * sizeof(struct sysc_io_uring_cqe);
	if (r->features & SYSC_IORING_FEAT_SINGLE_MMAP) {
		/* One mapping holds both rings (5.4+). */
		if (r->cq_ring_size > r->sq_ring_size)
			r->sq_ring_size = r->cq_ring_size;
		r->cq_ring_size = r->sq_ring_size;
	}
	r->sq_ring = sysc__uring_map(r->fd, r->sq_ring_size, SYSC_IORING_OFF_SQ_RING);
	if (!r->sq_ring)
		goto fail;
	if (r->features & SYSC_IORING_FEAT_SINGLE_MMAP) {
		r->cq_ring = r->sq_ring;
	} else {
		r->cq_ring = sysc__uring_map(r->fd, r->cq_ring_size, SYSC_IORING_OFF_CQ_RING);
		if (!r->cq_ring)
			goto fail;
	}
	r->sqes_size = p->sq_entries * sizeof(struct sysc_io_uring_sqe);
	r->sqes = (struct sysc_io_uring_sqe *)sysc__uring_map(r->fd, r->sqes_size,
							      SYSC_IORING_OFF_SQES);
	if (!r->sqes)
		goto fail;

	r->sq_head = (unsigned int *)sysc__uring_at(r->sq_ring, p->sq_off.head);
	r->sq_tail = (unsigned int *)sysc__uring_at(r->sq_ring, p->sq_off.tail);
	r->sq_flags = (unsigned int *)sysc__uring_at(r->sq_ring, p->sq_off.flags);
	r->sq_array = (unsigned int *)sysc__uring_at(r->sq_ring, p->sq_off.array);
	r->sq_mask = *(unsigned int *)sysc__uring_at(r->sq_ring, p->sq_off.ring_mask);
	r->sq_entries = *(unsigned int *)sysc__uring_at(r->sq_ring, p->sq_off.ring_entries);
	r->cq_head = (unsigned int *)sysc__uring_at(r->cq_ring, p->cq_off.head);
	r->cq_tail = (unsigned int *)sysc__uring_at(r->cq_ring, p->cq_off.tail);
	r->cq_overflow = (unsigned int *)sysc__uring_at(r->cq_ring, p->cq_off.overflow);
	r->cqes = (struct sysc_io_uring_cqe *)sysc__uring_at(r->cq_ring, p->cq_off.cqes);
	r->cq_mask = *(unsigned int *)sysc__uring_at(r->cq_ring, p->cq_off.ring_mask);
	r->cq_entries = *(unsigned int *)sysc__uring_at(r->cq_ring, p->cq_off.ring_entries);
	/* Nothing is in flight yet: the kernel's tail is where we start. */
	r->sqe_head = r->sqe_tail = *r->sq_tail;
	return 0;
fail:
	e = sysc_errno;
	sysc_uring_exit(r);
	return (int)sysc__fail(e);
}

/* A zeroed SQE to fill in, or NULL with sysc_errno EBUSY when every slot
 * is handed out and not yet consumed by the kernel (submit, then reap). */
static __inline__ struct sysc_io_uring_sqe *sysc_uring_get_sqe(struct sysc_uring *r)
{
	/* Acquire: the kernel has finished reading the slots before head. */
	unsigned int head = __atomic_load_n(r->sq_head, __ATOMIC_ACQUIRE);
	struct sysc_io_uring_sqe *sqe;
	uint64_t *w;
	size_t i;

	if (r->sqe_tail - head >= r->sq_entries) {
		sysc__fail(SYSC_EBUSY);
		return SYSC__NULL;
	}
	sqe = &r->sqes[r->sqe_tail & r->sq_mask];
	r->sqe_tail++;
	w = (uint64_t *)(void *)sqe;
	for (i = 0; i < sizeof(*sqe) / sizeof(*w); i++)
		w[i] = 0;
	return sqe;
}

/* SQEs in the ring the kernel has not consumed yet. */
static __inline__ unsigned int sysc_uring_sq_ready(const struct sysc_uring *r)
{
	return *r->sq_tail - __atomic_load_n(r->sq_head, __ATOMIC_ACQUIRE);
}

/* Publishes the SQEs got since the last submit and enters the kernel to
 * submit everything in the ring, and with wait_nr > 0 waits until that
 * many completions are there (a signal ends the wait early: EINTR).
 * Returns the number the kernel took (it may take fewer when it runs out
 * of memory or a CQ overflow is pending: submit again after reaping), or
 * -1 with sysc_errno. */
static __inline__ int sysc_uring_submit_and_wait(struct sysc_uring *r, unsigned int wait_nr)
{
	unsigned int tail = *r->sq_tail;	/* only we write it */

	for (; r->sqe_head != r->sqe_tail; r->sqe_head++, tail++)
		r->sq_array[tail & r->sq_mask] = r->sqe_head & r->sq_mask;
	/* Release: the SQEs and array slots above are visible before the
	 * tail that hands them over. */
	__atomic_store_n(r->sq_tail, tail, __ATOMIC_RELEASE);
	return sysc_io_uring_enter(r->fd, sysc_uring_sq_ready(r), wait_nr,
				   wait_nr ? SYSC_IORING_ENTER_GETEVENTS : 0u, SYSC__NULL, 0);
}

static __inline__ int sysc_uring_submit(struct sysc_uring *r)
{
	return sysc_uring_submit_and_wait(r, 0);
}

/* Copies the oldest completion to *cqe and consumes it: 0, or -1 with
 * EAGAIN when there is none (no syscall is made). */
static __inline__ int sysc_uring_peek(struct sysc_uring *r, struct sysc_io_uring_cqe *cqe)
{
	unsigned int head = *r->cq_head;	/* only we write it */
	/* Acquire: the CQEs before tail are written. */
	unsigned int tail = __atomic_load_n(r->cq_tail, __ATOMIC_ACQUIRE);

	if (head == tail)
		return (int)sysc__fail(SYSC_EAGAIN);
	*cqe = r->cqes[head & r->cq_mask];
	/* Release: the copy above is done before the kernel may reuse the
	 * slot. */
	__atomic_store_n(r->cq_head, head + 1, __ATOMIC_RELEASE);
	return 0;
}

/* As sysc_uring_peek, but waits for a completion when there is none: for
 * ever with timeout NULL, else at most *timeout (relative; -1 with ETIME
 * when it passes; needs IORING_FEAT_EXT_ARG, Linux 5.11, else EINVAL). A
 * signal ends the wait: EINTR. */
static __inline__ int sysc_uring_wait(struct sysc_uring *r, struct sysc_io_uring_cqe *cqe,
				      const struct sysc_timespec *timeout)
{
	struct sysc_io_uring_getevents_arg arg;
	unsigned int flags = SYSC_IORING_ENTER_GETEVENTS;
	const void *argp = SYSC__NULL;
	size_t argsz = 0;

	if (timeout) {
		if (!(r->features & SYSC_IORING_FEAT_EXT_ARG))
			return (int)sysc__fail(SYSC_EINVAL);
		arg.sigmask = 0;
		arg.sigmask_sz = 0;
		arg.min_wait_usec = 0;
		arg.ts = sysc_ptr64(timeout);
		flags |= SYSC_IORING_ENTER_EXT_ARG;
		argp = &arg;
		argsz = sizeof(arg);
	}
	for (;;) {
		if (sysc_uring_peek(r, cqe) == 0)
			return 0;
		/* Completions may also wait in the kernel (task work under
		 * COOP/DEFER_TASKRUN, an overflow list): entering with
		 * GETEVENTS brings them into the ring. */
		if (sysc_io_uring_enter(r->fd, 0, 1, flags, argp, argsz) < 0)
			return -1;
	}
}

#ifdef __cplusplus
}
#endif

#endif
