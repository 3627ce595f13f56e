#!/bin/sh
# The syscall numbers against the kernel's own uapi headers: Debian's
# linux-libc-dev for x86_64 and i386, linux-libc-dev-<arch>-cross for the
# other arches (read through tools/uapi-numbers.sh). A name in both must
# have the same number, and no number may name two different syscalls. The
# uapi also names reserved slots the kernel never implemented (uselib,
# afs_syscall, nfsservctl...), which sysc leaves out, and sysc has syscalls
# newer than the header (uprobe, listns, ...): both are counted in the
# report, not failed.
set -u
cd "$(dirname "$0")/.."
status=0
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
for pair in x86_64:unistd_64.h i386:unistd_32.h aarch64:aarch64-linux-gnu riscv64:riscv64-linux-gnu arm:arm-linux-gnueabihf; do
	arch=${pair%%:*} hdr=${pair#*:}
	case $hdr in
	*.h)
		uapi=$(for d in /usr/include/x86_64-linux-gnu/asm /usr/include/asm /usr/include/i386-linux-gnu/asm; do
			[ -f "$d/$hdr" ] && echo "$d/$hdr" && break; done)
		[ -n "$uapi" ] && awk '$1 == "#define" && $2 ~ /^__NR_/ { printf "%s\t%s\n", substr($2, 6), $3 }' "$uapi" > "$tmp" ;;
	*)
		uapi=/usr/$hdr/include/asm/unistd.h
		[ -f "$uapi" ] || uapi=
		[ -n "$uapi" ] && { sh tools/uapi-numbers.sh "$hdr" > "$tmp" || uapi=; } ;;
	esac
	if [ -z "$uapi" ]; then
		echo "not ok - $arch numbers: $hdr not found or not readable (linux-libc-dev, linux-libc-dev-<arch>-cross, clang)"
		status=1
		continue
	fi
	res=$(awk '
		FNR == NR { n = $1; k[n] = $2; if ($2 + 0 > kmax) kmax = $2 + 0; next }
		$1 == "#define" && $2 ~ /^SYSC_NR_/ && $2 != "SYSC_NR_MAX" && $2 != "SYSC_NR_COUNT" {
			n = substr($2, 9); s[n] = $3; if ($3 + 0 > smax) smax = $3 + 0
		}
		END {
			bad = 0; same = 0; newer = 0; reserved = 0
			for (n in k) byk[k[n]] = n
			for (n in k) {
				if (!(n in s)) reserved++
				else if (s[n] != k[n]) { printf "  %s: uapi %s, sysc %s\n", n, k[n], s[n]; bad++ }
				else same++
			}
			for (n in s) if (!(n in k)) {
				if (s[n] in byk) { printf "  %s: sysc %s, which uapi names %s\n", n, s[n], byk[s[n]]; bad++ }
				else newer++
			}
			printf "%d %d %d %d %d\n", bad, same, newer, kmax, reserved
		}' "$tmp" "arch/$arch/syscall_nr.h")
	summary=$(printf '%s\n' "$res" | tail -1)
	set -- $summary
	if [ "$1" = 0 ]; then
		echo "ok - $arch: $2 numbers equal to $uapi (up to $4); $3 newer than it; $5 reserved slots left out"
	else
		printf '%s\n' "$res" | sed '$d'
		echo "not ok - $arch: $1 numbers differ from $uapi"
		status=1
	fi
done
exit $status
