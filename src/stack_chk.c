/* What code built with -fstack-protector calls when a canary was
 * overwritten (distribution compilers enable it by default, so a program
 * on sysc's _start needs these to link). The canary itself is set up with
 * the TLS (src/tls.c). Weak and hidden like src/compiler_mem.c: beside a
 * libc, the libc's own are never replaced inside the libc.
 *
 * The stack is corrupt: nothing here returns or trusts it more than it
 * must. A message on fd 2, then SIGABRT unblocked and sent to this thread
 * (what abort() would do), then a fault if even that was survived. */
#include "internal.h"

#define SYSC__STACK_CHK __attribute__((weak, visibility("hidden"), noreturn))

void __stack_chk_fail(void) SYSC__STACK_CHK;
void __stack_chk_fail_local(void) SYSC__STACK_CHK;

void __stack_chk_fail(void)
{
	static const char msg[] = "sysc: stack smashing detected\n";
	sysc_sigset_t abrt = SYSC_SIGBIT(SYSC_SIGABRT);

	sysc_raw_write(2, msg, sizeof msg - 1);
	sysc_raw_sigprocmask(SYSC_SIG_UNBLOCK, &abrt, NULL);
	sysc_raw_tgkill(sysc_raw_getpid(), sysc_raw_gettid(), SYSC_SIGABRT);
	sysc__crash();
}

/* i386 PIC code calls this hidden alias instead (no PLT needed). */
void __stack_chk_fail_local(void)
{
	__stack_chk_fail();
}
