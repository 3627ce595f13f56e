#!/bin/sh
# target: host (builds and inspects files only; in a test guest it runs on the build host)
# Every public header compiles on its own: a translation unit holding only
# `#include <sysc/X.h>` (and one for <sysc.h>), freestanding, for $ARCH, as
# strict C99 and as gnu11 with the arch's C compiler, and as C++11 with the
# matching C++ compiler (g++ beside gcc, clang++ beside clang; clang++
# --target=... for the arches clang builds), all with -Wpedantic
# -Wall -Wextra -Werror and the stricter warnings users build with
# (conversions, shadowing, redundant declarations, casts; $strict_c,
# $strict_cxx). A header that needs a C11 or GNU feature unmarked, lacks an
# include of its own, or warns in such a build, fails here. The C++ object must also
# refer to the functions the header declares by their C names: one
# mangled name (_Z...) means the header lacks its extern "C" guard.
# The compilers and the flags that select the arch come from the build
# (`make arch-env`), the same for every arch. C++ is compiled -nostdinc++:
# the headers need no C++ library (none is installed for the foreign
# arches here), only the compiler's own C headers (<stddef.h>, <stdint.h>).
set -u
. tests/arch_env.sh
cc="$ARCH_CC $ARCH_CFLAGS"
CXX=$ARCH_CXX
command -v "${CXX%% *}" >/dev/null 2>&1 || CXX=
cxx="$CXX $ARCH_CFLAGS -nostdinc++"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
warn="-Wpedantic -Wall -Wextra -Werror"
strict="-Wconversion -Wsign-conversion -Wredundant-decls -Wshadow -Wcast-qual -Wundef"
strict_c="$strict -Wbad-function-cast -Wstrict-prototypes -Wmissing-prototypes"
strict_cxx="$strict -Wzero-as-null-pointer-constant"
fail=0 n=0

# $1 = label, then the command; its output is shown when it fails
try() {
	label=$1
	shift
	n=$((n + 1))
	if "$@" >"$tmp/log" 2>&1; then
		echo "ok - $label"
	else
		echo "not ok - $label"
		head -n 12 "$tmp/log" | sed 's/^/    /'
		fail=$((fail + 1))
	fi
}

# The non-static functions a header declares for $ARCH (a declaration
# starts at the beginning of a line; attributes are dropped first), read
# after preprocessing, so that a function of the other arch only
# (sysc_kexec_file_load) is not probed; with the headers it includes, and
# with SYSC_NO_INLINE: then every errno function is an external one.
declared() {
	printf '#include <%s>\n' "$1" | $cc -DSYSC_NO_INLINE -E -P -ffreestanding -Iinclude -x c - |
		sed -e 's/__attribute__(([^()]*))//g' |
		grep -v -e '^static' -e '^#' -e '^typedef' |
		sed -n 's/^[A-Za-z_][^(=]*[ *]\(sysc_[a-z0-9_]*\)(.*/\1/p' | sort -u
}

# The linkage probe: take each declared function's address in C++, compile,
# and look for mangled references.
cxx_linkage() {
	h=$1
	{
		printf '#include <%s>\n' "$h"
		declared "$h" | awk '{ printf "void (*probe_%s)() = reinterpret_cast<void (*)()>(&%s);\n", $1, $1 }'
	} > "$tmp/probe.cc"
	$cxx -std=c++11 -DSYSC_NO_INLINE -ffreestanding -Iinclude -c -o "$tmp/probe.o" "$tmp/probe.cc" \
		>/dev/null 2>&1 || { echo "does not compile as C++ (above)"; return 1; }
	bad=$($ARCH_NM -u "$tmp/probe.o" | awk '$2 ~ /^_Z/ { print $2 }')
	[ -z "$bad" ] && return 0
	echo "C++ linkage (no extern \"C\" guard) for:"
	printf '%s\n' "$bad" | c++filt
	return 1
}

for h in sysc.h $(cd include && ls sysc/*.h); do
	# The typedef keeps a header that only defines macros from leaving an
	# empty translation unit, which ISO C forbids.
	printf '#include <%s>\ntypedef int sysc_check_headers_;\n' "$h" > "$tmp/t.c"
	cp "$tmp/t.c" "$tmp/t.cc"
	for std in c99 gnu11; do
		try "$ARCH $h alone: $ARCH_CC -std=$std" \
			$cc -std=$std $warn $strict_c -ffreestanding -Iinclude -fsyntax-only "$tmp/t.c"
	done
	if [ -z "$CXX" ]; then
		echo "skip - $ARCH $h as C++: no C++ compiler beside $ARCH_CC ($ARCH_CXX not found)"
		continue
	fi
	try "$ARCH $h alone: $CXX -std=c++11" \
		$cxx -std=c++11 $warn $strict_cxx -ffreestanding -Iinclude -fsyntax-only "$tmp/t.cc"
	try "$ARCH $h: C linkage of its $(declared "$h" | wc -l) functions in C++" cxx_linkage "$h"
done
echo "$ARCH: $((n - fail)) of $n header checks passed"
[ $fail = 0 ]
