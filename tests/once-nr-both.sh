#!/bin/sh
# include/sysc/nr_<arch>.h (every arch of the table) must be what tools/gen-nr-both.sh
# makes of the current tools/syscall-numbers.tsv, and agree with the
# per-arch arch/<arch>/syscall_nr.h (same names, same numbers).
set -u
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sh tools/gen-nr-both.sh "$tmp" || { echo "not ok - generator failed"; exit 1; }
status=0
for a in $(sed -n '1s/^# sysc syscall numbers: name<TAB>//p' tools/syscall-numbers.tsv | sed 's/<TAB>/ /g'); do
	A=$(echo $a | tr a-z A-Z)
	if ! diff -u include/sysc/nr_$a.h "$tmp/nr_$a.h"; then
		echo "not ok - include/sysc/nr_$a.h is out of date: run sh tools/gen-nr-both.sh"
		status=1
		continue
	fi
	grep '^#define SYSC_NR_[a-z_0-9]* [0-9]' arch/$a/syscall_nr.h | sed 's/SYSC_NR_//' | sort > "$tmp/arch"
	grep '^#define SYSC_NR_' include/sysc/nr_$a.h | sed "s/SYSC_NR_${A}_//" | sort > "$tmp/both"
	if ! diff -u "$tmp/arch" "$tmp/both"; then
		echo "not ok - include/sysc/nr_$a.h and arch/$a/syscall_nr.h disagree"
		status=1
		continue
	fi
	echo "ok - include/sysc/nr_$a.h up to date ($(wc -l < "$tmp/both") numbers)"
done
exit $status
