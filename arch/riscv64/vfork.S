/* long sysc_raw_vfork(void); int sysc_vfork(void);
 * asm-generic has no vfork syscall: clone(CLONE_VM | CLONE_VFORK | SIGCHLD,
 * stack 0 = the caller's). The child borrows the parent's stack, so nothing
 * may be stored there between the syscall and the return: the return
 * address stays in ra, which the kernel preserves, and no frame is made.
 * The errno form hands an error to a C helper with a tail call (there is
 * no child then). */
#include "syscall_nr.h"

/* CLONE_VM 0x100 | CLONE_VFORK 0x4000 | SIGCHLD 17 */
#define SYSC__VFORK_FLAGS 0x4111

	.text
	.globl sysc_raw_vfork
	.type sysc_raw_vfork, @function
sysc_raw_vfork:
	li a0, SYSC__VFORK_FLAGS
	li a1, 0
	li a7, SYSC_NR_clone
	ecall
	ret
	.size sysc_raw_vfork, . - sysc_raw_vfork

	.globl sysc_vfork
	.type sysc_vfork, @function
sysc_vfork:
	li a0, SYSC__VFORK_FLAGS
	li a1, 0
	li a7, SYSC_NR_clone
	ecall
	li t0, -4095
	bgeu a0, t0, 1f		/* a0 in -4095..-1 */
	ret
1:	tail sysc__vfork_fail
	.size sysc_vfork, . - sysc_vfork

	.section .note.GNU-stack, "", @progbits
