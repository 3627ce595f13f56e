/* sysc_seccomp_allow_arches: a launcher confines the program it execs,
 * whatever that program's arch. Run for each arch, this program execs its
 * own build for the other arch (build/<other>/tests/fs_seccomp_arches) in
 * helper mode, so together the two runs cover i386 -> x86_64 and
 * x86_64 -> i386:
 *  - with a list for each arch (the launcher's: execve, exit_group; the
 *    helper's: its start-up's syscall, write, exit_group), the helper runs,
 *    writes, and a call on neither list gets the errno action;
 *  - with the launcher's arch only (what sysc_seccomp_allow builds), the
 *    helper is killed by its first syscall (the arch check);
 *  - the same two-list filter also serves a helper of the launcher's own
 *    arch;
 *  - the x86_64 list keeps the x32 check, also in a filter built by an
 *    i386 program: an x86_64 helper's x32 getpid is killed although getpid
 *    is on its list. */
#include "fs_exec.h"
#include <sysc/nr_x86_64.h>
#include <sysc/nr_i386.h>

#if defined(__x86_64__)
#define SELF "x86_64"
#define OTHER "i386"
#else
#define SELF "i386"
#define OTHER "x86_64"
#endif

/* The errno action: distinctive, so it cannot be the kernel's own answer. */
#define DENIED SYSC_EXDEV

static int helper(int x32)
{
	static const char w[] = "helper " SELF ": write\n";
	static const char d[] = "helper " SELF ": denied\n";

	sysc_raw_write(1, w, sizeof w - 1);
#if defined(__x86_64__)
	if (x32)
		sysc_raw_syscall(SYSC_NR_getpid | 0x40000000);
#else
	(void)x32;
#endif
	if (sysc_raw_getppid() != -DENIED)
		return 1;
	sysc_raw_write(1, d, sizeof d - 1);
	return 0;
}

/* x86_64 start-up sets the thread pointer with arch_prctl, i386's with
 * set_thread_area (doc/syscalls-by-function.md); the helper then writes
 * and ends with exit_group. */
static const int x86_64_nrs[] = { SYSC_NR_X86_64_execve, SYSC_NR_X86_64_arch_prctl,
	SYSC_NR_X86_64_write, SYSC_NR_X86_64_exit_group, SYSC_NR_X86_64_getpid };
static const int i386_nrs[] = { SYSC_NR_I386_execve, SYSC_NR_I386_set_thread_area,
	SYSC_NR_I386_write, SYSC_NR_I386_exit_group };

static struct sysc_seccomp_arch_list lists[2];
static size_t nlists;

static void confine(void)
{
	if (sysc_seccomp_allow_arches(lists, nlists, SYSC_SECCOMP_ERRNO(DENIED)) < 0)
		sysc_raw_exit_group(125);
}

static void set_lists(int both)
{
	lists[0].arch = SYSC_AUDIT_ARCH_SELF;
#if defined(__x86_64__)
	lists[0].nrs = x86_64_nrs;
	lists[1].arch = SYSC_AUDIT_ARCH_I386;
	lists[1].nrs = i386_nrs;
#else
	lists[0].nrs = i386_nrs;
	lists[1].arch = SYSC_AUDIT_ARCH_X86_64;
	lists[1].nrs = x86_64_nrs;
#endif
#if defined(__x86_64__)
	lists[0].count = 5;
	lists[1].count = 4;
#else
	lists[0].count = 4;
	lists[1].count = 5;
#endif
	nlists = both ? 2 : 1;
}

/* argv[0] with "/<SELF>/tests/" replaced by "/<arch>/tests/". */
static int path_for(const char *argv0, const char *arch, char *out, size_t size)
{
	static const char self[] = "/" SELF "/tests/";
	size_t i, j, o = 0, n = fs_strlen(argv0), k = sizeof self - 1;

	for (i = 0; i + k <= n; i++) {
		for (j = 0; j < k && argv0[i + j] == self[j]; j++)
			;
		if (j == k)
			break;
	}
	if (i + k > n || n + 16 >= size)
		return -1;
	for (j = 0; j < i; j++)
		out[o++] = argv0[j];
	out[o++] = '/';
	for (j = 0; arch[j]; j++)
		out[o++] = arch[j];
	for (j = i + k - sizeof "/tests/" + 1; argv0[j]; j++)
		out[o++] = argv0[j];
	out[o] = 0;
	return 0;
}

/* want_kill: 0, or 1 (killed before writing) or 2 (after the write). */
static void run_helper(const char *argv0, const char *arch, const char *mode, int both,
		       int want_kill, const char *name)
{
	char path[512], want[64], *argv[] = { path, (char *)mode, NULL };
	struct fs_run r;
	int ok;
	size_t n;

	if (path_for(argv0, arch, path, sizeof path) < 0) {
		fs_skip(name, "cannot derive the other build's path from argv[0]");
		return;
	}
	set_lists(both);
	if (fs_run_prep(path, argv, confine, 5000, &r) < 0) {
		fs_report(0, name, "fork, pipe or wait failed");
		return;
	}
	if ((fs_exited(r.status) && fs_exit_code(r.status) == 126 && !r.len) || r.noexec) {
		fs_skip(name, "cannot exec the helper (not built, or no IA32 emulation)");
		return;
	}
	n = 0;
	if (want_kill != 1) {
		const char *parts[] = { "helper ", arch, ": write\n", "helper ", arch, ": denied\n" };
		size_t p, c;

		for (p = 0; p < (want_kill ? 3u : 6u); p++)
			for (c = 0; parts[p][c]; c++)
				want[n++] = parts[p][c];
	}
	want[n] = 0;
	ok = !r.timed_out && fs_streq(r.out, want) &&
	     (want_kill ? fs_term_sig(r.status) == SYSC_SIGSYS
			: fs_exited(r.status) && fs_exit_code(r.status) == 0);
	if (!ok)
		fs_show_run(&r);
	fs_report(ok, name, "unexpected output or status");
}

int main(int argc, char **argv)
{
#if !defined(__x86_64__) && !defined(__i386__)
	(void)argc;
	(void)argv;
	fs_skip("filters across arches", "the x86_64/i386 pair only (one process running the other's program)");
	return 0;
#endif
	if (argc > 1)
		return helper(argv[1][0] == 'x');
	run_helper(argv[0], OTHER, "helper", 1, 0,
		   SELF " launcher, " OTHER " program: both lists, allowed call runs, denied one gets the errno");
	run_helper(argv[0], OTHER, "helper", 0, 1,
		   SELF " launcher, " OTHER " program: launcher's list only, killed by the arch check");
	run_helper(argv[0], SELF, "helper", 1, 0,
		   SELF " launcher, " SELF " program: both lists, allowed call runs, denied one gets the errno");
	run_helper(argv[0], "x86_64", "x32", 1, 2,
		   SELF " launcher, x86_64 program: x32 getpid killed though getpid is listed");
	return fs_failures;
}
