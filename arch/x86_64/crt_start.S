/* Process entry. The kernel leaves rsp pointing at argc, 16-byte aligned,
 * with rdx holding a function to register with atexit (dynamic linker only;
 * always 0 for a static executable, and ignored here). The call below pushes
 * the return address, so sysc__start_c sees rsp = 8 mod 16 as the ABI
 * requires, and main does too. */
	.text
	/* weak: a static PIE's object replaces sysc__start_c (src/start.c);
	 * the start-up itself is pulled in by sysc__start_main */
	.weak sysc__start_c
	.globl sysc__start_main
	.globl _start
	.type _start, @function
_start:
	xor %ebp, %ebp		/* outermost frame, for debuggers */
	mov %rsp, %rdi
	and $-16, %rsp
	call sysc__start_c
	hlt
	.size _start, . - _start

	.section .note.GNU-stack, "", @progbits
