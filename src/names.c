/* Number <-> name for the arch being compiled, from the generated
 * SYSC_SYSCALL_LIST and SYSC_ERRNO_LIST: for diagnostics and seccomp. */
#include "internal.h"

struct sysc__name { long nr; const char *name; };

#define SYSC__ENTRY(name, nr) { nr, #name },
static const struct sysc__name sysc__syscalls[] = { SYSC_SYSCALL_LIST(SYSC__ENTRY) };
static const struct sysc__name sysc__errnos[] = { SYSC_ERRNO_LIST(SYSC__ENTRY) };
#undef SYSC__ENTRY

/* Both tables are sorted by number: binary search. */
static const char *sysc__find(const struct sysc__name *t, size_t n, long nr)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (t[mid].nr == nr)
			return t[mid].name;
		if (t[mid].nr < nr)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

const char *sysc_syscall_name(long nr)
{
	return sysc__find(sysc__syscalls, sizeof sysc__syscalls / sizeof sysc__syscalls[0], nr);
}

long sysc_syscall_number(const char *name)
{
	size_t i;

	if (!name)
		return -1;
	for (i = 0; i < sizeof sysc__syscalls / sizeof sysc__syscalls[0]; i++)
		if (sysc__strcmp(sysc__syscalls[i].name, name) == 0)
			return sysc__syscalls[i].nr;
	return -1;
}

const char *sysc_strerror_name(int e)
{
	const char *s = sysc__find(sysc__errnos, sizeof sysc__errnos / sizeof sysc__errnos[0], e);
	return s ? s : "E?";
}
