#!/bin/sh
# Beside a libc, the program and the libc use the libc's memcpy, memmove,
# memset and memcmp; without one, sysc's (libsysc_mem.a). Read from the
# linked binaries with nm, for this arch (i386 needs no i386 kernel):
# - static glibc + libsysc.a: memcpy is glibc's (strong: nm type T, or i
#   for an IFUNC; no sysc__mem_* in the binary): sysc's weak copies (W)
#   used to win there, inside glibc too;
# - dynamic glibc + libsysc.a: memcpy is imported from libc.so;
# - -nostdlib + libsysc.a + libsysc_mem.a: memcpy is sysc__mem_memcpy.
# A program that calls memcpy through a volatile pointer keeps the
# reference whatever the compiler inlines. x86_64 binaries also run.
set -u
case $ARCH in x86_64) m=-m64 ;; i386) m=-m32 ;; *) echo "unknown arch $ARCH"; exit 1 ;; esac
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
memtype() { nm "$1" 2>/dev/null | awk '$NF == "memcpy" || $NF ~ /^memcpy@/ { print $(NF - 1); exit }'; }
has_sysc_mem() { nm "$1" 2>/dev/null | grep -q 'sysc__mem_'; }

runs() { # $1 binary, $2 expected output; run on x86_64 only
	[ "$ARCH" = x86_64 ] || return 0
	[ "$("$1")" = "$2" ]
}

if $CC $m -O2 -static -Iinclude -o "$tmp/static" "$tmp/hosted.c" "$B/$ARCH/libsysc.a" 2>"$tmp/log"; then
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

$CC $m -O2 -Iinclude -o "$tmp/dynamic" "$tmp/hosted.c" "$B/$ARCH/libsysc.a" || exit 1
t=$(memtype "$tmp/dynamic")
if [ "$t" = U ] && ! has_sysc_mem "$tmp/dynamic" && runs "$tmp/dynamic" "sysc 1"; then
	echo "ok - $ARCH dynamic glibc + libsysc.a: memcpy imported from libc.so"
else
	echo "not ok - $ARCH dynamic glibc + libsysc.a: memcpy type '$t'"
	fail=1
fi

$CC $m -O2 -ffreestanding -fno-stack-protector -Iinclude -static -nostdlib -o "$tmp/free" \
	"$tmp/free.c" "$B/$ARCH/libsysc.a" "$B/$ARCH/libsysc_mem.a" -lgcc || exit 1
a=$(nm "$tmp/free" | awk '$3 == "memcpy" { print $1 }')
s=$(nm "$tmp/free" | awk '$3 == "sysc__mem_memcpy" { print $1 }')
if [ -n "$a" ] && [ "$a" = "$s" ] && runs "$tmp/free" sysc; then
	echo "ok - $ARCH -nostdlib + libsysc_mem.a: memcpy is sysc's"
else
	echo "not ok - $ARCH -nostdlib: memcpy at '$a', sysc__mem_memcpy at '$s'"
	fail=1
fi
exit $fail
