# The strace probe (tests/probe.c): one call of every table function, run by
# tests/check-strace.sh under strace. Freestanding like the fs_ tests.

# $(call probe_rules,ARCH)
define probe_rules
$(B)/$(1)/tests/probe: tests/probe.c tests/probe_calls.h $(B)/$(1)/libsysc.a $(B)/$(1)/libsysc_mem.a
	@mkdir -p $$(@D)
	$$(FS_LINK_$(1)) -o $$@ $$< $$(FS_LIBS_$(1))

tests: $(B)/$(1)/tests/probe
endef
$(foreach a,$(ARCHES),$(eval $(call probe_rules,$(a))))
