# The sysroots of the foreign arches: glibc, cmocka, libgcc and libstdc++ of a Debian release for one Debian arch, unpacked
# into the cache, so the hosted tests (tests/test_*.c, tests/cxx_*.cc) can
# be built by clang for that arch and run under qemu-user or in a guest of
# that arch. Sourced from the top of the source tree (the Makefile's
# `sysroots` target, which `make test` runs first).
#
# The programs are linked against the sysroot by absolute path (their
# dynamic loader and their rpath point into it), so they run under
# qemu-<arch> on this machine and in a full-system guest whose root is
# this machine's root, shared at the same paths, alike.
#
# Settings (environment or make variables):
#   SYSC_SYSROOT_SUITE=trixie|...   Debian release (default trixie: riscv64
#                                   is a release arch from Debian 13 on,
#                                   and one release for both keeps them alike)
#   SYSC_CACHE=dir                  where it is kept (default ~/.cache/sysc)

# the cache and the private apt state are the target runner's
. tests/target/target.sh

# The Debian arch of a sysc arch (none for the arches the host's own
# multiarch libc serves).
sysroot_debarch() {
	case $1 in
	aarch64) echo arm64 ;;
	riscv64) echo riscv64 ;;
	*) return 1 ;;
	esac
}

# Prints the sysroot directory of ARCH (whether fetched or not).
sysroot_dir() {
	_sd=$(sysroot_debarch "$1") || return 1
	echo "$(target_cache)/sysroot-${SYSC_SYSROOT_SUITE:-trixie}-$_sd"
}

# Fetches (once, into the cache) the sysroot of ARCH; sets S_DIR. Debian's
# archive through a private apt state, so the system's sources and dpkg
# arches stay untouched; the packages are unpacked, not installed.
sysroot_fetch() {
	S_DIR=$(sysroot_dir "$1") || { echo "sysroot: $1 needs none (the host's libc)" >&2; return 0; }
	[ -f "$S_DIR/ready" ] && return 0
	_deb=$(sysroot_debarch "$1")
	_suite=${SYSC_SYSROOT_SUITE:-trixie}
	_t0=$(date +%s)
	rm -rf "$S_DIR"
	mkdir -p "$S_DIR/debs" || return 1
	echo "sysroot: fetching Debian $_suite's $_deb glibc, cmocka, libgcc and libstdc++ into $S_DIR" >&2
	target_apt "$S_DIR" "$_suite" "$_deb" || return 1
	# The release's gcc version names its libgcc and libstdc++ packages.
	_gcc=$(apt-cache $_apt depends "gcc:$_deb" 2>/dev/null |
		sed -n 's/^ *Depends: gcc-\([0-9][0-9]*\)\(:[a-z0-9]*\)\{0,1\}$/\1/p' | head -1)
	[ -n "$_gcc" ] || { echo "sysroot: no gcc in Debian $_suite for $_deb" >&2; return 1; }
	# No linux-libc-dev: the uapi headers are the host's
	# linux-libc-dev-<arch>-cross (6.1, as the x86 arches' and the syscall
	# tables'), which the build puts first (the Makefile's HOSTED_<arch>).
	_pkgs="libc6 libc6-dev libcmocka0 libcmocka-dev libgcc-s1 libgcc-$_gcc-dev libstdc++6 libstdc++-$_gcc-dev"
	for _p in $_pkgs; do
		(cd "$S_DIR/debs" && apt-get -q $_apt download "$_p:$_deb" >>../apt.log 2>&1) ||
			{ cat "$S_DIR/apt.log"; echo "sysroot: cannot fetch $_p:$_deb" >&2; return 1; }
	done
	for _f in "$S_DIR"/debs/*.deb; do
		echo "sysroot:   $(basename "$_f")" >&2
		dpkg-deb -x "$_f" "$S_DIR" || return 1
	done
	# Merged /usr, as Debian's base-files lays it out: /lib is usr/lib.
	for _l in lib lib64; do
		[ -e "$S_DIR/$_l" ] || [ ! -d "$S_DIR/usr/$_l" ] || ln -s "usr/$_l" "$S_DIR/$_l"
	done
	rm -rf "$S_DIR/debs" "$S_DIR/apt" "$S_DIR/usr/share/doc" "$S_DIR/usr/share/man" \
		"$S_DIR/usr/share/locale" "$S_DIR/usr/share/lintian"
	echo "$_suite $_pkgs" > "$S_DIR/packages"
	touch "$S_DIR/ready"
	echo "sysroot: $1 ready in $(($(date +%s) - _t0)) s ($(du -sh "$S_DIR" | cut -f1))" >&2
}
