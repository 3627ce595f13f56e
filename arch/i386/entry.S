/* i386 ways into the kernel, called by sysc__i386_call6 with the
 * __kernel_vsyscall register convention (number in eax, arguments in ebx,
 * ecx, edx, esi, edi, ebp). */
	.text

/* int $0x80: always available. */
	.globl sysc__i386_int80
	.hidden sysc__i386_int80
	.type sysc__i386_int80, @function
sysc__i386_int80:
	int $0x80
	ret
	.size sysc__i386_int80, . - sysc__i386_int80

/* Raw sysenter. sysenter saves neither the return address nor the stack
 * pointer: the kernel takes the user stack from ebp, reads the sixth argument
 * from (ebp), and always returns to the landing pad inside the vDSO's
 * __kernel_vsyscall, which pops ebp, edx, ecx and returns. So this pushes
 * exactly what that landing pad pops, and its `ret` comes back to our caller.
 * That is also why the vDSO must be mapped (sysc_i386_use checks). */
	.globl sysc__i386_sysenter
	.hidden sysc__i386_sysenter
	.type sysc__i386_sysenter, @function
sysc__i386_sysenter:
	push %ecx
	push %edx
	push %ebp
	mov %esp, %ebp
	sysenter
	ud2	/* never reached: the kernel returns to the vDSO */
	.size sysc__i386_sysenter, . - sysc__i386_sysenter

/* void sysc__i386_cpuid(char vendor[13], unsigned *leaf1_edx); cpuid
 * overwrites ebx, which PIC code owns, hence assembly. */
	.globl sysc__i386_cpuid
	.hidden sysc__i386_cpuid
	.type sysc__i386_cpuid, @function
sysc__i386_cpuid:
	push %ebx
	push %edi
	xor %eax, %eax
	cpuid
	mov 12(%esp), %edi
	mov %ebx, 0(%edi)
	mov %edx, 4(%edi)
	mov %ecx, 8(%edi)
	movb $0, 12(%edi)
	mov $1, %eax
	cpuid
	mov 16(%esp), %edi
	mov %edx, (%edi)
	pop %edi
	pop %ebx
	ret
	.size sysc__i386_cpuid, . - sysc__i386_cpuid

	.section .note.GNU-stack, "", @progbits
