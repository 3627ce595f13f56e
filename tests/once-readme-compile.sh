#!/bin/sh
# The README's program, built with the README's compile line exactly as
# written (<sysc> replaced by this tree), runs: for x86_64, for i386 as the
# README says (-m32 and build/i386/), for every other arch built with that
# arch's compiler and build/<arch>/, and each once more with
# -fstack-protector-all (Ubuntu defaults to -strong, which leaves this small
# main uninstrumented; -all makes the canary check run). CC replaces
# the line's gcc, so the clang run checks clang too.
set -u
. tests/target/target.sh	# target_run_quick: i386 may need a guest, the others qemu-user
B=${B:-build}
CC=${CC:-gcc}
top=$(pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# the first ```c block and the first ```sh block after "## A program"
awk '/^## A program/ { on = 1 } on && /^```c$/ { c = 1; next } c && /^```$/ { exit } c' README.md > "$tmp/hello.c"
line=$(awk '/^## A program/ { on = 1 } on && /^```sh$/ { s = 1; next } s { print; exit }' README.md)
[ -s "$tmp/hello.c" ] && [ -n "$line" ] || { echo "not ok - README: no program or compile line found"; exit 1; }
case $line in gcc\ *) ;; *) echo "not ok - README: the compile line does not start with gcc: $line"; exit 1 ;; esac
fail=0
for arch in ${SYSC_ARCHES:-x86_64 i386}; do
	# the other arches as the README says: that arch's compiler (here
	# `make arch-env`'s, with what selects the arch) and build/<arch>/,
	# and -lgcc only where there is one
	case $arch in x86_64 | i386) ;; *) eval "$(make -s --no-print-directory arch-env ARCH="$arch" B="$B" CC="$CC")" ;; esac
	for extra in "" -fstack-protector-all; do
		cmd=$(printf '%s\n' "$line" | sed "s|<sysc>/build/|$top/$B/|; s|<sysc>|$top|g; s|^gcc |$CC $extra |")
		case $arch in
		x86_64) ;;
		i386) cmd=$(printf '%s\n' "$cmd" | sed "s|^$CC |$CC -m32 |; s|/x86_64/|/i386/|g") ;;
		*) cmd=$(printf '%s\n' "$cmd" | sed "s|^$CC |$ARCH_CC $ARCH_CFLAGS $ARCH_LDFLAGS |; s|/x86_64/|/$arch/|g; s# -lgcc\$# $ARCH_LIBGCC#") ;;
		esac
		what="$arch${extra:+ $extra}"
		if [ ! -f "$B/$arch/libsysc.a" ]; then echo "skip - $what: no $B/$arch/libsysc.a"; continue; fi
		if ! (cd "$tmp" && eval "$cmd") >"$tmp/log" 2>&1; then
			echo "not ok - $what: $cmd"; cat "$tmp/log"; fail=1; continue
		fi
		out=$(target_run_quick $arch "$tmp/hello"); rc=$?
		if [ $rc = 0 ] && [ "$out" = hello ]; then echo "ok - $what: the README's line builds a working hello"
		else echo "not ok - $what: exit $rc, output '$out'"; fail=1; fi
	done
done
exit $fail
