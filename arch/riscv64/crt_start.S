/* Process entry. The kernel leaves sp pointing at argc, 16-byte aligned.
 * gp must hold __global_pointer$ before any C runs: the linker may relax
 * accesses near it into gp-relative ones; the load itself must not be
 * relaxed (it would then read gp before setting it), hence norelax. Zero ra
 * and fp mark the outermost frame. */
	/* weak: a static PIE's object replaces sysc__start_c (src/start.c);
	 * the start-up itself is pulled in by sysc__start_main */
	.weak sysc__start_c
	.globl sysc__start_main
	.text
	.globl _start
	.type _start, @function
_start:
	.option push
	.option norelax
	lla gp, __global_pointer$
	.option pop
	li ra, 0
	li fp, 0
	mv a0, sp
	andi sp, sp, -16
	call sysc__start_c
	unimp
	.size _start, . - _start

	.section .note.GNU-stack, "", @progbits
