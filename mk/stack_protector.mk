# tests/fs_stack_protector.c is the one freestanding test built with the
# stack protector on (as distribution compilers default to), everything
# else in it as for the other fs_ tests.
$(foreach a,$(ARCHES),$(eval $(B)/$(a)/tests/fs_stack_protector: FS_CFLAGS += -fstack-protector-all))
