/* The clone trampoline of clone.S (library-internal). */
#ifndef SYSC_ARCH_ARM_CLONE_H
#define SYSC_ARCH_ARM_CLONE_H

long sysc__clone(unsigned long flags, void *stack, int *ptid, int *ctid,
		 void *tls, void (*entry)(void *), void *arg)
	__attribute__((visibility("hidden")));

#endif
