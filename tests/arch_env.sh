# Sourced by the check scripts (tests/check-*.sh), from the top of the
# source tree, with B, ARCH and CC in the environment (run.sh sets them):
# how this build compiles, links and inspects ARCH's files, and whether
# this machine can run ARCH's programs here. No arch is named in here: the
# settings are the Makefile's (`make arch-env`), so a new arch needs none.
#   ARCH_CC ARCH_CXX ARCH_CFLAGS ARCH_LDFLAGS ARCH_LIBGCC
#   ARCH_FS_LINK ARCH_FS_LIBS ARCH_STRIP ARCH_NM    see the Makefile
#   ARCH_RUN_WHY  empty when ARCH's programs run here, through $TARGET_RUN
#                 (qemu-<arch> under qemu-user), natively, or in a test
#                 guest; otherwise why not (a check then skips its runs)
#   arch_run PROGRAM ARGS...  runs one of them that way
B=${B:-build}
ARCH=${ARCH:-x86_64}
CC=${CC:-gcc}
_arch_env=$(make -s --no-print-directory arch-env ARCH="$ARCH" ARCHES="$ARCH" B="$B" CC="$CC") ||
	{ echo "not ok - make arch-env ARCH=$ARCH failed"; exit 1; }
eval "$_arch_env"
. tests/target/target.sh
ARCH_RUN_WHY=
if [ -z "${TARGET_RUN:-}" ]; then
	ARCH_RUN_WHY=$(target_probe "$ARCH") && ARCH_RUN_WHY=
fi
arch_run() {
	${TARGET_RUN:-} "$@"
}
