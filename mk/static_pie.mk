# tests/fs_static_pie.c is built as a static PIE (-fPIE -static-pie), with
# the stack protector on; everything else as for the other fs_ tests (on
# arm in both states). tests/check-static-pie.sh builds more (both linkers,
# DT_RELR, refusals).
STATIC_PIE_CFLAGS := $(filter-out -fno-pie,$(FS_CFLAGS)) -fPIE -fstack-protector-all
# --no-dynamic-linker: gcc 12's link specs for arm and riscv64 have no
# static-pie case and name the dynamic loader, an INTERP the kernel would
# load first (x86's and aarch64's pass the option themselves; lld takes it).
STATIC_PIE_LDFLAGS := $(patsubst -static,-static-pie,$(FS_LDFLAGS)) -Wl,--no-dynamic-linker
STATIC_PIE_TESTS := $(foreach a,$(ARCHES),$(B)/$(a)/tests/fs_static_pie) \
	$(if $(filter arm,$(ARCHES)),$(B)/arm/tests/fs_thumb_static_pie)
$(STATIC_PIE_TESTS): FS_CFLAGS := $(STATIC_PIE_CFLAGS)
$(STATIC_PIE_TESTS): FS_LDFLAGS := $(STATIC_PIE_LDFLAGS)
