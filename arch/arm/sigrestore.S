/* The signal restorers sysc_sigaction installs (SA_RESTORER). The kernel
 * sets the handler's return address (lr) here, with bit 0 from the symbol
 * (Thumb state when this file is built -mthumb); the frame is at sp. As on
 * i386, an SA_SIGINFO handler gets an rt frame, undone by rt_sigreturn,
 * the others the old frame, undone by sigreturn. r7 need not be kept:
 * both calls restore every register from the frame. */
#include "syscall_nr.h"

	.syntax unified
	.text
	.globl sysc__sigrestore_rt
	.hidden sysc__sigrestore_rt
	.type sysc__sigrestore_rt, %function
	nop	/* unwinders look one instruction before the return address */
sysc__sigrestore_rt:
	mov r7, #SYSC_NR_rt_sigreturn
	svc 0
	udf #0
	.size sysc__sigrestore_rt, . - sysc__sigrestore_rt

	.globl sysc__sigrestore
	.hidden sysc__sigrestore
	.type sysc__sigrestore, %function
	nop
sysc__sigrestore:
	mov r7, #SYSC_NR_sigreturn
	svc 0
	udf #0
	.size sysc__sigrestore, . - sysc__sigrestore

	.section .note.GNU-stack, "", %progbits
