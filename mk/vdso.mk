# vDSO test fixtures (tests/test_vdso.c loads them), the ASan+UBSan build of
# the parser test (tests/check-asan-vdso.sh runs it) and `make fuzz`.

VDSO_FX_CFLAGS := -shared -nostdlib -fPIC -O2 -fcf-protection=none \
	-fno-asynchronous-unwind-tables -Wl,--build-id=none
VDSO_FX_sysv := -Wl,--hash-style=sysv
VDSO_FX_gnu := -Wl,--hash-style=gnu
VDSO_FX_both := -Wl,--hash-style=both
VDSO_FX_sysv-ver := -Wl,--hash-style=sysv -Wl,--version-script=tests/vdso_fixture.map
VDSO_FX_gnu-ver := -Wl,--hash-style=gnu -Wl,--version-script=tests/vdso_fixture.map
VDSO_FX_both-ver := -Wl,--hash-style=both -Wl,--version-script=tests/vdso_fixture.map
VDSO_FX_mixed := -Wl,--hash-style=both -Wl,--version-script=tests/vdso_fixture_mixed.map
VDSO_FX_wrong := -Wl,--hash-style=gnu -Wl,--version-script=tests/vdso_fixture_wrong.map
# Prelinked-style: the first PT_LOAD at a non-zero address (lld, which
# links the arches with LD_<arch>, spells it --image-base).
VDSO_FX_BASE_ := -Wl,-Ttext-segment=0x10000000
VDSO_FX_BASE_lld := -Wl,--image-base=0x10000000
VDSO_FX_prelink = -Wl,--hash-style=both -Wl,--version-script=tests/vdso_fixture.map \
	$(VDSO_FX_BASE_$(VDSO_FX_LLD))
VDSO_FIXTURES := sysv gnu both sysv-ver gnu-ver both-ver mixed wrong prelink

# The sanitizer build: clang (its i386 ASan runtime is installed with it).
VDSO_SAN_CC ?= clang
VDSO_SAN_FLAGS := -std=gnu11 -O1 -g -fsanitize=address,undefined \
	-fno-sanitize-recover=all -fno-omit-frame-pointer -Iinclude -Isrc

define vdso_rules
$(B)/$(1)/vdso-fixtures/%.so: tests/vdso_fixture.c $(wildcard tests/vdso_fixture*.map)
	@mkdir -p $$(@D)
	$$(CC_$(1)) $$(M_$(1)) $$(LD_$(1)) $$(VDSO_FX_CFLAGS) $$(VDSO_FX_$$*) -o $$@ $$<

$(B)/$(1)/vdso-fixtures/%.so: VDSO_FX_LLD := $(findstring lld,$(LD_$(1)))

$(B)/$(1)/tests/test_vdso: $(addprefix $(B)/$(1)/vdso-fixtures/,$(addsuffix .so,$(VDSO_FIXTURES)))

tests: $(addprefix $(B)/$(1)/vdso-fixtures/,$(addsuffix .so,$(VDSO_FIXTURES)))
endef
$(foreach a,$(filter $(HOSTED_ARCHES),$(ARCHES)),$(eval $(call vdso_rules,$(a))))

# The sanitizer runtimes are clang's for the x86 arches only.
define vdso_asan_rules
$(B)/$(1)/asan/vdso_corrupt: tests/vdso_corrupt.c src/vdso_parse.c src/vdso_parse.h include/sysc/vdso.h
	@mkdir -p $$(@D)
	$$(VDSO_SAN_CC) $$(M_$(1)) $$(VDSO_SAN_FLAGS) -o $$@ tests/vdso_corrupt.c src/vdso_parse.c
endef
$(foreach a,$(filter $(HOST_LIBC_ARCHES),$(ARCHES)),$(eval $(call vdso_asan_rules,$(a))))

# A longer fuzz run than the one in `make test` (FUZZ_TIME seconds per arch).
FUZZ_TIME ?= 600
.PHONY: fuzz
fuzz: tests
	for a in $(filter $(HOST_LIBC_ARCHES),$(ARCHES)); do B=$(B) ARCH=$$a CC=$(CC) FUZZ_TIME=$(FUZZ_TIME) sh tests/check-fuzz.sh || exit 1; done
