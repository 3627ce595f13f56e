#!/bin/sh
# The errno layer is inline by default and out of line with SYSC_NO_INLINE:
# at -O2 a caller of sysc_getpid/sysc_write/sysc_syscall references no
# such symbol; with SYSC_NO_INLINE it does, and libsysc.a resolves it (the
# program links and its calls work, errno included). For every arch (its
# compiler and flags from tests/arch_env.sh), twice:
#  - beside the arch's libc (hosted code, linked by the compiler driver as
#    users beside glibc link), where this machine has that libc; a skip that
#    names the libc where it has not (aarch64, riscv64, arm here);
#  - freestanding on sysc's _start, linked as the examples are.
# The programs run where the arch's do (natively, in the test guest, under
# $TARGET_RUN); elsewhere the runs are skips with the reason.
set -u
. tests/arch_env.sh
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
cc="$ARCH_CC $ARCH_CFLAGS"
fail=0
names='sysc_getpid|sysc_write|sysc_syscall6'

# $1 = label, $2 = extra compile flags; leaves $tmp/inline.o, $tmp/outline.o
compile() {
	$cc -O2 -Wall -Wextra -Werror -Iinclude $2 -c -o "$tmp/inline.o" "$tmp/t.c" || return 1
	undef=$($ARCH_NM -u "$tmp/inline.o" | grep -E " ($names)\$")
	if [ -n "$undef" ]; then
		echo "not ok - $ARCH $1 inline: still references $undef"; fail=1
	else
		echo "ok - $ARCH $1 inline: no call to sysc_getpid/sysc_write/sysc_syscall6"
	fi
	$cc -O2 -Wall -Wextra -Werror -Iinclude $2 -DSYSC_NO_INLINE -c -o "$tmp/outline.o" "$tmp/t.c" || return 1
	n=$($ARCH_NM -u "$tmp/outline.o" | grep -cE " ($names)\$")
	if [ "$n" != 3 ]; then
		echo "not ok - $ARCH $1 SYSC_NO_INLINE: $n of 3 references"; fail=1
	else
		echo "ok - $ARCH $1 SYSC_NO_INLINE: references sysc_getpid, sysc_write, sysc_syscall6"
	fi
}

# $1 = label, $2 = program
run() {
	if [ -n "$ARCH_RUN_WHY" ]; then
		echo "skip - $ARCH $1: not run: $ARCH_RUN_WHY"
		return
	fi
	out=$(arch_run "$2"); rc=$?
	if [ $rc = 0 ] && [ "$out" = ok ]; then
		echo "ok - $ARCH $1: runs${TARGET_RUN:+ (under $TARGET_RUN)}"
	else
		echo "not ok - $ARCH $1: exit $rc, output '$out'"; fail=1
	fi
}

# Beside the arch's libc: only where a hosted program of the arch links.
printf 'int main(void) { return 0; }\n' > "$tmp/libc.c"
if $cc $ARCH_HOSTED -o "$tmp/libc" "$tmp/libc.c" >"$tmp/log" 2>&1; then
	compile "hosted" "$ARCH_HOSTED_CFLAGS" || exit 1
	for v in inline outline; do
		$cc $ARCH_HOSTED -o "$tmp/$v" "$tmp/$v.o" "$B/$ARCH/libsysc.a" ||
			{ echo "not ok - $ARCH $v beside the libc: link"; fail=1; continue; }
		run "$v beside the libc" "$tmp/$v"
	done
else
	echo "skip - $ARCH beside a libc: $ARCH_CC $ARCH_CFLAGS links no hosted program, no $ARCH libc (glibc) here: $(grep -m1 -i error "$tmp/log" || head -1 "$tmp/log")"
fi

# Freestanding, on sysc's _start: every arch. The programs are built from
# the source by the examples' command (which compiles too).
compile "freestanding" "-ffreestanding -fno-stack-protector" || exit 1
for v in inline outline; do
	def=; [ $v = outline ] && def=-DSYSC_NO_INLINE
	$ARCH_FS_LINK $def -o "$tmp/fs-$v" "$tmp/t.c" $ARCH_FS_LIBS ||
		{ echo "not ok - $ARCH $v on sysc's _start: link"; fail=1; continue; }
	run "$v on sysc's _start" "$tmp/fs-$v"
done
exit $fail
