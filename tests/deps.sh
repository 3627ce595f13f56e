#!/bin/sh
# Checks what `make test` (or, with the argument `bench`, `make bench`)
# needs and, as root on Debian, installs what is missing; otherwise prints
# the one command that would.
#
# test: gcc with 32-bit support (gcc-multilib), g++ with it too
# (g++-multilib: the C++ tests run for both arches), cmocka for both arches
# (the i386 one through Debian multiarch), clang (CI runs the suite with it
# too, and builds the fuzz target with libFuzzer from libclang-rt-dev),
# valgrind (the no-vDSO run; libc6-dbg:i386 lets it start i386 glibc
# programs), the kernel uapi headers the ABI tests compare against, and
# pkg-config (the installed .pc files are tested), strace (the independent
# decoder tests/check-strace.sh compares the syscall table with), and for
# aarch64, riscv64 and arm: lld, their uapi headers, qemu-user, and GNU ld
# for riscv64 (the glibc and cmocka of aarch64, riscv64 and arm come from the
# sysroots `make test` fetches, tests/target/sysroot.sh).
# bench: gcc-multilib (the i386 rows) and musl-gcc (musl-tools: the musl
# rows).
set -u
what=${1:-test}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
missing=""

check_test() {
	printf '#include <stddef.h>\n#include <stdarg.h>\n#include <setjmp.h>\n#include <stdint.h>\n#include <cmocka.h>\n#include <linux/stat.h>\n#include <asm/stat.h>\nint main(void){return 0;}\n' > "$tmp/t.c"
	printf '#include <thread>\nint main() { std::thread t([] {}); t.join(); }\n' > "$tmp/t.cc"
	printf 'int LLVMFuzzerTestOneInput(const unsigned char *d, unsigned long n){(void)d;(void)n;return 0;}\n' > "$tmp/f.c"
	for m in 64 32; do
		gcc -m$m -o "$tmp/t$m" "$tmp/t.c" -lcmocka >/dev/null 2>&1 || missing="$missing m$m"
		g++ -m$m -pthread -o "$tmp/tx$m" "$tmp/t.cc" >/dev/null 2>&1 || missing="$missing c++-m$m"
	done
	command -v clang >/dev/null 2>&1 || missing="$missing clang"
	command -v valgrind >/dev/null 2>&1 || missing="$missing valgrind"
	command -v pkg-config >/dev/null 2>&1 || missing="$missing pkg-config"
	command -v strace >/dev/null 2>&1 || missing="$missing strace"
	# the aarch64, riscv64 and arm builds: clang's cross targets, lld, the
	# uapi headers of those arches, qemu-user to run them (no binfmt)
	for t in aarch64-linux-gnu riscv64-linux-gnu arm-linux-gnueabihf; do
		[ -f /usr/$t/include/asm/unistd.h ] || missing="$missing uapi-${t%%-*}"
	done
	command -v ld.lld >/dev/null 2>&1 || missing="$missing lld"
	# the riscv64 hosted tests link with GNU ld (Debian's riscv64 crt files
	# need linker relaxation, which lld 14 lacks); the sysroots of the
	# foreign arches are unpacked with dpkg-deb (tests/target/sysroot.sh)
	command -v riscv64-linux-gnu-ld.bfd >/dev/null 2>&1 || missing="$missing binutils-riscv64"
	# gcc's cross compilers for those arches (unpacked by `make test`,
	# tests/target/crossgcc.sh) assemble and link with their binutils
	for t in aarch64-linux-gnu arm-linux-gnueabihf; do
		command -v $t-as >/dev/null 2>&1 || missing="$missing binutils-${t%%-*}"
	done
	# LLVM's strip and nm read those arches' files (GNU's know x86 only)
	command -v llvm-strip >/dev/null 2>&1 || missing="$missing llvm"
	command -v qemu-aarch64 >/dev/null 2>&1 || missing="$missing qemu-user"
	# the target runner (tests/target/target.sh): an amd64 kernel under
	# qemu-system runs the i386 suite where the host kernel cannot (and in
	# CI's forced run), arm64 and riscv64 kernels the aarch64 and riscv64
	# suites; xz unpacks the kernels' modules
	command -v qemu-system-x86_64 >/dev/null 2>&1 || missing="$missing qemu-system-x86"
	command -v qemu-system-aarch64 >/dev/null 2>&1 || missing="$missing qemu-system-arm"
	command -v qemu-system-riscv64 >/dev/null 2>&1 || missing="$missing qemu-system-misc"
	command -v xz >/dev/null 2>&1 || missing="$missing xz"
	if command -v clang >/dev/null 2>&1; then
		clang -fsanitize=fuzzer,address -o "$tmp/f" "$tmp/f.c" >/dev/null 2>&1 || missing="$missing fuzzer"
	fi
	# valgrind runs i386 glibc programs only with libc6-dbg:i386 (its redirections)
	if command -v dpkg-query >/dev/null 2>&1; then
		dpkg-query -W -f='${Status}' libc6-dbg:i386 2>/dev/null | grep -q 'ok installed' || missing="$missing libc6-dbg:i386"
	fi
	pkgs="gcc-multilib g++-multilib libcmocka-dev libcmocka-dev:i386 linux-libc-dev clang libclang-rt-dev valgrind libc6-dbg:i386 pkg-config strace lld llvm linux-libc-dev-arm64-cross linux-libc-dev-riscv64-cross binutils-riscv64-linux-gnu binutils-aarch64-linux-gnu binutils-arm-linux-gnueabihf linux-libc-dev-armhf-cross xz-utils"
	# without their recommends: qemu-user's would register binfmt handlers
	bare="qemu-user qemu-system-x86 qemu-system-arm qemu-system-misc"
}

check_bench() {
	printf 'int main(void){return 0;}\n' > "$tmp/b.c"
	gcc -m32 -static -o "$tmp/b32" "$tmp/b.c" >/dev/null 2>&1 || missing="$missing m32"
	command -v musl-gcc >/dev/null 2>&1 || missing="$missing musl-gcc"
	pkgs="gcc-multilib musl-tools"
	bare=""
}

case $what in
test) check_test ;;
bench) check_bench ;;
*) echo "usage: $0 [test|bench]"; exit 2 ;;
esac
[ -z "$missing" ] && exit 0

# Only the i386 packages (name:i386) need the foreign architecture.
case $pkgs in
*:i386*) arch="dpkg --add-architecture i386 && " ;;
*) arch="" ;;
esac
bare=${bare:-}
cmd="${arch}apt-get update && apt-get install -y $pkgs${bare:+ && apt-get install -y --no-install-recommends $bare}"
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
	echo "deps: missing ($missing ); installing: $pkgs"
	[ -n "$arch" ] && dpkg --add-architecture i386
	# A mirror hiccup in update is not fatal if the install then succeeds.
	apt-get update -q >/dev/null 2>&1 || echo "deps: apt-get update reported errors, trying the install anyway"
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q $pkgs >/dev/null ||
		{ echo "deps: install failed; run as root: $cmd"; exit 1; }
	if [ -n "$bare" ]; then
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $bare >/dev/null ||
			{ echo "deps: install failed; run as root: $cmd"; exit 1; }
	fi
	exit 0
fi
echo "deps: missing ($missing ). Run as root, then make $what again:"
echo "  $cmd"
exit 1
