/* The timing harness shared by the freestanding benchmark (bench_sysc.c)
 * and the libc companions (bench_libc.c), so every row is measured the same
 * way. Header-only over sysc's raw layer: no libc needed, and beside a libc
 * it only uses prefixed names.
 *
 * Clock: CLOCK_MONOTONIC read through the raw clock_gettime syscall (not the
 * vDSO, so the timer does not depend on what is being measured). One
 * repetition runs the operation N times between two clock reads. The
 * timer's own cost is measured first and printed as the "timer" row; N is
 * then chosen so a repetition lasts at least 2000 timer reads (and at least
 * BENCH_TARGET_NS), which keeps the two reads under 0.1% of it even on i386,
 * where the raw layer's int $0x80 makes one read cost microseconds. Short
 * repetitions and many of them: a preemption by another process spoils one
 * repetition, which the median then ignores. Nothing is subtracted: the
 * loop's own cost is a row of its own ("empty loop").
 *
 * Output, one tab-separated line per row, parsed by bench/driver.c:
 *   row  arch op way who kind ref N min_ps median_ps max_ps note
 *   na   arch op way who kind reason
 *   info arch key value
 * Times are integer picoseconds per call, so the freestanding side needs no
 * floating point; 64-bit division on i386 comes from libgcc, which
 * benchmark programs (not the library) may link. */
#ifndef SYSC_BENCH_MEASURE_H
#define SYSC_BENCH_MEASURE_H

#include <sysc.h>
#include "tests/fs_check.h" /* fs_puts, fs_putnum: sysc_raw_write only */

#define BENCH_REPS 31
#define BENCH_TARGET_NS 1000000ULL /* the shortest repetition */
#define BENCH_TIMER_READS 2000ULL /* reads per repetition, at least */

typedef unsigned long (*bench_loop_fn)(unsigned long n);

/* Results are folded into this so no loop's work is dead. */
static volatile unsigned long bench_sink;
/* Set by bench_timer_row() from the timer's measured cost. */
static unsigned long long bench_target_ns = BENCH_TARGET_NS;

/* Defines `name(n)`: run `stmt` n times. stmt folds its result into acc;
 * the empty asm makes acc opaque to the optimiser after every iteration, so
 * calls are neither merged, hoisted nor deleted. */
#define BENCH_LOOP(name, stmt)                                       \
	static __attribute__((noinline)) unsigned long name(unsigned long n) \
	{                                                            \
		unsigned long acc = 0, i;                            \
		for (i = 0; i < n; i++) {                            \
			stmt;                                        \
			__asm__ volatile ("" : "+r"(acc) : : "memory"); \
		}                                                    \
		return acc;                                          \
	}

static inline unsigned long long bench_now(void)
{
	struct sysc_timespec ts;

	if (sysc_raw_clock_gettime(SYSC_CLOCK_MONOTONIC, &ts) != 0)
		return 0;
	return (unsigned long long)ts.tv_sec * 1000000000ULL +
	       (unsigned long long)ts.tv_nsec;
}

static inline unsigned long long bench_time(bench_loop_fn fn, unsigned long n)
{
	unsigned long long t0 = bench_now(), t1;

	bench_sink += fn(n);
	t1 = bench_now();
	return t1 > t0 ? t1 - t0 : 0;
}

struct bench_result {
	unsigned long n;
	unsigned long long min_ps, med_ps, max_ps;
};

/* N calls of fn last about the target (calibrated by doubling). */
static inline unsigned long bench_calibrate(bench_loop_fn fn)
{
	unsigned long long dt;
	unsigned long n = 1;

	for (;;) {
		dt = bench_time(fn, n);
		if (dt >= bench_target_ns / 8 || n >= (1UL << 30))
			break;
		n *= 2;
	}
	if (dt > 0 && dt < bench_target_ns) {
		unsigned long long m = (unsigned long long)n * bench_target_ns / dt;
		n = m > (1UL << 30) ? (1UL << 30) : (unsigned long)m;
	}
	return n;
}

static inline void bench_insert(unsigned long long *ps, int i, unsigned long long v)
{
	int j;

	for (j = i; j > 0 && ps[j - 1] > v; j--)
		ps[j] = ps[j - 1];
	ps[j] = v;
}

/* Measures k loops together: each repetition runs all of them in turn, so
 * that a drift of the machine (frequency, another process) over the run
 * falls on every one alike, and rows that are compared with each other
 * are. A single row is a group of one. */
#define BENCH_GROUP_MAX 8
static inline void bench_measure_group(const bench_loop_fn *fn, int k,
				       struct bench_result *r)
{
	unsigned long long ps[BENCH_GROUP_MAX][BENCH_REPS];
	int i, g;

	for (g = 0; g < k; g++)
		r[g].n = bench_calibrate(fn[g]);
	for (i = 0; i < BENCH_REPS; i++)
		for (g = 0; g < k; g++)
			bench_insert(ps[g], i, bench_time(fn[g], r[g].n) * 1000ULL / r[g].n);
	for (g = 0; g < k; g++) {
		r[g].min_ps = ps[g][0];
		r[g].med_ps = ps[g][BENCH_REPS / 2];
		r[g].max_ps = ps[g][BENCH_REPS - 1];
	}
}

static inline struct bench_result bench_measure(bench_loop_fn fn)
{
	struct bench_result r;

	bench_measure_group(&fn, 1, &r);
	return r;
}

static inline void bench_fields(const char *tag, const char *op, const char *way,
				const char *who, const char *kind)
{
	fs_puts(tag);
	fs_puts("\t" SYSC_ARCH_NAME "\t");
	fs_puts(op);
	fs_puts("\t");
	fs_puts(way);
	fs_puts("\t");
	fs_puts(who);
	fs_puts("\t");
	fs_puts(kind);
	fs_puts("\t");
}

/* kind: what the driver compares: "call", "loop", "vdso" (expected to stay
 * in user space; flagged when slower than the raw syscall row), "syscall"
 * (enters the kernel). ref: 1 for the row others of the same op are
 * divided by. */
/* A measured row up to its note. */
static inline void bench_emit(const char *op, const char *way, const char *who,
			      const char *kind, int ref,
			      const struct bench_result *r)
{
	bench_fields("row", op, way, who, kind);
	fs_puts(ref ? "1\t" : "0\t");
	fs_putnum((long long)r->n);
	fs_puts("\t");
	fs_putnum((long long)r->min_ps);
	fs_puts("\t");
	fs_putnum((long long)r->med_ps);
	fs_puts("\t");
	fs_putnum((long long)r->max_ps);
	fs_puts("\t");
}

static inline void bench_row_of(const char *op, const char *way, const char *who,
				const char *kind, int ref,
				const struct bench_result *r, const char *note)
{
	bench_emit(op, way, who, kind, ref, r);
	fs_puts(note ? note : "");
	fs_puts("\n");
}

static inline void bench_row(const char *op, const char *way, const char *who,
			     const char *kind, int ref, bench_loop_fn fn,
			     const char *note)
{
	struct bench_result r = bench_measure(fn);

	bench_row_of(op, way, who, kind, ref, &r, note);
}

BENCH_LOOP(bench_loop_timer, acc += (unsigned long)bench_now())

/* First thing in every program: the timer's cost, as a row (none when who
 * is NULL), and the repetition length that makes it negligible. */
static inline void bench_timer_row(const char *who)
{
	struct bench_result r = bench_measure(bench_loop_timer);
	unsigned long long t = r.med_ps / 1000 * BENCH_TIMER_READS;

	if (t > bench_target_ns)
		bench_target_ns = t;
	if (!who)
		return;
	bench_emit("timer", "raw clock_gettime syscall", who, "syscall", 0, &r);
	fs_puts("repetitions of ");
	fs_putnum((long long)(bench_target_ns / 1000));
	fs_puts(" us from here on\n");
}

static inline void bench_na(const char *op, const char *way, const char *who,
			    const char *kind, const char *reason)
{
	bench_fields("na", op, way, who, kind);
	fs_puts(reason);
	fs_puts("\n");
}

static inline void bench_info(const char *key, const char *value)
{
	fs_puts("info\t" SYSC_ARCH_NAME "\t");
	fs_puts(key);
	fs_puts("\t");
	fs_puts(value);
	fs_puts("\n");
}

#endif
