#!/bin/sh
# libsysc.a inside a shared object: the object links with -shared and no
# text relocations (the library is -fPIC with initial-exec TLS, so its
# TLS accesses go through the GOT), and a glibc program built with the
# distributions' defaults (PIE, stack protector) dlopens it, calls it and
# sees sysc_errno per thread (tests/shared_lib.c, tests/shared_main.c).
set -u
case $ARCH in x86_64) m=-m64 ;; i386) m=-m32 ;; *) echo "unknown arch $ARCH"; exit 1 ;; esac
dir=$B/$ARCH/shared
mkdir -p "$dir"
make --no-print-directory -s B="$B" CC="$CC" "$B/$ARCH/libsysc.a" >/dev/null || exit 1
warn="-Wall -Wextra -Werror"

$CC $m -std=gnu11 -O2 $warn -fPIE -pie -fstack-protector-strong -Iinclude \
	-o "$dir/shared_main" tests/shared_main.c -ldl -pthread 2>"$dir/main.log" || {
	cat "$dir/main.log"
	echo "cannot build a hosted $ARCH glibc program with $CC (32-bit glibc dev files missing?)"
	exit 77
}
$CC $m -std=gnu11 -O2 $warn -fPIC -Iinclude -c -o "$dir/shared_lib.o" tests/shared_lib.c || exit 1
if ! $CC $m -shared -o "$dir/libshared.so" "$dir/shared_lib.o" "$B/$ARCH/libsysc.a"; then
	echo "not ok - $ARCH: libsysc.a does not link into a shared object"
	exit 1
fi
echo "ok - $ARCH: libsysc.a links into a shared object"
if readelf -d "$dir/libshared.so" | grep -q TEXTREL; then
	echo "not ok - $ARCH: the shared object has text relocations (DT_TEXTREL)"
	readelf -d "$dir/libshared.so" | grep TEXTREL
	exit 1
fi
echo "ok - $ARCH: no DT_TEXTREL"
"$dir/shared_main" "$dir/libshared.so"
