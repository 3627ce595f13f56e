/* Process entry. The kernel leaves sp pointing at argc, 8-byte aligned;
 * the AAPCS wants 8 at a public call, and 16 costs nothing. The code is
 * valid in ARM and in Thumb-2 state (it follows the compiler's -marm or
 * -mthumb). `bic sp, sp, #15` has no Thumb encoding, hence r1. The
 * %function type gives _start's address bit 0 in Thumb state, so the ELF
 * entry point tells the kernel which state to start in. Zero frame
 * pointers (r11 in ARM state, r7 in Thumb) and link register mark the
 * outermost frame for debuggers and unwinders. */
	.syntax unified
	/* weak: a static PIE's object replaces sysc__start_c (src/start.c);
	 * the start-up itself is pulled in by sysc__start_main */
	.weak sysc__start_c
	.globl sysc__start_main
	.text
	.globl _start
	.type _start, %function
_start:
	mov r11, #0
	mov r7, #0
	mov lr, #0
	mov r0, sp
	bic r1, r0, #15
	mov sp, r1
	bl sysc__start_c
	udf #0
	.size _start, . - _start

	.section .note.GNU-stack, "", %progbits
