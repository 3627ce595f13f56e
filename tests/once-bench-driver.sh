#!/bin/sh
# The benchmark driver's honesty checks, on made-up rows (bench/driver.c
# --rows): impossible and implausible times and a vDSO row slower than its
# syscall row are flagged, sound rows are not, ratios are taken against the
# reference row, and the CSV and SVG are written. No timing is involved.
set -u
B=${B:-build}
drv=$B/bench/driver
[ -x "$drv" ] || { echo "$drv not built (make tests builds it)"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tab=$(printf '\t')
# row arch op way who kind ref N min_ps median_ps max_ps note
cat > "$tmp/rows" <<ROWS
row${tab}x86_64${tab}call${tab}function call${tab}fn${tab}call${tab}1${tab}1000${tab}290${tab}300${tab}320${tab}
row${tab}x86_64${tab}getpid${tab}syscall${tab}hand${tab}syscall${tab}1${tab}1000${tab}70000${tab}72000${tab}73000${tab}
row${tab}x86_64${tab}getpid${tab}syscall${tab}zero${tab}syscall${tab}0${tab}1000${tab}0${tab}0${tab}10${tab}
row${tab}x86_64${tab}getpid${tab}syscall${tab}tooquick${tab}syscall${tab}0${tab}1000${tab}4000${tab}5000${tab}6000${tab}
row${tab}x86_64${tab}getpid${tab}syscall${tab}wrapped${tab}syscall${tab}0${tab}1000${tab}71000${tab}144000${tab}150000${tab}
row${tab}x86_64${tab}clock_gettime${tab}syscall${tab}sysc_raw_x${tab}syscall${tab}0${tab}1000${tab}100000${tab}120000${tab}130000${tab}
row${tab}x86_64${tab}clock_gettime${tab}vDSO${tab}fastvdso${tab}vdso${tab}1${tab}1000${tab}16000${tab}17000${tab}18000${tab}
row${tab}x86_64${tab}clock_gettime${tab}vDSO${tab}slowvdso${tab}vdso${tab}0${tab}1000${tab}125000${tab}130000${tab}131000${tab}
row${tab}x86_64${tab}call${tab}function call${tab}tiny${tab}call${tab}0${tab}1000${tab}40${tab}50${tab}60${tab}
na${tab}i386${tab}getpid${tab}raw sysenter${tab}sysc_getpid()${tab}syscall${tab}not supported on this CPU (AMD)
ROWS
out=$("$drv" "$tmp" test --rows "$tmp/rows") || { echo "driver failed"; exit 1; }
fail=0
line() { printf '%s\n' "$out" | grep -E "^x86_64 +[a-z_]+ +.* $1 " | head -1; }
expect() { # who, pattern that must (or with !, must not) be on its line
	l=$(line "$1")
	case $2 in
	!*) if printf '%s' "$l" | grep -q -- "${2#!}"; then echo "not ok: $1 has '${2#!}': $l"; fail=1; fi ;;
	*) if ! printf '%s' "$l" | grep -q -- "$2"; then echo "not ok: $1 lacks '$2': $l"; fail=1; fi ;;
	esac
}
expect zero "IMPOSSIBLE: 0 ns"
expect tooquick "IMPLAUSIBLE: under 10 ns for a kernel entry"
expect tiny "IMPLAUSIBLE: under 0.1 ns"
expect slowvdso "SUSPECT: vDSO row slower than the syscall row"
expect fastvdso "!SUSPECT"
expect fastvdso "!IMPLAUSIBLE"
expect hand " ref "
expect wrapped " 2.00x "
expect wrapped "!IMPLAUSIBLE"
expect sysc_raw_x "7.06x"
printf '%s\n' "$out" | grep -q "not supported on this CPU (AMD)" ||
	{ echo "not ok: the na row is missing"; fail=1; }
[ "$(grep -c '' "$tmp/bench/results.csv")" -ge 11 ] ||
	{ echo "not ok: results.csv has too few lines"; fail=1; }
grep -q '"slowvdso".*SUSPECT' "$tmp/bench/results.csv" ||
	{ echo "not ok: the flag is not in results.csv"; fail=1; }
tail -1 "$tmp/bench/chart.svg" | grep -q '^</svg>$' ||
	{ echo "not ok: chart.svg is not complete"; fail=1; }
grep -q '>slowvdso\|slowvdso \[' "$tmp/bench/chart.svg" ||
	{ echo "not ok: chart.svg lacks a row"; fail=1; }
[ $fail = 0 ] && echo "driver flags, ratios and outputs as expected"
exit $fail
