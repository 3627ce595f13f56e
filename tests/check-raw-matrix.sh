#!/bin/sh
# Runs the raw-layer matrix binaries of this arch (mk/matrix.mk): one line
# per compiler configuration; exit status bits name the failed checks.
set -u
n=0
for t in "$B/$ARCH"/matrix/raw-*; do
	[ -x "$t" ] || continue
	n=$((n + 1))
	"$t"
	rc=$?
	if [ $rc = 0 ]; then
		echo "ok - raw 6-arg syscalls: $(basename "$t")"
	else
		echo "not ok - raw 6-arg syscalls: $(basename "$t"): exit status $rc"
	fi
done
[ $n -gt 0 ] || { echo "not ok - raw matrix: no binaries in $B/$ARCH/matrix"; exit 1; }
