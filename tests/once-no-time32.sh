#!/bin/sh
# No sysc function issues a 32-bit-time syscall on i386 or arm: their
# columns of doc/syscalls-by-function.md (both tables) name none of the syscalls
# listed in tests/time32.h (SYSC_TESTS_TIME32). (tests/fs_no_time32.c checks the same at run
# time, under a seccomp filter, where i386 runs with seccomp.)
set -u
# SYSC_TESTS_TIME32's names (not _ARG0's: a time only in a non-NULL arg)
names=$(sed -n '/define SYSC_TESTS_TIME32(X)/,/^$/p' tests/time32.h |
	grep -o 'X([a-z0-9_]*)' | sed 's/^X(\(.*\))$/\1/' | sort -u)
[ "$(printf '%s\n' "$names" | wc -l)" -gt 30 ] || { echo "not ok - tests/time32.h: list not found"; exit 1; }
# "| `fn` | x86_64 | i386 | aarch64 | riscv64 | arm | notes |" (the second
# table: "| `fn` | x86_64 | i386 | notes |"): the i386 and arm cells'
# `names`, one a line
bad=$(awk -F'|' 'NF >= 5 && $2 ~ /`/ { print $2 "|" $4 (NF >= 9 ? " " $7 : "") }' doc/syscalls-by-function.md |
	while IFS='|' read -r fn cells; do
		for n in $(printf '%s\n' "$cells" | grep -o '`[a-z0-9_]*`' | tr -d '`'); do
			printf '%s\n' "$names" | grep -qxF "$n" && echo "$fn: $n"
		done
	done)
if [ -n "$bad" ]; then
	echo "not ok - i386 or arm functions issuing 32-bit-time syscalls:"
	printf '%s\n' "$bad" | sed 's/^/    /'
	exit 1
fi
echo "ok - no i386 or arm function in doc/syscalls-by-function.md issues one of the $(printf '%s\n' "$names" | wc -l) time32 syscalls"
