#include "internal.h"

/* Initial-exec TLS (the build uses -ftls-model=initial-exec): one %fs/%gs
 * relative access, no __tls_get_addr, so the library needs nothing from a
 * dynamic linker and works both under sysc's _start and beside a libc. */
__thread int sysc__errno_value;

int *sysc_errno_location(void)
{
	return &sysc__errno_value;
}

long sysc_ret(long r)
{
	return sysc__ret(r);
}

long sysc_syscall6(long n, long a1, long a2, long a3, long a4, long a5, long a6)
{
	return sysc__ret(sysc__sc6(n, a1, a2, a3, a4, a5, a6));
}
