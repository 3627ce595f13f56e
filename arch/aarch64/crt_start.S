/* Process entry. The kernel leaves sp pointing at argc, 16-byte aligned
 * (the AAPCS64 requires it at every call); x0 holds nothing for a static
 * executable. Zero frame pointer and link register mark the outermost
 * frame for debuggers and unwinders. */
	/* weak: a static PIE's object replaces sysc__start_c (src/start.c);
	 * the start-up itself is pulled in by sysc__start_main */
	.weak sysc__start_c
	.globl sysc__start_main
	.text
	.globl _start
	.type _start, %function
_start:
	mov x29, #0
	mov x30, #0
	mov x0, sp
	and x1, x0, #-16
	mov sp, x1
	bl sysc__start_c
	udf #0
	.size _start, . - _start

	.section .note.GNU-stack, "", %progbits
