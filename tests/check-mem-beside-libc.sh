#!/bin/sh
# Beside a libc, the program and the libc use the libc's memcpy, memmove,
# memset and memcmp; without one, sysc's (libsysc_mem.a). Read from the
# linked binaries with the arch's nm, for every arch (its compiler, flags
# and tools from tests/arch_env.sh; no kernel of the arch needed):
# - static glibc + libsysc.a: memcpy is glibc's (strong: nm type T, or i
#   for an IFUNC; no sysc__mem_* in the binary): sysc's weak copies (W)
#   used to win there, inside glibc too;
# - dynamic glibc + libsysc.a: memcpy is imported from libc.so;
# - -nostdlib + libsysc.a + libsysc_mem.a: memcpy is sysc__mem_memcpy.
# A program that calls memcpy through a volatile pointer keeps the
# reference whatever the compiler inlines. The glibc cases are skips that
# name the libc where this machine has none for the arch (aarch64, riscv64,
# arm here). The binaries also run where the arch's programs run (natively,
# in the test guest, under $TARGET_RUN).
set -u
. tests/arch_env.sh
cc="$ARCH_CC $ARCH_CFLAGS $ARCH_LDFLAGS"
# beside glibc: the arch's own (its sysroot's, linker included)
hcc="$ARCH_CC $ARCH_CFLAGS $ARCH_HOSTED"
make --no-print-directory -s B="$B" CC="$CC" "$B/$ARCH/libsysc.a" "$B/$ARCH/libsysc_mem.a" >/dev/null || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

cat > "$tmp/hosted.c" <<'C'
#include <string.h>
#include <stdio.h>
#include <sysc.h>
void *(*volatile cp)(void *, const void *, size_t) = memcpy;
int main(void)
{
	char a[8] = "sysc", b[8];
	cp(b, a, 5);
	printf("%s %d\n", b, sysc_getpid() > 0);
	return 0;
}
C
cat > "$tmp/free.c" <<'C'
#include <sysc.h>
#include <sysc/mem.h>
void *(*volatile cp)(void *, const void *, size_t) = memcpy;
int main(void)
{
	char a[8] = "sysc", b[8];
	cp(b, a, 5);
	return sysc_write(1, b, 4) == 4 ? 0 : 1;
}
C

# nm type of memcpy in $1 ("" if absent), and whether sysc__mem_ is there
memtype() { $ARCH_NM "$1" 2>/dev/null | awk '$NF == "memcpy" || $NF ~ /^memcpy@/ { print $(NF - 1); exit }'; }
has_sysc_mem() { $ARCH_NM "$1" 2>/dev/null | grep -q 'sysc__mem_'; }

runs() { # $1 binary, $2 expected output; where the arch's programs run
	[ -n "$ARCH_RUN_WHY" ] && return 0
	[ "$(arch_run "$1")" = "$2" ]
}
[ -n "$ARCH_RUN_WHY" ] && echo "skip - $ARCH: the programs below are not run: $ARCH_RUN_WHY"

# A libc for the arch: a hosted program links (dynamically).
printf 'int main(void) { return 0; }\n' > "$tmp/libc.c"
if ! $hcc -o "$tmp/libc" "$tmp/libc.c" >"$tmp/log" 2>&1; then
	echo "skip - $ARCH beside glibc (static and dynamic): no $ARCH libc here: $ARCH_CC $ARCH_CFLAGS links no hosted program ($(grep -m1 -i error "$tmp/log" || head -1 "$tmp/log"))"
elif ! $hcc -static -o "$tmp/libc-static" "$tmp/libc.c" >"$tmp/log" 2>&1 || ! arch_run "$tmp/libc-static" >/dev/null 2>&1; then
	echo "skip - $ARCH static glibc: a static glibc program without sysc does not link or run here ($(grep -m1 -i error "$tmp/log" || echo "it crashes"))"
elif $hcc -O2 -static -Iinclude -o "$tmp/static" "$tmp/hosted.c" "$B/$ARCH/libsysc.a" 2>"$tmp/log"; then
	t=$(memtype "$tmp/static")
	# glibc's is strong (T, or i for an IFUNC); sysc's were weak (W)
	if ! has_sysc_mem "$tmp/static" && { [ "$t" = T ] || [ "$t" = i ]; } &&
	   runs "$tmp/static" "sysc 1"; then
		echo "ok - $ARCH static glibc + libsysc.a: memcpy is glibc's (nm type $t)"
	else
		echo "not ok - $ARCH static glibc + libsysc.a: memcpy type '$t', sysc__mem_ in the binary: $(has_sysc_mem "$tmp/static" && echo yes || echo no)"
		fail=1
	fi
else
	echo "skip - $ARCH static glibc: no static $ARCH libc to link ($(head -1 "$tmp/log"))"
fi

if [ -f "$tmp/libc" ]; then
	$hcc -O2 -Iinclude -o "$tmp/dynamic" "$tmp/hosted.c" "$B/$ARCH/libsysc.a" || exit 1
	t=$(memtype "$tmp/dynamic")
	if [ "$t" = U ] && ! has_sysc_mem "$tmp/dynamic" && runs "$tmp/dynamic" "sysc 1"; then
		echo "ok - $ARCH dynamic glibc + libsysc.a: memcpy imported from libc.so"
	else
		echo "not ok - $ARCH dynamic glibc + libsysc.a: memcpy type '$t'"
		fail=1
	fi
fi

$cc -O2 -ffreestanding -fno-stack-protector -Iinclude -static -nostdlib -o "$tmp/free" \
	"$tmp/free.c" "$B/$ARCH/libsysc.a" "$B/$ARCH/libsysc_mem.a" $ARCH_LIBGCC || exit 1
a=$($ARCH_NM "$tmp/free" | awk '$3 == "memcpy" { print $1 }')
s=$($ARCH_NM "$tmp/free" | awk '$3 == "sysc__mem_memcpy" { print $1 }')
if [ -n "$a" ] && [ "$a" = "$s" ] && runs "$tmp/free" sysc; then
	echo "ok - $ARCH -nostdlib + libsysc_mem.a: memcpy is sysc's"
else
	echo "not ok - $ARCH -nostdlib: memcpy at '$a', sysc__mem_memcpy at '$s'"
	fail=1
fi
exit $fail
