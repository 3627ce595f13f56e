#!/bin/sh
# examples/hello, stripped, must stay within 2 KiB (nolibc's equivalent is
# about 1 KiB): 1800 bytes x86_64, 2000 i386 with gcc 12, 2040 x86_64 with
# clang 14. clang's i386 code is larger (2212 bytes: its -Os keeps more of
# the PIC register set-up), so its bound is 2.5 KiB, a regression guard.
set -eu
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
strip -o "$tmp" "$B/$ARCH/examples/hello"
size=$(wc -c < "$tmp")
out=$("$B/$ARCH/examples/hello")
[ "$out" = "hello from sysc" ] || { echo "not ok - hello printed '$out'"; exit 1; }
limit=2048
case "$ARCH $(basename "${CC:-gcc}")" in "i386 clang"*) limit=2560 ;; esac
if [ "$size" -le "$limit" ]; then
	echo "ok - $ARCH hello stripped: $size bytes (<= $limit)"
else
	echo "not ok - $ARCH hello stripped: $size bytes (> $limit)"
	exit 1
fi
