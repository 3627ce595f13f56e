#!/bin/sh
# The freestanding and cmocka test programs of $ARCH under valgrind, which
# maps no vDSO: every vDSO-first function must then work through its
# syscall, and valgrind must see no invalid access. Each program gets 60 s.
set -u
command -v valgrind >/dev/null 2>&1 || { echo "valgrind not installed"; exit 77; }
# Programs that do on purpose what valgrind reports or cannot emulate. (The
# EFAULT checks of test_errno skip themselves when SYSC_TEST_UNDER_VALGRIND
# is set.)
skip_reason() {
	case $1 in
	fs_seccomp|fs_seccomp_*) echo "valgrind does not support seccomp filters" ;;
	test_calls_tty) echo "valgrind 3.19 does not emulate TIOCGSID (ioctl 0x5429), which the controlling-terminal test checks" ;;
	fs_signal) echo "asynchronous signal timing differs under valgrind" ;;
	fs_thread) echo "checks mmap failures and guard-page faults that valgrind intercepts" ;;
	test_calls_fs|test_calls_io|test_calls_proc|test_calls_sys|test_calls_mm|test_calls_time)
		echo "calls syscalls valgrind 3.19 does not emulate (mount API, landlock, F_GETOWN_EX, futex2, ...) and passes bad pointers on purpose; the no-vDSO paths are covered by test_calls, test_vdso and the fs_ programs" ;;
	*) return 1 ;;
	esac
}
out=$(mktemp)
trap 'rm -f "$out"' EXIT
fail=0 n=0
for t in "$B/$ARCH"/tests/test_* "$B/$ARCH"/tests/fs_*; do
	[ -x "$t" ] || continue
	name=$(basename "$t")
	if why=$(skip_reason "$name"); then
		echo "skip - valgrind $name: $why"
		continue
	fi
	n=$((n + 1))
	SYSC_TEST_UNDER_VALGRIND=1 timeout 60 valgrind -q --error-exitcode=99 "$t" >"$out" 2>&1
	rc=$?
	if grep -q 'Fatal error at startup' "$out"; then
		# i386 hosted programs need libc6-dbg:i386 for valgrind's redirections.
		echo "skip - valgrind $name: valgrind cannot start hosted $ARCH programs here ($(grep -o 'libc6-dbg[:a-z0-9]*' "$out" | tail -1) missing)"
		continue
	fi
	if [ $rc != 0 ] || grep -q '^not ok - \|^\[  FAILED  \]' "$out"; then
		echo "not ok - valgrind $(basename "$t") (exit $rc)"
		tail -n 30 "$out"
		fail=$((fail + 1))
	else
		echo "ok - valgrind $(basename "$t")"
	fi
done
[ $n -gt 0 ] || { echo "no test programs in $B/$ARCH/tests"; exit 1; }
[ -x "$B/$ARCH/tests/fs_vdso" ] || { echo "fs_vdso not built"; exit 1; }
exit $((fail != 0))
