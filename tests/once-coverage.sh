#!/bin/sh
# Every class-a syscall of tools/coverage.tsv is issued by a typed function
# on its arch: it appears in that arch's column of the first table of
# doc/syscalls-by-function.md (which tests/check-strace.sh holds to what
# strace sees). Prints the count per arch and any syscall left out.
# x86_64 and i386 have their own lines in the coverage table; another arch
# wants every syscall it has (its column of tools/syscall-numbers.tsv) that
# is class a on x86_64 or i386 by name, plus the ones only it has.
set -u
fail=0
for arch in x86_64 i386 aarch64 riscv64; do
	col=$(case $arch in x86_64) echo 3;; i386) echo 4;; aarch64) echo 5;; riscv64) echo 6;; esac)
	ncol=$(case $arch in x86_64) echo 2;; i386) echo 3;; aarch64) echo 4;; riscv64) echo 5;; esac)
	missing=$(awk -F'|' -v c=$col -v nc=$ncol -v arch=$arch '
		FILENAME ~ /coverage/ {
			split($0, f, "\t")
			if ($0 !~ /^#/ && f[1] == arch && f[4] ~ /^a/) want[f[3]] = 1
			if ($0 !~ /^#/ && f[4] ~ /^a/) anya[f[3]] = 1
			if ($0 !~ /^#/) classified[f[3]] = 1
			next
		}
		FILENAME ~ /syscall-numbers/ {
			split($0, f, "\t")
			if ($0 ~ /^#/ || arch == "x86_64" || arch == "i386" || f[nc] == "-") next
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
