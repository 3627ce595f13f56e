#!/bin/sh
# Bounded libFuzzer run of the vDSO parser for $ARCH (FUZZ_TIME seconds,
# 25 by default; `make fuzz` sets a longer one), seeded with the live vDSO
# and the fixtures as mapped. clang builds the target whatever CC is. For
# i386 the 32-bit libstdc++ that libFuzzer needs may lack its dev symlink:
# then the runtime library is named directly.
set -u
FUZZ_TIME=${FUZZ_TIME:-25}
FCC=${FUZZ_CC:-clang}
command -v "$FCC" >/dev/null 2>&1 || { echo "no clang: libFuzzer needs it"; exit 77; }
case $ARCH in x86_64) m=-m64 ;; i386) m=-m32 ;; *) echo "unknown arch $ARCH"; exit 1 ;; esac
dir=$B/$ARCH/fuzz
mkdir -p "$dir/corpus" "$dir/seeds"
make --no-print-directory -s B="$B" CC="$CC" tests >/dev/null || exit 1

flags="$m -std=gnu11 -O1 -g -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -Iinclude -Isrc"
if ! $FCC $flags -o "$dir/vdso_fuzz" fuzz/vdso_fuzz.c src/vdso_parse.c 2>"$dir/build.log"; then
	stdcxx=$($FCC $m -print-file-name=libstdc++.so.6)
	if [ "$stdcxx" = libstdc++.so.6 ] ||
	   ! $FCC $flags -nostdlib++ -o "$dir/vdso_fuzz" fuzz/vdso_fuzz.c src/vdso_parse.c "$stdcxx" 2>>"$dir/build.log"; then
		cat "$dir/build.log"
		echo "libFuzzer cannot link for $ARCH (clang's $ARCH runtime or libstdc++ missing)"
		exit 77
	fi
fi
$FCC $m -std=gnu11 -O1 -Iinclude -Isrc -o "$dir/seeds-bin" fuzz/seeds.c src/vdso_parse.c || exit 1
"$dir/seeds-bin" "$dir/seeds" "$B/$ARCH"/vdso-fixtures/*.so || { echo "cannot write the seeds"; exit 1; }

"$dir/vdso_fuzz" -max_total_time="$FUZZ_TIME" -max_len=16384 -timeout=10 \
	-print_final_stats=1 "$dir/corpus" "$dir/seeds" >"$dir/fuzz.log" 2>&1
rc=$?
grep -E '^#[0-9]+' "$dir/fuzz.log" | tail -n 1	# executions, coverage, corpus
grep -E 'stat::number_of_executed_units|SUMMARY|ERROR' "$dir/fuzz.log"
if [ $rc != 0 ]; then
	echo "fuzzer failed (rc $rc); log: $dir/fuzz.log"
	tail -n 40 "$dir/fuzz.log"
	exit 1
fi
echo "$ARCH: fuzzed ${FUZZ_TIME}s without a finding ($dir/fuzz.log)"
