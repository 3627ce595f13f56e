#!/bin/sh
# doc/syscalls-by-function.md must be what tools/gen-seccomp-table.sh
# makes of the current tools/wrappers/*.tsv.
set -u
cd "$(dirname "$0")/.."
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
sh tools/gen-seccomp-table.sh "$tmp" || { echo "generator failed"; exit 1; }
if ! diff -u doc/syscalls-by-function.md "$tmp"; then
	echo "doc/syscalls-by-function.md is out of date: run sh tools/gen-seccomp-table.sh"
	exit 1
fi
echo "syscall table up to date"
