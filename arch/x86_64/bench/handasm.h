/* The benchmark's hand-written reference for getpid: the shortest correct
 * inline `syscall`, written out here rather than through the raw layer so
 * the benchmark can show the raw layer and the errno wrapper cost nothing
 * more. Only bench/ includes it (not installed: `make install` copies
 * the arch/<arch>/ headers, not this subdirectory). getpid takes no argument;
 * `syscall` overwrites rcx and r11. */
#ifndef SYSC_ARCH_X86_64_BENCH_HANDASM_H
#define SYSC_ARCH_X86_64_BENCH_HANDASM_H

static inline long bench_handasm_getpid(void)
{
	long r;
	__asm__ volatile ("syscall" : "=a"(r) : "0"((long)SYSC_NR_getpid) : "rcx", "r11", "memory");
	return r;
}

#endif
