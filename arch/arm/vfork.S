/* long sysc_raw_vfork(void); int sysc_vfork(void);
 * vfork(2): the child borrows the parent's stack, so nothing may be stored
 * there between the syscall and the return: the return address stays in
 * lr and the caller's r7 in ip, both of which the kernel preserves (r7 is
 * callee-saved, and the Thumb frame pointer). The errno form hands an
 * error to a C helper with a tail call (there is no child then). Valid in
 * ARM and Thumb-2 state. */
#include "syscall_nr.h"

	.syntax unified
	.text
	.globl sysc_raw_vfork
	.type sysc_raw_vfork, %function
sysc_raw_vfork:
	mov ip, r7
	mov r7, #SYSC_NR_vfork
	svc 0
	mov r7, ip
	bx lr
	.size sysc_raw_vfork, . - sysc_raw_vfork

	.globl sysc_vfork
	.type sysc_vfork, %function
sysc_vfork:
	mov ip, r7
	mov r7, #SYSC_NR_vfork
	svc 0
	mov r7, ip
	cmn r0, #4096		/* higher (C set, Z clear): r0 in -4095..-1 */
	bhi 1f
	bx lr
1:	b sysc__vfork_fail
	.size sysc_vfork, . - sysc_vfork

	.section .note.GNU-stack, "", %progbits
