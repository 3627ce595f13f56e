/* Code built with the stack protector on sysc's _start (this file is built
 * with -fstack-protector-all: mk/stack_protector.mk): the canary is set up
 * from AT_RANDOM in every thread's TCB, an intact frame passes, and an
 * overwritten one ends the process by SIGABRT with a message on fd 2
 * (src/stack_chk.c). */
#include "fs_exec.h"
#include "thread_pointer.h"	/* arch/<arch>/: where the canary lives */

#ifdef SYSC__STACK_GUARD_GLOBAL
extern unsigned long __stack_chk_guard;
#endif

static unsigned long canary(void)
{
	unsigned long c;
#if defined(SYSC__STACK_GUARD_GLOBAL)
	c = *(volatile unsigned long *)&__stack_chk_guard;
#elif defined(__x86_64__)
	__asm__ volatile ("mov %%fs:0x28, %0" : "=r"(c));
#else
	__asm__ volatile ("mov %%gs:0x14, %0" : "=r"(c));
#endif
	return c;
}

/* Writes n bytes into a 16-byte array: n > 16 overruns the frame. */
static __attribute__((noinline)) int scribble(int n)
{
	char buf[16];
	volatile char *p = buf;

	for (int i = 0; i < n; i++)
		p[i] = 'x';
	return p[0];
}

static unsigned long thread_canary;

static int in_thread(void *arg)
{
	(void)arg;
	thread_canary = canary();
	return scribble(16);
}

static void stderr_to_stdout(void)
{
	sysc_dup3(1, 2, 0);
}

int main(int argc, char **argv)
{
	char *args[] = { argv[0], (char *)"smash", NULL };
	struct fs_run r;
	sysc_thread_t t;
	int ret = 0;

	if (argc > 1)
		return scribble(256);	/* the child: must not return */

	FS_CHECK(canary() != 0 && (canary() & 0xff) == 0,
		 "the canary is set, its low byte zero");
	FS_CHECK(scribble(16) == 'x', "an intact frame passes the check");
	FS_CHECK(sysc_thread_create(&t, in_thread, NULL, 0) == 0 &&
		 sysc_thread_join(&t, &ret) == 0 && ret == 'x',
		 "a sysc thread runs protected code");
	FS_CHECK(thread_canary == canary(), "the thread has the same canary");
	if (fs_run_prep(argv[0], args, stderr_to_stdout, 2000, &r) == 0 &&
	    fs_run_noexec(&r, "an overwritten canary: SIGABRT and the message on fd 2"))
		return fs_failures != 0;
	FS_CHECK(!r.timed_out && fs_term_sig(r.status) == SYSC_SIGABRT,
		 "an overwritten canary: SIGABRT");
	r.out[r.len < sizeof r.out ? r.len : sizeof r.out - 1] = 0;
	FS_CHECK(fs_streq(r.out, "sysc: stack smashing detected\n"),
		 "an overwritten canary: the message on fd 2");
	return fs_failures != 0;
}
