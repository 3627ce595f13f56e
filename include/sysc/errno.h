/* The errno layer's per-thread error number. */
#ifndef SYSC_ERRNO_H
#define SYSC_ERRNO_H

#include "errno_list.h"

#define SYSC_EWOULDBLOCK SYSC_EAGAIN
#define SYSC_EDEADLOCK SYSC_EDEADLK
#define SYSC_ENOTSUP SYSC_EOPNOTSUPP

/* Per-thread (compiler TLS); an lvalue, like libc's errno. */
#define sysc_errno (*sysc_errno_location())
int *sysc_errno_location(void);

/* "ENOENT" for SYSC_ENOENT; "E?" for a number that is not an errno. */
const char *sysc_strerror_name(int e);

#endif
