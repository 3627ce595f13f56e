/* sysc_getrandom: __vdso_getrandom (x86_64, Linux 6.11+) when present, the
 * getrandom syscall otherwise.
 *
 * The vDSO function keeps its ChaCha state in an opaque per-thread block
 * whose size and mapping the kernel dictates: a call with
 * (NULL, 0, 0, &params, ~0UL) fills struct params; blocks are carved from
 * pages mmapped with the returned prot and flags (MAP_DROPPABLE: the kernel
 * may zero them, and wipes them on fork, which the vDSO detects), and a
 * block must not cross a page (the vDSO refuses it with EFAULT). The vDSO
 * itself falls back to the syscall when the RNG is not ready, for unknown
 * flags, and when the block is in use (a signal handler interrupting the
 * same thread).
 *
 * Syscalls it may make: getrandom (ours, or from inside the vDSO); mmap of
 * one page when a thread's first call finds the shared pool empty. A
 * thread's block is not returned when the thread exits. */
#include "vdso_priv.h"

#if defined(__x86_64__)
typedef long (*sysc__vgetrandom_fn)(void *, size_t, unsigned int, void *, size_t);

struct sysc__vgetrandom_params {
	uint32_t size_of_opaque_state;
	uint32_t mmap_prot;
	uint32_t mmap_flags;
	uint32_t reserved[13];
};

#define SYSC__VGR_PAGE 4096	/* x86_64 pages */
#define SYSC__VGR_ALIGN 64	/* one cache line per block: no false sharing */

static __thread void *sysc__vgr_state;

/* Set once by the first probe: the function probed and what it asked for;
 * `disabled` when anything failed (then the syscall, for good). */
static struct {
	void *fn;
	size_t size, stride;
	unsigned int prot, flags;
	int disabled;
} sysc__vgr;
static int sysc__vgr_lock;	/* 0 free, 1 held; only ever try-locked */
static char *sysc__vgr_page;
static size_t sysc__vgr_used;

/* A block for this thread, or NULL (then the syscall). Never waits: a
 * thread that finds the lock held (another thread, or a signal handler
 * interrupting this one) uses the syscall for this call. */
static void *sysc__vgr_block(void *fn)
{
	struct sysc__vgetrandom_params p;
	void *blk = NULL;
	long r;

	if (__atomic_exchange_n(&sysc__vgr_lock, 1, __ATOMIC_ACQUIRE))
		return NULL;
	if (sysc__vgr.disabled)
		goto out;
	if (sysc__vgr.fn != fn) {
		sysc__memset(&p, 0, sizeof p);
		r = ((sysc__vgetrandom_fn)fn)(NULL, 0, 0, &p, ~0UL);
		if (r || !p.size_of_opaque_state || p.size_of_opaque_state > SYSC__VGR_PAGE ||
		    (sysc__vgr.fn && (p.size_of_opaque_state != sysc__vgr.size ||
				      p.mmap_prot != sysc__vgr.prot ||
				      p.mmap_flags != sysc__vgr.flags))) {
			/* Failed, or a replaced image that wants other blocks
			 * than the pool holds. */
			sysc__vgr.disabled = 1;
			goto out;
		}
		sysc__vgr.size = p.size_of_opaque_state;
		sysc__vgr.stride = (sysc__vgr.size + SYSC__VGR_ALIGN - 1) & ~(size_t)(SYSC__VGR_ALIGN - 1);
		if (sysc__vgr.stride > SYSC__VGR_PAGE)
			sysc__vgr.stride = sysc__vgr.size;
		sysc__vgr.prot = p.mmap_prot;
		sysc__vgr.flags = p.mmap_flags;
		__atomic_store_n(&sysc__vgr.fn, fn, __ATOMIC_RELEASE);
	}
	/* Blocks never cross a page: a page holds whole strides only. */
	if (!sysc__vgr_page || SYSC__VGR_PAGE - sysc__vgr_used < sysc__vgr.size) {
		r = sysc__sc6(SYSC_NR_mmap, 0, SYSC__VGR_PAGE, sysc__vgr.prot,
			      sysc__vgr.flags, -1, 0);
		if (sysc_is_error(r)) {
			sysc__vgr.disabled = 1;
			goto out;
		}
		sysc__vgr_page = (char *)r;
		sysc__vgr_used = 0;
	}
	blk = sysc__vgr_page + sysc__vgr_used;
	sysc__vgr_used += sysc__vgr.stride;
out:
	__atomic_store_n(&sysc__vgr_lock, 0, __ATOMIC_RELEASE);
	return blk;
}

/* 1 and the raw result in *out when the vDSO answered; 0: use the syscall. */
static int sysc__vgetrandom(void *buf, size_t len, unsigned int flags, long *out)
{
	void *fn = sysc__vdso_get(SYSC__VDSO_GETRANDOM);
	void *st = sysc__vgr_state;
	long r;

	if (fn && !st)
		st = sysc__vgr_state = sysc__vgr_block(fn);
	/* The block must have been made for this function (a replaced image
	 * gets a new probe in sysc__vgr_block on the next thread's call). */
	if (fn && st && fn == __atomic_load_n(&sysc__vgr.fn, __ATOMIC_ACQUIRE)) {
		r = ((sysc__vgetrandom_fn)fn)(buf, len, flags, st, sysc__vgr.size);
		if (!sysc_is_error(r) || r == -SYSC_EINVAL) {
			*out = r;
			return 1;
		}
	}
	return 0;
}
#endif

long sysc_getrandom(void *buf, size_t len, unsigned int flags)
{
#if defined(__x86_64__)
	long r;

	if (sysc__vgetrandom(buf, len, flags, &r))
		return sysc__ret(r);
#endif
	return sysc__ret(sysc__sc3(SYSC_NR_getrandom, (long)buf, (long)len, flags));
}
