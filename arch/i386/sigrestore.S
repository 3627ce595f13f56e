/* The signal restorers sysc_sigaction installs (SA_RESTORER). On i386 the
 * kernel builds an rt frame only for SA_SIGINFO handlers; the others get
 * the old sigframe, which must be undone by sigreturn, not rt_sigreturn.
 * Both go through int $0x80: the frame's registers are restored as they
 * are, and no vDSO landing pad is involved. */
#include "syscall_nr.h"

	.text
/* rt frame: the handler's `ret` popped the return address; rt_sigreturn
 * finds the frame 4 bytes below esp. */
	.globl sysc__sigrestore_rt
	.hidden sysc__sigrestore_rt
	.type sysc__sigrestore_rt, @function
	nop	/* unwinders look one byte before the return address */
sysc__sigrestore_rt:
	mov $SYSC_NR_rt_sigreturn, %eax
	int $0x80
	hlt
	.size sysc__sigrestore_rt, . - sysc__sigrestore_rt

/* Old frame: the signal number, the handler's argument, is still on the
 * stack; sigreturn finds the frame 8 bytes below esp once it is popped. */
	.globl sysc__sigrestore
	.hidden sysc__sigrestore
	.type sysc__sigrestore, @function
	nop
sysc__sigrestore:
	pop %eax
	mov $SYSC_NR_sigreturn, %eax
	int $0x80
	hlt
	.size sysc__sigrestore, . - sysc__sigrestore

	.section .note.GNU-stack, "", @progbits
