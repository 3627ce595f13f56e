/* The libc companion of bench_sysc.c: the same operations through the C
 * library it is linked with (glibc x86_64 and i386, musl x86_64), timed by
 * the same harness (bench/measure.h) and printed in the same format. Built
 * static, like the sysc programs. */
#define _GNU_SOURCE
#include <sched.h>
#include <sys/random.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "bench/measure.h"

#ifdef __GLIBC__
#include <gnu/libc-version.h>
#define BENCH_LIBC "glibc"
#else
#define BENCH_LIBC "musl" /* the only other libc this is built with */
#endif

BENCH_LOOP(l_clock, {
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	acc += (unsigned long)t.tv_nsec;
})
BENCH_LOOP(l_getpid, acc += (unsigned long)getpid())
BENCH_LOOP(l_syscall_getpid, acc += (unsigned long)syscall(SYS_getpid))
BENCH_LOOP(l_getcpu, acc += (unsigned long)sched_getcpu())
BENCH_LOOP(l_syscall_getcpu, {
	unsigned int c = 0;
	syscall(SYS_getcpu, &c, (void *)0, (void *)0);
	acc += c;
})
#ifdef BENCH_BESIDE_SYSC
/* sysc's errno layer in the same process as the libc: the one comparison
 * of the two that no process boundary or machine drift can bias. */
BENCH_LOOP(l_sysc_getpid, acc += (unsigned long)sysc_getpid())
extern char **environ;
#endif
BENCH_LOOP(l_getrandom, {
	unsigned char b[16];
	if (getrandom(b, sizeof b, 0) > 0)
		acc += b[0];
})

int main(void)
{
	const char *who_clock = BENCH_LIBC " clock_gettime()";
	int glibc = 0;

#ifdef __GLIBC__
	glibc = 1;
	bench_info("libc", gnu_get_libc_version());
#else
	bench_info("libc", "musl");
#endif
	bench_timer_row("sysc_raw_clock_gettime() (in the " BENCH_LIBC " program)");
	/* Which way the libc takes is its business; the kind says what a
	 * reader should expect (clock_gettime and sched_getcpu stay in user
	 * space in both libcs on x86; glibc 2.35+ reads the cpu from its rseq
	 * area). The driver flags a "vdso" row slower than the syscall. */
	bench_row("clock_gettime", "libc", who_clock, "vdso", glibc, l_clock,
		  "vDSO expected");
#ifdef BENCH_BESIDE_SYSC
	{
		static const bench_loop_fn pair[] = { l_getpid, l_sysc_getpid };
		struct bench_result r[2];
		char **p = environ;

		/* the auxv follows the environment: it gives sysc the i386
		 * __kernel_vsyscall glibc uses (int $0x80 otherwise) */
		while (*p)
			p++;
		sysc_init_auxv((const unsigned long *)(p + 1));
		bench_measure_group(pair, 2, r);
		bench_row_of("getpid", "libc", BENCH_LIBC " getpid()", "syscall", 0, &r[0],
			     "interleaved with the next row");
		bench_row_of("getpid", sysc_i386_way() == SYSC_I386_VSYSCALL ? "__kernel_vsyscall" : "syscall",
			     "sysc_getpid() beside " BENCH_LIBC, "syscall", 0, &r[1],
			     "same process, interleaved");
	}
#else
	bench_row("getpid", "libc", BENCH_LIBC " getpid()", "syscall", 0, l_getpid,
		  NULL);
#endif
	bench_row("getpid", "libc", BENCH_LIBC " syscall(SYS_getpid)", "syscall", 0,
		  l_syscall_getpid, NULL);
	bench_row("getcpu", "libc", BENCH_LIBC " sched_getcpu()", "vdso", glibc,
		  l_getcpu, glibc ? "rseq area or vDSO expected" : "vDSO expected");
	bench_row("getcpu", "libc", BENCH_LIBC " syscall(SYS_getcpu)", "syscall", 0,
		  l_syscall_getcpu, NULL);
	bench_row("getrandom", "libc", BENCH_LIBC " getrandom()", "syscall",
		  glibc, l_getrandom, "16 bytes");
	return 0;
}
