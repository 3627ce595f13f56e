/* sysc's _start, checked from a program that has nothing but sysc: argc,
 * argv, envp and auxv captured; 16-byte stack alignment at main and in
 * constructors; static TLS (.tdata copied, .tbss zeroed, thread pointer set)
 * before init_array runs; main's value reaching exit_group. */
#include "fs_check.h"

#include "thread_pointer.h"	/* arch/<arch>/, on the fs tests' include path */

static __thread int tdata_word = 0x5a5a1234;
static __thread char tdata_bytes[5] = "sysc";
static __thread long tbss_words[64];

typedef float v4sf __attribute__((vector_size(16)));

static int ctor_ran, ctor_saw_tls, ctor_aligned;

/* The stack alignment the arch's ABI promises at a call: 16, except 8 on
 * arm (the AAPCS; its 16-byte vectors are 8-aligned too). */
#if defined(__arm__)
#define STACK_ALIGN 8
#else
#define STACK_ALIGN 16
#endif

/* An aligned 16-byte store: movaps faults if the stack is misaligned, and
 * the compiler does not realign for 16 because the ABI promises it. */
__attribute__((noinline)) static int aligned_sse_store(void)
{
	volatile v4sf slot;
	v4sf one = { 1, 2, 3, 4 };

	slot = one;
	return ((unsigned long)&slot & (STACK_ALIGN - 1)) == 0 && slot[3] == 4;
}

__attribute__((constructor)) static void ctor(void)
{
	ctor_ran = 1;
	ctor_saw_tls = tdata_word == 0x5a5a1234;
	ctor_aligned = aligned_sse_store();
}

static int streq(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return *a == *b;
}

static int ends_with(const char *s, const char *suffix)
{
	size_t n = fs_strlen(s), m = fs_strlen(suffix);
	return n >= m && streq(s + n - m, suffix);
}

/* This program, built once more as fs_thumb_start on arm (Thumb state). */
static int is_self(const char *path)
{
	return ends_with(path, "fs_start") || ends_with(path, "fs_thumb_start");
}

/* Re-exec ourselves with "exit" argument: main's value must become the exit
 * status. fork is a plain syscall here; only raw calls in the child. */
static int exit_status_of_child(char **argv)
{
	char *args[] = { argv[0], "exit", 0 };
	int status = 0;
	long pid = sysc_raw_fork();

	if (pid == 0) {
		if (sysc_raw_execve(argv[0], args, sysc_environ) == -SYSC_ENOEXEC)
			sysc_raw_exit_group(125);
		sysc_raw_exit_group(100);
	}
	if (pid < 0 || sysc_wait4((int)pid, &status, 0, 0) != pid)
		return -1;
	return (status & 0x7f) ? -2 : (status >> 8) & 0xff;
}

int main(int argc, char **argv, char **envp)
{
	unsigned long i;
	int zero = 1, st;
	void *tp = sysc__arch_get_tp();

	if (argc == 2 && streq(argv[1], "exit"))
		return 42;

	FS_CHECK(argc == 1 && is_self(argv[0]) && argv[1] == 0, "argc and argv");
	FS_CHECK(envp == sysc_environ && envp != 0, "envp is sysc_environ");
	FS_CHECK(sysc_getauxval(SYSC_AT_PAGESZ) == 4096, "auxv AT_PAGESZ");
	FS_CHECK(sysc_getauxval(SYSC_AT_PHDR) != 0 && sysc_getauxval(SYSC_AT_PHNUM) >= 2, "auxv AT_PHDR/AT_PHNUM");
	FS_CHECK(sysc_getauxval(SYSC_AT_EXECFN) && is_self((const char *)sysc_getauxval(SYSC_AT_EXECFN)), "auxv AT_EXECFN");
	FS_CHECK(sysc_getauxval(12345) == 0, "absent auxv type reads 0");
	FS_CHECK(aligned_sse_store(), "aligned 16-byte vector store in main's callee (stack aligned as the ABI says)");
	FS_CHECK(ctor_ran, "init_array ran before main");
	FS_CHECK(ctor_saw_tls, "TLS was set up before init_array");
	FS_CHECK(ctor_aligned, "stack aligned in constructors");
	FS_CHECK(tdata_word == 0x5a5a1234 && streq(tdata_bytes, "sysc"), ".tdata copied");
	for (i = 0; i < 64; i++)
		zero &= tbss_words[i] == 0;
	FS_CHECK(zero, ".tbss zeroed");
#if SYSC__TLS_VARIANT == 1
	FS_CHECK(tp != 0 && (char *)&tdata_word >= (char *)tp + SYSC__TLS_GAP &&
		 (char *)&tbss_words[0] >= (char *)tp + SYSC__TLS_GAP,
		 "TLS block lies above the thread pointer and its gap (variant I)");
#else
	FS_CHECK(tp != 0 && *(void **)tp == tp, "thread pointer's first word points to itself");
	FS_CHECK((char *)&tdata_word < (char *)tp && (char *)&tbss_words[63] < (char *)tp,
		 "TLS block lies below the thread pointer (variant II)");
#endif
	tdata_word = 7;
	sysc_errno = 0;
	FS_CHECK(sysc_close(-1) == -1 && sysc_errno == SYSC_EBADF, "errno wrapper sets sysc_errno");
	FS_CHECK(tdata_word == 7, "TLS variables are writable and distinct from errno");
	st = exit_status_of_child(argv);
	if (st == 125)
		fs_skip("main's return value is the exit status",
			"execve of this arch's program gives ENOEXEC (emulated: qemu-user without binfmt)");
	else
		FS_CHECK(st == 42, "main's return value is the exit status");
	return fs_failures;
}
