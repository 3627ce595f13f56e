#!/bin/sh
# The errno layer is inline by default and out of line with SYSC_NO_INLINE:
# at -O2 a caller of sysc_getpid/sysc_write/sysc_syscall references no
# such symbol; with SYSC_NO_INLINE it does, and libsysc.a resolves it (the
# program links and its calls work, errno included).
set -u
B=${B:-build}
ARCH=${ARCH:-x86_64}
CC=${CC:-gcc}
m=$([ "$ARCH" = x86_64 ] && echo -m64 || echo -m32)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/t.c" <<'C'
#include <sysc.h>
int main(void)
{
	long (*w)(int, const void *, size_t) = sysc_write;	/* an address */
	if (sysc_getpid() <= 0 || sysc_syscall(SYSC_NR_getppid) <= 0)
		return 1;
	if (w(-1, "", 0) != -1 || sysc_errno != SYSC_EBADF)
		return 2;
	return sysc_write(1, "ok\n", 3) == 3 ? 0 : 3;
}
C
fail=0
$CC $m -O2 -Wall -Wextra -Werror -Iinclude -c -o "$tmp/inline.o" "$tmp/t.c" || exit 1
undef=$(nm -u "$tmp/inline.o" | grep -E ' (sysc_getpid|sysc_write|sysc_syscall6)$')
if [ -n "$undef" ]; then echo "not ok - inline: still references $undef"; fail=1; else echo "ok - inline: no call to sysc_getpid/sysc_write/sysc_syscall6"; fi
$CC $m -O2 -Wall -Wextra -Werror -Iinclude -DSYSC_NO_INLINE -c -o "$tmp/outline.o" "$tmp/t.c" || exit 1
n=$(nm -u "$tmp/outline.o" | grep -cE ' (sysc_getpid|sysc_write|sysc_syscall6)$')
if [ "$n" != 3 ]; then echo "not ok - SYSC_NO_INLINE: $n of 3 references"; fail=1; else echo "ok - SYSC_NO_INLINE: references sysc_getpid, sysc_write, sysc_syscall6"; fi
for v in inline outline; do
	$CC $m -o "$tmp/$v" "$tmp/$v.o" "$B/$ARCH/libsysc.a" || { echo "not ok - $v: link"; fail=1; continue; }
	out=$("$tmp/$v"); rc=$?
	if [ $rc = 0 ] && [ "$out" = ok ]; then echo "ok - $v: runs beside glibc"; else echo "not ok - $v: exit $rc"; fail=1; fi
done
exit $fail
