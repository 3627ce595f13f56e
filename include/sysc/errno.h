/* The errno layer's per-thread error number. */
#ifndef SYSC_ERRNO_H
#define SYSC_ERRNO_H

#include "errno_list.h"
#include "raw.h"

#ifdef __cplusplus
extern "C" {
#endif

#define SYSC_EWOULDBLOCK SYSC_EAGAIN
#define SYSC_EDEADLOCK SYSC_EDEADLK
#define SYSC_ENOTSUP SYSC_EOPNOTSUPP

/* Per-thread (compiler TLS); an lvalue, like libc's errno. */
#define sysc_errno (*sysc_errno_location())
int *sysc_errno_location(void);

/* "ENOENT" for SYSC_ENOENT; "E?" for a number that is not an errno. */
const char *sysc_strerror_name(int e);

/* The variable behind sysc_errno, visible so that the inline errno
 * wrappers store to it without a call. Initial-exec: one %fs/%gs-relative
 * access, no __tls_get_addr, which works in executables and in shared
 * objects loaded at start-up (dlopen'ed ones use the libc's static TLS
 * reserve). Not part of the API: use sysc_errno. */
extern __thread int sysc__errno_value __attribute__((__tls_model__("initial-exec")));

/* -4095..-1 becomes -1 with sysc_errno set; anything else is the value. */
static inline long sysc__ret(long r)
{
	if (__builtin_expect((unsigned long)r > -4096UL, 0)) {
		sysc__errno_value = (int)-r;
		return -1;
	}
	return r;
}

static inline long sysc__fail(int e)
{
	sysc__errno_value = e;
	return -1;
}

#ifdef __cplusplus
}
#endif

#endif
