# The strace probe (tests/probe.c): one call of every table function, run by
# tests/check-strace.sh under strace. Freestanding like the fs_ tests.

# $(call probe_rules,ARCH)
define probe_rules
$(B)/$(1)/tests/probe: tests/probe.c tests/probe_calls.h $(B)/$(1)/libsysc.a
	@mkdir -p $$(@D)
	$$(call acc,$(1)) $$(M_$(1)) $$(CF_$(1)) $$(FS_CFLAGS) $$(FS_LDFLAGS) $$(LD_$(1)) -o $$@ $$< $(B)/$(1)/libsysc.a $$(LIBGCC_$(1))

tests: $(B)/$(1)/tests/probe
endef
$(foreach a,$(ARCHES),$(eval $(call probe_rules,$(a))))
