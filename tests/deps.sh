#!/bin/sh
# Checks what `make test` needs and, as root on Debian, installs what is
# missing; otherwise prints the one command that would. Needed: gcc with
# 32-bit support (gcc-multilib), cmocka for both arches (the i386 one through
# Debian multiarch), clang (CI runs the suite with it too, and builds the
# fuzz target with libFuzzer from libclang-rt-dev), valgrind (the no-vDSO
# run; libc6-dbg:i386 lets it start i386 glibc programs), and the kernel
# uapi headers the ABI tests compare against.
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '#include <stddef.h>\n#include <stdarg.h>\n#include <setjmp.h>\n#include <stdint.h>\n#include <cmocka.h>\n#include <linux/stat.h>\n#include <asm/stat.h>\nint main(void){return 0;}\n' > "$tmp/t.c"
printf 'int LLVMFuzzerTestOneInput(const unsigned char *d, unsigned long n){(void)d;(void)n;return 0;}\n' > "$tmp/f.c"

missing=""
for m in 64 32; do
	gcc -m$m -o "$tmp/t$m" "$tmp/t.c" -lcmocka >/dev/null 2>&1 || missing="$missing m$m"
done
command -v clang >/dev/null 2>&1 || missing="$missing clang"
command -v valgrind >/dev/null 2>&1 || missing="$missing valgrind"
if command -v clang >/dev/null 2>&1; then
	clang -fsanitize=fuzzer,address -o "$tmp/f" "$tmp/f.c" >/dev/null 2>&1 || missing="$missing fuzzer"
fi
# valgrind runs i386 glibc programs only with libc6-dbg:i386 (its redirections)
if command -v dpkg-query >/dev/null 2>&1; then
	dpkg-query -W -f='${Status}' libc6-dbg:i386 2>/dev/null | grep -q 'ok installed' || missing="$missing libc6-dbg:i386"
fi
[ -z "$missing" ] && exit 0

pkgs="gcc-multilib libcmocka-dev libcmocka-dev:i386 linux-libc-dev clang libclang-rt-dev valgrind libc6-dbg:i386"
cmd="dpkg --add-architecture i386 && apt-get update && apt-get install -y $pkgs"
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
	echo "deps: missing ($missing ); installing: $pkgs"
	dpkg --add-architecture i386
	# A mirror hiccup in update is not fatal if the install then succeeds.
	apt-get update -q >/dev/null 2>&1 || echo "deps: apt-get update reported errors, trying the install anyway"
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q $pkgs >/dev/null ||
		{ echo "deps: install failed; run as root: $cmd"; exit 1; }
	exit 0
fi
echo "deps: missing ($missing ). Run as root, then make test again:"
echo "  $cmd"
exit 1
