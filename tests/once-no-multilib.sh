#!/bin/sh
# `make` on a machine without gcc-multilib: the 32-bit libgcc is hidden by
# mounting an empty directory over its directory in a private mount
# namespace, and `make` runs in a fresh copy of the tree (the tracked and
# new files of this working tree, no build/). It must succeed, build the
# x86_64 hello and print one line naming gcc-multilib. Then, with libgcc
# present, a freestanding i386 program doing 64-bit division links with
# -lgcc as the README says.
set -u
. tests/target/target.sh	# target_run: i386 may need a guest
command -v unshare >/dev/null 2>&1 || { echo "unshare not installed (util-linux)"; exit 77; }
unshare --mount true 2>/dev/null || { echo "unshare --mount not permitted here (needs root or user namespaces)"; exit 77; }
libgcc=$($CC -m32 -print-libgcc-file-name)
[ -f "$libgcc" ] || { echo "no 32-bit libgcc to hide ($libgcc): this machine already lacks gcc-multilib"; exit 77; }
dir=$(cd "$(dirname "$libgcc")" && pwd -P)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/empty" "$tmp/tree"
git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t "$tmp/tree" 2>/dev/null ||
	{ echo "cannot copy the tree (not a git checkout?)"; exit 77; }

unshare --mount sh -c 'mount --bind "$1" "$2" && exec make -C "$3" -j2 CC="$4"' sh \
	"$tmp/empty" "$dir" "$tmp/tree" "$CC" >"$tmp/log" 2>&1
rc=$?
hint=$(grep -c 'apt-get install gcc-multilib' "$tmp/log")
hello=$(find "$tmp/tree/build" -path '*/x86_64/examples/hello' 2>/dev/null | head -n 1)
if [ $rc != 0 ] || [ "$hint" != 1 ] || [ "$("$hello" 2>/dev/null)" != "hello from sysc" ]; then
	tail -n 20 "$tmp/log"
	echo "not ok - make without the 32-bit libgcc: exit $rc, $hint install hint line(s), x86_64 hello $([ -x "$hello" ] && echo built || echo missing)"
	exit 1
fi
echo "ok - make without the 32-bit libgcc succeeds, builds the x86_64 hello and says: $(grep 'gcc-multilib' "$tmp/log")"

# With libgcc: the README's freestanding i386 build plus -lgcc links a
# program that needs __udivdi3.
cat > "$tmp/div.c" <<'C'
#include <sysc.h>
int main(int argc, char **argv)
{
	volatile unsigned long long n = 0x123456789abcdefULL, d = (unsigned)argc + 6;
	(void)argv;
	return n / d == 0x123456789abcdefULL / 7 && n % d == 0x123456789abcdefULL % 7 ? 0 : 1;
}
C
make -s --no-print-directory B="$B" CC="$CC" "$B/i386/libsysc.a" >/dev/null || exit 1
if $CC -m32 -O2 -ffreestanding -fno-stack-protector -Iinclude -static -nostdlib \
	-o "$tmp/div" "$tmp/div.c" "$B/i386/libsysc.a" -lgcc && target_run i386 "$tmp/div"; then
	echo "ok - freestanding i386 program with 64-bit division links with -lgcc and runs"
else
	echo "not ok - freestanding i386 program with 64-bit division"
	exit 1
fi
