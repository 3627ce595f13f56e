/* void *__aeabi_read_tp(void): the EABI's helper that returns the thread
 * pointer in r0 and preserves every other register. Compilers call it for
 * each TLS access in code built without -mtp=cp15 (clang 14's default for
 * every arm target), so a program on sysc's _start needs one; sysc itself
 * is built with -mtp=cp15 and reads the register inline. Weak, and alone
 * in its object: beside a libc that has one, either serves. */
	.syntax unified
	.text
	.weak __aeabi_read_tp
	.type __aeabi_read_tp, %function
__aeabi_read_tp:
	mrc p15, 0, r0, c13, c0, 3
	bx lr
	.size __aeabi_read_tp, . - __aeabi_read_tp

	.section .note.GNU-stack, "", %progbits
