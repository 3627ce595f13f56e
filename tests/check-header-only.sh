#!/bin/sh
# target: host (builds and inspects files only; in a test guest it runs on the build host)
# The raw layer as bootstrap code uses it: include/ and arch/ copied
# elsewhere, compiled with -ffreestanding -nostdinc (only the compiler's own
# headers), and needing no library: the object has no undefined symbols.
# For every arch, with the arch's compiler and flags (`make arch-env`).
set -eu
. tests/arch_env.sh
cc="$ARCH_CC $ARCH_CFLAGS"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -r include arch "$tmp/"
cat > "$tmp/boot.c" <<'C'
#define SYSC_HEADER_ONLY	/* no libsysc.a (and no static-PIE start-up) */
#include <sysc.h>
long boot(const char *path)
{
	struct sysc_stat st;
	long fd = sysc_raw_openat(SYSC_AT_FDCWD, path, SYSC_O_RDONLY, 0);
	if (sysc_is_error(fd) || sysc_is_error(sysc_raw_fstat((int)fd, &st)))
		return -1;
	sysc_raw_syscall(SYSC_NR_close, fd);
	return sysc_raw_pread64((int)fd, 0, 0, 1LL << 33) + st.st_size +
	       sysc_raw_mmap(0, 4096, SYSC_PROT_READ, SYSC_MAP_PRIVATE, (int)fd, 8192);
}
C
inc=$($cc -print-file-name=include)
$cc -std=gnu11 -O2 -Wall -Wextra -Werror -ffreestanding -nostdinc -isystem "$inc" \
	-I"$tmp/include" -c -o "$tmp/boot.o" "$tmp/boot.c"
undef=$($ARCH_NM -u "$tmp/boot.o")
if [ -n "$undef" ]; then
	echo "not ok - header-only raw layer needs symbols: $undef"
	exit 1
fi
echo "ok - $ARCH raw layer compiles ($ARCH_CC $ARCH_CFLAGS) with -nostdinc from a copy of include/ and arch/, no undefined symbols"
