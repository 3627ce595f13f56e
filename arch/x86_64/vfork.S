/* long sysc_raw_vfork(void); int sysc_vfork(void);
 * vfork(2): the child borrows the parent's stack, so the return address is
 * popped into rdx (which syscall preserves) and pushed back after the
 * call, by the child and then again by the parent, whose frame the child
 * may have overwritten meanwhile. The errno form hands an error to a C
 * helper with a tail jump, the return address already back in place
 * (there is no child then). */
#include "syscall_nr.h"

	.text
	.globl sysc_raw_vfork
	.type sysc_raw_vfork, @function
sysc_raw_vfork:
	pop %rdx
	mov $SYSC_NR_vfork, %eax
	syscall
	push %rdx
	ret
	.size sysc_raw_vfork, . - sysc_raw_vfork

	.globl sysc_vfork
	.type sysc_vfork, @function
sysc_vfork:
	pop %rdx
	mov $SYSC_NR_vfork, %eax
	syscall
	push %rdx
	cmp $-4095, %rax
	jae 1f
	ret
1:	mov %rax, %rdi
	jmp sysc__vfork_fail
	.size sysc_vfork, . - sysc_vfork

	.section .note.GNU-stack, "", @progbits
