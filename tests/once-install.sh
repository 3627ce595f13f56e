#!/bin/sh
# `make install` into a temporary prefix, then a program built only from the
# installed tree (headers found through -I<prefix>/include alone, the arch
# part under include/sysc/arch/), for every arch built (SYSC_ARCHES, with
# each arch's compiler: `make arch-env`); and sysc.pc answers.
set -eu
. tests/target/target.sh	# target_run_quick: i386 may need a guest, the others qemu-user
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
make -s --no-print-directory install B="$B" CC="$CC" PREFIX="$tmp/p" >/dev/null
cat > "$tmp/hi.c" <<'C'
#include <sysc.h>
int main(void) { return sysc_write(1, "installed\n", 10) == 10 ? 0 : 1; }
C
for arch in ${SYSC_ARCHES:-x86_64 i386}; do
	eval "$(make -s --no-print-directory arch-env ARCH="$arch" B="$B" CC="$CC")"
	$ARCH_CC $ARCH_CFLAGS $ARCH_LDFLAGS -ffreestanding -fno-stack-protector -I"$tmp/p/include" \
		-static -nostdlib -o "$tmp/hi-$arch" "$tmp/hi.c" "$tmp/p/lib/$arch/libsysc.a" \
		"$tmp/p/lib/$arch/libsysc_mem.a" $ARCH_LIBGCC
	[ "$(target_run_quick "$arch" "$tmp/hi-$arch")" = installed ] || { echo "not ok - installed $arch program"; exit 1; }
	echo "ok - program built from the installed $arch headers and archive"
done
if command -v pkg-config >/dev/null 2>&1; then
	libs=$(PKG_CONFIG_PATH="$tmp/p/lib/pkgconfig" pkg-config --define-variable=arch=i386 --libs sysc)
	case $libs in *"$tmp/p/lib/i386/libsysc.a"*) echo "ok - sysc.pc gives the i386 archive" ;;
	*) echo "not ok - sysc.pc --libs: $libs"; exit 1 ;; esac
fi
