/* The freestanding benchmark: every way into the kernel that sysc offers,
 * on sysc's own _start with no libc. bench/driver.c runs it (x86_64 and
 * i386) beside the libc companions and prints the table.
 *
 * `bench_sysc sysenter` measures only the i386 raw-sysenter row: the driver
 * runs it in a separate process, so a CPU that faults on sysenter costs
 * that row, not the run. */
#include "bench/measure.h"

#if defined(__x86_64__)
#include "arch/x86_64/bench/handasm.h"
#define BENCH_CLOCK_SYM "__vdso_clock_gettime"
#define BENCH_RAW_WAY "syscall"
#else
#include "arch/i386/bench/handasm.h"
#define BENCH_CLOCK_SYM "__vdso_clock_gettime64" /* 64-bit time on i386 */
#define BENCH_RAW_WAY "int $0x80" /* the raw layer's only way in */
#endif

static void *bench_vdso(const char *name)
{
	/* Both arches' vDSOs version their symbols LINUX_2.6. */
	return sysc_vdso_sym(name, "LINUX_2.6");
}

/* A real call the optimiser cannot inline or drop: the asm hides x. */
static __attribute__((noinline)) unsigned long bench_called(unsigned long x)
{
	__asm__ volatile ("" : "+r"(x));
	return x + 1;
}

BENCH_LOOP(l_empty, (void)0)
BENCH_LOOP(l_call, acc = bench_called(acc))

typedef int (*bench_clock_fn)(int clock, struct sysc_timespec *ts);
static bench_clock_fn bench_vclock;

BENCH_LOOP(l_clock_sysc, {
	struct sysc_timespec t;
	sysc_clock_gettime(SYSC_CLOCK_MONOTONIC, &t);
	acc += (unsigned long)t.tv_nsec;
})
BENCH_LOOP(l_clock_raw, {
	struct sysc_timespec t;
	sysc_raw_clock_gettime(SYSC_CLOCK_MONOTONIC, &t);
	acc += (unsigned long)t.tv_nsec;
})
BENCH_LOOP(l_clock_direct, {
	struct sysc_timespec t;
	bench_vclock(SYSC_CLOCK_MONOTONIC, &t);
	acc += (unsigned long)t.tv_nsec;
})
BENCH_LOOP(l_getpid_sysc, acc += (unsigned long)sysc_getpid())
BENCH_LOOP(l_getpid_raw, acc += (unsigned long)sysc_raw_getpid())
BENCH_LOOP(l_getpid_generic, acc += (unsigned long)sysc_syscall(SYSC_NR_getpid))
BENCH_LOOP(l_getpid_asm, acc += (unsigned long)bench_handasm_getpid())
BENCH_LOOP(l_getcpu_sysc, {
	unsigned int c = 0;
	sysc_getcpu(&c, 0);
	acc += c;
})
BENCH_LOOP(l_getcpu_raw, {
	unsigned int c = 0;
	sysc_raw_getcpu(&c, 0);
	acc += c;
})
BENCH_LOOP(l_getrandom_sysc, {
	unsigned char b[16];
	sysc_getrandom(b, sizeof b, 0);
	acc += b[0];
})
BENCH_LOOP(l_getrandom_raw, {
	unsigned char b[16];
	sysc_raw_getrandom(b, sizeof b, 0);
	acc += b[0];
})

/* The path sysc's wrapper takes when the vDSO has no such symbol. */
static const char *bench_syscall_way(void)
{
#if defined(__i386__)
	switch (sysc_i386_way()) {
	case SYSC_I386_INT80: return "int $0x80";
	case SYSC_I386_VSYSCALL: return "__kernel_vsyscall";
	default: return "raw sysenter";
	}
#else
	return "syscall";
#endif
}

#define BENCH_NO_VDSO_NOTE "no vDSO symbol, so the syscall"

/* A sysc call that uses the vDSO when the symbol is there. */
static void bench_vdso_row(const char *op, const char *sym, const char *who,
			   bench_loop_fn fn)
{
	if (bench_vdso(sym))
		bench_row(op, "vDSO", who, "vdso", 0, fn, sym);
	else
		bench_row(op, bench_syscall_way(), who, "syscall", 0, fn,
			  BENCH_NO_VDSO_NOTE);
}

#if defined(__i386__)
static const char *const bench_way_label[] = {
	"", "int $0x80", "__kernel_vsyscall", "raw sysenter",
};

/* sysc_getpid() with the library switched to one way in. */
static void bench_i386_way(int way)
{
	int saved = sysc_i386_way();
	const char *why = sysc_i386_unavailable(way);

	if (why) {
		bench_na("getpid", bench_way_label[way], "sysc_getpid()", "syscall", why);
		return;
	}
	if (sysc_i386_use(way) != 0) {
		bench_na("getpid", bench_way_label[way], "sysc_getpid()", "syscall",
			 "sysc_i386_use() refused it");
		return;
	}
	bench_row("getpid", bench_way_label[way], "sysc_getpid()", "syscall", 0,
		  l_getpid_sysc, sysc_i386_way_name(way));
	sysc_i386_use(saved);
}
#endif

static int bench_streq(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return *a == *b;
}

int main(int argc, char **argv)
{
	if (argc > 1 && bench_streq(argv[1], "sysenter")) {
#if defined(__i386__)
		bench_timer_row(NULL);
		bench_i386_way(SYSC_I386_SYSENTER);
		return 0;
#else
		fs_puts("sysenter: i386 only\n");
		return 2;
#endif
	}

	bench_info("vdso_mapped", sysc_getauxval(SYSC_AT_SYSINFO_EHDR) ? "yes" : "no");
#if defined(__i386__)
	bench_info("i386_default_way", sysc_i386_way_name(sysc_i386_way()));
#endif

	bench_timer_row("sysc_raw_clock_gettime()");
	bench_row("loop", "empty loop iteration", "(loop overhead, not subtracted)",
		  "loop", 0, l_empty, NULL);
	bench_row("call", "function call", "noinline C function", "call", 1,
		  l_call, NULL);

	bench_vdso_row("clock_gettime", BENCH_CLOCK_SYM, "sysc_clock_gettime()",
		       l_clock_sysc);
	bench_vclock = (bench_clock_fn)bench_vdso(BENCH_CLOCK_SYM);
	if (bench_vclock)
		bench_row("clock_gettime", "vDSO", "vDSO pointer from sysc_vdso_sym()",
			  "vdso", 0, l_clock_direct, BENCH_CLOCK_SYM);
	else
		bench_na("clock_gettime", "vDSO", "vDSO pointer from sysc_vdso_sym()",
			 "vdso", "no vDSO symbol " BENCH_CLOCK_SYM);
	bench_row("clock_gettime", BENCH_RAW_WAY, "sysc_raw_clock_gettime()",
		  "syscall", 0, l_clock_raw, NULL);

#if defined(__i386__)
	bench_row("getpid", BENCH_RAW_WAY, "hand-written inline asm", "syscall", 1,
		  l_getpid_asm, NULL);
	bench_row("getpid", BENCH_RAW_WAY, "sysc_raw_getpid()", "syscall", 0,
		  l_getpid_raw, NULL);
	bench_i386_way(SYSC_I386_INT80);
	bench_i386_way(SYSC_I386_VSYSCALL);
	bench_row("getpid", bench_way_label[sysc_i386_way()],
		  "sysc_syscall(SYSC_NR_getpid)", "syscall", 0, l_getpid_generic,
		  sysc_i386_way_name(sysc_i386_way()));
	/* raw sysenter: its own process, see the top of this file. */
#else
	{
		/* compared with each other: measured interleaved */
		static const bench_loop_fn group[] = { l_getpid_asm, l_getpid_raw,
						       l_getpid_sysc, l_getpid_generic };
		struct bench_result r[4];

		bench_measure_group(group, 4, r);
		bench_row_of("getpid", "syscall", "hand-written inline asm", "syscall", 1,
			     &r[0], NULL);
		bench_row_of("getpid", "syscall", "sysc_raw_getpid()", "syscall", 0, &r[1], NULL);
		bench_row_of("getpid", "syscall", "sysc_getpid()", "syscall", 0, &r[2],
			     "errno wrapper");
		bench_row_of("getpid", "syscall", "sysc_syscall(SYSC_NR_getpid)", "syscall", 0,
			     &r[3], NULL);
	}
#endif

	bench_vdso_row("getcpu", "__vdso_getcpu", "sysc_getcpu()", l_getcpu_sysc);
	bench_row("getcpu", BENCH_RAW_WAY, "sysc_raw_getcpu()", "syscall", 0,
		  l_getcpu_raw, NULL);

#if defined(__x86_64__)
	bench_vdso_row("getrandom", "__vdso_getrandom", "sysc_getrandom()",
		       l_getrandom_sysc);
	bench_row("getrandom", "syscall", "sysc_raw_getrandom()", "syscall", 0,
		  l_getrandom_raw, "16 bytes");
#else
	bench_row("getrandom", bench_syscall_way(), "sysc_getrandom()", "syscall", 0,
		  l_getrandom_sysc, "16 bytes; i386 has no vDSO getrandom");
	bench_row("getrandom", BENCH_RAW_WAY, "sysc_raw_getrandom()", "syscall", 0,
		  l_getrandom_raw, "16 bytes");
#endif
	return 0;
}
