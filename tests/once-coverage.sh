#!/bin/sh
# Every class-a syscall of tools/coverage.tsv is issued by a typed function
# on its arch: it appears in that arch's column of the first table of
# doc/syscalls-by-function.md (which tests/check-strace.sh holds to what
# strace sees). Prints the count per arch and any syscall left out.
# x86_64 and i386 have their own lines in the coverage table; another arch
# wants every syscall it has (its column of tools/syscall-numbers.tsv) that
# is class a on x86_64 or i386 by name, plus the ones only it has. arm, of
# the 32-bit family, takes i386's class for a name i386 has (there the
# time32 and 16-bit-id calls are superseded by their *_time64 and *32
# twins), and its own lines for the calls only it has.
set -u
fail=0
for arch in x86_64 i386 aarch64 riscv64 arm; do
	col=$(case $arch in x86_64) echo 3;; i386) echo 4;; aarch64) echo 5;; riscv64) echo 6;; arm) echo 7;; esac)
	ncol=$(case $arch in x86_64) echo 2;; i386) echo 3;; aarch64) echo 4;; riscv64) echo 5;; arm) echo 6;; esac)
	missing=$(awk -F'|' -v c=$col -v nc=$ncol -v arch=$arch '
		FILENAME ~ /coverage/ {
			split($0, f, "\t")
			if ($0 ~ /^#/) next
			if (f[1] == arch && f[4] ~ /^a/) want[f[3]] = 1
			if (f[1] == arch) own[f[3]] = 1
			if (f[4] ~ /^a/) anya[f[3]] = 1
			if (f[1] == "i386") i386c[f[3]] = f[4]
			classified[f[3]] = 1
			next
		}
		FILENAME ~ /syscall-numbers/ {
			split($0, f, "\t")
			if ($0 ~ /^#/ || arch == "x86_64" || arch == "i386" || f[nc] == "-") next
			if (f[1] in own) next
			if (arch == "arm" && f[1] in i386c) { if (i386c[f[1]] ~ /^a/) want[f[1]] = 1; next }
			if (f[1] in anya || !(f[1] in classified)) want[f[1]] = 1
			next
		}
		/^## / { intable = ($0 ~ /^## Wrappers from the table/) ; next }
		intable && /^\| `sysc_/ {
			n = split($c, w, "`")
			for (i = 2; i <= n; i += 2) have[w[i]] = 1
		}
		END {
			for (s in want) { total++; if (!(s in have)) print s }
			printf "%d\n", total > "/dev/stderr"
		}' FS='|' tools/coverage.tsv tools/syscall-numbers.tsv FS='|' doc/syscalls-by-function.md 2>"/tmp/cov.$$" | sort | tr '\n' ' ')
	total=$(cat "/tmp/cov.$$"); rm -f "/tmp/cov.$$"
	if [ -z "$missing" ]; then
		echo "ok - $arch: all $total class-a syscalls have a typed function"
	else
		echo "not ok - $arch: $(echo $missing | wc -w) of $total class-a syscalls have no typed function: $missing"
		fail=1
	fi
done
exit $fail
