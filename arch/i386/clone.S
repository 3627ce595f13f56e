/* long sysc__clone(unsigned long flags, void *stack, int *ptid, int *ctid,
 *                  struct sysc_user_desc *tls, void (*entry)(void *),
 *                  void *arg);
 * clone(2) for a thread: the parent gets the tid or -errno back; the child
 * starts on `stack` (never touching the parent's frame), calls entry(arg),
 * then ends with exit (this thread only). entry and arg are written to the
 * top of the new stack before the syscall. The kernel's argument order on
 * i386 is flags (ebx), stack (ecx), ptid (edx), tls (esi), ctid (edi), and
 * the call goes through int $0x80: __kernel_vsyscall would return in the
 * child through pops from the parent's stack, which the child must not
 * use. */
#include "syscall_nr.h"

	.text
	.globl sysc__clone
	.hidden sysc__clone
	.type sysc__clone, @function
sysc__clone:
	push %ebx
	push %esi
	push %edi		/* the arguments now start at 16(%esp) */
	mov 20(%esp), %ecx
	and $-16, %ecx
	sub $16, %ecx		/* the child calls entry with esp = ecx */
	mov 36(%esp), %eax
	mov %eax, 4(%ecx)	/* entry */
	mov 40(%esp), %eax
	mov %eax, (%ecx)	/* arg, entry's first argument */
	mov 16(%esp), %ebx
	mov 24(%esp), %edx
	mov 28(%esp), %edi
	mov 32(%esp), %esi
	mov $SYSC_NR_clone, %eax
	int $0x80
	test %eax, %eax
	jz 1f
	pop %edi
	pop %esi
	pop %ebx
	ret
1:	/* child: esp 16-byte aligned, arg at (%esp) as cdecl wants */
	xor %ebp, %ebp		/* outermost frame */
	call *4(%esp)
	xor %ebx, %ebx
	mov $SYSC_NR_exit, %eax
	int $0x80
	hlt
	.size sysc__clone, . - sysc__clone

/* unsigned sysc__i386_tls_entry(void): the GDT entry that %gs selects,
 * i.e. the slot set_thread_area gave the main thread; a new thread's TLS
 * descriptor reuses the slot number (each thread has its own copy of the
 * slot). */
	.globl sysc__i386_tls_entry
	.hidden sysc__i386_tls_entry
	.type sysc__i386_tls_entry, @function
sysc__i386_tls_entry:
	xor %eax, %eax
	mov %gs, %ax
	shr $3, %eax
	ret
	.size sysc__i386_tls_entry, . - sysc__i386_tls_entry

	.section .note.GNU-stack, "", @progbits
