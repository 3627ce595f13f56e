#!/bin/sh
# Every class-a syscall of tools/coverage.tsv is issued by a typed function
# on its arch: it appears in that arch's column of the first table of
# doc/syscalls-by-function.md (which tests/check-strace.sh holds to what
# strace sees). Prints the count per arch and any syscall left out.
set -u
fail=0
for arch in x86_64 i386; do
	col=$([ $arch = x86_64 ] && echo 3 || echo 4)
	missing=$(awk -F'|' -v c=$col -v arch=$arch '
		FILENAME ~ /coverage/ {
			split($0, f, "\t")
			if ($0 !~ /^#/ && f[1] == arch && f[4] ~ /^a/) want[f[3]] = 1
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
		}' FS='|' tools/coverage.tsv FS='|' doc/syscalls-by-function.md 2>"/tmp/cov.$$" | sort | tr '\n' ' ')
	total=$(cat "/tmp/cov.$$"); rm -f "/tmp/cov.$$"
	if [ -z "$missing" ]; then
		echo "ok - $arch: all $total class-a syscalls have a typed function"
	else
		echo "not ok - $arch: $(echo $missing | wc -w) of $total class-a syscalls have no typed function: $missing"
		fail=1
	fi
done
exit $fail
