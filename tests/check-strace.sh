#!/bin/sh
# strace, an independent decoder, must agree with doc/syscalls-by-function.md:
# every function of the wrapper table, errno layer and raw layer, issues at
# least one syscall and only syscalls its row lists for this arch (a
# "vDSO first" errno function may issue none). tests/probe.c makes the calls.
# Env: B (build dir), ARCH. Exit 0 pass, 77 skip, 1 fail.
set -u
B=${B:-build}
ARCH=${ARCH:-x86_64}
probe=$B/$ARCH/tests/probe
command -v strace >/dev/null 2>&1 || { echo "strace not installed (tests/deps.sh installs it)"; exit 1; }
[ -x "$probe" ] || { echo "no $probe: build it with make tests"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# In a new session, without a controlling terminal: the probe of
# sysc_vhangup would otherwise hang up the terminal of whoever runs this.
nosession=$(command -v setsid >/dev/null 2>&1 && echo "setsid -w")
if ! $nosession strace -f -qq -e signal=none -s 80 -o "$tmp/trace" "$probe" </dev/null >"$tmp/out" 2>&1; then
	# strace itself may be refused (no ptrace in a container)
	strace -qq -o /dev/null true 2>/dev/null || { echo "strace cannot trace here (ptrace refused)"; exit 77; }
	echo "probe failed:"; cat "$tmp/out"; exit 1
fi
# the arch's column of the number table (its first line names them)
col=$(sed -n '1s/^# sysc syscall numbers: name<TAB>//p' tools/syscall-numbers.tsv |
	awk -v a="$ARCH" '{ n = split($0, w, "<TAB>"); for (i = 1; i <= n; i++) if (w[i] == a) print i + 1 }')
[ -n "$col" ] || { echo "no column for $ARCH in tools/syscall-numbers.tsv"; exit 1; }
awk -F '\t' -v col="$col" -v arch="$ARCH" '
# syscall numbers for strace versions that print syscall_0x1c3 for calls
# newer than themselves
FILENAME ~ /syscall-numbers/ { if ($0 !~ /^#/ && $col != "-") num[sprintf("syscall_0x%x", $col)] = $1; next }
# the doc: | `sysc_name` | `a`, `b` | `c` | notes |
FILENAME ~ /syscalls-by-function/ {
	if ($0 !~ /^\| `sysc_[a-z0-9_]+` \|/) next
	split($0, f, "|")
	name = f[2]; gsub(/[ `]/, "", name); sub(/^sysc_/, "", name)
	# | function | x86_64 | i386 | aarch64 | riscv64 | notes | (the
	# second table has x86_64 and i386 only)
	c = (arch == "x86_64") ? 3 : (arch == "i386") ? 4 : (arch == "aarch64") ? 5 : (arch == "riscv64") ? 6 : 7
	nf = split($0, f, "|")
	if (c >= nf - 1) next
	list = f[c]
	gsub(/[ `]/, "", list)
	allowed[name] = "," list ","
	vdso[name] = (f[nf - 1] ~ /vDSO first/)
	next
}
# the trace: PID syscall(...) ; markers write(-1, "P:e:name", n) / write(-1, "E", 1)
{
	pid = $0; sub(/ .*/, "", pid)
	line = substr($0, length(pid) + 1); sub(/^ +/, "", line)	# strace pads short pids
	if (line ~ /^<\.\.\./) next
	sc = line; sub(/\(.*/, "", sc)
	if (sc in num) sc = num[sc]
	if (line ~ /^write\(-1, "P:[er]:/) {
		m = line; sub(/^write\(-1, "P:/, "", m); sub(/".*/, "", m)
		cur[pid] = m; calls[m] = ""; order[++n] = m
		next
	}
	if (line ~ /^write\(-1, "E", 1/) { delete cur[pid]; next }
	if (pid in cur) calls[cur[pid]] = calls[cur[pid]] " " sc
	if (sc == "exit_group" || sc == "exit") delete cur[pid]
}
END {
	bad = 0
	for (k = 1; k <= n; k++) {
		m = order[k]; layer = substr(m, 1, 1); name = substr(m, 3)
		if (!(name in allowed)) { printf "not ok - %s: not in doc/syscalls-by-function.md\n", name; bad++; continue }
		c = calls[m]; nc = split(c, w, " ")
		why = ""
		if (nc == 0 && !(layer == "e" && vdso[name])) why = "issued no syscall"
		for (j = 1; j <= nc; j++) if (index(allowed[name], "," w[j] ",") == 0) why = why " issued " w[j]
		if (why != "") { printf "not ok - %s%s:%s (doc lists: %s)\n", layer == "e" ? "sysc_" : "sysc_raw_", name, why, allowed[name]; bad++ }
		else checked++
	}
	printf "%d calls (%s) issued what the doc lists, %d did not\n", checked, arch, bad
	if (checked == 0) print "not ok - no marker found in the trace: nothing was checked"
	exit bad != 0 || checked == 0
}' tools/syscall-numbers.tsv doc/syscalls-by-function.md "$tmp/trace"
