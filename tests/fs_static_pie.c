/* A static PIE on sysc's _start (built -fPIE -static-pie with the stack
 * protector on: mk/static_pie.mk). Every pointer this program keeps in data
 * is a relocation the start-up applied: pointer tables long enough for
 * DT_RELR bitmaps, function pointers, init_array/fini_array, a pointer in
 * .tdata, the signal handler and thread function tables; and the program
 * runs its own copy twice to see two load addresses (ASLR). */
#include "fs_exec.h"

#define N 200

static const char s0[] = "zero", s1[] = "one", s2[] = "two";
/* Consecutive pointers: one RELR bitmap covers 63 (x86_64) or 31 (i386)
 * words, so this takes several, and runs longer than one. */
static const char *const table[N] = {
#define X8 s0, s1, s2, s0, s1, s2, s0, s1
#define X40 X8, X8, X8, X8, X8
	X40, X40, X40, X40, X40
};
/* Pointers to pointers, in writable data. */
static const char *const *ptrs[3] = { &table[0], &table[1], &table[N - 1] };

static int add1(int x) { return x + 1; }
static int twice(int x) { return 2 * x; }
static int (*const ops[2])(int) = { add1, twice };

/* A pointer in the TLS image: relocated in .tdata before the main thread's
 * block (and each thread's) is copied from it. */
static __thread const char *tls_ptr = s2;
static __thread int tls_word = 0x5eed1234;

static int ctor_saw;

__attribute__((constructor)) static void ctor(void)
{
	ctor_saw = table[1] == s1 && tls_ptr == s2 && ops[0](1) == 2;
}

static int argv_is(char **argv, const char *w)
{
	return argv[1] && fs_streq(argv[1], w);
}

static int dtor_mode;

__attribute__((destructor)) static void dtor(void)
{
	if (dtor_mode)
		fs_puts(table[2]);
}

static int streq_n(const char *a, const char *b)
{
	return fs_streq(a, b);
}

static int check_table(void)
{
	for (int i = 0; i < N; i++) {
		const char *want = i % 8 == 0 || i % 8 == 3 || i % 8 == 6 ? s0 :
				   i % 8 == 1 || i % 8 == 4 || i % 8 == 7 ? s1 : s2;
		if (table[i] != want)
			return 0;
	}
	return streq_n(table[1], "one") && *ptrs[0] == s0 && *ptrs[1] == s1 &&
	       *ptrs[2] == s1;
}

/* With -fstack-protector-all this has a canary check; the canary itself
 * comes from the TCB the start-up set up after relocating. */
__attribute__((noinline)) static int with_buffer(const char *s)
{
	char buf[32];
	int n = 0;

	while (s[n] && n < 31) {
		buf[n] = s[n];
		n++;
	}
	buf[n] = 0;
	return streq_n(buf, s);
}

static int thread_fn(void *arg)
{
	/* a fresh TLS block, copied from the relocated image */
	return tls_ptr == s2 && tls_word == 0x5eed1234 && table[N - 1] == s1 &&
	       ops[1](21) == 42 && arg == &ctor_saw ? 7 : 1;
}

static volatile int signalled;

static void on_usr1(int sig)
{
	signalled = sig == SYSC_SIGUSR1 && table[4] == s1;
}

/* The load address of this run: the ELF header's. */
extern const unsigned char __ehdr_start[] __attribute__((visibility("hidden")));

static void put_hex(unsigned long v)
{
	char b[2 * sizeof v + 1];
	int i = 2 * sizeof v;

	b[i] = 0;
	while (i--) {
		b[i] = "0123456789abcdef"[v & 15];
		v >>= 4;
	}
	fs_puts(b);
}

/* Whether the kernel randomises: /proc/sys/kernel/randomize_va_space != 0.
 * -1 when it cannot be read. */
static int aslr_on(void)
{
	char c = 0;
	int fd = sysc_open("/proc/sys/kernel/randomize_va_space", SYSC_O_RDONLY, 0);

	if (fd < 0)
		return -1;
	if (sysc_read(fd, &c, 1) != 1)
		c = 0;
	sysc_close(fd);
	return c == 0 ? -1 : c != '0';
}

static void check_two_runs(char **argv)
{
	char *args[] = { argv[0], "addr", 0 };
	struct fs_run a, b;
	int on = aslr_on();

	if (on <= 0) {
		fs_skip("two runs load at two addresses",
			on < 0 ? "cannot read /proc/sys/kernel/randomize_va_space"
			       : "randomize_va_space is 0 (ASLR off)");
		return;
	}
	if (fs_run(argv[0], args, 5000, &a) || fs_run(argv[0], args, 5000, &b)) {
		fs_report(0, "two runs load at two addresses", "fork or wait failed");
		return;
	}
	if (fs_run_noexec(&a, "two runs load at two addresses"))
		return;
	FS_CHECK(fs_exited(a.status) && fs_exit_code(a.status) == 0 && a.len > 0 &&
		 fs_exited(b.status) && fs_exit_code(b.status) == 0 && b.len > 0,
		 "two runs: both ran");
	FS_CHECK(!fs_streq(a.out, b.out), "two runs load at two addresses");
	FS_CHECK(!fs_streq(a.out, "0000000000000000") && !fs_streq(a.out, "00000000"),
		 "the load address is not the link address 0");
	fs_puts("# loaded at ");
	fs_puts(a.out);
	fs_puts(" and ");
	fs_puts(b.out);
	fs_puts("\n");
}

static void check_dtor(char **argv)
{
	char *args[] = { argv[0], "dtor", 0 };
	struct fs_run r;

	if (fs_run(argv[0], args, 5000, &r)) {
		fs_report(0, "destructor runs at exit", "fork or wait failed");
		return;
	}
	if (fs_run_noexec(&r, "destructor runs at exit"))
		return;
	FS_CHECK(fs_exited(r.status) && fs_exit_code(r.status) == 0 &&
		 fs_streq(r.out, "two"), "destructor runs at exit (through fini_array)");
	if (!fs_streq(r.out, "two"))
		fs_show_run(&r);
}

int main(int argc, char **argv)
{
	sysc_thread_t t;
	int ret = 0;

	(void)argc;
#if defined(SYSC_TEST_NO_STATIC_PIE)
	/* Built as an ordinary static program: see mk/static_pie.mk. */
	fs_skip("static PIE", SYSC_TEST_NO_STATIC_PIE);
	return 0;
#endif
	if (argv_is(argv, "addr")) {
		put_hex((unsigned long)__ehdr_start);
		return 0;
	}
	if (argv_is(argv, "dtor")) {
		dtor_mode = 1;
		return 0;
	}
	FS_CHECK(((const unsigned short *)__ehdr_start)[8] == 3, "built as a static PIE (ET_DYN)");
	FS_CHECK(check_table(), "pointer tables (200 entries, pointers to pointers)");
	FS_CHECK(ops[0](41) == 42 && ops[1](4) == 8, "function pointer table");
	FS_CHECK(ctor_saw, "constructor ran after relocation, with TLS");
	FS_CHECK(tls_ptr == s2 && streq_n(tls_ptr, "two") && tls_word == 0x5eed1234,
		 "TLS initialised data, a pointer among it");
	FS_CHECK(with_buffer("a stack-protected function"), "stack protector canary check passes");
	{
		struct sysc_sigaction sa;

		sa.handler = on_usr1;
		sa.mask = 0;
		sa.flags = 0;
		FS_CHECK(sysc_sigaction(SYSC_SIGUSR1, &sa, NULL) == 0 &&
			 sysc_kill(sysc_getpid(), SYSC_SIGUSR1) == 0 && signalled,
			 "a signal handler runs and returns");
	}
	check_dtor(argv);
	check_two_runs(argv);
	/* last: under qemu-user's i386 emulation (no IA32 kernel here) a
	 * thread's TLS descriptor replaces the main thread's */
	FS_CHECK(sysc_thread_create(&t, thread_fn, &ctor_saw, 0) == 0 &&
		 sysc_thread_join(&t, &ret) == 0 && ret == 7,
		 "a thread sees relocated data and its own TLS copy");
	return fs_failures;
}
