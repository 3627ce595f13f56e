/* The signal restorer sysc_sigaction installs (SA_RESTORER). The kernel
 * sets the handler's return address (x30) here; rt_sigreturn restores every
 * register and the mask from the frame at sp. Without SA_RESTORER the
 * kernel would use the vDSO's __kernel_rt_sigreturn, absent when there is
 * no vDSO (qemu-user). */
#include "syscall_nr.h"

	.text
	.globl sysc__sigrestore_rt
	.hidden sysc__sigrestore_rt
	.type sysc__sigrestore_rt, %function
	nop	/* unwinders look one instruction before the return address */
sysc__sigrestore_rt:
	mov x8, #SYSC_NR_rt_sigreturn
	svc #0
	udf #0
	.size sysc__sigrestore_rt, . - sysc__sigrestore_rt

	.section .note.GNU-stack, "", %progbits
