#!/bin/sh
# The vDSO parser under ASan+UBSan (clang; mk/vdso.mk builds
# $B/$ARCH/asan/vdso_corrupt from tests/vdso_corrupt.c and src/vdso_parse.c):
# truncations, single-byte and random damage of the live image.
set -u
command -v "${VDSO_SAN_CC:-clang}" >/dev/null 2>&1 || { echo "no clang for the ASan build"; exit 77; }
out=$B/$ARCH/asan/vdso_corrupt
make --no-print-directory -s B="$B" CC="$CC" "$out" >/dev/null || exit 1
# Valgrind or qemu would hide the vDSO; here it runs natively.
ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1 "$out" 100000 || exit 1
