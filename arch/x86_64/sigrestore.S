/* The signal restorer sysc_sigaction installs (SA_RESTORER). x86_64 always
 * builds rt frames and, without SA_RESTORER, has no other way back: the
 * handler's `ret` lands here with rsp just past the return address, where
 * rt_sigreturn expects the frame, and rt_sigreturn restores every register
 * and the signal mask from it. */
#include "syscall_nr.h"

	.text
	.globl sysc__sigrestore_rt
	.hidden sysc__sigrestore_rt
	.type sysc__sigrestore_rt, @function
	nop	/* unwinders look one byte before the return address */
sysc__sigrestore_rt:
	mov $SYSC_NR_rt_sigreturn, %eax
	syscall
	hlt
	.size sysc__sigrestore_rt, . - sysc__sigrestore_rt

	.section .note.GNU-stack, "", @progbits
