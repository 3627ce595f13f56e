#!/bin/sh
# `make` on an aarch64 machine with its gcc and nothing else: the Makefile
# builds with CC itself the arches CC targets (tools/arches.tsv; CC's
# -dumpmachine says which), without --target or lld, and leaves out, with a
# line saying so, the arches it has no compiler for. Simulated on this
# machine with the aarch64 gcc `make test` unpacks (the cross compiler is
# the native one but for its name and the machine it runs on), the
# machine's arch set to aarch64 (HOST_ARCH), no clang (CLANG_CC empty) and
# an empty cache, in a fresh copy of the tree. The hello it builds must run.
set -u
. tests/target/target.sh	# target_run
case $CC in *clang*) echo "native gcc: checked in the gcc run (CC=$CC)"; exit 77 ;; esac
eval "$(make -s --no-print-directory arch-env ARCH=aarch64 B="$B" CC="$CC" 2>/dev/null)" ||
	{ echo "aarch64 is not built here"; exit 77; }
case $ARCH_CC in *-gcc) gcc=$ARCH_CC ;; *) echo "no aarch64 gcc here (make crossgcc)"; exit 77 ;; esac
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/tree" "$tmp/cache"
git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t "$tmp/tree" 2>/dev/null ||
	{ echo "cannot copy the tree (not a git checkout?)"; exit 77; }
native="CC=$gcc HOST_ARCH=aarch64 CLANG_CC= SYSC_CACHE=$tmp/cache ARCHES=aarch64\ riscv64"
fail=0

eval "make -C '$tmp/tree' -s --no-print-directory arch-env ARCH=aarch64 $native" >"$tmp/env" 2>&1
. "$tmp/env"
if [ "$ARCH_CC" = "$gcc" ] && [ -z "$ARCH_LDFLAGS" ] && ! grep -q -- '--target' "$tmp/env"; then
	echo "ok - aarch64 is built by CC itself: no --target, no lld, libgcc '$ARCH_LIBGCC'"
else
	sed 's/^/    /' "$tmp/env"
	echo "not ok - aarch64 with an aarch64 CC: not CC itself, or cross flags"
	fail=1
fi

eval "make -C '$tmp/tree' -j2 $native" >"$tmp/log" 2>&1
rc=$?
hello=$(find "$tmp/tree/build" -path '*/aarch64/examples/hello' | head -n 1)
said=$(grep 'riscv64 not built' "$tmp/log")
if [ $rc = 0 ] && [ -n "$said" ] && [ -n "$hello" ] && [ ! -d "$(dirname "$hello")/../../riscv64" ] &&
	[ "$(target_run aarch64 "$hello" 2>&1)" = "hello from sysc" ]; then
	echo "ok - make builds aarch64 (the hello runs), leaves riscv64 out and says: $said"
else
	tail -n 20 "$tmp/log" | sed 's/^/    /'
	echo "not ok - make with aarch64's gcc alone: exit $rc, hello ${hello:-missing}, message '${said}'"
	fail=1
fi
exit $fail
