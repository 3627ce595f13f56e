/* long sysc__clone(unsigned long flags, void *stack, int *ptid, int *ctid,
 *                  void *tls, void (*entry)(void *), void *arg);
 * clone(2) for a thread (see arch/x86_64/clone.S for the contract): entry
 * and arg go to the top of the new stack before the syscall; the child
 * pops them, calls entry(arg) and ends with exit. arm's kernel takes
 * flags, stack, ptid, tls, ctid (r0..r4): ctid and tls trade places. The
 * fifth to seventh arguments arrive on the stack. Valid in ARM and Thumb-2
 * state. */
#include "syscall_nr.h"

	.syntax unified
	.text
	.globl sysc__clone
	.hidden sysc__clone
	.type sysc__clone, %function
sysc__clone:
	push {r4, r5, r7}	/* tls at sp+12, entry at sp+16, arg at sp+20 */
	ldr r4, [sp, #20]
	ldr r5, [sp, #16]
	bic r1, r1, #15
	stmdb r1!, {r4, r5}	/* the child's sp: arg, then entry */
	ldr r4, [sp, #12]
	mov ip, r3
	mov r3, r4		/* tls */
	mov r4, ip		/* ctid */
	mov r7, #SYSC_NR_clone
	svc 0
	cmp r0, #0
	beq 1f
	pop {r4, r5, r7}
	bx lr
1:	/* child: sp = the new stack, arg and entry on top */
	pop {r0, r1}
	mov r11, #0
	mov r7, #0
	mov lr, #0
	blx r1
	mov r0, #0
	mov r7, #SYSC_NR_exit
	svc 0
	udf #0
	.size sysc__clone, . - sysc__clone

	.section .note.GNU-stack, "", %progbits
