#!/bin/sh
# The installed pkg-config files are all a build needs, for every arch
# built (SYSC_ARCHES, each with its compiler from `make arch-env`):
# a freestanding program on sysc's _start from sysc-freestanding.pc (with a
# 64-bit division, which on i386 needs libgcc), and an ordinary glibc
# program from sysc.pc, compiled as distributions compile (PIE, stack
# protector), calling sysc beside printf.
set -u
. tests/target/target.sh	# target_run_quick: i386 may need a guest, the others qemu-user
command -v pkg-config >/dev/null 2>&1 || { echo "pkg-config not installed"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
make -s --no-print-directory install B="$B" CC="$CC" PREFIX="$tmp/p" >/dev/null || exit 1
cat > "$tmp/fs.c" <<'C'
#include <sysc.h>
int main(int argc, char **argv)
{
	volatile unsigned long long big = 0x123456789abcdefULL, by = (unsigned)argc + 6;
	(void)argv;
	if (big / by != 0x123456789abcdefULL / 7)
		return 2;
	return sysc_write(1, "freestanding\n", 13) == 13 ? 0 : 1;
}
C
cat > "$tmp/hosted.c" <<'C'
#include <stdio.h>
#include <sysc.h>
int main(void)
{
	if (sysc_close(-1) != -1 || sysc_errno != SYSC_EBADF)
		return 1;
	printf("hosted %d\n", sysc_getpid() > 0);
	return 0;
}
C
export PKG_CONFIG_PATH="$tmp/p/lib/pkgconfig"
fail=0
# $1 = arch, $2 = package, $3 = source, $4 = expected output, then extra flags
build_run() {
	arch=$1 pc=$2 src=$3 want=$4
	shift 4
	# what the arch's compiler needs beside the .pc: its arch flags,
	# linker, and for a foreign arch's glibc its sysroot
	eval "$(make -s --no-print-directory arch-env ARCH="$arch" B="$B" CC="$CC")"
	if [ "$pc" = sysc ]; then
		cc="$ARCH_CC $ARCH_CFLAGS $ARCH_HOSTED"
		[ -n "$ARCH_HOSTED" ] || [ "$arch" = x86_64 ] || [ "$arch" = i386 ] ||
			{ echo "skip - $arch sysc.pc: no $arch glibc here (make sysroots)"; return; }
	else cc="$ARCH_CC $ARCH_CFLAGS $ARCH_LDFLAGS"; fi
	flags=$(pkg-config --define-variable=arch="$arch" --cflags "$pc") &&
		libs=$(pkg-config --define-variable=arch="$arch" --define-variable=libgcc="$ARCH_LIBGCC" --libs "$pc") ||
		{ echo "not ok - $arch $pc.pc: pkg-config cannot read it"; fail=1; return; }
	out=$tmp/$pc-$arch
	# shellcheck disable=SC2086 # the flags are words
	if $cc "$@" $flags -o "$out" "$tmp/$src" $libs 2>"$tmp/log" &&
	   [ "$(target_run_quick "$arch" "$out")" = "$want" ]; then
		echo "ok - $arch $pc.pc: $ARCH_CC $ARCH_CFLAGS $* $flags ... $libs"
	else
		cat "$tmp/log"
		echo "not ok - $arch $pc.pc: $cc $* $flags ... $libs"
		fail=1
	fi
}
for arch in ${SYSC_ARCHES:-x86_64 i386}; do
	build_run $arch sysc-freestanding fs.c freestanding -O2
	build_run $arch sysc hosted.c "hosted 1" -O2 -fPIE -pie -fstack-protector-strong
done
exit $fail
