#!/bin/sh
# target: host (builds and inspects files only; in a test guest it runs on the build host)
# libsysc.a must not reference anything outside itself: no libc, no libgcc.
# Weak references (the linker-provided init_array bounds) may stay
# undefined. Every other undefined symbol of every member must be defined
# by some member, except main (the program's, called by _start) and what
# the linker defines: _GLOBAL_OFFSET_TABLE_, the bounds of the
# sysc_auxv_hooks section (__start_/__stop_) and the ELF header
# (__ehdr_start).
set -eu
lib=$B/$ARCH/libsysc.a
defined=$(nm -g --defined-only "$lib" | awk 'NF == 3 { print $3 }' | sort -u)
undef=$(nm -u "$lib" | awk '$1 == "U" { print $2 }' | sort -u)
bad=$(printf '%s\n' "$undef" | grep -vxF -e main -e _GLOBAL_OFFSET_TABLE_ -e __start_sysc_auxv_hooks -e __stop_sysc_auxv_hooks -e __ehdr_start | grep -vxF "$defined" || true)
if [ -n "$bad" ]; then
	echo "$lib references symbols it does not define:"
	echo "$bad"
	exit 1
fi
echo "$lib: $(printf '%s\n' "$undef" | wc -l) undefined references, all sysc's own (plus main)"
mem=$B/$ARCH/libsysc_mem.a
bad=$(nm -u "$mem" | awk '$1 == "U" { print $2 }')
if [ -n "$bad" ]; then
	echo "$mem references symbols it does not define:"
	echo "$bad"
	exit 1
fi
echo "$mem: no undefined references"
