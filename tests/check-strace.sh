#!/bin/sh
# An independent decoder must agree with doc/syscalls-by-function.md: every
# function of the wrapper table, errno layer and raw layer, issues at least
# one syscall and only syscalls its row lists for this arch (a "vDSO first"
# errno function may issue none). tests/probe.c makes the calls, each in a
# child between two marker writes to fd -1.
#
# The decoder: strace where the arch's programs run on a kernel here
# (natively, or in the test guest); qemu-user's own -strace where they run
# under qemu-<arch> ($TARGET_RUN, as tests/run.sh sets it in user mode;
# run by hand where neither works, this is a skip that says so). qemu
# prints each guest syscall, also those it does not implement ("Unknown
# syscall N", or the call with ENOSYS), but not write's bytes: its markers
# are matched to `probe --list` by their order and length. Under qemu a
# call that cannot be checked is a skip with the reason: a syscall qemu
# answers ENOSYS after which the library falls back to one its row does not
# list (the kernel would not make it fall back; none on aarch64 or riscv64
# with qemu 7.2), a syscall whose name qemu does not print (execve with a
# NULL path: the probe now passes a path that does not exist), one qemu
# answers itself without printing it ($qemu_silent: riscv64's
# riscv_flush_icache, a no-op in qemu; tests/fs_seccomp.c traces it in the
# riscv64 guest with a seccomp trap), and one whose printing crashes qemu (qemu-i386's and qemu-arm's printer of
# bind and connect, when i386 is forced to user mode). The output of both
# tracers is first made into lines "PID call NAME", "PID enosys NAME",
# "PID mark LAYER NAME", "PID end", "0 garbled", "0 crashed", then checked
# by one program.
# Env: B (build dir), ARCH, CC, TARGET_RUN. Exit 0 pass, 77 skip, 1 fail.
set -u
. tests/arch_env.sh
probe=$B/$ARCH/tests/probe
[ -x "$probe" ] || { echo "not ok - no $probe: build it with make tests"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# In a new session, without a controlling terminal: the probe of
# sysc_vhangup would otherwise hang up the terminal of whoever runs this.
nosession=$(command -v setsid >/dev/null 2>&1 && echo "setsid -w")

qemu=""
if [ -n "${TARGET_RUN:-}" ]; then
	case ${TARGET_RUN##*/} in
	qemu-*) qemu=$TARGET_RUN ;;
	*) echo "cannot trace through TARGET_RUN=$TARGET_RUN (neither strace nor qemu-user's -strace)"; exit 77 ;;
	esac
elif [ -n "$ARCH_RUN_WHY" ]; then
	echo "$ARCH programs do not run here ($ARCH_RUN_WHY): tests/run.sh runs this check where they do (a test guest, or TARGET_RUN=qemu-$ARCH under qemu-user)"
	exit 77
fi
# Syscalls a qemu-user answers itself without printing them (qemu 7.2):
# ARCH:NAME words. A function that issues only these shows none there.
qemu_silent="riscv64:riscv_flush_icache"

# the arch's column of the number table (its first line names them)
col=$(sed -n '1s/^# sysc syscall numbers: name<TAB>//p' tools/syscall-numbers.tsv |
	awk -v a="$ARCH" '{ n = split($0, w, "<TAB>"); for (i = 1; i <= n; i++) if (w[i] == a) print i + 1 }')
[ -n "$col" ] || { echo "not ok - no column for $ARCH in tools/syscall-numbers.tsv"; exit 1; }

# strace's output, normalized
from_strace() {
	awk -F '\t' -v col="$col" '
	# syscall numbers for strace versions that print syscall_0x1c3 for
	# calls newer than themselves
	FILENAME ~ /syscall-numbers/ { if ($0 !~ /^#/ && $col != "-") num[sprintf("syscall_0x%x", $col)] = $1; next }
	# PID syscall(...) = ...; markers write(-1, "P:e:name", n) / write(-1, "E", 1)
	{
		pid = $0; sub(/ .*/, "", pid)
		line = substr($0, length(pid) + 1); sub(/^ +/, "", line)	# strace pads short pids
		if (line ~ /^<\.\.\./ || line ~ /^(---|\+\+\+)/) next
		sc = line; sub(/\(.*/, "", sc)
		if (sc in num) sc = num[sc]
		if (line ~ /^write\(-1, "P:[er]:/) {
			m = line; sub(/^write\(-1, "P:/, "", m); sub(/".*/, "", m)
			print pid, "mark", substr(m, 1, 1), substr(m, 3)
		} else if (line ~ /^write\(-1, "E", 1/)
			print pid, "end"
		else
			print pid, "call", sc
	}' tools/syscall-numbers.tsv "$1"
}

# qemu-user's -strace output, normalized. Each process prints into the
# same stream, a syscall in pieces ("PID ", "name(args)", " = result"), so
# pieces of different processes can share a line; the probe keeps its
# parent quiet while a child runs, and a piece that belongs to no process
# while a marker is open makes that call "garbled" (it is traced again).
from_qemu() {
	awk -F '\t' -v col="$col" '
	FNR == 1 { file++ }
	file == 1 { if ($0 !~ /^#/ && $col != "-") nr[$col] = $1; next }	# the numbers
	file == 2 { name[++nn] = $0; next }	# probe --list
	function piece(p,   pid, rest, sc, m, n, k) {
		if (p ~ /^ *$/ || p ~ /^ = / || p ~ /^(---|\+\+\+)/ || p ~ /^qemu: uncaught target signal/) return
		# qemu itself failing: an assertion (the "**", "ERROR:" lines of glib), its stack protector
		if (p ~ /^qemu/ || p ~ /^\*\*\* / || p ~ /^\*\*$/ || p ~ /^(ERROR|Bail out!)/) { print "0 crashed"; return }
		if (p !~ /^[0-9]+ /) { stray(p); return }
		pid = p; sub(/ .*/, "", pid)
		rest = substr(p, length(pid) + 2)
		if (rest ~ /^Unknown syscall [0-9]+/) {
			n = rest; sub(/^Unknown syscall /, "", n); sub(/[^0-9].*/, "", n)
			sc = (n in nr) ? nr[n] : "syscall_" n
			print pid, "call", sc; print pid, "enosys", sc
			return
		}
		if (rest ~ /^ = /) {	# qemu printed no name (execve of a NULL path)
			print pid, "call", "?"; return
		}
		if (rest !~ /^[a-z_][a-z0-9_]*\(/) { stray(p); return }
		sc = rest; sub(/\(.*/, "", sc)
		if (sc == "write" && rest ~ /^write\(-1,0x[0-9a-f]+,[0-9]+\)/) {
			n = rest; sub(/^write\(-1,0x[0-9a-f]+,/, "", n); sub(/\).*/, "", n)
			if (n == 1) { print pid, "end"; return }
			# marker k is probe (k + 1) / 2, errno layer first; its
			# length is "P:x:" and the name (at most 91 bytes)
			k = ++marks; m = name[int((k + 1) / 2)]
			if (n + 0 != 4 + (length(m) > 91 ? 91 : length(m))) {
				print "not ok - marker " k " (" n " bytes) is not that of " m ": the trace lost the order of the probes" > "/dev/stderr"
				exit 2
			}
			print pid, "mark", (k % 2 ? "e" : "r"), m
			return
		}
		print pid, "call", sc
		if (rest ~ / = -1 errno=38 /) print pid, "enosys", sc
	}
	function stray(p) { print "0 garbled" }
	{
		# split a line where another piece starts: "PID name(", "PID
		# Unknown syscall", "PID  = " (no name), "--- SIG", qemu'"'"'s own
		# messages
		line = $0
		while (match(substr(line, 2), /[^0-9][0-9]+ ( = |[a-z_][a-z0-9_]*\(|Unknown syscall )|--- SIG|\*\*\* |qemu(-[a-z0-9_]+)?: /)) {
			s = RSTART + (substr(line, RSTART + 1) ~ /^(--- SIG|\*\*\* |qemu)/ ? 1 : 2)
			piece(substr(line, 1, s - 1))
			line = substr(line, s)
		}
		piece(line)
	}' tools/syscall-numbers.tsv "$1" "$2"
}

# The check: each marked call against its row of the doc.
check() {
	awk -v arch="$ARCH" -v tracer="$1" -v retry="$tmp/retry" -v silent=" $qemu_silent " '
	# the doc: a table header | function | x86_64 | ... | notes | gives this
	# arch its column (none: the rows of that table are not this arch'"'"'s);
	# rows | `sysc_name` | `a`, `b` | ... | notes |
	FILENAME ~ /syscalls-by-function/ {
		if ($0 ~ /^\| function \|/) {
			c = 0; nh = split($0, h, "|")
			for (i = 2; i < nh; i++) { x = h[i]; gsub(/ /, "", x); if (x == arch) c = i }
			next
		}
		if ($0 !~ /^\| `sysc_[a-z0-9_]+` \|/ || c == 0) next
		nf = split($0, f, "|")
		name = f[2]; gsub(/[ `]/, "", name); sub(/^sysc_/, "", name)
		list = f[c]; gsub(/[ `]/, "", list)
		allowed[name] = "," list ","
		vdso[name] = (f[nf - 1] ~ /vDSO first/)
		next
	}
	$2 == "garbled" { for (p in cur) garbled[cur[p]] = 1; next }
	$2 == "crashed" { for (p in cur) crashed[cur[p]] = 1; next }
	# the children run one after the other: a marker closes what a child
	# killed by a signal left open
	$2 == "mark" { for (p in cur) delete cur[p]; m = $3 ":" $4; cur[$1] = m; calls[m] = ""; nosys[m] = ""; order[++n] = m; next }
	$2 == "end" { delete cur[$1]; next }
	!($1 in cur) { next }
	$2 == "enosys" { nosys[cur[$1]] = nosys[cur[$1]] " " $3; next }
	$2 == "call" {
		calls[cur[$1]] = calls[cur[$1]] " " $3
		if ($3 == "exit_group" || $3 == "exit") delete cur[$1]
	}
	END {
		bad = 0; skipped = 0
		for (k = 1; k <= n; k++) {
			m = order[k]; layer = substr(m, 1, 1); name = substr(m, 3)
			fn = (layer == "e" ? "sysc_" : "sysc_raw_") name
			if (m in garbled) { print m >> retry; ngarbled++; continue }
			if (!(name in allowed)) { printf "not ok - %s: not in doc/syscalls-by-function.md for %s\n", fn, arch; bad++; continue }
			if (m in crashed) {
				printf "skip - %s: not checkable under %s: the tracer itself crashed while printing its call (tests/fs_seccomp.c traces arm'"'"'s bind and connect in the guest)\n", fn, tracer
				skipped++; continue
			}
			nc = split(calls[m], w, " ")
			why = ""; fallback = ""; noname = 0; seen = ""
			if (nc == 0 && tracer != "strace") {
				# only syscalls qemu answers without printing them?
				nl = split(allowed[name], l, ","); hidden = ""
				for (j = 1; j <= nl; j++) {
					if (l[j] == "") continue
					if (index(silent, " " arch ":" l[j] " ")) hidden = hidden " " l[j]
					else { hidden = ""; break }
				}
				if (hidden != "") {
					printf "skip - %s: not checkable under %s: it answers%s itself and prints nothing (tests/fs_seccomp.c traces it in the guest)\n", fn, tracer, hidden
					skipped++; continue
				}
			}
			if (nc == 0 && !(layer == "e" && vdso[name])) why = "issued no syscall"
			for (j = 1; j <= nc; j++) {
				if (w[j] == "?") { noname = 1; continue }
				if (index(allowed[name], "," w[j] ",") == 0) {
					# after an ENOSYS the library may try another call
					if (tracer != "strace" && seen != "") fallback = fallback " " w[j]
					else why = why " issued " w[j]
				}
				if (index(" " nosys[m] " ", " " w[j] " ")) seen = seen " " w[j]
			}
			if (why != "") {
				printf "not ok - %s:%s (doc lists: %s)\n", fn, why, allowed[name]; bad++
			} else if (fallback != "") {
				printf "skip - %s: not checkable under %s:%s returned ENOSYS (qemu-user lacks it; the kernel would not), then the library fell back to%s\n", fn, tracer, seen, fallback
				skipped++
			} else if (noname) {
				printf "skip - %s: not checkable under %s: it printed a syscall without its name (qemu prints none for a NULL path, as this probe passes)\n", fn, tracer
				skipped++
			} else
				checked++
		}
		if (n == 0) { print "not ok - no marker found in the trace: nothing was checked"; exit 1 }
		if (bad == 0 && checked + skipped == 0) exit 0	# all garbled: the retries decide
		verdict = (bad == 0 && checked + skipped > 0) ? "ok" : "not ok"
		more = skipped ? sprintf(", %d not checkable there", skipped) : ""
		printf "%s - %d calls (%s, traced by %s) issued what the doc lists, %d did not%s\n",
			verdict, checked, arch, tracer, bad, more
		exit bad != 0
	}' doc/syscalls-by-function.md "$2"
}

if [ -z "$qemu" ]; then
	command -v strace >/dev/null 2>&1 || { echo "not ok - strace not installed (tests/deps.sh installs it)"; exit 1; }
	if ! $nosession strace -f -qq -e signal=none -s 80 -o "$tmp/trace" "$probe" </dev/null >"$tmp/out" 2>&1; then
		# strace itself may be refused (no ptrace in a container)
		strace -qq -o /dev/null true 2>/dev/null || { echo "strace cannot trace here (ptrace refused)"; exit 77; }
		echo "not ok - probe failed:"; cat "$tmp/out"; exit 1
	fi
	from_strace "$tmp/trace" > "$tmp/calls"
	check strace "$tmp/calls"
	exit $?
fi

# qemu-user: the whole probe, then each garbled call alone (twice at most)
$qemu "$probe" --list > "$tmp/names" || { echo "not ok - $qemu $probe --list failed"; exit 1; }
# A loaded host can still interleave the processes' lines past telling
# apart: the whole trace is taken again, three times at most.
for whole in 1 2 3; do
	$nosession $qemu -strace "$probe" </dev/null >"$tmp/out" 2>"$tmp/trace" ||
		{ echo "not ok - probe failed under $qemu:"; cat "$tmp/out"; tail -5 "$tmp/trace"; exit 1; }
	from_qemu "$tmp/names" "$tmp/trace" > "$tmp/calls" 2>"$tmp/order" && break
	[ $whole = 3 ] && { cat "$tmp/order"; exit 1; }
	echo "(the whole trace again: $(head -1 "$tmp/order"))"
done
check "$qemu -strace" "$tmp/calls"
rc=$?
for attempt in 1 2; do
	[ -s "$tmp/retry" ] || break
	names=$(sed 's/^.://' "$tmp/retry" | sort -u)
	mv "$tmp/retry" "$tmp/retried"
	for nm in $names; do
		echo "(traced again alone, pieces of two processes shared its lines: $nm)"
		printf '%s\n' "$nm" > "$tmp/names1"
		$nosession $qemu -strace "$probe" "$nm" </dev/null >"$tmp/out" 2>"$tmp/trace1"
		from_qemu "$tmp/names1" "$tmp/trace1" > "$tmp/calls1" || exit 1
		check "$qemu -strace" "$tmp/calls1" || rc=1
	done
done
if [ -s "$tmp/retry" ]; then
	echo "not ok - still garbled after two more traces: $(sort -u "$tmp/retry" | tr '\n' ' ')"
	rc=1
fi
exit $rc
