# tests/fs_static_pie.c is built as a static PIE (-fPIE -static-pie), with
# the stack protector on; everything else as for the other fs_ tests.
# tests/check-static-pie.sh builds more (both linkers, DT_RELR, refusals).
STATIC_PIE_CFLAGS := $(filter-out -fno-pie,$(FS_CFLAGS)) -fPIE -fstack-protector-all
STATIC_PIE_LDFLAGS := $(patsubst -static,-static-pie,$(FS_LDFLAGS))
# riscv64: lld leaves R_RISCV_TLS_TPREL64 in a static PIE's dynamic
# relocations, which the start-up does not apply yet and refuses at start;
# the test says so as a skip instead of running.
STATIC_PIE_ARCHES := $(filter-out riscv64 arm,$(ARCHES))
$(foreach a,$(STATIC_PIE_ARCHES),$(eval $(B)/$(a)/tests/fs_static_pie: FS_CFLAGS := $(STATIC_PIE_CFLAGS)))
$(foreach a,$(STATIC_PIE_ARCHES),$(eval $(B)/$(a)/tests/fs_static_pie: FS_LDFLAGS := $(STATIC_PIE_LDFLAGS)))
$(B)/riscv64/tests/fs_static_pie: FS_CFLAGS += '-DSYSC_TEST_NO_STATIC_PIE="not yet on riscv64: lld leaves R_RISCV_TLS_TPREL64 relocations, which the start-up refuses"'

# arm: lld leaves R_ARM_TLS_TPOFF32 (19) in a static PIE's dynamic
# relocations, as on riscv64.
$(B)/arm/tests/fs_static_pie $(B)/arm/tests/fs_thumb_static_pie: FS_CFLAGS += '-DSYSC_TEST_NO_STATIC_PIE="not yet on arm: lld leaves R_ARM_TLS_TPOFF32 relocations, which the start-up refuses"'
