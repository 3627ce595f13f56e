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
 * wrappers store to it without a call. Initial-exec: one thread-pointer
 * relative access through a GOT word, no __tls_get_addr, which works in
 * executables and in shared objects loaded at start-up (dlopen'ed ones
 * use the libc's static TLS reserve). Code that is neither PIC nor PIE,
 * which only a fixed-address executable contains, uses local-exec, the
 * offset itself: sysc is a static library, so the variable is in that
 * executable's own TLS block. x86's linkers and lld rewrite the one into
 * the other anyway; GNU ld on riscv64 and arm does not, and its GOT word
 * cost the static hello a segment. (In a PIE, GNU ld on riscv64 turns a
 * local-exec access to a global into a text relocation.)
 * Not part of the API: use sysc_errno. */
#if !defined(__PIC__)
#define SYSC__ERRNO_TLS_MODEL "local-exec"
#else
#define SYSC__ERRNO_TLS_MODEL "initial-exec"
#endif
extern __thread int sysc__errno_value __attribute__((__tls_model__(SYSC__ERRNO_TLS_MODEL)));

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
