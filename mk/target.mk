# The target runner's programs (tests/target/target.sh): the native probe
# of each arch, the guest's /init (built for the arch of the guest kernel
# that runs an arch: x86_64 for both x86 arches) and the initramfs writer,
# a build-host tool.

# $(call target_rules,ARCH)
define target_rules
$(B)/$(1)/target/%: tests/target/%.c $(B)/$(1)/libsysc.a $(B)/$(1)/libsysc_mem.a
	@mkdir -p $$(@D)
	$$(FS_LINK_$(1)) -o $$@ $$< $$(FS_LIBS_$(1))

tests: $$(if $$(filter $(1),$$(PROG_ARCHES)),$(B)/$(1)/target/probe $(B)/$(1)/target/guest_init)
endef
$(foreach a,$(ARCHES),$(eval $(call target_rules,$(a))))

$(B)/target/mkinitramfs: tests/target/mkinitramfs.c
	@mkdir -p $(@D)
	$(CC) -std=gnu11 -O2 $(WARN) -o $@ $<
tests: $(B)/target/mkinitramfs
