/* How a program on sysc's _start ends (each case is this program re-executed
 * in a child with a mode argument, its stdout captured):
 *  - returning from main runs the destructors (fini_array) in the reverse
 *    order of the constructors, then exit_group with main's value;
 *  - sysc_exit_process does the same from anywhere, never returns, and a
 *    destructor that calls it again does not rerun the others;
 *  - under a seccomp filter that refuses exit_group with an errno, main
 *    runs once and the process ends through exit (it used to rerun main
 *    forever); when exit is refused too, it dies by SIGILL, never loops;
 *  - the same for the sysc_exit_group/sysc_exit wrappers. */
#include "fs_exec.h"

static const char *mode = "";
static const char *self;	/* argv[0]: /proc/self/exe is valgrind under valgrind */
static char ctor_order[8];
static int nctor;

static int is_mode(const char *m) { return fs_streq(mode, m); }

__attribute__((constructor)) static void ctor_a(void) { ctor_order[nctor++] = 'A'; }
__attribute__((constructor)) static void ctor_b(void) { ctor_order[nctor++] = 'B'; }

static void fini_mark(char c)
{
	char line[] = "fini:?\n";

	line[5] = c;
	if (*mode)
		sysc_raw_write(1, line, sizeof line - 1);
}

__attribute__((destructor)) static void dtor_a(void) { fini_mark('A'); }
__attribute__((destructor)) static void dtor_b(void)
{
	fini_mark('B');
	if (is_mode("reenter"))
		sysc_exit_process(9);
}

static void confine(int allow_exit_group, int allow_exit)
{
	int allow[3], n = 0;

	allow[n++] = SYSC_NR_write;
	if (allow_exit_group)
		allow[n++] = SYSC_NR_exit_group;
	if (allow_exit)
		allow[n++] = SYSC_NR_exit;
	/* On a rerun of main (the old bug) prctl is refused: ignore that. */
	sysc_seccomp_allow(allow, (size_t)n, SYSC_SECCOMP_ERRNO(SYSC_EPERM));
}

static int child_main(void)
{
	fs_puts("main:");
	fs_puts(ctor_order);
	fs_puts("\n");
	if (is_mode("return") || is_mode("reenter"))
		return 3;
	if (is_mode("explicit")) {
		sysc_exit_process(4);
		fs_puts("returned\n");
		return 99;
	}
	if (is_mode("ret-no-exit-group")) {
		confine(0, 1);
		return 7;
	}
	if (is_mode("ret-no-exit")) {
		confine(0, 0);
		return 7;
	}
	if (is_mode("exit-group-no-exit-group")) {
		confine(0, 1);
		sysc_exit_group(5);
	}
	if (is_mode("exit-group-no-exit")) {
		confine(0, 0);
		sysc_exit_group(5);
	}
	if (is_mode("exit-no-exit")) {
		confine(1, 0);
		sysc_exit(6);
	}
	if (is_mode("exit-no-both")) {
		confine(0, 0);
		sysc_exit(6);
	}
	return 98;
}

/* 0: exits with `code`; a signal number: dies by it. */
static void run_case(const char *m, const char *want_out, int code, int sig,
		     const char *name)
{
	char *argv[] = { (char *)self, (char *)m, NULL };
	struct fs_run r;
	int ok;

	if (fs_run(self, argv, 2000, &r) < 0) {
		fs_report(0, name, "fork, pipe or wait failed");
		return;
	}
	if (fs_run_noexec(&r, name))
		return;
	ok = !r.timed_out && fs_streq(r.out, want_out) &&
	     (sig ? fs_term_sig(r.status) == sig
		  : fs_exited(r.status) && fs_exit_code(r.status) == code);
	if (!ok)
		fs_show_run(&r);
	fs_report(ok, name, r.timed_out ? "still running after 2 s (looping?)"
				       : "unexpected output or status");
}

int main(int argc, char **argv)
{
	if (argc > 1) {
		mode = argv[1];
		return child_main();
	}
	self = argv[0];
	FS_CHECK(nctor == 2, "constructors ran before main");
	run_case("return", "main:AB\nfini:B\nfini:A\n", 3, 0,
		 "return from main: destructors in reverse order, then exit status");
	run_case("explicit", "main:AB\nfini:B\nfini:A\n", 4, 0,
		 "sysc_exit_process: destructors in reverse order, no return");
	run_case("reenter", "main:AB\nfini:B\nfini:A\n", 9, 0,
		 "sysc_exit_process from a destructor: the rest run once");
	run_case("ret-no-exit-group", "main:AB\nfini:B\nfini:A\n", 7, 0,
		 "exit_group refused: main runs once, the process ends through exit");
	run_case("ret-no-exit", "main:AB\nfini:B\nfini:A\n", 0, SYSC_SIGILL,
		 "exit_group and exit refused: main runs once, then SIGILL");
	run_case("exit-group-no-exit-group", "main:AB\n", 5, 0,
		 "sysc_exit_group refused: ends through exit");
	run_case("exit-group-no-exit", "main:AB\n", 0, SYSC_SIGILL,
		 "sysc_exit_group, exit refused too: SIGILL");
	run_case("exit-no-exit", "main:AB\n", 6, 0,
		 "sysc_exit refused: ends through exit_group");
	run_case("exit-no-both", "main:AB\n", 0, SYSC_SIGILL,
		 "sysc_exit, exit_group refused too: SIGILL");
	return fs_failures;
}
