# sysc: GNU make only. `make` builds build/<arch>/libsysc.a and the examples
# for x86_64 and i386; `make test` runs every test for both arches.
# CC=clang works the same and builds under build/clang/.

ifeq ($(origin CC),default)
CC := gcc
endif
CCNAME := $(notdir $(firstword $(CC)))
ifeq ($(CCNAME),gcc)
B ?= build
else
B ?= build/$(CCNAME)
endif
# The C++ tests use the C++ compiler of the same family as CC (g++-12
# beside gcc-12, clang++ beside clang).
ifeq ($(origin CXX),default)
CXX := $(if $(findstring clang,$(CCNAME)),$(subst clang,clang++,$(CC)),$(subst gcc,g++,$(CC)))
endif

# The arches to build (tools/arches.tsv lists those sysc knows).
# arm is 32-bit EABI hard-float for ARMv7-A, built in ARM state; its fs
# tests are built once more in Thumb-2 state (fs_thumb_*, mk/arm_thumb.mk),
# on a Thumb build of the library.
ARCHES ?= x86_64 i386 aarch64 riscv64 arm

# Each arch's compiler. A gcc CC builds the arches it targets itself: its
# own (gcc on an aarch64 machine builds aarch64) and, beside x86_64, i386
# (-m32, gcc-multilib). Any other arch takes <triple>-gcc from PATH, else
# the gcc cross compiler `make test` unpacks into the cache
# (tests/target/crossgcc.sh: Debian's cannot be installed beside
# gcc-multilib, which the i386 build needs), else clang --target. A clang
# CC builds every arch itself. An arch none of these can build is left
# out, and `make` says what to install.
# sysc's name of a machine or triple's arch, and the arches a machine or
# a compiler of that arch runs or builds itself (i386 beside x86_64)
SYSC_ARCH_OF := sed -e 's/-.*//' -e 's/^i.86$$/i386/' -e 's/^arm.*/arm/'
own_arches = $(1) $(if $(filter x86_64,$(1)),i386)
HOST_ARCH := $(shell uname -m | $(SYSC_ARCH_OF))
HOST_OWN := $(call own_arches,$(HOST_ARCH))
CC_FAMILY := $(if $(findstring clang,$(CCNAME)),clang,gcc)
CC_OWN := $(call own_arches,$(shell $(CC) -dumpmachine 2>/dev/null | $(SYSC_ARCH_OF)))
SYSC_CACHE_DIR := $(or $(SYSC_CACHE),$(or $(XDG_CACHE_HOME),$(or $(HOME),/root)/.cache)/sysc)
CROSSGCC_VER := $(shell gcc -dumpversion 2>/dev/null | cut -d. -f1)
$(foreach a,$(ARCHES),$(eval CROSSGCC_DIR_$(a) := $(SYSC_CACHE_DIR)/gcc-$(CROSSGCC_VER)-$(a)))
# Each arch's Debian multiarch tuple (tools/arches.tsv's last column):
# where its uapi headers are (/usr/<tuple>/include, from
# linux-libc-dev-<debarch>-cross) and its libraries in a sysroot
# (/usr/lib/<tuple>). Debian's gcc and binutils packages are named by the
# same, but for i386's (i686).
$(foreach l,$(shell awk -F'\t' '/^[a-z]/ { print $$1 "=" $$4 }' tools/arches.tsv),\
	$(eval TUPLE_$(word 1,$(subst =, ,$(l))) := $(word 2,$(subst =, ,$(l)))))
$(foreach a,$(ARCHES),$(eval GTRIPLE_$(a) := $(TUPLE_$(a))))
GTRIPLE_i386 := i686-linux-gnu
# What selects the arch and its ABI, for gcc (MG_) and for clang (MC_:
# gcc's flags for the machine's own arches, else --target=<tuple>; arm
# names its ISA level, ARMv7-A, in the triple).
MG_x86_64 := -m64
MG_i386 := -m32
MG_arm := -marm -mfloat-abi=hard
$(foreach a,$(ARCHES),$(eval MC_$(a) := $(if $(filter $(a),$(HOST_OWN)),$(MG_$(a)),--target=$(TUPLE_$(a)))))
MC_arm := --target=armv7a-linux-gnueabihf -mfloat-abi=hard -marm
# clang links the arches of other machines with lld, with read-only data
# in the text segment as GNU ld's -z noseparate-code lays it out
# (--no-rosegment: one LOAD segment and its program header less in every
# static program; the static hello stays within 2 KiB,
# tests/check-hello-size.sh), and without libgcc (it has none for them;
# the library needs none, tests/check-nm.sh). gcc links with its own GNU
# ld and libgcc.
LD_LLD := -fuse-ld=lld -Wl,--no-rosegment
CLANG_CC := $(if $(filter clang,$(CC_FAMILY)),$(CC),$(if $(shell command -v clang 2>/dev/null),clang))
CLANG_CXX := $(if $(filter clang,$(CC_FAMILY)),$(CXX),clang++)
gcc_of = $(if $(filter $(1),$(CC_OWN)),$(CC),$(firstword $(shell command -v $(GTRIPLE_$(1))-gcc 2>/dev/null) \
	$(if $(wildcard $(CROSSGCC_DIR_$(1))/ready),$(CROSSGCC_DIR_$(1))/usr/bin/$(GTRIPLE_$(1))-gcc)))
# $(call arch_cc,ARCH): CC_, CXX_, FAM_ (gcc or clang), M_, LD_, LIBGCC_,
# and the binutils that read the arch's files (STRIP_, NM_: the machine's
# own for its arches, else the cross ones of the compiler's family).
define arch_cc
GCC_$(1) := $(if $(filter gcc,$(CC_FAMILY)),$(call gcc_of,$(1)))
FAM_$(1) := $$(if $$(GCC_$(1)),gcc,$$(if $(CLANG_CC),clang))
CC_$(1) := $$(or $$(GCC_$(1)),$(CLANG_CC))
CXX_$(1) := $$(if $$(GCC_$(1)),$$(if $$(filter $(1),$(CC_OWN)),$(CXX),$$(patsubst %-gcc,%-g++,$$(GCC_$(1)))),$(CLANG_CXX))
M_$(1) := $$(if $$(GCC_$(1)),$$(MG_$(1)),$$(MC_$(1)))
LD_$(1) := $$(if $$(GCC_$(1))$$(filter $(1),$(HOST_OWN)),,$(LD_LLD))
LIBGCC_$(1) := $$(if $$(GCC_$(1))$$(filter $(1),$(HOST_OWN)),-lgcc)
STRIP_$(1) := $$(if $$(filter $(1),$(HOST_OWN)),strip,$$(if $$(GCC_$(1)),$(GTRIPLE_$(1))-strip,llvm-strip))
NM_$(1) := $$(if $$(filter $(1),$(HOST_OWN)),nm,$$(if $$(GCC_$(1)),$(GTRIPLE_$(1))-nm,llvm-nm))
endef
$(foreach a,$(ARCHES),$(eval $(call arch_cc,$(a))))
NOCC_ARCHES := $(strip $(foreach a,$(ARCHES),$(if $(FAM_$(a)),,$(a))))
override ARCHES := $(filter-out $(NOCC_ARCHES),$(ARCHES))
# Flags only some arches take: x86's CET off (no endbr64 in a library that
# must stay small; it would be a no-op without a CET-enabled loader).
CF_x86_64 := -fcf-protection=none
CF_i386 := -fcf-protection=none
# aarch64: atomics inline (load/store-exclusive, every ARMv8.0 core), not
# through libgcc's __aarch64_* helpers gcc calls by default: the library
# links nothing of libgcc (tests/check-nm.sh). Programs built with the
# default still link: _start's __getauxval serves libgcc (src/start.c).
CF_LIB_aarch64 := -mno-outline-atomics
# arm: the thread pointer read inline (mrc), not through __aeabi_read_tp,
# clang 14's default (sysc still supplies that helper for other code).
CF_arm := -mtp=cp15
# The hosted tests (glibc + cmocka) and C++ tests need that arch's libc.
# The x86 ones come from the host (i386 through Debian multiarch); those
# of aarch64, riscv64 and arm from a sysroot per arch that `make test`
# fetches once into the cache (tests/target/sysroot.sh, `make sysroots`):
# a plain `make` builds their hosted tests only when it is there, and
# never reaches the network. The programs name the sysroot's dynamic
# loader and libraries by absolute path, so they run under qemu-user here
# and in a guest that shares this machine's root alike.
HOST_LIBC_ARCHES := $(HOST_OWN)
SYSROOT_ARCHES := $(filter-out $(HOST_OWN),aarch64 riscv64 arm)
SYSC_SYSROOT_SUITE ?= trixie
# A sysroot arch's Debian arch and the name of its dynamic loader.
DEBARCH_aarch64 := arm64
DEBARCH_riscv64 := riscv64
DEBARCH_arm := armhf
LDSO_aarch64 := ld-linux-aarch64.so.1
LDSO_riscv64 := ld-linux-riscv64-lp64d.so.1
LDSO_arm := ld-linux-armhf.so.3
$(foreach a,$(SYSROOT_ARCHES),$(eval SYSROOT_$(a) := $(SYSC_CACHE_DIR)/sysroot-$(SYSC_SYSROOT_SUITE)-$(DEBARCH_$(a))))
# How a hosted program of a sysroot arch is compiled and linked: the
# arch's uapi headers from linux-libc-dev-<debarch>-cross (6.1, as the x86
# arches' host headers; they come before the sysroot's), the sysroot's
# glibc headers, crt files, libgcc and libraries, and the absolute loader
# and library paths. The linker is the arch's own (LD_<arch>, lld) unless
# HOSTED_LD_<arch> names another: aarch64's and arm's Debian crt files
# and archives link with lld 14 (so arm needs no GNU binutils), riscv64's
# need GNU ld (binutils-riscv64-linux-gnu): they carry R_RISCV_ALIGN,
# which needs linker relaxation, and lld 14 has none.
HOSTED_LD_riscv64 := -fuse-ld=bfd
$(foreach a,$(SYSROOT_ARCHES),$(eval HOSTED_CF_$(a) := -isystem /usr/$(TUPLE_$(a))/include \
	--sysroot=$(SYSROOT_$(a))))
$(foreach a,$(SYSROOT_ARCHES),$(eval HOSTED_$(a) := $(HOSTED_CF_$(a)) $(or $(HOSTED_LD_$(a)),$(LD_$(a))) \
	-Wl,--dynamic-linker=$(SYSROOT_$(a))/usr/lib/$(LDSO_$(a)) \
	-Wl,-rpath,$(SYSROOT_$(a))/usr/lib/$(TUPLE_$(a))))
HOSTED_ARCHES := $(HOST_LIBC_ARCHES) $(foreach a,$(SYSROOT_ARCHES),$(if $(wildcard $(SYSROOT_$(a))/ready),$(a)))
PREFIX ?= /usr/local

WARN := -Wall -Wextra -Werror
# DWARF 4: valgrind 3.19 (Debian 12) cannot read the DWARF 5 clang 14 emits.
DEBUG := -g -gdwarf-4
# Freestanding: no libc headers or calls, no stack protector (it reads TLS
# that does not exist before _start has set it up), initial-exec TLS (no
# __tls_get_addr). PIC, not PIE, so the archive also links into shared
# objects: under -fPIE the compiler uses local-exec for TLS it defines
# (x86_64: TPOFF32, refused in a .so) and direct calls to exported
# functions (i386: DT_TEXTREL). Under -fPIC the TLS accesses go through the
# GOT (GOTTPOFF), which the linker relaxes back to local-exec in a static
# executable, so the static hello does not grow (tests/check-shared.sh,
# tests/check-hello-size.sh).
LIB_CFLAGS := -std=gnu11 -Os $(DEBUG) $(WARN) -ffreestanding -fno-builtin \
	-fno-stack-protector -fPIC \
	-ftls-model=initial-exec -ffunction-sections -fdata-sections \
	-fno-asynchronous-unwind-tables -fno-unwind-tables -fno-ident -Iinclude
# Programs built on sysc's _start: static, no libc; libgcc only for the
# compiler's own helpers (64-bit division on i386), which the library itself
# never needs (tests/check-nm.sh).
FS_CFLAGS := -std=gnu11 -O2 $(DEBUG) $(WARN) -ffreestanding -fno-stack-protector -fno-pie \
	-fno-asynchronous-unwind-tables -fno-unwind-tables -fno-ident \
	-Iinclude
# Small static images: no page-aligned split of code and read-only data,
# no RELRO (nothing is relocated at run time), 4 KiB segment alignment.
FS_LDFLAGS := -static -nostdlib -Wl,--gc-sections -Wl,--build-id=none \
	-Wl,-z,noseparate-code -Wl,-z,norelro -Wl,-z,max-page-size=4096
# Hosted tests: an ordinary libc program that also links libsysc.a.
HOST_CFLAGS := -std=gnu11 -O1 $(DEBUG) $(WARN) -Iinclude -Isrc
# C++ tests: a C++ program beside glibc, built the way distributions build
# (stack protector on), only through the public headers.
HOST_CXXFLAGS := -std=c++11 -O1 $(DEBUG) $(WARN) -Wpedantic -fstack-protector-strong \
	-pthread -Iinclude

# The freestanding programs link libgcc for the compiler's helpers (64-bit
# division on i386); the library never needs it (tests/check-nm.sh). The
# 32-bit libgcc comes with gcc-multilib, which a fresh Debian lacks, and gcc
# then even names the 64-bit libgcc.a for -m32: so each arch is probed once
# by linking an empty freestanding program. `make` builds the programs of
# the arches that link, the libraries of all, and says what to install.
can_link = $(shell t=$$(mktemp) && printf 'void _start(void){}\n' | \
	$(CC_$(1)) $(M_$(1)) $(LD_$(1)) -ffreestanding -fno-stack-protector -nostdlib -static \
	-x c -o "$$t" - $(LIBGCC_$(1)) >/dev/null 2>&1 && echo $(1); rm -f "$$t")
PROG_ARCHES := $(foreach a,$(ARCHES),$(call can_link,$(a)))
NOPROG_ARCHES := $(filter-out $(PROG_ARCHES),$(ARCHES))

# memcpy, memmove, memset, memcmp for programs without a libc live in an
# archive of their own, libsysc_mem.a (src/compiler_mem.c says why).
MEM_SRCS := src/compiler_mem.c src/compiler_div.c
LIB_SRCS := $(filter-out $(MEM_SRCS),$(sort $(wildcard src/*.c)))
EXAMPLES := $(basename $(notdir $(sort $(wildcard examples/*.c))))
HOST_TESTS := $(basename $(notdir $(sort $(wildcard tests/test_*.c))))
FS_TESTS := $(basename $(notdir $(sort $(wildcard tests/fs_*.c))))
CXX_TESTS := $(basename $(notdir $(sort $(wildcard tests/cxx_*.cc))))
HEADERS := $(shell find include arch -name '*.h')

.PHONY: all lib examples tests test regen check-regen install clean deps
all: lib examples
	$(if $(NOCC_ARCHES),@echo "sysc: $(NOCC_ARCHES) not built: no compiler for them here (apt-get install clang lld, or their <triple>-gcc)")
	$(if $(NOPROG_ARCHES),@echo "sysc: $(NOPROG_ARCHES) programs not built: $(CC) cannot link them (no $(NOPROG_ARCHES) libgcc); install it with: apt-get install gcc-multilib")

# $(call arch_rules,ARCH)
define arch_rules
LIB_OBJS_$(1) := $$(patsubst src/%.c,$(B)/$(1)/obj/%.o,$$(LIB_SRCS)) \
	$$(patsubst arch/$(1)/%.S,$(B)/$(1)/obj/arch/%.o,$$(wildcard arch/$(1)/*.S))

$(B)/$(1)/obj/%.o: src/%.c $$(HEADERS) src/internal.h Makefile
	@mkdir -p $$(@D)
	$$(CC_$(1)) $$(M_$(1)) $$(CF_$(1)) $$(CF_LIB_$(1)) $$(LIB_CFLAGS) -Iarch/$(1) -c -o $$@ $$<

$(B)/$(1)/obj/arch/%.o: arch/$(1)/%.S
	@mkdir -p $$(@D)
	$$(CC_$(1)) $$(M_$(1)) $$(CF_$(1)) -c -o $$@ $$<

$(B)/$(1)/libsysc.a: $$(LIB_OBJS_$(1))
	rm -f $$@
	ar rcs $$@ $$^

$(B)/$(1)/libsysc_mem.a: $$(patsubst src/%.c,$(B)/$(1)/obj/%.o,$(MEM_SRCS))
	rm -f $$@
	ar rcs $$@ $$^

# How a program on sysc's _start is built, and what it links after its
# objects (tests/, examples/, bench/, the runner's programs).
FS_LIBS_$(1) := $(B)/$(1)/libsysc.a $(B)/$(1)/libsysc_mem.a $(LIBGCC_$(1))
FS_LINK_$(1) = $$(CC_$(1)) $(M_$(1)) $(CF_$(1)) $$(FS_CFLAGS) -Iarch/$(1) $$(FS_LDFLAGS) $(LD_$(1))

$(B)/$(1)/examples/%: examples/%.c $(wildcard examples/*.h) $(B)/$(1)/libsysc.a $(B)/$(1)/libsysc_mem.a
	@mkdir -p $$(@D)
	$$(FS_LINK_$(1)) -o $$@ $$< $$(FS_LIBS_$(1))

$(B)/$(1)/tests/fs_%: tests/fs_%.c $(wildcard tests/*.h) $(B)/$(1)/libsysc.a $(B)/$(1)/libsysc_mem.a
	@mkdir -p $$(@D)
	$$(FS_LINK_$(1)) -o $$@ $$< $$(FS_LIBS_$(1))

$(B)/$(1)/tests/test_%: tests/test_%.c $(wildcard tests/*.h) $(B)/$(1)/libsysc.a
	@mkdir -p $$(@D)
	$$(CC_$(1)) $$(M_$(1)) $$(HOSTED_$(1)) $$(HOST_CFLAGS) -o $$@ $$< $(B)/$(1)/libsysc.a -lcmocka

$(B)/$(1)/tests/cxx_%: tests/cxx_%.cc $(B)/$(1)/libsysc.a
	@mkdir -p $$(@D)
	$$(CXX_$(1)) $$(M_$(1)) $$(HOSTED_$(1)) $$(HOST_CXXFLAGS) -o $$@ $$< $(B)/$(1)/libsysc.a

lib: $(B)/$(1)/libsysc.a $(B)/$(1)/libsysc_mem.a
examples: $$(if $$(filter $(1),$$(PROG_ARCHES)),$$(addprefix $(B)/$(1)/examples/,$$(EXAMPLES)))
tests: $$(addprefix $(B)/$(1)/tests/,$$(if $$(filter $(1),$$(HOSTED_ARCHES)),$$(HOST_TESTS) $$(CXX_TESTS)) $$(FS_TESTS))
endef
$(foreach a,$(ARCHES),$(eval $(call arch_rules,$(a))))

# Test-only rules of each area (fixtures, fuzzing, the i386 asm matrix).
include $(sort $(wildcard mk/*.mk))

deps:
	@sh tests/deps.sh

# The sysroots of the foreign arches in ARCHES (fetched once; needs the
# network the first time, and Debian's apt-get and dpkg-deb).
.PHONY: sysroots
sysroots:
	@. tests/target/sysroot.sh && $(foreach a,$(filter $(SYSROOT_ARCHES),$(ARCHES)),\
		{ sysroot_fetch $(a) $(DEBARCH_$(a)) '$(SYSC_SYSROOT_SUITE)' '$(SYSROOT_$(a))' || \
		{ echo "sysroot: the $(a) hosted tests need it; make sysroots again when the archive is reachable"; exit 1; }; } &&) :

# gcc for the arches a gcc CC does not target itself and finds no
# <triple>-gcc for: Debian's cross compiler unpacked into the cache
# (tests/target/crossgcc.sh; needs the network the first time). Where it
# cannot be had, those arches stay with clang, and this says so.
CROSSGCC_ARCHES := $(if $(filter gcc,$(CC_FAMILY)),$(filter $(SYSROOT_ARCHES),$(filter-out $(CC_OWN),$(ARCHES))))
.PHONY: crossgcc
crossgcc:
	@. tests/target/crossgcc.sh && $(foreach a,$(CROSSGCC_ARCHES),\
		{ crossgcc_fetch $(a) $(GTRIPLE_$(a)) $(DEBARCH_$(a)) $(CROSSGCC_VER) \
			'$(CROSSGCC_DIR_$(a))' || \
		echo "crossgcc: $(a) is built by clang instead of gcc"; } &&) :

# How this build compiles and links for ARCH, as shell assignments: the
# one place the check scripts take an arch's compilers, flags and tools
# from (tests/check-*.sh: eval "$$(make -s arch-env ARCH=... B=... CC=...)").
#   ARCH_CC ARCH_CXX   the arch's C and C++ compilers
#   ARCH_CFLAGS        what selects the arch and its ABI (-m32, --target=...)
#   ARCH_LDFLAGS       the arch's linker choice (-fuse-ld=lld ...)
#   ARCH_LIBGCC        the compiler's helper library, if the arch links one
#   ARCH_FS_LINK       compile and link a program on sysc's _start
#   ARCH_FS_LIBS       what such a program links after its objects
#   ARCH_STRIP ARCH_NM binutils that read the arch's files
#   ARCH_HOSTED        what a program beside the arch's glibc adds to
#                      ARCH_CC ARCH_CFLAGS, its linker included (the
#                      sysroot of a foreign arch; empty for the host's own
#                      libc, and where no sysroot is fetched)
#   ARCH_HOSTED_CFLAGS the compiling part of it (-c)
.PHONY: arch-env
arch-env:
	$(if $(filter $(ARCH),$(ARCHES)),,$(error ARCH=$(ARCH): not one of ARCHES ($(ARCHES))))
	@printf "%s='%s'\n" ARCH_CC '$(CC_$(ARCH))' ARCH_CXX '$(CXX_$(ARCH))' \
		ARCH_CFLAGS '$(strip $(M_$(ARCH)) $(CF_$(ARCH)))' ARCH_LDFLAGS '$(LD_$(ARCH))' \
		ARCH_LIBGCC '$(LIBGCC_$(ARCH))' ARCH_FS_LINK '$(strip $(FS_LINK_$(ARCH)))' \
		ARCH_FS_LIBS '$(strip $(FS_LIBS_$(ARCH)))' \
		ARCH_STRIP '$(STRIP_$(ARCH))' ARCH_NM '$(NM_$(ARCH))' \
		ARCH_HOSTED '$(if $(filter $(ARCH),$(HOSTED_ARCHES)),$(strip $(HOSTED_$(ARCH))))' \
		ARCH_HOSTED_CFLAGS '$(if $(filter $(ARCH),$(HOSTED_ARCHES)),$(strip $(HOSTED_CF_$(ARCH))))'

test: deps
	@$(MAKE) --no-print-directory sysroots crossgcc
	@$(MAKE) --no-print-directory all tests $(TEST_EXTRA)
	@SYSC_ARCHES="$(ARCHES)" sh tests/run.sh "$(B)" "$(CC)" $(TEST_EXTRA)

regen:
	sh tools/gen.sh

# the generated files are what tools/gen.sh makes of the tables now (the
# suite's tests/once-regen.sh)
check-regen:
	@B=$(B) CC=$(CC) sh tests/once-regen.sh

install: lib
	mkdir -p $(DESTDIR)$(PREFIX)/include/sysc $(DESTDIR)$(PREFIX)/lib/pkgconfig
	cp include/sysc.h $(DESTDIR)$(PREFIX)/include/
	cp include/sysc/*.h $(DESTDIR)$(PREFIX)/include/sysc/
	mkdir -p $(DESTDIR)$(PREFIX)/include/sysc/arch/common
	cp arch/common/*.h $(DESTDIR)$(PREFIX)/include/sysc/arch/common/
	for a in $(ARCHES); do \
		mkdir -p $(DESTDIR)$(PREFIX)/include/sysc/arch/$$a $(DESTDIR)$(PREFIX)/lib/$$a; \
		cp arch/$$a/*.h $(DESTDIR)$(PREFIX)/include/sysc/arch/$$a/; \
		cp $(B)/$$a/libsysc.a $(B)/$$a/libsysc_mem.a $(DESTDIR)$(PREFIX)/lib/$$a/; \
	done
	for pc in sysc sysc-freestanding; do \
		sed -e 's|@PREFIX@|$(PREFIX)|g' $$pc.pc.in > $(DESTDIR)$(PREFIX)/lib/pkgconfig/$$pc.pc; \
	done

clean:
	rm -rf build
