/* Threads for programs on sysc's _start: one mapping per thread holding,
 * from low to high addresses, a PROT_NONE guard page, the stack (growing
 * down towards the guard), a small control block, and the thread's TLS
 * block and TCB (laid out by src/tls.c exactly like the main thread's). */
#include "internal.h"

#include "clone.h"		/* arch/<arch>/, on the include path */
#include "thread_pointer.h"

/* Shared with the thread. The kernel writes tid when the thread starts
 * (CLONE_PARENT_SETTID), and at its exit clears it and does a FUTEX_WAKE on
 * it (CLONE_CHILD_CLEARTID) once the thread no longer uses its stack; so
 * the word lives in the thread's own mapping, which stays until join. */
struct sysc__thread_ctl {
	int tid;
	int ret;
	int (*fn)(void *);
	void *arg;
};

#define SYSC__THREAD_FLAGS                                                   \
	(SYSC_CLONE_VM | SYSC_CLONE_FS | SYSC_CLONE_FILES | SYSC_CLONE_SIGHAND | \
	 SYSC_CLONE_THREAD | SYSC_CLONE_SYSVSEM | SYSC_CLONE_SETTLS |           \
	 SYSC_CLONE_PARENT_SETTID | SYSC_CLONE_CHILD_CLEARTID)

/* Runs on the new stack, called by the trampoline in arch/<arch>/clone.S,
 * which then exits the thread. */
static void sysc__thread_entry(void *p)
{
	struct sysc__thread_ctl *c = p;

	c->ret = c->fn(c->arg);
}

static size_t sysc__page_size(void)
{
	unsigned long p = sysc_getauxval(SYSC_AT_PAGESZ);

	return p >= 4096 && !(p & (p - 1)) ? p : 4096;
}

static size_t sysc__round(size_t x, size_t a)
{
	return (x + a - 1) & ~(a - 1);
}

int sysc_thread_create(sysc_thread_t *t, int (*fn)(void *), void *arg,
		       size_t stack_size)
{
	size_t page = sysc__page_size(), size;
	struct sysc__thread_ctl *c;
	char *map;
	void *tp, *tls_arg;
	long r;
	int e;
#if defined(__i386__)
	struct sysc_user_desc desc;
#endif

	if (!t || !fn)
		return (int)sysc__fail(SYSC_EINVAL);
	/* No PT_TLS seen: _start did not run (a libc owns the thread
	 * pointer and its layout), so a thread of ours would break it. */
	if (!sysc__tls.memsz)
		return (int)sysc__fail(SYSC_ENOSYS);
	if (!stack_size)
		stack_size = SYSC_THREAD_STACK_DEFAULT;
	if (stack_size < SYSC_THREAD_STACK_MIN)
		stack_size = SYSC_THREAD_STACK_MIN;
	if (stack_size > ((size_t)-1 >> 2))
		return (int)sysc__fail(SYSC_ENOMEM);
	stack_size = sysc__round(stack_size, page);
	size = sysc__round(page + stack_size + sizeof *c + sysc__tls_block_size(), page);

	map = sysc_mmap(NULL, size, SYSC_PROT_READ | SYSC_PROT_WRITE,
			SYSC_MAP_PRIVATE | SYSC_MAP_ANONYMOUS, -1, 0);
	if (map == SYSC_MAP_FAILED)
		return -1;
	if (sysc_mprotect(map, page, SYSC_PROT_NONE) < 0)
		goto undo;

	c = (struct sysc__thread_ctl *)(map + page + stack_size);
	c->tid = 0;
	c->fn = fn;
	c->arg = arg;
	tp = sysc__tls_place(c + 1);
#if defined(__i386__)
	/* CLONE_SETTLS on i386 takes a user_desc for the same GDT slot the
	 * main thread's %gs selects; the kernel fills the new thread's copy
	 * of that slot, so %gs (inherited) finds the new block. */
	desc.entry_number = sysc__i386_tls_entry();
	desc.base_addr = (unsigned int)tp;
	desc.limit = 0xfffff;
	desc.flags = SYSC__USER_DESC_TLS_FLAGS;
	tls_arg = &desc;
#else
	tls_arg = tp;
#endif
	r = sysc__clone(SYSC__THREAD_FLAGS, c, &c->tid, &c->tid, tls_arg,
			sysc__thread_entry, c);
	if (sysc_is_error(r)) {
		sysc__errno_value = (int)-r;
		goto undo;
	}
	t->tid = (int)r;
	t->map_ = map;
	t->map_size_ = size;
	t->ctl_ = c;
	return 0;
undo:
	e = sysc__errno_value;
	sysc_munmap(map, size);
	return (int)sysc__fail(e);
}

/* i386: futex_time64, not futex, although the wait has no timeout: a
 * kernel without CONFIG_COMPAT_32BIT_TIME lacks the 32-bit-time calls, and
 * a filter listing the time64 ones refuses them (tests/time32.h). */
#if defined(SYSC__FAMILY32)
#define SYSC__NR_FUTEX SYSC_NR_futex_time64
#else
#define SYSC__NR_FUTEX SYSC_NR_futex
#endif

int sysc_thread_join(sysc_thread_t *t, int *ret)
{
	struct sysc__thread_ctl *c;
	char *tp = sysc__arch_get_tp();
	int tid;
	long r;

	if (!t || !t->ctl_ || !t->map_)
		return (int)sysc__fail(SYSC_EINVAL);
	c = t->ctl_;
	if (tp >= (char *)t->map_ && tp < (char *)t->map_ + t->map_size_)
		return (int)sysc__fail(SYSC_EDEADLK);
	/* Shared (not private) futex: the kernel's wake at thread exit uses
	 * the shared key. EAGAIN (tid changed before we slept) and EINTR
	 * (a signal handler ran) just mean: look again. */
	while ((tid = __atomic_load_n(&c->tid, __ATOMIC_ACQUIRE)) != 0) {
		r = sysc__sc4(SYSC__NR_FUTEX, (long)&c->tid, SYSC_FUTEX_WAIT, tid, 0);
		if (sysc_is_error(r) && r != -SYSC_EAGAIN && r != -SYSC_EINTR)
			return (int)sysc__ret(r);
	}
	if (ret)
		*ret = c->ret;
	r = sysc_munmap(t->map_, t->map_size_);
	t->tid = 0;
	t->map_ = NULL;
	t->map_size_ = 0;
	t->ctl_ = NULL;
	return (int)r;
}
