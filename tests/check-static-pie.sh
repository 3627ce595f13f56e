#!/bin/sh
# Static PIE (-fPIE -static-pie) on sysc's _start, with $CC and each linker
# it can use (GNU ld; lld through -fuse-ld=lld when installed), plain and
# with packed relative relocations (DT_RELR):
#   - the issue's sample (a table of string pointers) prints "one"
#   - tests/fs_static_pie.c (pointer tables, function pointers, ctors and
#     dtors, TLS data, stack protector, threads, signals, two load
#     addresses) passes, and the RELR builds really have DT_RELR
#   - refused loudly (status 127, the reason on stderr, main never runs):
#     an ifunc (IRELATIVE), a symbol relocation, text relocations
#   - the examples and the README's static-PIE line build and run
#   - the start-up's object needs no relocation itself (no GOT, no absolute
#     address), and a -fno-pie program does not link it
# Env: B, ARCH, CC; TARGET_RUN (tests/run.sh: qemu-<arch> where this
# arch runs under qemu-user). Exit 0 pass, 1 fail, 77 skip.
set -u
B=${B:-build}
ARCH=${ARCH:-x86_64}
CC=${CC:-gcc}
TARGET_RUN=${TARGET_RUN:-}
eval "$(make -s --no-print-directory arch-env ARCH="$ARCH" B="$B" CC="$CC")" || exit 1
lib=$B/$ARCH/libsysc.a
mem=$B/$ARCH/libsysc_mem.a	# memset and friends: what the compiler may call
[ -f "$lib" ] || { echo "no $lib"; exit 77; }
# the arch's objdump beside its nm (GNU's of the arch, LLVM's, the host's)
OBJDUMP=${ARCH_NM%nm}objdump
top=$(pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
ok() { echo "ok - $ARCH $1"; }
bad() { echo "not ok - $ARCH $1"; fail=1; }
run() { $TARGET_RUN "$@"; }
cc() { $ARCH_CC $ARCH_CFLAGS "$@"; }

PIE="-std=gnu11 -O2 -Wall -Wextra -Werror -ffreestanding -fPIE -Iinclude"
# --no-dynamic-linker: gcc 12's arm and riscv64 link specs name the loader
# even under -static-pie (the README says so); the others pass it anyway
LINK="-static-pie -nostdlib -Wl,--gc-sections -Wl,--no-dynamic-linker"

# lld 14 under --gc-sections drops the sysc_auxv_hooks section's
# __start_/__stop_ symbols (start-stop-gc), static or not, PIE or not: a
# problem of src/auxv.c with lld, not of static PIE; until it is fixed,
# lld links here with -z nostart-stop-gc.
# lld 14 has no linker relaxation, which riscv64 code compiled for it
# (alignment in hand-written asm: R_RISCV_ALIGN) then must not ask for.
ldflags() {
	case $1 in
	bfd) echo "-fuse-ld=bfd" ;;
	lld) echo "-fuse-ld=lld -Wl,-z,nostart-stop-gc$([ "$ARCH" = riscv64 ] && echo ' -mno-relax')" ;;
	esac
}

# -z pack-relative-relocs: GNU ld 2.38+; lld 14 spells it --pack-dyn-relocs=relr
relr_flag() {
	case $1 in bfd) echo "-Wl,-z,pack-relative-relocs" ;; lld) echo "-Wl,--pack-dyn-relocs=relr" ;; esac
}

cat > "$tmp/sample.c" <<'EOF'
#include <sysc.h>
static const char a[] = "one\n", b[] = "two\n";
static const char *tab[] = { a, b };
int main(int argc, char **argv) { (void)argv; volatile int i = argc - 1; return sysc_write(1, tab[i], 4) == 4 ? 0 : 3; }
EOF

# The linkers this compiler drives for this arch: GNU ld (bfd) and lld,
# each where it links the sample against the library.
linkers=
for ld in bfd lld; do
	if cc $PIE $LINK $(ldflags $ld) -o "$tmp/probe" "$tmp/sample.c" "$lib" $ARCH_LIBGCC >"$tmp/log" 2>&1; then
		linkers="$linkers $ld"
	else echo "# $ld: not used for $ARCH here: $(grep -m1 -i 'error' "$tmp/log")"; fi
done
[ -n "$linkers" ] || { bad "no linker links a static PIE"; exit 1; }

for ld in $linkers; do
	for relr in "" "$(relr_flag $ld)"; do
		what="$ld${relr:+ +relr}"
		if cc $PIE $LINK $(ldflags $ld) $relr -o "$tmp/sample" "$tmp/sample.c" "$lib" $ARCH_LIBGCC 2>"$tmp/log"; then
			out=$(run "$tmp/sample"); rc=$?
			[ $rc = 0 ] && [ "$out" = one ] && ok "$what: the issue's sample prints one" ||
				bad "$what: the issue's sample: status $rc, output '$out'"
		else bad "$what: the issue's sample does not link"; cat "$tmp/log"; fi

		if ! cc $PIE -fstack-protector-all $LINK $(ldflags $ld) $relr -o "$tmp/fs_pie" \
			tests/fs_static_pie.c "$lib" $ARCH_LIBGCC 2>"$tmp/log"; then
			bad "$what: tests/fs_static_pie.c does not link"; cat "$tmp/log"; continue
		fi
		if [ -n "$relr" ]; then
			if readelf -d "$tmp/fs_pie" | grep -q '(RELR)'; then ok "$what: DT_RELR present"
			# GNU ld 2.40 packs them on x86 only (and ignores the option elsewhere)
			elif [ $ld = bfd ] && [ "$ARCH" != x86_64 ] && [ "$ARCH" != i386 ]; then
				echo "skip - $ARCH $what: GNU ld $(ld -v | sed -n 's/.* \([0-9][0-9.]*\)$/\1/p') packs no $ARCH relocations (DT_RELR on x86 only before binutils 2.43)"
			else bad "$what: no DT_RELR with $relr"; fi
		fi
		run "$tmp/fs_pie" > "$tmp/out" 2>&1; rc=$?
		n=$(grep -c '^ok - ' "$tmp/out")
		if [ $rc = 0 ] && ! grep -q '^not ok' "$tmp/out" && [ "$n" -ge 8 ]; then
			ok "$what: fs_static_pie ($n checks, $(grep -c '^skip' "$tmp/out") skipped)"
		else bad "$what: fs_static_pie: status $rc"; sed 's/^/    /' "$tmp/out"; fi
	done
done

# Refused at start, before main (which would print "ran").
cat > "$tmp/ifunc.c" <<'EOF'
#include <sysc.h>
static int impl(void) { return 0; }
__attribute__((used)) static int (*resolve(void))(void) { return impl; }
int f(void) __attribute__((ifunc("resolve")));
int main(void) { sysc_write(1, "ran\n", 4); return f(); }
EOF
cat > "$tmp/sym.c" <<'EOF'
#include <sysc.h>
extern int elsewhere;
int *p = &elsewhere;
int main(void) { sysc_write(1, "ran\n", 4); sysc_errno = 0; return p != 0; }
EOF
# a pointer stored in .text: needs -z notext to link
cat > "$tmp/textrel.c" <<'EOF'
#include <sysc.h>
extern const char *const in_text[];
#if defined(__LP64__)
#define WORD ".quad"
#else
#define WORD ".long"
#endif
__asm__(".text\n.globl in_text\n.p2align 3\nin_text:\n" WORD " msg\n"
	".data\nmsg: .ascii \"x\"\n.text\n");
int main(void) { sysc_write(1, "ran\n", 4); return in_text[0][0] != 'x'; }
EOF
refused() { # label, source, expected words in the message, extra link flags
	label=$1 src=$2 want=$3
	shift 3
	if ! cc $PIE $LINK $(ldflags $ld) "$@" -o "$tmp/r" "$src" "$lib" $ARCH_LIBGCC 2>"$tmp/log"; then
		# clang's i386 PIE code calls a local ifunc directly, which GNU ld
		# cannot link: nothing to run then
		if grep -q 'unsupported non-PIC call to IFUNC' "$tmp/log"; then
			echo "skip - $ARCH $ld: $label: this compiler's i386 ifunc call does not link with GNU ld"; return
		fi
		bad "$ld: $label: does not link"; cat "$tmp/log"; return
	fi
	run "$tmp/r" >"$tmp/out" 2>"$tmp/err"; rc=$?
	if [ $rc = 127 ] && [ ! -s "$tmp/out" ] && grep -q "^sysc: static PIE: .*$want" "$tmp/err"; then
		ok "$ld: $label refused: $(cat "$tmp/err")"
	else bad "$ld: $label: status $rc, stdout '$(cat "$tmp/out")', stderr '$(cat "$tmp/err")'"; fi
}
for ld in $linkers; do
	refused "an ifunc" "$tmp/ifunc.c" "IRELATIVE"
	# GNU ld keeps an unresolved symbol's relocation for the (absent)
	# dynamic linker under --export-dynamic, lld under ignore-all
	refused "a symbol relocation" "$tmp/sym.c" "against a symbol" \
		-Wl,--export-dynamic -Wl,--unresolved-symbols=ignore-all
	refused "text relocations" "$tmp/textrel.c" "DT_TEXTREL" -Wl,-z,notext
done

# The examples as static PIEs: built here, run through check-examples.sh
# (it runs them itself: only where this arch runs natively).
mkdir -p "$tmp/pie/$ARCH/examples"
built=yes
for src in examples/*.c; do
	e=$(basename "$src" .c)
	cc $PIE $LINK $ARCH_LDFLAGS -o "$tmp/pie/$ARCH/examples/$e" "$src" "$lib" "$mem" $ARCH_LIBGCC 2>"$tmp/log" ||
		{ bad "example $e does not build as a static PIE"; cat "$tmp/log"; built=no; }
done
if [ $built = yes ]; then
	out=$(run "$tmp/pie/$ARCH/examples/hello")
	[ "$out" = "hello from sysc" ] && ok "examples/hello as a static PIE" || bad "examples/hello as a static PIE: '$out'"
	if B="$tmp/pie" ARCH=$ARCH TARGET_RUN=$TARGET_RUN sh tests/check-examples.sh > "$tmp/out" 2>&1; then
		ok "check-examples.sh passes with every example a static PIE"
	else bad "check-examples.sh with static-PIE examples"; sed 's/^/    /' "$tmp/out"; fi
fi

# The README's static-PIE program and line, as written (<sysc> this tree).
awk '/^## A program/ { on = 1 } on && /^```c$/ { c = 1; next } c && /^```$/ { exit } c' README.md > "$tmp/hello.c"
line=$(awk '/^### Static PIE/ { on = 1 } on && /^```sh$/ { s = 1; next } s { print; exit }' README.md)
case $line in
gcc\ *-static-pie*)
	cmd=$(printf '%s\n' "$line" | sed "s|<sysc>/build/|$top/$B/|; s|<sysc>|$top|g; s|^gcc |$ARCH_CC $ARCH_CFLAGS $ARCH_LDFLAGS |; s|/x86_64/libsysc.a|/$ARCH/libsysc.a|")
	# what the README adds for gcc on these two; -lgcc where there is one
	case $ARCH in arm | riscv64) cmd="$cmd -Wl,--no-dynamic-linker" ;; esac
	cmd=$(printf '%s\n' "$cmd" | sed "s# -lgcc\( \|$\)# $ARCH_LIBGCC\1#")
	if (cd "$tmp" && eval "$cmd") >"$tmp/log" 2>&1; then
		out=$(run "$tmp/hello"); rc=$?
		[ $rc = 0 ] && [ "$out" = hello ] && readelf -h "$tmp/hello" | grep -q 'DYN' &&
			ok "the README's static-PIE line builds a working static PIE" ||
			bad "the README's static-PIE line: status $rc, output '$out'"
	else bad "the README's static-PIE line: $cmd"; cat "$tmp/log"; fi ;;
*) bad "README: no gcc ... -static-pie line under '### Static PIE'" ;;
esac

# The start-up runs unrelocated: its object may only hold PC-relative
# references (GOTOFF and GOTPC are PC-relative on i386; aarch64's *_LO12
# are the offset within a page its ADRP reached PC-relatively), no GOT
# load and no absolute address.
(cd "$tmp" && ar x "$top/$lib" static_pie.o) 2>/dev/null
if [ -f "$tmp/static_pie.o" ]; then
	rels=$($OBJDUMP -r "$tmp/static_pie.o" | awk '/^RELOCATION RECORDS FOR \[/ { sec = $4 } /^[0-9a-f]+ / && sec !~ /debug/ { print $2 }' | sort -u)
	badrel=$(printf '%s\n' "$rels" | grep -E 'GOT|ABS|_(8|16|32|64|32S)$' | grep -vE 'GOTOFF|GOTPC$|_ABS_LO12_NC$')
	[ -n "$rels" ] && [ -z "$badrel" ] && ok "static_pie.o needs no relocation at run time ($(echo $rels))" ||
		bad "static_pie.o has relocations that need relocating: ${badrel:-none found}"
else bad "no static_pie.o in $lib"; fi

# Code built -fno-pie links none of it; code built -fPIE and linked
# -static (distributions' default compile flags) links it, and runs.
$ARCH_NM "$B/$ARCH/examples/hello" 2>/dev/null | grep -q 'sysc__static_pie\|sysc__start_biased' &&
	bad "the -fno-pie hello links the static-PIE start-up" || ok "the -fno-pie hello has no static-PIE code"
if cc $ARCH_LDFLAGS -std=gnu11 -O2 -ffreestanding -fPIE -Iinclude -static -nostdlib \
	-Wl,--gc-sections -o "$tmp/h" examples/hello.c "$lib" "$mem" $ARCH_LIBGCC 2>"$tmp/log"; then
	out=$(run "$tmp/h")
	$ARCH_NM "$tmp/h" | grep -q sysc__static_pie && [ "$out" = "hello from sysc" ] &&
		ok "-fPIE code linked -static: the start-up is there and finds nothing to do" ||
		bad "-fPIE code linked -static: '$out'"
else bad "-fPIE hello linked -static does not link"; cat "$tmp/log"; fi

exit $fail
