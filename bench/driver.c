/* `make bench`: runs the benchmark programs (bench_sysc for x86_64 and
 * i386, bench_libc against glibc and musl), times the hello programs from
 * exec to exit, and writes one table to stdout, the same data as CSV, and a
 * log-scale SVG bar chart.
 *
 *   driver <build dir> <compiler name>
 *
 * It reads <build>/<arch>/bench/ and writes <build>/bench/results.csv and
 * <build>/bench/chart.svg. A hosted program: it only parses, sorts and
 * formats; the measuring happens in the programs it runs. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <gnu/libc-version.h>
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "bench/measure.h" /* BENCH_REPS, BENCH_TARGET_NS */

#define MAXROWS 128
#define EXEC_RUNS 300

struct row {
	char arch[16], op[32], way[96], who[96], kind[16], note[160];
	int na, ref, seq;
	long long n, min, med, max; /* picoseconds per call */
	double ratio;               /* med / reference med, < 0: none */
	char flags[200];
};

static struct row rows[MAXROWS];
static int nrows;
static char machine_vdso[2][64];

static const char *const arches[] = { "x86_64", "i386" };
static const char *const ops[] = { "timer", "loop", "call", "clock_gettime", "getpid",
				   "getcpu", "getrandom" };

static int index_of(const char *const *v, int n, const char *s)
{
	for (int i = 0; i < n; i++)
		if (!strcmp(v[i], s))
			return i;
	return n;
}

static void copy(char *dst, size_t size, const char *src)
{
	snprintf(dst, size, "%s", src ? src : "");
}

static struct row *new_row(const char *arch, const char *op, const char *way,
			   const char *who, const char *kind)
{
	struct row *r;

	if (nrows == MAXROWS) {
		fprintf(stderr, "bench: too many rows\n");
		exit(1);
	}
	r = &rows[nrows];
	memset(r, 0, sizeof *r);
	r->seq = nrows++;
	r->ratio = -1;
	copy(r->arch, sizeof r->arch, arch);
	copy(r->op, sizeof r->op, op);
	copy(r->way, sizeof r->way, way);
	copy(r->who, sizeof r->who, who);
	copy(r->kind, sizeof r->kind, kind);
	return r;
}

static void add_na(const char *arch, const char *op, const char *way,
		   const char *who, const char *kind, const char *reason)
{
	struct row *r = new_row(arch, op, way, who, kind);

	r->na = 1;
	copy(r->note, sizeof r->note, reason);
}

/* One line of a benchmark program's output (bench/measure.h's format). */
static void parse_line(char *line)
{
	char *f[16];
	int n = 0;
	char *p = line;

	while (n < 16) {
		f[n++] = p;
		p = strchr(p, '\t');
		if (!p)
			break;
		*p++ = 0;
	}
	if (!strcmp(f[0], "row") && n >= 12) {
		struct row *r = new_row(f[1], f[2], f[3], f[4], f[5]);
		r->ref = atoi(f[6]);
		r->n = atoll(f[7]);
		r->min = atoll(f[8]);
		r->med = atoll(f[9]);
		r->max = atoll(f[10]);
		copy(r->note, sizeof r->note, f[11]);
	} else if (!strcmp(f[0], "na") && n >= 7) {
		add_na(f[1], f[2], f[3], f[4], f[5], f[6]);
	} else if (!strcmp(f[0], "info") && n >= 4) {
		if (!strcmp(f[2], "vdso_mapped"))
			copy(machine_vdso[strcmp(f[1], "i386") == 0],
			     sizeof machine_vdso[0], f[3]);
	} else if (line[0]) {
		fprintf(stderr, "bench: unexpected line: %s\n", line);
	}
}

/* Run argv, parse its stdout; the wait status, or -1 when it could not run. */
static int run_program(char *const argv[])
{
	static char buf[1 << 16];
	size_t len = 0;
	int fds[2], status;
	ssize_t got;
	pid_t pid;
	char *line, *nl;

	if (pipe(fds) != 0)
		return -1;
	pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		dup2(fds[1], 1);
		close(fds[0]);
		close(fds[1]);
		execv(argv[0], argv);
		_exit(127);
	}
	close(fds[1]);
	while (len < sizeof buf - 1 &&
	       (got = read(fds[0], buf + len, sizeof buf - 1 - len)) != 0) {
		if (got < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		len += (size_t)got;
	}
	close(fds[0]);
	buf[len] = 0;
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return -1;
	for (line = buf; *line; line = nl + 1) {
		nl = strchr(line, '\n');
		if (!nl)
			break; /* a cut line (the program died mid-write) */
		*nl = 0;
		parse_line(line);
	}
	return status;
}

static void describe_status(char *out, size_t size, int status)
{
	if (status == -1)
		snprintf(out, size, "could not run");
	else if (WIFSIGNALED(status))
		snprintf(out, size, "killed by signal %d (%s)", WTERMSIG(status),
			 strsignal(WTERMSIG(status)));
	else
		snprintf(out, size, "exit status %d", WEXITSTATUS(status));
}

static int file_exists(const char *path)
{
	return access(path, X_OK) == 0;
}

static int cmp_rows(const void *a, const void *b)
{
	const struct row *x = a, *y = b;
	int d = index_of(arches, 2, x->arch) - index_of(arches, 2, y->arch);

	if (!d)
		d = index_of(ops, 7, x->op) - index_of(ops, 7, y->op);
	return d ? d : x->seq - y->seq;
}

static struct row *find_ref(const struct row *r)
{
	for (int i = 0; i < nrows; i++)
		if (!rows[i].na && rows[i].ref && !strcmp(rows[i].arch, r->arch) &&
		    !strcmp(rows[i].op, r->op))
			return &rows[i];
	return NULL;
}

/* The raw syscall row of the same op: what a vDSO row must beat. */
static struct row *find_syscall(const struct row *r)
{
	for (int i = 0; i < nrows; i++)
		if (!rows[i].na && !strcmp(rows[i].arch, r->arch) &&
		    !strcmp(rows[i].op, r->op) && !strcmp(rows[i].kind, "syscall") &&
		    !strncmp(rows[i].who, "sysc_raw_", 9))
			return &rows[i];
	return NULL;
}

static struct row *find_row(const char *arch, const char *op, const char *who,
			    const char *way)
{
	for (int i = 0; i < nrows; i++)
		if (!rows[i].na && !strcmp(rows[i].arch, arch) &&
		    !strcmp(rows[i].op, op) && !strcmp(rows[i].who, who) &&
		    (!way || !strcmp(rows[i].way, way)))
			return &rows[i];
	return NULL;
}

static void add_flag(struct row *r, const char *flag)
{
	size_t l = strlen(r->flags);

	snprintf(r->flags + l, sizeof r->flags - l, "%s%s", l ? "; " : "", flag);
}

/* Results that cannot be right are marked, never dropped. */
static void check_rows(void)
{
	for (int i = 0; i < nrows; i++) {
		struct row *r = &rows[i], *ref, *sc;

		if (r->na)
			continue;
		ref = find_ref(r);
		if (ref && ref->med > 0)
			r->ratio = (double)r->med / (double)ref->med;
		if (r->min <= 0 || r->med <= 0)
			add_flag(r, "IMPOSSIBLE: 0 ns");
		else if (r->med < 100)
			add_flag(r, "IMPLAUSIBLE: under 0.1 ns");
		if (!strcmp(r->kind, "syscall") && r->med > 0 && r->med < 10000)
			add_flag(r, "IMPLAUSIBLE: under 10 ns for a kernel entry");
		sc = find_syscall(r);
		if (!strcmp(r->kind, "vdso") && sc && r->med > sc->med)
			add_flag(r, "SUSPECT: vDSO row slower than the syscall row");
		/* The max always catches some interrupt; a median well above
		 * the min means the machine was busy for much of the row. */
		if (4 * r->med > 5 * r->min)
			add_flag(r, "noisy: median over 1.25x min");
	}
}

/* ---- whole programs: size and exec-to-exit time ---- */

struct prog {
	const char *arch, *lib;
	char path[512];
	long long size;
	long long min, med, max; /* nanoseconds */
	int present, failed;
	char why[160];
	long long t[EXEC_RUNS];
};

static long long now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

/* fork + execve + wait4, timed from before fork to after the reap. */
static long long exec_once(struct prog *p, int devnull)
{
	char *argv[] = { p->path, NULL };
	char *envp[] = { NULL };
	long long t0 = now_ns(), t1;
	int status;
	pid_t pid = fork();

	if (pid < 0)
		return -1;
	if (pid == 0) {
		dup2(devnull, 1);
		execve(p->path, argv, envp);
		_exit(127);
	}
	if (wait4(pid, &status, 0, NULL) < 0)
		return -1;
	t1 = now_ns();
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		p->failed = 1;
		describe_status(p->why, sizeof p->why, status);
	}
	return t1 - t0;
}

static int cmp_ll(const void *a, const void *b)
{
	long long x = *(const long long *)a, y = *(const long long *)b;

	return x < y ? -1 : x > y;
}

static void time_programs(struct prog *p, int n)
{
	int devnull = open("/dev/null", O_WRONLY);

	/* Round-robin, so a burst of load hits every program alike. */
	for (int run = 0; run < EXEC_RUNS; run++)
		for (int i = 0; i < n; i++)
			if (p[i].present)
				p[i].t[run] = exec_once(&p[i], devnull);
	for (int i = 0; i < n; i++) {
		if (!p[i].present)
			continue;
		qsort(p[i].t, EXEC_RUNS, sizeof p[i].t[0], cmp_ll);
		p[i].min = p[i].t[0];
		p[i].med = p[i].t[EXEC_RUNS / 2];
		p[i].max = p[i].t[EXEC_RUNS - 1];
	}
	close(devnull);
}

/* ---- output ---- */

static void fmt_ns(char *out, size_t size, long long ps)
{
	if (ps < 10000000)
		snprintf(out, size, "%.2f", ps / 1000.0);
	else
		snprintf(out, size, "%.0f", ps / 1000.0);
}

static void read_first(const char *path, const char *key, char *out, size_t size)
{
	FILE *f = fopen(path, "r");
	char line[512];

	copy(out, size, "unknown");
	if (!f)
		return;
	while (fgets(line, sizeof line, f)) {
		if (!strncmp(line, key, strlen(key))) {
			char *v = strchr(line, ':');
			v = v ? v + 1 : line + strlen(key);
			while (*v == ' ' || *v == '\t')
				v++;
			v[strcspn(v, "\n")] = 0;
			copy(out, size, v);
			break;
		}
	}
	fclose(f);
}

static void print_table(FILE *o, const char *cc)
{
	char cpu[256], load[128], a[32], b[32], c[32], ratio[32];
	struct utsname u;
	int ww = 6, wc = 13;

	read_first("/proc/cpuinfo", "model name", cpu, sizeof cpu);
	read_first("/proc/loadavg", "", load, sizeof load);
	uname(&u);
	fprintf(o, "Machine: %s, %ld CPUs online, Linux %s %s, glibc %s, %s\n",
		cpu, sysconf(_SC_NPROCESSORS_ONLN), u.release, u.machine,
		gnu_get_libc_version(), cc);
	fprintf(o, "Load average at start: %s\n", load);
	/* What makes a syscall's return costly on this CPU: with AMD's SRSO
	 * mitigation ("Safe RET") every ret after a syscall mispredicts,
	 * which is why the errno layer is inline. */
	fprintf(o, "Mitigations (/sys/devices/system/cpu/vulnerabilities):");
	{
		static const char *const which[] = { "spec_rstack_overflow", "retbleed",
						     "spectre_v2", "meltdown" };
		for (size_t i = 0; i < sizeof which / sizeof which[0]; i++) {
			char path[128], v[256] = "unknown";
			FILE *f;

			snprintf(path, sizeof path, "/sys/devices/system/cpu/vulnerabilities/%s", which[i]);
			if ((f = fopen(path, "r"))) {
				if (!fgets(v, sizeof v, f))
					copy(v, sizeof v, "unknown");
				fclose(f);
			}
			v[strcspn(v, "\n")] = 0;
			fprintf(o, "%s %s: %s", i ? ";" : "", which[i], v);
		}
	}
	fprintf(o, "\n");
	fprintf(o, "Timer: CLOCK_MONOTONIC read with the raw clock_gettime syscall "
		   "around each repetition of N calls (its cost is the \"timer\" "
		   "row; N makes a repetition last at least %llu ms and %llu timer "
		   "reads); ns per call = median of %d repetitions (min, max); "
		   "nothing subtracted (the empty loop is its own row).\n",
		BENCH_TARGET_NS / 1000000, BENCH_TIMER_READS, BENCH_REPS);
	fprintf(o, "vDSO mapped in the sysc programs: x86_64 %s, i386 %s\n\n",
		machine_vdso[0][0] ? machine_vdso[0] : "?",
		machine_vdso[1][0] ? machine_vdso[1] : "?");
	for (int i = 0; i < nrows; i++) {
		if ((int)strlen(rows[i].way) > ww)
			ww = (int)strlen(rows[i].way);
		if ((int)strlen(rows[i].who) > wc)
			wc = (int)strlen(rows[i].who);
	}
	fprintf(o, "%-6s %-13s %-*s %-*s %10s %10s %10s %8s  %s\n", "arch",
		"operation", ww, "way in", wc, "code measured", "median ns", "min ns",
		"max ns", "ratio", "flags / notes");
	for (int i = 0; i < nrows; i++) {
		struct row *r = &rows[i];

		if (r->na) {
			fprintf(o, "%-6s %-13s %-*s %-*s %10s %10s %10s %8s  %s\n",
				r->arch, r->op, ww, r->way, wc, r->who, "-", "-", "-", "-",
				r->note);
			continue;
		}
		fmt_ns(a, sizeof a, r->med);
		fmt_ns(b, sizeof b, r->min);
		fmt_ns(c, sizeof c, r->max);
		if (r->ref)
			copy(ratio, sizeof ratio, "ref");
		else if (r->ratio >= 0)
			snprintf(ratio, sizeof ratio, "%.2fx", r->ratio);
		else
			copy(ratio, sizeof ratio, "");
		fprintf(o, "%-6s %-13s %-*s %-*s %10s %10s %10s %8s  %s%s%s\n",
			r->arch, r->op, ww, r->way, wc, r->who, a, b, c, ratio, r->flags,
			r->flags[0] && r->note[0] ? "; " : "", r->note);
	}
}

static void print_programs(FILE *o, struct prog *p, int n)
{
	fprintf(o, "\nWhole program: hello (one write), static, stripped; exec-to-exit "
		   "= fork + execve + wait4 timed by this driver with CLOCK_MONOTONIC, "
		   "%d runs each, round-robin\n",
		EXEC_RUNS);
	fprintf(o, "%-6s %-6s %12s %8s %12s %12s %12s %8s\n", "arch", "libc",
		"size bytes", "ratio", "median us", "min us", "max us", "ratio");
	for (int i = 0; i < n; i++) {
		struct prog *s = NULL;

		for (int j = 0; j < n; j++)
			if (!strcmp(p[j].arch, p[i].arch) && !strcmp(p[j].lib, "sysc") &&
			    p[j].present)
				s = &p[j];
		if (!p[i].present) {
			fprintf(o, "%-6s %-6s %s\n", p[i].arch, p[i].lib, p[i].why);
			continue;
		}
		fprintf(o, "%-6s %-6s %12lld %7.1fx %12.1f %12.1f %12.1f %7.2fx%s%s\n",
			p[i].arch, p[i].lib, p[i].size,
			s ? (double)p[i].size / (double)s->size : 0.0, p[i].med / 1000.0,
			p[i].min / 1000.0, p[i].max / 1000.0,
			s ? (double)p[i].med / (double)s->med : 0.0,
			p[i].failed ? "  FAILED: " : "", p[i].failed ? p[i].why : "");
	}
}

/* A row of the table, found by arch, operation, code measured and, when
 * not NULL, the way in. */
struct row_key {
	const char *arch, *op, *who, *way;
};

/* The ratios the project's targets and the seeds' claims are about:
 * numerator row / denominator row. */
static const struct {
	const char *what;
	struct row_key num, den;
} key_ratios[] = {
	{ "x86_64 sysc_getpid() (errno wrapper) / hand-written syscall",
	  { "x86_64", "getpid", "sysc_getpid()", NULL }, { "x86_64", "getpid", "hand-written inline asm", NULL } },
	{ "x86_64 sysc_syscall(SYSC_NR_getpid) / hand-written syscall",
	  { "x86_64", "getpid", "sysc_syscall(SYSC_NR_getpid)", NULL }, { "x86_64", "getpid", "hand-written inline asm", NULL } },
	{ "x86_64 sysc_getpid() beside glibc / glibc getpid() (one process)",
	  { "x86_64", "getpid", "sysc_getpid() beside glibc", NULL }, { "x86_64", "getpid", "glibc getpid()", NULL } },
	{ "i386 sysc_getpid() beside glibc / glibc getpid() (one process)",
	  { "i386", "getpid", "sysc_getpid() beside glibc", NULL }, { "i386", "getpid", "glibc getpid()", NULL } },
	{ "i386 sysc_getpid() (sysc program) / glibc getpid() (glibc program)",
	  { "i386", "getpid", "sysc_getpid()", "__kernel_vsyscall" }, { "i386", "getpid", "glibc getpid()", NULL } },
	{ "i386 sysc_getpid() via int $0x80 / hand-written int $0x80",
	  { "i386", "getpid", "sysc_getpid()", "int $0x80" }, { "i386", "getpid", "hand-written inline asm", NULL } },
	{ "x86_64 sysc_clock_gettime() / glibc clock_gettime()",
	  { "x86_64", "clock_gettime", "sysc_clock_gettime()", NULL }, { "x86_64", "clock_gettime", "glibc clock_gettime()", NULL } },
	{ "i386 sysc_clock_gettime() / glibc clock_gettime()",
	  { "i386", "clock_gettime", "sysc_clock_gettime()", NULL }, { "i386", "clock_gettime", "glibc clock_gettime()", NULL } },
	{ "x86_64 raw clock_gettime syscall / sysc_clock_gettime()",
	  { "x86_64", "clock_gettime", "sysc_raw_clock_gettime()", NULL }, { "x86_64", "clock_gettime", "sysc_clock_gettime()", NULL } },
	{ "x86_64 raw clock_gettime syscall / glibc (vDSO) clock_gettime()",
	  { "x86_64", "clock_gettime", "sysc_raw_clock_gettime()", NULL }, { "x86_64", "clock_gettime", "glibc clock_gettime()", NULL } },
	{ "i386 int $0x80 getpid / __kernel_vsyscall getpid (sysc)",
	  { "i386", "getpid", "sysc_getpid()", "int $0x80" }, { "i386", "getpid", "sysc_getpid()", "__kernel_vsyscall" } },
	{ "i386 raw sysenter getpid / __kernel_vsyscall getpid (sysc)",
	  { "i386", "getpid", "sysc_getpid()", "raw sysenter" }, { "i386", "getpid", "sysc_getpid()", "__kernel_vsyscall" } },
};

static void print_summary(FILE *o)
{
	fprintf(o, "\nKey ratios (medians):\n");
	for (size_t i = 0; i < sizeof key_ratios / sizeof key_ratios[0]; i++) {
		const struct row_key *n = &key_ratios[i].num, *d = &key_ratios[i].den;
		struct row *num = find_row(n->arch, n->op, n->who, n->way);
		struct row *den = find_row(d->arch, d->op, d->who, d->way);

		if (num && den && den->med > 0)
			fprintf(o, "  %-62s %6.2fx  (%.2f / %.2f ns)\n", key_ratios[i].what,
				(double)num->med / (double)den->med, num->med / 1000.0,
				den->med / 1000.0);
		else
			fprintf(o, "  %-62s %s\n", key_ratios[i].what, "not measured");
	}
}

static void csv_field(FILE *f, const char *s, int last)
{
	fputc('"', f);
	for (; *s; s++) {
		if (*s == '"')
			fputc('"', f);
		fputc(*s, f);
	}
	fputs(last ? "\"\n" : "\",", f);
}

static void write_csv(const char *path, struct prog *p, int n)
{
	FILE *f = fopen(path, "w");
	char num[6][48];

	if (!f) {
		fprintf(stderr, "bench: %s: %s\n", path, strerror(errno));
		return;
	}
	fputs("section,arch,operation,way,code,kind,iterations,median_ns,min_ns,"
	      "max_ns,ratio,reference,size_bytes,flags,note\n", f);
	for (int i = 0; i < nrows; i++) {
		struct row *r = &rows[i];

		if (r->na) {
			num[0][0] = num[1][0] = num[2][0] = num[3][0] = num[4][0] = 0;
		} else {
			snprintf(num[0], sizeof num[0], "%lld", r->n);
			snprintf(num[1], sizeof num[1], "%.3f", r->med / 1000.0);
			snprintf(num[2], sizeof num[2], "%.3f", r->min / 1000.0);
			snprintf(num[3], sizeof num[3], "%.3f", r->max / 1000.0);
			if (r->ratio >= 0)
				snprintf(num[4], sizeof num[4], "%.4f", r->ratio);
			else
				num[4][0] = 0;
		}
		csv_field(f, r->na ? "per call, not measured" : "per call", 0);
		csv_field(f, r->arch, 0);
		csv_field(f, r->op, 0);
		csv_field(f, r->way, 0);
		csv_field(f, r->who, 0);
		csv_field(f, r->kind, 0);
		for (int k = 0; k < 5; k++)
			csv_field(f, num[k], 0);
		csv_field(f, r->ref ? "yes" : "", 0);
		csv_field(f, "", 0);
		csv_field(f, r->flags, 0);
		csv_field(f, r->note, 1);
	}
	for (int i = 0; i < n; i++) {
		if (!p[i].present) {
			fprintf(f, "\"program, not measured\",\"%s\",\"hello exec-to-exit\",\"%s\",,,,,,,,,,,\"%s\"\n",
				p[i].arch, p[i].lib, p[i].why);
			continue;
		}
		fprintf(f, "\"program\",\"%s\",\"hello exec-to-exit\",\"%s\",\"static stripped hello\",\"exec\",%d,%.3f,%.3f,%.3f,,,%lld,\"%s\",\"\"\n",
			p[i].arch, p[i].lib, EXEC_RUNS, (double)p[i].med,
			(double)p[i].min, (double)p[i].max, p[i].size,
			p[i].failed ? p[i].why : "");
	}
	fclose(f);
}

static void svg_text(FILE *f, const char *s)
{
	for (; *s; s++) {
		if (*s == '&')
			fputs("&amp;", f);
		else if (*s == '<')
			fputs("&lt;", f);
		else if (*s == '>')
			fputs("&gt;", f);
		else
			fputc(*s, f);
	}
}

static const char *bar_colour(const struct row *r)
{
	if (!strcmp(r->kind, "loop") || !strcmp(r->kind, "call"))
		return "#888888";
	if (!strcmp(r->kind, "vdso"))
		return "#2e8b57";
	if (strstr(r->way, "int $0x80"))
		return "#c0392b";
	if (strstr(r->way, "sysenter") || strstr(r->way, "vsyscall"))
		return "#e67e22";
	return "#2c6fbb";
}

/* Horizontal bars on a log scale: median as the bar, min..max as a line. */
/* The chart's label for a benchmark row (r) or a whole-program row (q);
 * a label longer than the buffer is cut, which the return value says. */
static int chart_label(char *label, size_t size, const struct row *r,
		       const struct prog *q)
{
	if (r)
		return snprintf(label, size, "%s %s: %s [%s]", r->arch, r->op, r->who, r->way);
	return snprintf(label, size, "%s hello exec-to-exit: %s", q->arch, q->lib);
}

static void write_svg(const char *path, struct prog *p, int n)
{
	const int plot_w = 560, bar_h = 14, gap = 5, top = 60;
	double lo = 1e300, hi = 0;
	int lines = 0, y, label_w = 0;
	char label[256];
	FILE *f = fopen(path, "w");

	/* The label column fits the longest label: 11px monospace is at most
	 * 7px a character. */
	for (int i = 0; i < nrows + n; i++) {
		int len = chart_label(label, sizeof label, i < nrows ? &rows[i] : NULL,
				      i < nrows ? NULL : &p[i - nrows]);

		if (len >= (int)sizeof label)
			len = (int)sizeof label - 1;
		len = 12 + 7 * len;
		if (len > label_w)
			label_w = len;
	}

	if (!f) {
		fprintf(stderr, "bench: %s: %s\n", path, strerror(errno));
		return;
	}
	for (int i = 0; i < nrows; i++) {
		lines++;
		if (rows[i].na)
			continue;
		if (rows[i].min > 0 && rows[i].min / 1000.0 < lo)
			lo = rows[i].min / 1000.0;
		if (rows[i].max / 1000.0 > hi)
			hi = rows[i].max / 1000.0;
	}
	for (int i = 0; i < n; i++) {
		lines++;
		if (p[i].present && p[i].max > hi)
			hi = (double)p[i].max;
	}
	if (hi <= 0 || lo > hi)
		lo = 0.1, hi = 1e6;
	lo = pow(10, floor(log10(lo)));
	hi = pow(10, ceil(log10(hi)));
#define XPOS(ns) (label_w + plot_w * (log10(ns) - log10(lo)) / (log10(hi) - log10(lo)))
	fprintf(f, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
		   "font-family=\"monospace\" font-size=\"11\">\n",
		label_w + plot_w + 120, top + lines * (bar_h + gap) + 40);
	fprintf(f, "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n");
	fprintf(f, "<text x=\"10\" y=\"20\" font-size=\"14\">sysc benchmark: ns per "
		   "call (log scale), bar = median, line = min..max</text>\n");
	fprintf(f, "<text x=\"10\" y=\"38\">grey: call/loop  green: vDSO  blue: "
		   "syscall  orange: vsyscall/sysenter  red: int $0x80  purple: "
		   "whole program exec-to-exit</text>\n");
	for (double d = lo; d <= hi * 1.001; d *= 10) {
		double x = XPOS(d);
		fprintf(f, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" "
			   "stroke=\"#ddd\"/>\n",
			x, top - 8, x, top + lines * (bar_h + gap));
		fprintf(f, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">", x,
			top - 10);
		if (d < 1000)
			fprintf(f, "%g ns", d);
		else if (d < 1e6)
			fprintf(f, "%g us", d / 1000);
		else
			fprintf(f, "%g ms", d / 1e6);
		fputs("</text>\n", f);
	}
	y = top;
	for (int i = 0; i < nrows + n; i++, y += bar_h + gap) {
		const struct row *r = i < nrows ? &rows[i] : NULL;
		const struct prog *q = r ? NULL : &p[i - nrows];
		double med, mn, mx;

		if (chart_label(label, sizeof label, r, q) >= (int)sizeof label)
			label[sizeof label - 2] = '~';	/* cut: say so */
		fprintf(f, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">", label_w - 6,
			y + bar_h - 3);
		svg_text(f, label);
		fputs("</text>\n", f);
		if ((r && r->na) || (q && !q->present)) {
			fprintf(f, "<text x=\"%d\" y=\"%d\" fill=\"#999\">", label_w + 4,
				y + bar_h - 3);
			svg_text(f, r ? r->note : q->why);
			fputs("</text>\n", f);
			continue;
		}
		med = r ? r->med / 1000.0 : (double)q->med;
		mn = r ? r->min / 1000.0 : (double)q->min;
		mx = r ? r->max / 1000.0 : (double)q->max;
		if (med <= 0)
			med = lo;
		if (mn <= 0)
			mn = lo;
		fprintf(f, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" "
			   "fill=\"%s\"/>\n",
			label_w, y, XPOS(med) - label_w, bar_h,
			r ? bar_colour(r) : "#8e44ad");
		fprintf(f, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" "
			   "stroke=\"black\"/>\n",
			XPOS(mn), y + bar_h / 2, XPOS(mx), y + bar_h / 2);
		if (med < 1000)
			snprintf(label, sizeof label, "%.3g ns", med);
		else if (med < 1e6)
			snprintf(label, sizeof label, "%.3g us", med / 1000);
		else
			snprintf(label, sizeof label, "%.3g ms", med / 1e6);
		fprintf(f, "<text x=\"%.1f\" y=\"%d\">%s%s</text>\n", XPOS(mx) + 4,
			y + bar_h - 3, label, r && r->flags[0] ? " (flagged)" : "");
	}
	fputs("</svg>\n", f);
	fclose(f);
}

/* Runs one benchmark program that must succeed; 0, or 1 (and why) if not. */
static int run_required(const char *path)
{
	char why[96];
	int status = run_program((char *[]){ (char *)path, NULL });

	if (status == 0)
		return 0;
	describe_status(why, sizeof why, status);
	fprintf(stderr, "bench: %s: %s\n", path, why);
	return 1;
}

/* Why ARCH is left out, from SYSC_BENCH_SKIP ("arch:reason" lines, set by
 * mk/bench.mk from tests/target/target.sh: only arches this kernel runs
 * natively are timed; an emulator's timings mean nothing), or NULL. */
static const char *skipped(const char *arch)
{
	static char why[256];
	const char *s = getenv("SYSC_BENCH_SKIP");
	size_t n = strlen(arch);

	for (; s && *s; s = strchr(s, '\n') ? strchr(s, '\n') + 1 : "") {
		if (!strncmp(s, arch, n) && s[n] == ':') {
			size_t len = strcspn(s + n + 1, "\n");

			snprintf(why, sizeof why, "not measured: %.*s", (int)len, s + n + 1);
			return why;
		}
	}
	return NULL;
}

/* Runs every benchmark program; 0, or 1 when one failed. */
static int run_all(const char *b)
{
	char path[512], why[96];
	int status;

	for (int a = 0; a < 2; a++) {
		if (skipped(arches[a])) {
			printf("bench: %s rows left out (%s)\n", arches[a], skipped(arches[a]));
			for (int o = 0; o < 7; o++)
				add_na(arches[a], ops[o], "all", "sysc and libc", "", skipped(arches[a]));
			continue;
		}
		snprintf(path, sizeof path, "%s/%s/bench/bench_sysc", b, arches[a]);
		if (run_required(path))
			return 1;
	}
	/* Raw sysenter in its own process: a CPU that refuses it (SIGILL,
	 * or SIGSEGV on a kernel without the landing pad) loses one row. */
	snprintf(path, sizeof path, "%s/i386/bench/bench_sysc", b);
	status = skipped("i386") ? 0 : run_program((char *[]){ path, "sysenter", NULL });
	if (status != 0) {
		char reason[160];
		describe_status(why, sizeof why, status);
		snprintf(reason, sizeof reason, "not supported on this CPU (probe %s)", why);
		add_na("i386", "getpid", "raw sysenter", "sysc_getpid()", "syscall", reason);
	}
	for (int a = 0; a < 2; a++) {
		if (skipped(arches[a]))
			continue;
		snprintf(path, sizeof path, "%s/%s/bench/bench_glibc", b, arches[a]);
		if (run_required(path))
			return 1;
	}
	snprintf(path, sizeof path, "%s/x86_64/bench/bench_musl", b);
	if (file_exists(path)) {
		if (run_required(path))
			return 1;
	} else {
		for (int o = 3; o < 7; o++)
			add_na("x86_64", ops[o], "libc", "musl", "",
			       "not measured (musl-gcc missing: apt-get install musl-tools)");
	}
	return 0;
}

/* `--rows FILE`: lines in the programs' format instead of running them
 * (tests/once-bench-driver.sh checks the flags and outputs this way). */
static int read_rows(const char *file)
{
	char line[1024];
	FILE *f = fopen(file, "r");

	if (!f) {
		fprintf(stderr, "bench: %s: %s\n", file, strerror(errno));
		return 1;
	}
	while (fgets(line, sizeof line, f)) {
		line[strcspn(line, "\n")] = 0;
		parse_line(line);
	}
	fclose(f);
	return 0;
}

int main(int argc, char **argv)
{
	char out[512];
	const char *b, *cc, *rows_file = NULL;
	struct prog progs[5] = {
		{ .arch = "x86_64", .lib = "sysc" }, { .arch = "x86_64", .lib = "glibc" },
		{ .arch = "x86_64", .lib = "musl" }, { .arch = "i386", .lib = "sysc" },
		{ .arch = "i386", .lib = "glibc" },
	};
	long long t0 = now_ns();

	if (argc == 5 && !strcmp(argv[3], "--rows")) {
		rows_file = argv[4];
	} else if (argc != 3) {
		fprintf(stderr, "usage: %s <build dir> <compiler> [--rows FILE]\n",
			argv[0]);
		return 2;
	}
	b = argv[1];
	cc = argv[2];
	signal(SIGPIPE, SIG_IGN);

	if (rows_file ? read_rows(rows_file) : run_all(b))
		return 1;

	for (int i = 0; i < 5; i++) {
		struct stat st;

		snprintf(progs[i].path, sizeof progs[i].path, "%s/%s/bench/hello_%s", b,
			 progs[i].arch, progs[i].lib);
		if (rows_file) {
			snprintf(progs[i].why, sizeof progs[i].why,
				 "not measured (--rows)");
		} else if (skipped(progs[i].arch)) {
			snprintf(progs[i].why, sizeof progs[i].why, "%s", skipped(progs[i].arch));
		} else if (stat(progs[i].path, &st) == 0 && file_exists(progs[i].path)) {
			progs[i].present = 1;
			progs[i].size = (long long)st.st_size;
		} else {
			snprintf(progs[i].why, sizeof progs[i].why, "not measured (%s)",
				 strcmp(progs[i].lib, "musl") ? "not built" :
				 "musl-gcc missing: apt-get install musl-tools");
		}
	}
	time_programs(progs, 5);

	qsort(rows, (size_t)nrows, sizeof rows[0], cmp_rows);
	check_rows();
	snprintf(out, sizeof out, "%s/bench", b);
	if (mkdir(out, 0777) != 0 && errno != EEXIST)
		fprintf(stderr, "bench: %s: %s\n", out, strerror(errno));
	print_table(stdout, cc);
	print_programs(stdout, progs, 5);
	print_summary(stdout);

	snprintf(out, sizeof out, "%s/bench/results.csv", b);
	write_csv(out, progs, 5);
	printf("\nWrote %s", out);
	snprintf(out, sizeof out, "%s/bench/chart.svg", b);
	write_svg(out, progs, 5);
	printf(" and %s (%.1f s in all)\n", out, (now_ns() - t0) / 1e9);
	return 0;
}
