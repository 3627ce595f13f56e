#include "internal.h"

char **sysc_environ;
const unsigned long *sysc__auxv;

unsigned long sysc_getauxval(unsigned long type)
{
	const unsigned long *a = sysc__auxv;

	if (!a)
		return 0;
	for (; a[0] != SYSC_AT_NULL; a += 2)
		if (a[0] == type)
			return a[1];
	return 0;
}

void sysc_init_auxv(const unsigned long *auxv)
{
	sysc__auxv = auxv;
#if defined(__i386__)
	sysc__i386_setup();
#endif
	if (sysc__vdso_setup)
		sysc__vdso_setup();
}
