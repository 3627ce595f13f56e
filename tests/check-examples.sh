#!/bin/sh
# The examples do real work, checked against the system's own tools:
#   cat       a 200 KiB file plus stdin through a pipe, byte for byte; a
#             missing file reported while the others are still copied
#   ls        `ls -ln` of a directory with every kind of entry and a
#             year-2100 mtime (64-bit statx times on i386 too)
#   echo      the epoll server and its client (the example checks itself)
#   sandbox   /bin/true and /bin/false in the seccomp sandbox; a denied
#             call gets EPERM
#   threadpool, watch: self-checking; their output is compared as well
#   vdso-info the live vDSO's clock symbol listed and resolved
# Env: B, ARCH. Exit 0 pass, 1 fail.
set -u
B=${B:-build}
ARCH=${ARCH:-x86_64}
ex=$B/$ARCH/examples
# TARGET_RUN: how to run this arch's programs (tests/run.sh: qemu-<arch> for an
# arch the machine cannot run natively), empty for native.
TARGET_RUN=${TARGET_RUN:-}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
ok() { echo "ok - $ARCH $1"; }
bad() { echo "not ok - $ARCH $1"; fail=1; }
[ -x "$ex/hello" ] || { echo "no $ex: the examples were not built (see make's output)"; exit 1; }

# the examples use the typed API only: no call by number (syscall numbers
# as data, in a seccomp allow-list, are fine)
raw=$(grep -ln 'sysc_syscall\|sysc_raw_syscall' examples/*.c examples/*.h)
[ -z "$raw" ] && ok "examples: no sysc_syscall/sysc_raw_syscall anywhere" || bad "examples calling syscalls by number: $raw"

# cat
head -c 200000 /dev/urandom > "$tmp/big"
printf 'from stdin\n' > "$tmp/in"
cat "$tmp/big" "$tmp/in" "$tmp/big" > "$tmp/want"
$TARGET_RUN "$ex/cat" "$tmp/big" - "$tmp/big" < "$tmp/in" | cat > "$tmp/got"
cmp -s "$tmp/want" "$tmp/got" && ok "cat: files and stdin through a pipe" || bad "cat: output differs"
$TARGET_RUN "$ex/cat" "$tmp/nonexistent" "$tmp/in" > "$tmp/got" 2> "$tmp/err"; rc=$?
[ $rc = 1 ] && cmp -s "$tmp/in" "$tmp/got" && grep -q ENOENT "$tmp/err" &&
	ok "cat: a missing file is reported (ENOENT), the rest copied, status 1" || bad "cat: missing file (status $rc)"

# ls
d=$tmp/dir
mkdir "$d" "$d/sub"
printf 'x' > "$d/file"
ln -s file "$d/link"
mkfifo "$d/fifo"
touch "$d/.hidden"
touch -d '2100-01-01 12:34:00 UTC' "$d/future"
chmod 4755 "$d/future"
# GNU ls may append '.' or '+' to the mode (SELinux, ACLs) and pads columns
TZ=UTC0 LC_ALL=C ls -ln --time-style='+%Y-%m-%d %H:%M' "$d" | tail -n +2 |
	sed 's/^\([-a-z]\{10\}\)[.+]/\1/' | awk '{$1=$1};1' > "$tmp/want"
$TARGET_RUN "$ex/ls" "$d" > "$tmp/got"
cmp -s "$tmp/want" "$tmp/got" && ok "ls: same as ls -ln (incl. a year-2100 mtime)" ||
	{ bad "ls: differs from ls -ln"; diff "$tmp/want" "$tmp/got"; }

# sandbox confines through seccomp, which qemu-user refuses (ENOSYS)
nosandbox=0
if [ -n "$TARGET_RUN" ] && [ -x "$ex/sandbox" ] && $TARGET_RUN "$ex/sandbox" /bin/true 2>&1 | grep -q '^seccomp: ENOSYS'; then
	echo "skip - $ARCH sandbox: seccomp(2) gives ENOSYS under $TARGET_RUN"
	nosandbox=1
fi
for prog in echo sandbox threadpool watch; do
	[ -x "$ex/$prog" ] || continue
	[ $prog = sandbox ] && [ $nosandbox = 1 ] && continue
	case $prog in
	echo) args="3 20" ;;
	sandbox) args="" ;;
	threadpool) args="4 300" ;;
	watch) args="$tmp/watched" ; mkdir "$tmp/watched" ;;
	esac
	timeout 20 $TARGET_RUN "$ex/$prog" $args > "$tmp/out" 2>&1; rc=$?
	if [ $rc = 0 ]; then ok "$prog: $(tail -1 "$tmp/out")"; else bad "$prog: exit $rc"; cat "$tmp/out"; fi
done

# sandbox: the program's exit status comes back, and the limits applied
# before the exec are the program's (1 MiB file size = 2048 blocks)
if [ -x "$ex/sandbox" ] && [ $nosandbox = 0 ]; then
	$TARGET_RUN "$ex/sandbox" /bin/false > "$tmp/out" 2>&1; rc=$?
	[ $rc = 1 ] && grep -q "exited 1;" "$tmp/out" && ok "sandbox: /bin/false's status 1 reported" ||
		{ bad "sandbox /bin/false: exit $rc"; cat "$tmp/out"; }
	$TARGET_RUN "$ex/sandbox" /bin/sh -c 'ulimit -n; ulimit -f' > "$tmp/out" 2>&1; rc=$?
	[ $rc = 0 ] && [ "$(head -2 "$tmp/out" | tr '\n' ' ')" = "64 2048 " ] &&
		ok "sandbox: a shell under the filter sees the limits (64 files, 1 MiB)" ||
		{ bad "sandbox /bin/sh: exit $rc"; cat "$tmp/out"; }
fi

# vdso-info: the live vDSO parsed; the clock the time functions use found
if [ -x "$ex/vdso-info" ] && [ -n "$TARGET_RUN" ]; then
	echo "skip - $ARCH vdso-info: no vDSO under $TARGET_RUN"
elif [ -x "$ex/vdso-info" ]; then
	sym=$([ "$ARCH" = x86_64 ] && echo __vdso_clock_gettime || echo __vdso_clock_gettime64)
	"$ex/vdso-info" > "$tmp/out" 2>&1; rc=$?
	[ $rc = 0 ] && grep -q "LINUX_2.6 *$sym " "$tmp/out" && grep -q "sysc_clock_gettime: $sym@LINUX_2.6 at 0x" "$tmp/out" &&
		ok "vdso-info: $sym listed and resolved" || { bad "vdso-info: exit $rc"; cat "$tmp/out"; }
fi

# watch drives itself: its whole output is fixed
if [ -x "$ex/watch" ]; then
	printf '%s\n' "tick 1" "inotify: create watch-demo" "inotify: close_write watch-demo" \
		"tick 2" "inotify: delete watch-demo" "tick 3" "signal: SIGUSR1 from this process" \
		"tick 4" "signal: SIGTERM from this process" "done after 4 ticks" > "$tmp/want"
	mkdir -p "$tmp/w2"
	timeout 20 $TARGET_RUN "$ex/watch" "$tmp/w2" > "$tmp/got" 2>&1
	cmp -s "$tmp/want" "$tmp/got" && ok "watch: inotify, timerfd and signalfd events in order" ||
		{ bad "watch: unexpected output"; diff "$tmp/want" "$tmp/got"; }
fi
exit $fail
