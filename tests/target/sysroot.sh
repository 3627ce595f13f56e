# The sysroots of the foreign arches: glibc, cmocka, libgcc and libstdc++
# of a Debian release for one Debian arch, unpacked
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
# Which arches have one, their Debian arches, the release (trixie unless
# SYSC_SYSROOT_SUITE says otherwise: riscv64 is a release arch from
# Debian 13 on, and one release for all keeps them alike) and where each
# is kept are the Makefile's (SYSROOT_ARCHES, DEBARCH_<arch>,
# SYSC_SYSROOT_SUITE, SYSROOT_<arch>), which passes them here.

# the private apt state is the target runner's
. tests/target/target.sh

# sysroot_fetch ARCH DEBARCH SUITE DIR
# Fetches (once) Debian SUITE's packages of DEBARCH, the sysroot of sysc's
# ARCH, into DIR. Debian's archive through a private apt state, so the
# system's sources and dpkg arches stay untouched; the packages are
# unpacked, not installed.
sysroot_fetch() {
	_deb=$2 _suite=$3 S_DIR=$4
	[ -n "$_deb" ] && [ -n "$_suite" ] && [ -n "$S_DIR" ] ||
		{ echo "usage: sysroot_fetch ARCH DEBARCH SUITE DIR" >&2; return 1; }
	[ -f "$S_DIR/ready" ] && return 0
	_t0=$(date +%s)
	rm -rf "$S_DIR"
	mkdir -p "$S_DIR" || return 1
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
	target_unpack "$S_DIR" $(for _p in $_pkgs; do echo "$_p:$_deb"; done) || return 1
	# Merged /usr, as Debian's base-files lays it out: /lib is usr/lib.
	for _l in lib lib64; do
		[ -e "$S_DIR/$_l" ] || [ ! -d "$S_DIR/usr/$_l" ] || ln -s "usr/$_l" "$S_DIR/$_l"
	done
	rm -rf "$S_DIR/apt" "$S_DIR/usr/share/doc" "$S_DIR/usr/share/man" \
		"$S_DIR/usr/share/locale" "$S_DIR/usr/share/lintian"
	echo "$_suite $_pkgs" > "$S_DIR/packages"
	touch "$S_DIR/ready"
	echo "sysroot: $1 ready in $(($(date +%s) - _t0)) s ($(du -sh "$S_DIR" | cut -f1))" >&2
}
