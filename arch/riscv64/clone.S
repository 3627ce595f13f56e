/* long sysc__clone(unsigned long flags, void *stack, int *ptid, int *ctid,
 *                  void *tls, void (*entry)(void *), void *arg);
 * clone(2) for a thread (see arch/x86_64/clone.S for the contract): entry
 * and arg go to the top of the new stack before the syscall; the child
 * loads them, calls entry(arg) and ends with exit. riscv64's kernel takes
 * flags, stack, ptid, tls, ctid: a3 and a4 are swapped. */
#include "syscall_nr.h"

	.text
	.globl sysc__clone
	.hidden sysc__clone
	.type sysc__clone, @function
sysc__clone:
	andi a1, a1, -16
	addi a1, a1, -16
	sd a5, 0(a1)
	sd a6, 8(a1)
	mv t0, a3
	mv a3, a4
	mv a4, t0
	li a7, SYSC_NR_clone
	ecall
	beqz a0, 1f
	ret
1:	/* child: sp = the new stack, entry and arg on top */
	ld t0, 0(sp)
	ld a0, 8(sp)
	addi sp, sp, 16
	li ra, 0
	li fp, 0
	jalr t0
	li a0, 0
	li a7, SYSC_NR_exit
	ecall
	unimp
	.size sysc__clone, . - sysc__clone

	.section .note.GNU-stack, "", @progbits
