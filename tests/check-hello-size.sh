#!/bin/sh
# examples/hello, stripped, must stay under 2 KiB on x86_64 (nolibc's
# equivalent is about 1 KiB). i386 code is larger (every syscall goes through
# the ebx/ebp-saving sequence), so its bound is 2.5 KiB: a regression guard.
set -eu
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
strip -o "$tmp" "$B/$ARCH/examples/hello"
size=$(wc -c < "$tmp")
out=$("$B/$ARCH/examples/hello")
[ "$out" = "hello from sysc" ] || { echo "not ok - hello printed '$out'"; exit 1; }
limit=$([ "$ARCH" = x86_64 ] && echo 2048 || echo 2560)
if [ "$size" -lt "$limit" ]; then
	echo "ok - $ARCH hello stripped: $size bytes (< $limit)"
else
	echo "not ok - $ARCH hello stripped: $size bytes (>= $limit)"
	exit 1
fi
