/* long sysc__clone(unsigned long flags, void *stack, int *ptid, int *ctid,
 *                  void *tls, void (*entry)(void *), void *arg);
 * clone(2) for a thread: the parent gets the tid or -errno back; the child
 * starts on `stack` (never touching the parent's frame, which the parent
 * keeps using), calls entry(arg), then ends with exit (this thread only,
 * not exit_group). entry and arg are written to the top of the new stack
 * before the syscall, since the child has no other memory of its own.
 * The kernel's argument order on x86_64 is flags, stack, ptid, ctid, tls. */
#include "syscall_nr.h"

	.text
	.globl sysc__clone
	.hidden sysc__clone
	.type sysc__clone, @function
sysc__clone:
	and $-16, %rsi
	sub $16, %rsi
	mov %r9, (%rsi)		/* entry */
	mov 8(%rsp), %rax
	mov %rax, 8(%rsi)	/* arg */
	mov %rcx, %r10		/* ctid: the fourth syscall argument is r10 */
	mov $SYSC_NR_clone, %eax
	syscall
	test %rax, %rax
	jz 1f
	ret
1:	/* child: rsp = the new stack, 16-byte aligned for the call */
	xor %ebp, %ebp		/* outermost frame */
	mov 8(%rsp), %rdi
	call *(%rsp)
	xor %edi, %edi
	mov $SYSC_NR_exit, %eax
	syscall
	hlt
	.size sysc__clone, . - sysc__clone

	.section .note.GNU-stack, "", @progbits
