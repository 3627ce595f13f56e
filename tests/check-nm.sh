#!/bin/sh
# target: host (builds and inspects files only; in a test guest it runs on the build host)
# libsysc.a must not reference anything outside itself: no libc, no libgcc.
# Weak references may stay undefined. Every other undefined symbol of every
# member must be defined by some member, except main (the program's, called
# by _start) and what the linker defines in every executable:
# _GLOBAL_OFFSET_TABLE_, the bounds of the sysc_auxv_hooks section
# (__start_/__stop_), the ELF header (__ehdr_start), riscv's
# __global_pointer$ (the gp _start loads) and the bounds of
# preinit_array, init_array and fini_array, which only src/start.c's
# object names (it is linked with _start, into executables only: a shared
# object that links libsysc.a must not need them, GNU ld's -shared script
# defines none; checked below). For every arch, with the arch's nm
# (`make arch-env`).
set -u
. tests/arch_env.sh
lib=$B/$ARCH/libsysc.a
mem=$B/$ARCH/libsysc_mem.a
for f in "$lib" "$mem"; do
	[ -f "$f" ] || { echo "not ok - no $f: build it with make"; exit 1; }
done
arrays="__preinit_array_start __preinit_array_end __init_array_start __init_array_end __fini_array_start __fini_array_end"
defined=$($ARCH_NM -g --defined-only "$lib" | awk 'NF == 3 { print $3 }' | sort -u)
undef=$($ARCH_NM -u "$lib" | awk '$1 == "U" { print $2 }' | sort -u)
bad=$(printf '%s\n' "$undef" | grep -vxF -e main -e _GLOBAL_OFFSET_TABLE_ -e __start_sysc_auxv_hooks \
	-e __stop_sysc_auxv_hooks -e __ehdr_start -e '__global_pointer$' $(printf -- '-e %s ' $arrays) | grep -vxF "$defined" || true)
if [ -n "$bad" ]; then
	echo "not ok - $lib references symbols it does not define:"
	echo "$bad"
	exit 1
fi
echo "ok - $lib ($ARCH_NM): $(printf '%s\n' "$undef" | wc -l) undefined references, all sysc's own, main's or the linker's"
# The members that name an array bound: start.o alone.
users=$($ARCH_NM -A -u "$lib" | awk -v a=" $arrays " '$2 == "U" && index(a, " " $3 " ") { sub(/:$/, "", $1); n = split($1, p, ":"); print p[n] }' | sort -u)
if [ "$users" != start.o ]; then
	echo "not ok - $lib: the array bounds are named by '$(echo $users)', not start.o alone"
	exit 1
fi
echo "ok - $lib: only start.o names the linker's init/fini array bounds"
bad=$($ARCH_NM -u "$mem" | awk '$1 == "U" { print $2 }')
if [ -n "$bad" ]; then
	echo "not ok - $mem references symbols it does not define:"
	echo "$bad"
	exit 1
fi
echo "ok - $mem: no undefined references"
