#!/bin/sh
# Runs every test for every built arch and ends with "N passed, N failed,
# N skipped". Usage: tests/run.sh BUILD_DIR CC
#   build/<arch>/tests/test_*   cmocka programs (hosted): cmocka's summary
#   build/<arch>/tests/fs_*     freestanding programs: ok/not ok/skip lines
#   build/<arch>/tests/cxx_*    C++ programs beside glibc: the same lines
#   tests/check-*.sh            scripted checks, run once per arch with
#                               B, ARCH, CC in the environment: exit 0 pass,
#                               77 skip (the reason on stdout), else fail
#   tests/once-*.sh             the same, run once (arch-independent checks)
set -u
B=${1:-build}
CC=${2:-gcc}
pass=0 fail=0 skip=0
failed=""
out=$(mktemp)
trap 'rm -f "$out"' EXIT

count() { # $1 = name, $2 = exit status; the output is in $out
	name=$1 rc=$2
	if grep -q '^\[==========\]' "$out"; then	# cmocka
		p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' "$out" | tail -1)
		f=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' "$out" | tail -1)
		s=$(sed -n 's/^\[  SKIPPED \] \([0-9]*\) test.*/\1/p' "$out" | tail -1)
		p=${p:-0} f=${f:-0} s=${s:-0}
		pass=$((pass + p)) fail=$((fail + f)) skip=$((skip + s))
		[ "$f" = 0 ] && [ "$rc" = 0 ] || { [ "$f" = 0 ] && fail=$((fail + 1)); failed="$failed $name"; }
	elif grep -Eq '^(ok|not ok|skip) - ' "$out"; then	# freestanding
		p=$(grep -c '^ok - ' "$out") f=$(grep -c '^not ok - ' "$out") s=$(grep -c '^skip - ' "$out")
		pass=$((pass + p)) fail=$((fail + f)) skip=$((skip + s))
		if [ "$f" != 0 ] || [ "$rc" != 0 ]; then
			[ "$f" = 0 ] && fail=$((fail + 1))
			failed="$failed $name"
		fi
	else	# a script, or a program that printed nothing we know
		case $rc in
		0) pass=$((pass + 1)) ;;
		77) skip=$((skip + 1)); echo "skip - $name: $(tail -1 "$out")" ;;
		*) fail=$((fail + 1)); failed="$failed $name" ;;
		esac
	fi
}

# Arches the machine runs natively get every program and script; the others
# (aarch64, riscv64 on an x86 host) run their freestanding programs and the
# examples under qemu-user (no vDSO, seccomp or ptrace there: those checks
# skip). This is the stop-gap until the shared target runner lands.
host=$(uname -m)
for arch in x86_64 i386 aarch64 riscv64; do
	[ -d "$B/$arch" ] || continue
	RUN=""
	case $arch in
	x86_64|i386) ;;
	*)	if [ "$host" != "$arch" ]; then
			command -v "qemu-$arch" >/dev/null 2>&1 || {
				echo "skip - $arch: not this machine's arch and no qemu-$arch (qemu-user)"
				skip=$((skip + 1)); continue; }
			RUN=qemu-$arch
		fi ;;
	esac
	echo "=== $arch ($CC${RUN:+, under $RUN}) ==="
	for t in "$B/$arch"/tests/test_* "$B/$arch"/tests/fs_* "$B/$arch"/tests/cxx_*; do
		[ -x "$t" ] || continue
		echo "--- $arch/$(basename "$t")"
		timeout 300 $RUN "$t" >"$out" 2>&1
		rc=$?
		cat "$out"
		count "$arch/$(basename "$t")" $rc
	done
	if [ -n "$RUN" ]; then
		# the scripted checks run programs natively, except the examples'
		echo "--- $arch/check-examples"
		B=$B ARCH=$arch CC=$CC RUN=$RUN sh tests/check-examples.sh >"$out" 2>&1
		rc=$?
		cat "$out"
		count "$arch/check-examples" $rc
		echo "skip - $arch/check-*.sh (other than examples): they run programs natively; the target runner will run them"
		skip=$((skip + 1))
		continue
	fi
	for s in tests/check-*.sh; do
		[ -f "$s" ] || continue
		echo "--- $arch/$(basename "$s")"
		B=$B ARCH=$arch CC=$CC sh "$s" >"$out" 2>&1
		rc=$?
		cat "$out"
		count "$arch/$(basename "$s" .sh)" $rc
	done
done

echo "=== arch-independent ==="
for s in tests/once-*.sh; do
	[ -f "$s" ] || continue
	echo "--- $(basename "$s")"
	B=$B CC=$CC sh "$s" >"$out" 2>&1
	rc=$?
	cat "$out"
	count "$(basename "$s" .sh)" $rc
done

[ -n "$failed" ] && echo "FAILED:$failed"
echo "$pass passed, $fail failed, $skip skipped"
[ "$fail" = 0 ]
