# gcc for the foreign arches: Debian's gcc cross compiler of one arch
# (gcc-<ver>-<triple>, g++, cpp, libgcc and libstdc++ headers), unpacked
# into the cache, not installed. Debian declares every gcc-<ver>-<triple>
# in conflict with gcc-multilib, which the i386 build needs, so apt cannot
# have both; unpacked into a directory of its own, nothing clashes. The
# assembler and linker are the installed binutils-<triple> (no conflict),
# reached through links where the driver looks for them (crossgcc_links).
#
# The packages are those of the host's own release and gcc version (its
# apt sources), so cc1 finds the host's libraries (gmp, mpfr, isl) it was
# built against. Sourced by the Makefile's `crossgcc` target, which
# `make test` runs when CC is gcc.
#
. tests/target/target.sh	# target_unpack

# Which arches, their GNU triples and Debian arches, the gcc version and
# where each is kept are the Makefile's (CROSSGCC_ARCHES, GTRIPLE_<arch>,
# DEBARCH_<arch>, CROSSGCC_VER, the cache), which passes them here.

# The tools the driver looks for in its own directories: the installed
# binutils-<triple> (<prefix>/<triple>/bin/as, ld) and lld (-fuse-ld=lld
# takes ld.lld from the compiler's program directory).
crossgcc_links() {
	mkdir -p "$X_DIR/usr/$_t"
	ln -sfn "/usr/$_t/bin" "$X_DIR/usr/$_t/bin"
	_lld=$(command -v ld.lld 2>/dev/null) &&
		ln -sfn "$_lld" "$X_DIR/usr/lib/gcc-cross/$_t/$_v/ld.lld"
	return 0
}

# crossgcc_fetch ARCH TRIPLE DEBARCH VER DIR
# Fetches (once) gcc VER for TRIPLE into DIR; sets X_DIR. Returns 1 with
# the reason when the archive has no such compiler or binutils-<triple>
# is missing; 0 at once when TRIPLE-gcc is installed (the Makefile takes
# that one).
crossgcc_fetch() {
	_t=$2 _d=$3 _v=$4 X_DIR=$5
	command -v "$_t-gcc" >/dev/null 2>&1 && return 0
	if [ -f "$X_DIR/ready" ]; then crossgcc_links; return 0; fi
	command -v "$_t-as" >/dev/null 2>&1 ||
		{ echo "crossgcc: $1 needs binutils-$_t (apt-get install binutils-$_t)" >&2; return 1; }
	_t0=$(date +%s)
	rm -rf "$X_DIR"
	echo "crossgcc: unpacking Debian's gcc-$_v for $_t into $X_DIR" >&2
	# the host's own apt sources: no private state
	_apt= target_unpack "$X_DIR" gcc-$_v-$_t-base cpp-$_v-$_t gcc-$_v-$_t g++-$_v-$_t \
		libgcc-$_v-dev-$_d-cross libstdc++-$_v-dev-$_d-cross || return 1
	crossgcc_links
	# Names without the version, as gcc-<triple> would install them.
	for _n in gcc g++ cpp; do
		ln -sfn "$_t-$_n-$_v" "$X_DIR/usr/bin/$_t-$_n"
	done
	rm -rf "$X_DIR/usr/share"
	echo "int f(int x) { return x + 1; }" > "$X_DIR/t.c"
	"$X_DIR/usr/bin/$_t-gcc" -c -o "$X_DIR/t.o" "$X_DIR/t.c" ||
		{ echo "crossgcc: the unpacked $_t-gcc does not compile" >&2; return 1; }
	rm -f "$X_DIR/t.c" "$X_DIR/t.o"
	touch "$X_DIR/ready"
	echo "crossgcc: $1 ready in $(($(date +%s) - _t0)) s ($(du -sh "$X_DIR" | cut -f1))" >&2
}
