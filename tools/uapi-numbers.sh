#!/bin/sh
# Prints "name<TAB>number" for every __NR_ macro of an arch's uapi
# <asm/unistd.h>, as clang --target=TRIPLE sees it (Debian's
# linux-libc-dev-<arch>-cross puts the headers in /usr/TRIPLE/include).
# Only that directory is searched (-nostdinc: /usr/include/asm is the
# host's). Two passes, no cross gcc needed: -dM lists the names, -E expands each one
# to an expression (e.g. (__NR_SYSCALL_BASE + 4) on arm), which awk adds
# up when it is a plain sum. Aliases that are not syscalls are dropped.
# Usage: sh tools/uapi-numbers.sh TRIPLE
# Used once to fill tools/syscall-numbers.tsv and by tests/once-numbers.sh.
set -eu
t=$1
cc="${UAPI_CC:-clang} -nostdinc -isystem /usr/$t/include"
names=$(echo '#include <asm/unistd.h>' | $cc --target="$t" -dM -E -x c - |
	awk '$1 == "#define" && $2 ~ /^__NR_/ && $2 !~ /^__NR_(syscalls|Linux|SYSCALL_BASE|arch_specific_syscall)$/ { print $2 }' | sort -u)
{ echo '#include <asm/unistd.h>'; for n in $names; do echo "SYSC_NR ${n#__NR_} $n"; done; } |
	$cc --target="$t" -E -P -x c - |
	awk '$1 == "SYSC_NR" {
		e = ""; for (i = 3; i <= NF; i++) e = e $i
		gsub(/[()]/, "", e); n = split(e, p, "+"); v = 0
		for (i = 1; i <= n; i++) { if (p[i] !~ /^[0-9]+$/) next; v += p[i] }
		printf "%s\t%d\n", $2, v
	}' | sort
