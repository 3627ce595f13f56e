#!/bin/sh
# Runs every test for every arch and ends with "N passed, N failed,
# N skipped". Usage (from the top of the tree):
#   tests/run.sh BUILD_DIR CC              every arch in $SYSC_ARCHES, each
#                                          where tests/target/target.sh says
#   tests/run.sh --arch ARCH BUILD_DIR CC  one arch, on the kernel at hand
#                                          (what a test guest runs)
# What runs for each arch:
#   build/<arch>/tests/test_*   cmocka programs (hosted): cmocka's summary
#   build/<arch>/tests/fs_*     freestanding programs: ok/not ok/skip lines
#   build/<arch>/tests/cxx_*    C++ programs beside glibc: the same lines
#   tests/check-*.sh            scripted checks, run once per arch with
#                               B, ARCH, CC in the environment: exit 0 pass,
#                               77 skip (the reason on stdout), else fail
#   tests/once-*.sh             the same, run once (arch-independent checks)
# Under qemu-user, programs run through $TARGET_RUN (qemu-<arch>), which the
# scripts put before every program of the arch they run.
set -u
one=""
if [ "${1:-}" = --arch ]; then one=$2; shift 2; fi
B=${1:-build}
CC=${2:-gcc}
. tests/target/target.sh
pass=0 fail=0 skip=0
failed=""
out=$(mktemp)
trap 'rm -f "$out" "$out.log" "$out.host"' EXIT

count() { # $1 = name, $2 = exit status; the output is in $out
	name=$1 rc=$2
	if grep -q '^\[==========\]' "$out"; then	# cmocka
		p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' "$out" | tail -1)
		# cmocka 1.1.7 (the sysroots' Debian 13) names the group: "tests: N test(s)"
		f=$(sed -n 's/^\[  FAILED  \] \(.*: \)\{0,1\}\([0-9]*\) test.*/\2/p' "$out" | tail -1)
		s=$(sed -n 's/^\[  SKIPPED \] \(.*: \)\{0,1\}\([0-9]*\) test.*/\2/p' "$out" | tail -1)
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

# One arch's programs and scripts, on the kernel at hand (or through
# $TARGET_RUN); ends with "@@counts PASS FAIL SKIP" and "@@failed NAMES".
# Seconds since the last call: where a slow guest spends its time.
t_last=$(date +%s)
elapsed() {
	t_now=$(date +%s)
	echo "(took $((t_now - t_last)) s)"
	t_last=$t_now
}

# SYSC_RUN_ONLY=host runs only the scripts marked "# target: host" (they
# build and inspect files, run nothing of the arch), =target all else;
# =programs only the programs, =scripts only the scripts (a guest of
# another arch runs the programs, the host the scripts).
run_arch() {
	arch=$1 pass=0 fail=0 skip=0 failed=""
	# which programs (by name prefix) run here: SYSC_RUN_PROGS narrows it
	case ${SYSC_RUN_ONLY:-} in
	host) progs="" ;;
	scripts) progs=${SYSC_RUN_PROGS:-} ;;
	*) progs=${SYSC_RUN_PROGS:-"test_ fs_ cxx_"} ;;
	esac
	for p in $progs; do
	for t in "$B/$arch"/tests/$p*; do
		[ -x "$t" ] || continue
		echo "--- $arch/$(basename "$t")"
		# No test may wait without a bound: a hung one fails (status 124).
		timeout "${SYSC_TEST_TIMEOUT:-600}" ${TARGET_RUN:-} "$t" >"$out" 2>&1
		rc=$?
		cat "$out"
		count "$arch/$(basename "$t")" $rc
		elapsed
	done
	done
	for s in tests/check-*.sh; do
		[ -f "$s" ] && [ "${SYSC_RUN_ONLY:-}" != programs ] || continue
		case ${SYSC_RUN_ONLY:-}:$(grep -c '^# target: host' "$s") in
		host:0 | target:1) continue ;;
		esac
		echo "--- $arch/$(basename "$s")"
		# Under qemu-user the host-only scripts run (here, on the host)
		# and those that run their programs through $TARGET_RUN; the
		# others need a real kernel.
		if [ -n "${TARGET_RUN:-}" ] && ! grep -q -e TARGET_RUN -e '^# target: host' "$s"; then
			echo "skip - $arch/$(basename "$s" .sh): needs $arch programs on a real kernel (tools such as strace or valgrind, or none of qemu-user's limits)"
			skip=$((skip + 1))
			continue
		fi
		B=$B ARCH=$arch CC=$CC sh "$s" >"$out" 2>&1
		rc=$?
		cat "$out"
		count "$arch/$(basename "$s" .sh)" $rc
		elapsed
	done
	echo "@@counts $pass $fail $skip"
	echo "@@failed$failed"
}

if [ -n "$one" ]; then
	run_arch "$one"
	exit 0
fi

# The x86_64 checks that enter the kernel by int $0x80 need IA32 emulation.
if [ "$(uname -m)" = x86_64 ] && ! target_probe i386 >/dev/null; then
	export SYSC_HOST_NO_IA32=1
fi
summary=""
for arch in ${SYSC_ARCHES:-x86_64 i386}; do
	target_mode "$arch"
	echo "=== $arch ($CC): $TARGET_MODE ==="
	: >"$out.log"
	case $TARGET_MODE in
	native) run_arch "$arch" | tee "$out.log" ;;
	user) TARGET_RUN="qemu-$arch" run_arch "$arch" | tee "$out.log" ;;
	system)
		echo "(booting a $arch guest; its output follows when it is done)"
		# A guest of the host's arch runs everything but the build-only
		# scripts; one of another arch runs the programs, and the
		# scripts run here (through qemu-user where they run programs).
		target_guest "$arch"
		if [ "$G_FOREIGN" = 0 ]; then
			there="target SYSC_RUN_PROGS="
			SYSC_RUN_ONLY=host run_arch "$arch" | tee "$out.host"
		elif command -v "qemu-$arch" >/dev/null 2>&1; then
			# The hosted (glibc) programs start the host's own tools
			# (/bin/sh, true, rm), which a guest of another arch
			# cannot run: they stay under qemu-user with the scripts.
			there="programs SYSC_RUN_PROGS=fs_"
			SYSC_RUN_ONLY=scripts SYSC_RUN_PROGS="test_ cxx_" TARGET_RUN="qemu-$arch" run_arch "$arch" | tee "$out.host"
		else
			there="programs SYSC_RUN_PROGS=fs_"
			SYSC_RUN_ONLY=host run_arch "$arch" | tee "$out.host"
		fi
		target_system "$arch" "SYSC_RUN_ONLY=$there sh tests/run.sh --arch $arch '$B' '$CC'" >"$out.log"
		rc=$?
		cat "$out.log"
		cat "$out.host" >>"$out.log"
		[ $rc = 0 ] || { fail=$((fail + 1)); failed="$failed $arch/guest(status $rc)"; } ;;
	*) skip=$((skip + 1)); echo "skip - $arch: every test: $TARGET_WHY" ;;
	esac
	if grep -q '^@@counts ' "$out.log"; then
		for c in $(grep '^@@counts ' "$out.log" | tr ' ' ,); do
			IFS=, read -r _ p f s <<EOF
$c
EOF
			pass=$((pass + p)) fail=$((fail + f)) skip=$((skip + s))
		done
		failed="$failed$(sed -n 's/^@@failed//p' "$out.log" | tr '\n' ' ' | sed 's/ *$//')"
	elif [ "$TARGET_MODE" != none ]; then
		fail=$((fail + 1)) failed="$failed $arch/(no result)"
	fi
	summary="$summary$(target_describe "$arch" "$TARGET_MODE")
"
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

printf '%s' "$summary"
[ -n "$failed" ] && echo "FAILED:$failed"
echo "$pass passed, $fail failed, $skip skipped"
[ "$fail" = 0 ]
