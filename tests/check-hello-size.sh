#!/bin/sh
# examples/hello, stripped, must stay under 2 KiB on x86_64 (nolibc's
# equivalent is about 1 KiB); i386's size is reported against the same bound.
set -eu
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
strip -o "$tmp" "$B/$ARCH/examples/hello"
size=$(wc -c < "$tmp")
out=$("$B/$ARCH/examples/hello")
[ "$out" = "hello from sysc" ] || { echo "not ok - hello printed '$out'"; exit 1; }
if [ "$size" -lt 2048 ]; then
	echo "ok - $ARCH hello stripped: $size bytes (< 2048)"
else
	echo "not ok - $ARCH hello stripped: $size bytes (>= 2048)"
	exit 1
fi
