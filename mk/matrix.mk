# The raw layer's inline asm under every compiler configuration users meet:
# {gcc, clang} x {-O0, -O2, -Os} x {no PIC, -fPIC} x {frame pointer, none},
# for both arches; tests/check-raw-matrix.sh runs the 24 binaries per arch.
MATRIX_CCS := gcc clang
MATRIX_OPTS := O0 O2 Os
MATRIX_PIC_nopic := -fno-pic
MATRIX_PIC_pic := -fPIC
MATRIX_FP_fp := -fno-omit-frame-pointer
MATRIX_FP_nofp := -fomit-frame-pointer
MATRIX_CONFIGS := $(foreach c,$(MATRIX_CCS),$(foreach o,$(MATRIX_OPTS),$(foreach p,nopic pic,$(foreach f,fp nofp,$(c)-$(o)-$(p)-$(f)))))

# $(call matrix_rule,ARCH,CONFIG) with CONFIG = cc-opt-pic-fp
define matrix_rule
$(B)/$(1)/matrix/raw-$(2): tests/raw_matrix.c $(B)/$(1)/libsysc.a $(B)/$(1)/libsysc_mem.a $(HEADERS)
	@mkdir -p $$(@D)
	$(word 1,$(subst -, ,$(2))) $$(M_$(1)) -std=gnu11 -$(word 2,$(subst -, ,$(2))) $(WARN) \
		-ffreestanding -fno-stack-protector -Iinclude \
		$$(MATRIX_PIC_$(word 3,$(subst -, ,$(2)))) $$(MATRIX_FP_$(word 4,$(subst -, ,$(2)))) \
		$$(FS_LDFLAGS) -o $$@ $$< $(B)/$(1)/libsysc.a $(B)/$(1)/libsysc_mem.a
tests: $(B)/$(1)/matrix/raw-$(2)
endef
$(foreach a,$(filter $(HOST_LIBC_ARCHES),$(ARCHES)),$(foreach c,$(MATRIX_CONFIGS),$(eval $(call matrix_rule,$(a),$(c)))))
