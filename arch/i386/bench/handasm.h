/* The benchmark's hand-written reference for getpid on i386: the shortest
 * correct `int $0x80`. getpid takes no argument, so ebx and ebp (the PIC
 * and frame registers the raw layer has to work around) are not touched.
 * Only bench/ includes it (not installed: `make install` copies
 * the arch/<arch>/ headers, not this subdirectory). */
#ifndef SYSC_ARCH_I386_BENCH_HANDASM_H
#define SYSC_ARCH_I386_BENCH_HANDASM_H

static inline long bench_handasm_getpid(void)
{
	long r;
	__asm__ volatile ("int $0x80" : "=a"(r) : "0"((long)SYSC_NR_getpid) : "memory");
	return r;
}

#endif
