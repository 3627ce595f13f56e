/* long sysc__clone(unsigned long flags, void *stack, int *ptid, int *ctid,
 *                  void *tls, void (*entry)(void *), void *arg);
 * clone(2) for a thread (see arch/x86_64/clone.S for the contract): entry
 * and arg go to the top of the new stack before the syscall; the child pops
 * them, calls entry(arg) and ends with exit. aarch64's kernel takes flags,
 * stack, ptid, tls, ctid (CLONE_BACKWARDS): x3 and x4 are swapped. */
#include "syscall_nr.h"

	.text
	.globl sysc__clone
	.hidden sysc__clone
	.type sysc__clone, %function
sysc__clone:
	and x1, x1, #-16
	stp x5, x6, [x1, #-16]!
	mov x9, x3
	mov x3, x4
	mov x4, x9
	mov x8, #SYSC_NR_clone
	svc #0
	cbz x0, 1f
	ret
1:	/* child: sp = the new stack, entry and arg on top */
	ldp x9, x0, [sp], #16
	mov x29, #0
	mov x30, #0
	blr x9
	mov x0, #0
	mov x8, #SYSC_NR_exit
	svc #0
	udf #0
	.size sysc__clone, . - sysc__clone

	.section .note.GNU-stack, "", %progbits
