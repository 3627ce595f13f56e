#include "internal.h"

char **sysc_environ;
/* The name the library writes it by: hidden, so a PC-relative address
 * under -fPIC rather than a GOT entry (src/start.c). */
extern char **sysc__environ __attribute__((alias("sysc_environ"))) SYSC__HIDDEN;
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

const unsigned long *sysc_auxv(size_t *count)
{
	const unsigned long *a = sysc__auxv;
	size_t n = 0;

	while (a && a[2 * n] != SYSC_AT_NULL)
		n++;
	if (count)
		*count = n;
	return a;
}

/* Set-up that depends on the auxv, contributed by the parts of the library
 * the program links (the vDSO's): each puts a pointer in this section
 * (SYSC__AUXV_HOOK). Not a weak reference, which under -fPIC costs a GOT
 * and a few hundred bytes of a minimal static program; the NULL entry here
 * makes the section, and so its bounds, exist in every link. */
static void (*const sysc__no_hook)(void) SYSC__AUXV_HOOK = 0;
extern void (*const __start_sysc_auxv_hooks[])(void) SYSC__HIDDEN;
extern void (*const __stop_sysc_auxv_hooks[])(void) SYSC__HIDDEN;

void sysc_init_auxv(const unsigned long *auxv)
{
	sysc__auxv = auxv;
#if defined(__i386__)
	sysc__i386_setup();
#endif
	for (void (*const *h)(void) = __start_sysc_auxv_hooks; h < __stop_sysc_auxv_hooks; h++)
		if (*h)
			(*h)();
}
