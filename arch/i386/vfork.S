/* long sysc_raw_vfork(void); int sysc_vfork(void);
 * vfork(2): the child borrows the parent's stack, so the return address is
 * popped into ecx (which int $0x80 preserves) and pushed back after the
 * call, by the child and then again by the parent, whose frame the child
 * may have overwritten meanwhile. int $0x80 in both layers: a vDSO entry
 * would be a call, whose saved registers the child could overwrite. The
 * errno form hands an error (in eax: regparm(1)) to a C helper with a
 * tail jump, the return address already back in place. */
#include "syscall_nr.h"

	.text
	.globl sysc_raw_vfork
	.type sysc_raw_vfork, @function
sysc_raw_vfork:
	pop %ecx
	mov $SYSC_NR_vfork, %eax
	int $0x80
	push %ecx
	ret
	.size sysc_raw_vfork, . - sysc_raw_vfork

	.globl sysc_vfork
	.type sysc_vfork, @function
sysc_vfork:
	pop %ecx
	mov $SYSC_NR_vfork, %eax
	int $0x80
	push %ecx
	cmp $-4095, %eax
	jae 1f
	ret
1:	jmp sysc__vfork_fail
	.size sysc_vfork, . - sysc_vfork

	.section .note.GNU-stack, "", @progbits
