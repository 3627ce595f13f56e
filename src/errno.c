#include "internal.h"

/* Initial-exec TLS (the build uses -ftls-model=initial-exec): one %fs/%gs
 * relative access, no __tls_get_addr, so the library needs nothing from a
 * dynamic linker and works both under sysc's _start and beside a libc. */
__thread int sysc__errno_value;

int *sysc_errno_location(void)
{
	return &sysc__errno_value;
}
