/* Process entry. esp points at argc. The i386 psABI wants esp 16-byte
 * aligned at every call, so the one argument is pushed onto an aligned
 * frame: sysc__start_c and main see esp = 12 mod 16 on entry. */
	.text
	/* weak: a static PIE's object replaces sysc__start_c (src/start.c);
	 * the start-up itself is pulled in by sysc__start_main */
	.weak sysc__start_c
	.globl sysc__start_main
	.globl _start
	.type _start, @function
_start:
	xor %ebp, %ebp		/* outermost frame, for debuggers */
	mov %esp, %eax
	and $-16, %esp
	sub $12, %esp
	push %eax
	call sysc__start_c
	hlt
	.size _start, . - _start

	.section .note.GNU-stack, "", @progbits
