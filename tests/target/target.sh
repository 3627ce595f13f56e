# The target runner: the one place that knows how to run a program of a
# given arch on this machine. Sourced by tests/run.sh, the bench and the
# check scripts, from the top of the source tree, with B and CC set.
#
# Ways to run an arch's programs, in order of preference:
#   native  the build host's kernel runs them (probed once per build by
#           $B/<arch>/target/probe, which tells a real kernel from a
#           binfmt_misc hand-over to qemu-user);
#   system  a real Debian kernel of a fitting arch under qemu-system (TCG,
#           no KVM needed), whose root is the build host's own root
#           filesystem, shared over 9p: the guest runs the same scripts,
#           tools and paths as the host, with its own kernel underneath
#           (tests/target/guest_init.c). The amd64 kernel runs i386 too;
#   user    qemu-<arch> (user mode): no seccomp, no ptrace, no real vfork,
#           many newer syscalls ENOSYS; the tests skip what needs those;
#   none    nothing here runs them: the arch's tests are one skip.
#
# Settings (environment or make variables):
#   SYSC_TARGET_<arch>=native|system|user  force a way (e.g. SYSC_TARGET_i386=system)
#   SYSC_GUEST_SUITE=trixie|bookworm       Debian release of the guest kernel
#                                          (trixie: 6.12, the default; bookworm: 6.1)
#   SYSC_GUEST_TIMEOUT=seconds             bound on one guest run (default 1800)
#   SYSC_CACHE=dir                         where kernels are kept (default ~/.cache/sysc)

target_cache() {
	echo "${SYSC_CACHE:-${XDG_CACHE_HOME:-${HOME:-/root}/.cache}/sysc}"
}

# The guest for an arch: Debian arch and kernel flavour, qemu and its
# package, machine, console, the arch of its /init (the kernel's own arch),
# and the Debian releases that have that kernel. A guest whose arch is not
# the host's (G_FOREIGN=1) cannot run the host's tools: it gets a static
# busybox of its own arch and runs the arch's programs only, while the
# scripts run on the host (tests/run.sh).
target_guest() {
	G_SMP=2 G_SUITES="trixie bookworm"
	case $1 in
	x86_64 | i386)
		G_DEB=amd64 G_FLAVOUR=amd64 G_QEMU=qemu-system-x86_64 G_PKG=qemu-system-x86
		# An Intel model, so i386's raw sysenter path runs (AMD refuses
		# it); TCG warns about a few features it lacks, harmlessly.
		G_MACHINE="-M pc -cpu ${SYSC_GUEST_CPU:-Skylake-Client}" G_CONSOLE=ttyS0 G_INIT=x86_64 ;;
	aarch64)
		G_DEB=arm64 G_FLAVOUR=arm64 G_QEMU=qemu-system-aarch64 G_PKG=qemu-system-arm
		# pauth-impdef: qemu's cheap pointer-authentication algorithm
		# (the architected one is slow under TCG); the guest sees PAC.
		G_MACHINE="-M virt -cpu ${SYSC_GUEST_CPU:-max,pauth-impdef=on}" G_CONSOLE=ttyAMA0 G_INIT=aarch64 ;;
	riscv64)
		# Debian 12 has no riscv64; its qemu 7.2 boots 13's kernel with
		# the OpenSBI it bundles.
		G_DEB=riscv64 G_FLAVOUR=riscv64 G_QEMU=qemu-system-riscv64 G_PKG=qemu-system-misc
		G_MACHINE="-M virt -cpu ${SYSC_GUEST_CPU:-rv64}" G_CONSOLE=ttyS0 G_INIT=riscv64 G_SUITES=trixie ;;
	arm)
		# armmp: Debian's multiplatform armhf kernel; cortex-a15 has
		# the hardware divide and the TLS register sysc's arm code uses.
		# highmem=off: PCI (virtio-9p) where a kernel without LPAE reaches it.
		G_DEB=armhf G_FLAVOUR=armmp G_QEMU=qemu-system-arm G_PKG=qemu-system-arm
		G_MACHINE="-M virt,highmem=off -cpu ${SYSC_GUEST_CPU:-cortex-a15}" G_CONSOLE=ttyAMA0 G_INIT=arm ;;
	*) return 1 ;;
	esac
	G_FOREIGN=0
	[ "$G_INIT" = "$(uname -m)" ] || G_FOREIGN=1
}

# Sets TARGET_MODE (native, system, user or none) and TARGET_WHY.
target_mode() {
	_a=$1
	eval "_forced=\${SYSC_TARGET_$_a:-}"
	if _p=$(target_probe "$_a"); then
		TARGET_WHY="the host kernel runs $_a programs"
		_native=1
	else
		TARGET_WHY="$_p"
		_native=0
	fi
	case $_forced in
	native | system | user)
		[ "$_native" = 1 ] && TARGET_WHY="forced by SYSC_TARGET_$_a=$_forced" ||
			TARGET_WHY="forced by SYSC_TARGET_$_a=$_forced; $TARGET_WHY"
		TARGET_MODE=$_forced
		return ;;
	"") ;;
	*) echo "SYSC_TARGET_$_a=$_forced: use native, system or user" >&2 ;;
	esac
	TARGET_MODE=none
	if [ "$_native" = 1 ]; then
		TARGET_MODE=native
	elif target_guest "$_a" && command -v "$G_QEMU" >/dev/null 2>&1; then
		TARGET_MODE=system
	elif command -v "qemu-$_a" >/dev/null 2>&1; then
		TARGET_MODE=user
	else
		TARGET_WHY="$TARGET_WHY; neither ${G_QEMU:-qemu-system} nor qemu-$_a is installed"
	fi
}

# Exit 0 when the host kernel runs ARCH's programs itself, else prints why.
target_probe() {
	_pr=$B/$1/target/probe
	if [ -n "${SYSC_TARGET_IN_GUEST:-}" ] || [ "$(uname -m)" = "$1" ]; then
		return 0
	fi
	[ -x "$_pr" ] || { echo "no $_pr (the $1 programs were not built)"; return 1; }
	_out=$("$_pr" 2>&1) && [ "$_out" = native ] && return 0
	case $_out in
	*"Exec format error"* | *"cannot execute"*)
		case $1 in
		i386) echo "host kernel has no IA32 emulation" ;;
		*) echo "host kernel cannot execute $1 programs" ;;
		esac ;;
	emulated*) echo "$1 programs run through binfmt_misc emulation, not natively" ;;
	*) echo "the $1 probe failed: $_out" ;;
	esac
	return 1
}

# Fetches (once, into the cache) the guest kernel for ARCH and the modules
# the guest needs for 9p; sets G_KDIR. Debian's archive, through a private
# apt state so the system's sources and dpkg arches stay untouched.
target_kernel() {
	target_guest "$1" || return 1
	_suite=${SYSC_GUEST_SUITE:-trixie}
	case " $G_SUITES " in
	*" $_suite "*) ;;
	*) echo "target: Debian $_suite has no $G_DEB kernel; using $G_SUITES" >&2
	   _suite=${G_SUITES%% *} ;;
	esac
	G_KDIR=$(target_cache)/kernel-$_suite-$G_DEB
	[ -f "$G_KDIR/ready" ] && return 0
	rm -rf "$G_KDIR"
	mkdir -p "$G_KDIR/mods" || return 1
	echo "target: fetching Debian $_suite's $G_DEB kernel into $G_KDIR" >&2
	target_apt "$G_KDIR" "$_suite" "$G_DEB" || return 1
	_pkg=$(apt-cache $_apt depends "linux-image-$G_FLAVOUR:$G_DEB" 2>/dev/null |
		sed -n 's/^ *Depends: \(linux-image-[^ :]*\).*/\1/p' | head -1)
	[ -n "$_pkg" ] || { echo "target: no linux-image-$G_FLAVOUR in $_suite"; return 1; }
	_bb=""
	[ "$G_FOREIGN" = 1 ] && _bb="busybox-static:$G_DEB"
	(cd "$G_KDIR" && apt-get -q $_apt download "$_pkg:$G_DEB" $_bb >>apt.log 2>&1) ||
		{ cat "$G_KDIR/apt.log"; return 1; }
	mkdir -p "$G_KDIR/x"
	dpkg-deb -x "$G_KDIR"/linux-image-*.deb "$G_KDIR/x" || return 1
	rm -f "$G_KDIR"/linux-image-*.deb
	if [ -n "$_bb" ]; then
		dpkg-deb -x "$G_KDIR"/busybox-static_*.deb "$G_KDIR/bb" &&
			mv "$(find "$G_KDIR/bb" -type f -path "*bin/busybox" | head -1)" "$G_KDIR/busybox" || return 1
		rm -rf "$G_KDIR"/busybox-static_*.deb "$G_KDIR/bb"
	fi
	cp "$(ls "$G_KDIR"/x/boot/vmlinu[xz]-* | head -1)" "$G_KDIR/kernel" || return 1
	echo "${_pkg#linux-image-}" > "$G_KDIR/version"
	# 9p, its virtio transport and the PCI virtio driver, each after what
	# it depends on; a wanted module the package lacks is built in (6.12
	# builds virtio_pci in, 6.1 does not).
	_mods=$(find "$G_KDIR/x" -path '*/kernel/*' \( -name '*.ko' -o -name '*.ko.xz' -o -name '*.ko.zst' \))
	_want="virtio_pci 9pnet_virtio 9p" _order="" _n=0
	while [ -n "$_want" ]; do
		set -- $_want
		_m=$1; shift; _want="$*"
		case " $_order " in *" $_m "*) continue ;; esac
		_f=$(printf '%s\n' "$_mods" | grep -E "/$_m\.ko(\.xz|\.zst)?\$" | head -1)
		[ -n "$_f" ] || continue
		_missing=""
		for _d in $(target_modinfo_deps "$_f"); do
			case " $_order " in *" $_d "*) ;; *) _missing="$_missing $_d" ;; esac
		done
		if [ -n "$_missing" ]; then _want="$_missing $_m $_want"; continue; fi
		_order="$_order $_m"
		_n=$((_n + 1))
		case $_f in
		*.xz) xz -dc "$_f" ;; *.zst) zstd -dc "$_f" ;; *) cat "$_f" ;;
		esac > "$G_KDIR/mods/$_n.ko" || return 1
	done
	case " $_order " in *" 9p "*) ;; *) echo "target: no 9p module in $_pkg" >&2; return 1 ;; esac
	rm -rf "$G_KDIR/x" "$G_KDIR/apt/cache"
	echo "$_order" > "$G_KDIR/modules"
	touch "$G_KDIR/ready"
}

# Downloads the Debian packages PKG... through the apt options in $_apt
# (a private state from target_apt; empty: the host's own sources) and
# unpacks them into DIR, keeping no .deb. Returns 1 naming the package it
# could not fetch.
target_unpack() {
	_ud=$1; shift
	mkdir -p "$_ud/debs" || return 1
	for _p in "$@"; do
		(cd "$_ud/debs" && apt-get -q $_apt download "$_p" >>../apt.log 2>&1) ||
			{ cat "$_ud/apt.log" >&2; echo "cannot fetch $_p" >&2; return 1; }
	done
	for _f in "$_ud"/debs/*.deb; do
		dpkg-deb -x "$_f" "$_ud" || return 1
	done
	rm -rf "$_ud/debs"
}

# A private apt state under DIR for Debian SUITE and Debian arch DEB, so
# the system's sources and dpkg arches stay untouched: sets _apt (the
# options for apt-get and apt-cache) and fetches the package lists.
target_apt() {
	mkdir -p "$1/apt/lists/partial" "$1/apt/cache/archives/partial" || return 1
	touch "$1/apt/status"
	_uri=$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -1)
	echo "deb [arch=$3 signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] ${_uri:-http://deb.debian.org/debian} $2 main" \
		> "$1/apt/sources.list"
	_apt="-o Dir::State::Lists=$1/apt/lists -o Dir::State::status=$1/apt/status
		-o Dir::Cache=$1/apt/cache -o Dir::Etc::SourceList=$1/apt/sources.list
		-o Dir::Etc::SourceParts=/dev/null -o APT::Architectures::=$3 -o APT::Sandbox::User=root"
	apt-get -q $_apt update >"$1/apt.log" 2>&1 || { cat "$1/apt.log"; return 1; }
}

# The "depends=" field of a kernel module (compressed or not).
target_modinfo_deps() {
	case $1 in
	*.xz) xz -dc "$1" ;; *.zst) zstd -dc "$1" ;; *) cat "$1" ;;
	esac | tr '\0' '\n' | sed -n 's/^depends=//p' | tr ',' ' '
}

# Runs COMMAND (a shell command line) for ARCH in its guest, from the
# current directory, with B, CC and the SYSC_* settings exported. Its
# output goes to stdout when the guest is done; the exit status is the
# command's (124: the guest timed out, 125: the guest did not run it).
target_system() {
	_a=$1; shift
	target_kernel "$_a" || { echo "target: no $_a guest kernel"; return 125; }
	_d=$(pwd)/$B/target
	mkdir -p "$_d"
	_init=$B/$G_INIT/target/guest_init
	[ -x "$_init" ] && [ -x "$B/target/mkinitramfs" ] || { echo "target: $_init not built"; return 125; }
	_ents="d:/dev c:/dev/console:5:1 d:/host d:/keep d:/modules f:/init=$_init"
	for _m in "$G_KDIR"/mods/*.ko; do _ents="$_ents f:/modules/$(basename "$_m")=$_m"; done
	"$B/target/mkinitramfs" "$_d/$G_DEB.cpio" $_ents || return 125
	rm -f "$_d/$_a.rc" "$_d/$_a.out"
	_sh=""
	{
		if [ "$G_FOREIGN" = 1 ]; then
			# the guest's tools: busybox's applets, in the guest's own
			# /tmp; busybox itself beside the job, in the tree (the
			# guest sees the tree, but not a cache under the host's /tmp)
			cp "$G_KDIR/busybox" "$_d/busybox" || return 125
			_sh="$_d/busybox sh"
			echo "$_d/busybox mkdir -p /tmp/.sysc-bin && $_d/busybox --install -s /tmp/.sysc-bin || exit 1"
			echo "export PATH=/tmp/.sysc-bin"
		fi
		echo "cd '$(pwd)' || exit 1"
		for _v in $(env | sed -n 's/^\(SYSC_[A-Za-z0-9_]*\)=.*/\1/p'); do
			eval "_val=\$$_v"
			printf "export %s='%s'\n" "$_v" "$_val"
		done
		echo "export B='$B' CC='$CC' SYSC_TARGET_IN_GUEST='$G_QEMU, Linux $(cat "$G_KDIR/version")'"
		echo "export LANG=C.UTF-8"
		echo "( $* ) > '$_d/$_a.out' 2>&1"
		echo "echo \$? > '$_d/$_a.rc'"
	} > "$_d/$_a.job"
	# A boot that dies before the job starts (a TCG guest kernel has
	# panicked early, rarely) is tried once more; a job that started is
	# never run twice.
	for _try in 1 2; do
		timeout "${SYSC_GUEST_TIMEOUT:-1800}" "$G_QEMU" $G_MACHINE -accel tcg -smp "$G_SMP" -m 2048 \
			-nographic -no-reboot -net none -kernel "$G_KDIR/kernel" -initrd "$_d/$G_DEB.cpio" \
			-virtfs local,path=/,mount_tag=hostroot,security_model=none,multidevs=remap \
			-append "console=$G_CONSOLE quiet panic=-1 -- $_d/$_a.job $(pwd) $_sh" </dev/null >"$_d/$_a.console" 2>&1
		_q=$?
		[ -f "$_d/$_a.out" ] || [ $_q = 124 ] && break
		echo "target: the $_a guest stopped before its job started (qemu exit $_q); booting it again:" >&2
		tail -5 "$_d/$_a.console" >&2
	done
	[ -f "$_d/$_a.out" ] && cat "$_d/$_a.out"
	if [ -f "$_d/$_a.rc" ]; then return "$(cat "$_d/$_a.rc")"; fi
	echo "target: the $_a guest did not finish (qemu exit $_q); its console:"
	tail -20 "$_d/$_a.console"
	[ $_q = 124 ] && return 124
	return 125
}

# Runs one program of ARCH the way this machine can (the scripts' way to
# run a program they built): PROG and its arguments, its stdout and stderr
# passed on, its exit status returned (126: nothing here runs ARCH). In a
# guest the program is first copied under $B/target/run/, since the
# guest's /tmp is its own.
target_run() {
	_ra=$1; shift
	target_mode "$_ra"
	case $TARGET_MODE in
	native) "$@" ;;
	user) "qemu-$_ra" "$@" ;;
	system)
		_rd=$B/target/run
		mkdir -p "$_rd" && cp "$1" "$_rd/" || return 125
		_rp=$(pwd)/$_rd/$(basename "$1")
		shift
		_rargs=""
		for _x in "$@"; do _rargs="$_rargs '$_x'"; done
		target_system "$_ra" "'$_rp'$_rargs" ;;
	*) echo "target: cannot run $_ra programs here: $TARGET_WHY" >&2; return 126 ;;
	esac
}

# target_run for one short program of a foreign arch (a guest of another
# arch than the host's): under qemu-user where it is installed, since a
# guest boot would cost more than the check itself. Otherwise target_run.
target_run_quick() {
	target_mode "$1"
	if [ "$TARGET_MODE" = system ] && target_guest "$1" && [ "$G_FOREIGN" = 1 ] &&
		command -v "qemu-$1" >/dev/null 2>&1; then
		_qa=$1; shift; "qemu-$_qa" "$@"; return
	fi
	target_run "$@"
}

# One line for the summary: how ARCH's programs ran, and why.
target_describe() {
	case $2 in
	native) echo "$1: native: $TARGET_WHY" ;;
	system) target_guest "$1"
		echo "$1: full-system ($G_QEMU, Linux $(cat "$G_KDIR/version" 2>/dev/null || echo '?')): $TARGET_WHY" ;;
	user) echo "$1: qemu-$1 (user mode): $TARGET_WHY" ;;
	*) echo "$1: not run: $TARGET_WHY" ;;
	esac
}
