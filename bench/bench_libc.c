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
	bench_row("getpid", "libc", BENCH_LIBC " getpid()", "syscall", 0, l_getpid,
		  NULL);
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
