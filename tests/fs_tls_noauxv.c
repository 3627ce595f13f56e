/* Start-up with an auxv that has no AT_PHDR (only AT_PAGESZ): the TLS
 * block must still come from the executable's PT_TLS. A forked child hands
 * sysc's start-up C code (sysc__start_c, what arch/<arch>/crt_start.S calls)
 * a hand-built initial stack (argc, argv, envp, that auxv); start-up sets up
 * TLS again and calls main, which checks that a .tdata variable reads its
 * initializer and that writing all of it leaves the program's other data
 * alone. Before the fix no PT_TLS was found, the thread pointer sat on the
 * static block with a zero-size TLS below it, and the variables overlaid
 * whatever data preceded that block. */
#include "fs_rt.h"

void sysc__start_c(long *sp) __attribute__((noreturn));
/* src/internal.h's struct sysc__tls_image: start-up's record of PT_TLS. */
extern struct { const void *init; size_t filesz, memsz, align; } sysc__tls;

static __thread char tbuf[256] = "tdata init";
static __thread int tword = 0x5a5a5a5a;
/* Neighbours in .data and .bss, with known contents. */
static char data_pat[4096] = { 1, 2, 3, 4, 5, 6, 7, 8 };
static char bss_pat[4096];

static void fill(void)
{
	int i;

	for (i = 8; i < (int)sizeof data_pat; i++)
		data_pat[i] = (char)(i * 7);
	for (i = 0; i < (int)sizeof bss_pat; i++)
		bss_pat[i] = (char)(i * 13 + 1);
}

static int intact(void)
{
	int i;

	for (i = 0; i < 8; i++)
		if (data_pat[i] != i + 1)
			return 0;
	for (i = 8; i < (int)sizeof data_pat; i++)
		if (data_pat[i] != (char)(i * 7))
			return 0;
	for (i = 0; i < (int)sizeof bss_pat; i++)
		if (bss_pat[i] != (char)(i * 13 + 1))
			return 0;
	return 1;
}

static int starts_with(const char *s, const char *p)
{
	while (*p)
		if (*s++ != *p++)
			return 0;
	return 1;
}

/* Runs as main in the child, after start-up from the hand-built stack. */
static int child_checks(void)
{
	int i, ok = 1;

	FS_CHECK(sysc_getauxval(SYSC_AT_PHDR) == 0 && sysc_getauxval(SYSC_AT_PAGESZ) == 4096,
		 "no AT_PHDR: start-up ran on the hand-built auxv");
	FS_CHECK(starts_with(tbuf, "tdata init") && tbuf[10] == 0 && tbuf[255] == 0,
		 "no AT_PHDR: .tdata variable reads its initializer");
	FS_CHECK(tword == 0x5a5a5a5a, "no AT_PHDR: second .tdata variable reads its initializer");
	for (i = 0; i < (int)sizeof tbuf; i++)
		tbuf[i] = (char)0xee;
	tword = 0;
	sysc_errno = 12345;
	FS_CHECK(intact(), "no AT_PHDR: writing the TLS leaves .data and .bss alone");
	for (i = 0; i < (int)sizeof tbuf; i++)
		ok &= tbuf[i] == (char)0xee;
	FS_CHECK(ok && sysc_errno == 12345, "no AT_PHDR: TLS keeps what was written");
	FS_CHECK(sysc_close(-1) == -1 && sysc_errno == SYSC_EBADF, "no AT_PHDR: errno works");
	return fs_failures;
}

int main(int argc, char **argv)
{
	static char arg0[] = "fs_tls_noauxv", arg1[] = "child";
	int pid, st;

	fill();
	if (argc > 1 && argv[1][0] == 'c')
		return child_checks();
	pid = fs_fork();
	if (pid == 0) {
		/* argc, argv[2] + NULL, envp NULL, auxv: AT_PAGESZ and AT_NULL. */
		static long stack[] = { 2, 0, 0, 0, 0, SYSC_AT_PAGESZ, 4096, SYSC_AT_NULL, 0 };

		/* The initializer already ran in this copy: spoil it, so only
		 * a fresh copy of .tdata passes. */
		tbuf[0] = 'X';
		tword = 0;
		/* A fresh process starts with this record zeroed (.bss); the
		 * forked copy holds what the parent's start-up found. */
		sysc__tls.init = NULL;
		sysc__tls.filesz = sysc__tls.memsz = sysc__tls.align = 0;
		stack[1] = (long)arg0;
		stack[2] = (long)arg1;
		sysc__start_c(stack);
	}
	if (pid < 0 || sysc_wait4(pid, &st, 0, NULL) != pid) {
		fs_report(0, "no AT_PHDR: child", "fork or wait failed");
		return fs_failures;
	}
	if (!fs_exited(st)) {
		fs_puts("# status ");
		fs_putnum(st);
		fs_puts("\n");
	}
	FS_CHECK(fs_exited(st) && fs_exit_code(st) == 0, "no AT_PHDR: child ended normally");
	return fs_failures;
}
