/* sysc/io_uring.h against the kernel: copy a file of several MiB through
 * one ring, eight blocks in flight, every short read and write resubmitted
 * for the rest at the right offset (the content is a function of the
 * offset, so a wrong one shows), and check the copy; short reads come
 * from the end of the file (the last block asks for more than is there,
 * then for the rest, and gets 0) and, mid-file, from RWF_NOWAIT reads
 * against a page cache with every other half block evicted (a read stops
 * at the first page not in memory). Then bad parameters: each gives an
 * errno, none a crash, and no wait is without a time-out. */
#define _GNU_SOURCE
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <sysc.h>

#define TMPDIR_PREFIX "sysc-uring-"
#include "tmpdir.h"

/* Skips the test when this kernel or its configuration has no io_uring
 * (kernel.io_uring_disabled, a seccomp filter, qemu-user). */
static void init_or_skip(struct sysc_uring *r, unsigned int entries)
{
	if (sysc_uring_init(r, entries, NULL) == 0)
		return;
	if (sysc_errno == SYSC_ENOSYS || sysc_errno == SYSC_EPERM) {
		printf("skip - uring: io_uring_setup gives %s here\n",
		       sysc_strerror_name(sysc_errno));
		skip();
	}
	fail_msg("sysc_uring_init: %s", sysc_strerror_name(sysc_errno));
}

/* The byte at offset `off` of the source. */
static unsigned char pattern(uint64_t off)
{
	uint64_t x = (off >> 3) * 0x9e3779b97f4a7c15ULL;

	x ^= x >> 29;
	return (unsigned char)(x >> (8 * (off & 7)));
}

#define BLOCK (256u << 10)
#define SLOTS 8
#define FILE_SIZE ((8u << 20) + 12345u)	/* not a whole number of blocks */

/* One block being copied: read [off, off + BLOCK) into buf, then write
 * what was read. done counts the bytes of the current phase so far. */
struct slot {
	uint64_t off;
	uint32_t len;		/* bytes read (the block's length once read) */
	uint32_t done;
	int writing;
	int blocking;		/* a NOWAIT read got EAGAIN: read without it */
	unsigned char *buf;
};

struct stats {
	int short_reads, zero_reads, eagain, short_writes;
};

static void queue_io(struct sysc_uring *r, int in, int out, struct slot *s, int idx)
{
	struct sysc_io_uring_sqe *sqe = sysc_uring_get_sqe(r);

	assert_non_null(sqe);
	sqe->user_data = (uint64_t)idx;
	if (s->writing) {
		sqe->opcode = SYSC_IORING_OP_WRITE;
		sqe->fd = out;
		sqe->addr = sysc_ptr64(s->buf + s->done);
		sqe->len = s->len - s->done;
		sqe->off = s->off + s->done;
	} else {
		sqe->opcode = SYSC_IORING_OP_READ;
		sqe->fd = in;
		sqe->addr = sysc_ptr64(s->buf + s->done);
		sqe->len = BLOCK - s->done;
		sqe->off = s->off + s->done;
		sqe->op_flags = s->blocking ? 0 : SYSC_RWF_NOWAIT;
	}
}

/* Copies in to out (size bytes) and returns what happened on the way. */
static struct stats copy(int in, int out, uint64_t size)
{
	struct sysc_uring r;
	struct slot slots[SLOTS];
	struct stats st = { 0, 0, 0, 0 };
	uint64_t next = 0;	/* the next block's offset */
	int busy = 0;
	static unsigned char bufs[SLOTS][BLOCK];

	init_or_skip(&r, 16);
	for (int i = 0; i < SLOTS && next < size; i++, next += BLOCK) {
		slots[i] = (struct slot){ next, 0, 0, 0, 0, bufs[i] };
		queue_io(&r, in, out, &slots[i], i);
		busy++;
	}
	assert_int_equal(sysc_uring_submit(&r), busy);
	while (busy > 0) {
		const struct sysc_timespec limit = { 10, 0 };
		struct sysc_io_uring_cqe c = { 0, 0, 0 };
		struct slot *s;

		assert_int_equal(sysc_uring_wait(&r, &c, &limit), 0);
		assert_true(c.user_data < SLOTS);
		s = &slots[c.user_data];
		if (!s->writing) {
			/* EOPNOTSUPP: the filesystem has no non-blocking reads
			 * (tmpfs on 6.12, say); read it blocking too. */
			if ((c.res == -SYSC_EAGAIN || c.res == -SYSC_EOPNOTSUPP) && !s->blocking) {
				st.eagain++;
				s->blocking = 1;
			} else if (c.res == 0) {
				/* The end of the file: this block is done. */
				st.zero_reads++;
				s->len = s->done;
				s->writing = 1;
				s->done = 0;
			} else {
				if (c.res <= 0)
					fail_msg("read at %llu + %u (%s): res %d",
						 (unsigned long long)s->off, s->done,
						 s->blocking ? "blocking" : "RWF_NOWAIT", c.res);
				s->done += (uint32_t)c.res;
				assert_true(s->done <= BLOCK);
				if (s->done == BLOCK) {
					s->len = BLOCK;
					s->writing = 1;
					s->done = 0;
				} else {
					st.short_reads++;
				}
			}
		} else {
			assert_true(c.res > 0);
			s->done += (uint32_t)c.res;
			assert_true(s->done <= s->len);
			if (s->done < s->len)
				st.short_writes++;
		}
		if (s->writing && s->done == s->len) {
			/* This block is written: the slot takes the next one. */
			busy--;
			if (next >= size)
				continue;
			*s = (struct slot){ next, 0, 0, 0, 0, s->buf };
			next += BLOCK;
			busy++;
		}
		queue_io(&r, in, out, s, (int)(s - slots));
		assert_int_equal(sysc_uring_submit(&r), 1);
	}
	/* Everything was reaped. */
	assert_int_equal(sysc_uring_peek(&r, &(struct sysc_io_uring_cqe){ 0, 0, 0 }), -1);
	assert_int_equal(sysc_errno, SYSC_EAGAIN);
	sysc_uring_exit(&r);
	assert_int_equal(r.fd, -1);
	return st;
}

static void copy_large_file(void **state)
{
	static unsigned char chunk[65536];
	int in, out;
	uint64_t off;
	struct sysc_stat sb;
	struct stats st;
	long n;

	(void)state;
	in = sysc_openat(dfd, "src", SYSC_O_CREAT | SYSC_O_RDWR | SYSC_O_CLOEXEC, 0600);
	assert_true(in >= 0);
	for (off = 0; off < FILE_SIZE; off += (uint64_t)n) {
		size_t want = FILE_SIZE - off < sizeof(chunk) ? FILE_SIZE - off : sizeof(chunk);

		for (size_t i = 0; i < want; i++)
			chunk[i] = pattern(off + i);
		n = sysc_write(in, chunk, want);
		assert_true(n > 0);
	}
	/* Clean pages can be evicted: the second half of every block goes,
	 * so that a NOWAIT read of the block stops half way. */
	assert_int_equal(sysc_fsync(in), 0);
	for (off = 0; off < FILE_SIZE; off += BLOCK)
		assert_int_equal(sysc_fadvise64(in, (sysc_off_t)(off + BLOCK / 2), BLOCK / 2,
						SYSC_POSIX_FADV_DONTNEED), 0);
	out = sysc_openat(dfd, "dst", SYSC_O_CREAT | SYSC_O_RDWR | SYSC_O_TRUNC | SYSC_O_CLOEXEC, 0600);
	assert_true(out >= 0);

	st = copy(in, out, FILE_SIZE);
	printf("uring copy of %u bytes: %d short reads (one at the end), %d EAGAIN, "
	       "%d reads at EOF, %d short writes\n", FILE_SIZE, st.short_reads,
	       st.eagain, st.zero_reads, st.short_writes);
	/* The last block is short once, then reads 0. */
	assert_true(st.short_reads >= 1);
	assert_int_equal(st.zero_reads, 1);

	assert_int_equal(sysc_fstat(out, &sb), 0);
	assert_int_equal(sb.st_size, FILE_SIZE);
	for (off = 0; off < FILE_SIZE; off += (uint64_t)n) {
		n = sysc_pread64(out, chunk, sizeof(chunk), (sysc_off_t)off);
		assert_true(n > 0);
		for (long i = 0; i < n; i++)
			if (chunk[i] != pattern(off + (uint64_t)i))
				fail_msg("byte %llu differs", (unsigned long long)(off + (uint64_t)i));
	}
	sysc_close(in);
	sysc_close(out);
}

static void bad_parameters(void **state)
{
	struct sysc_uring r;
	struct sysc_io_uring_params p;
	struct sysc_io_uring_cqe c;
	struct sysc_io_uring_sqe *sqe;
	const struct sysc_timespec short_wait = { 0, 50 * 1000 * 1000 };
	unsigned int i;

	(void)state;
	assert_int_equal(sysc_uring_init(NULL, 8, NULL), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	init_or_skip(&r, 4);
	sysc_uring_exit(&r);
	sysc_uring_exit(&r);	/* twice is harmless */

	/* The kernel's refusals leave nothing open. */
	assert_int_equal(sysc_uring_init(&r, 0, NULL), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	assert_int_equal(r.fd, -1);
	sysc_uring_exit(&r);
	assert_int_equal(sysc_uring_init(&r, 1u << 30, NULL), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	memset(&p, 0, sizeof(p));
	p.resv[0] = 1;
	assert_int_equal(sysc_uring_init(&r, 4, &p), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	/* The layer's: flags it cannot run with. */
	memset(&p, 0, sizeof(p));
	p.flags = SYSC_IORING_SETUP_SQPOLL;
	assert_int_equal(sysc_uring_init(&r, 4, &p), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	p.flags = SYSC_IORING_SETUP_SQE128;
	assert_int_equal(sysc_uring_init(&r, 4, &p), -1);
	assert_int_equal(sysc_errno, SYSC_EINVAL);
	assert_int_equal(r.fd, -1);

	/* With params: the kernel's sizes come back; CQSIZE is honoured. */
	memset(&p, 0, sizeof(p));
	p.flags = SYSC_IORING_SETUP_CQSIZE;
	p.cq_entries = 64;
	assert_int_equal(sysc_uring_init(&r, 4, &p), 0);
	assert_int_equal(r.sq_entries, 4);
	assert_int_equal(r.cq_entries, 64);
	assert_int_equal(p.sq_entries, 4);

	/* Nothing to reap: peek says so, a wait ends at its time-out. */
	assert_int_equal(sysc_uring_peek(&r, &c), -1);
	assert_int_equal(sysc_errno, SYSC_EAGAIN);
	if (r.features & SYSC_IORING_FEAT_EXT_ARG) {
		assert_int_equal(sysc_uring_wait(&r, &c, &short_wait), -1);
		assert_int_equal(sysc_errno, SYSC_ETIME);
	}

	/* A full SQ: the fifth SQE is refused until the kernel took some. */
	for (i = 0; i < 4; i++) {
		sqe = sysc_uring_get_sqe(&r);
		assert_non_null(sqe);
		sqe->user_data = i;
		if (i == 0) {
			sqe->opcode = 0xff;	/* no such operation */
		} else if (i == 1) {
			sqe->opcode = SYSC_IORING_OP_READ;	/* no such fd */
			sqe->fd = -1;
			sqe->addr = sysc_ptr64(&c);
			sqe->len = 1;
		} else if (i == 2) {
			sqe->opcode = SYSC_IORING_OP_READ;	/* a bad buffer */
			sqe->fd = dfd;
			sqe->addr = 8;
			sqe->len = 1;
		} else {
			sqe->opcode = SYSC_IORING_OP_NOP;
		}
	}
	assert_null(sysc_uring_get_sqe(&r));
	assert_int_equal(sysc_errno, SYSC_EBUSY);
	/* Without IORING_SETUP_SUBMIT_ALL a submission that fails (the bad
	 * opcode; it still gets its CQE) ends the batch: the other three stay
	 * in the ring, and the next submit hands them over. */
	assert_int_equal(sysc_uring_submit(&r), 1);
	assert_int_equal(sysc_uring_sq_ready(&r), 3);
	assert_int_equal(sysc_uring_submit_and_wait(&r, 3), 3);
	assert_int_equal(sysc_uring_sq_ready(&r), 0);
	assert_non_null(sysc_uring_get_sqe(&r));	/* room again */
	int res[4] = { 1, 1, 1, 1 };
	for (i = 0; i < 4; i++) {
		assert_int_equal(sysc_uring_wait(&r, &c, &short_wait), 0);
		assert_true(c.user_data < 4);
		res[c.user_data] = c.res;
	}
	assert_int_equal(res[0], -SYSC_EINVAL);
	assert_int_equal(res[1], -SYSC_EBADF);
	/* A directory fd: EISDIR, or EFAULT if the buffer is looked at
	 * first; an error either way, not a crash. */
	assert_true(res[2] == -SYSC_EISDIR || res[2] == -SYSC_EFAULT);
	assert_int_equal(res[3], 0);
	sysc_uring_exit(&r);

	/* A ring fd that is not one. */
	assert_int_equal(sysc_io_uring_enter(dfd, 0, 0, 0, NULL, 0), -1);
	assert_int_equal(sysc_errno, SYSC_EOPNOTSUPP);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(copy_large_file),
		cmocka_unit_test(bad_parameters),
	};
	return cmocka_run_group_tests(tests, tmpdir_setup, tmpdir_teardown);
}
