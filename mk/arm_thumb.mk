# arm in Thumb-2 state: the library once more with -mthumb (objects and
# archives under $(B)/arm/thumb/), and every freestanding test on it as
# $(B)/arm/tests/fs_thumb_<name>, which tests/run.sh runs beside the ARM
# ones. Thumb is where r7 is the frame pointer (arch/arm/syscall_arch.h)
# and where symbols need bit 0 (the .S files' %function types).
ifneq ($(filter arm,$(ARCHES)),)
M_arm_thumb := $(patsubst -marm,-mthumb,$(M_arm))
THUMB_B := $(B)/arm/thumb
THUMB_OBJS := $(patsubst src/%.c,$(THUMB_B)/obj/%.o,$(LIB_SRCS)) \
	$(patsubst arch/arm/%.S,$(THUMB_B)/obj/arch/%.o,$(wildcard arch/arm/*.S))
THUMB_LIBS := $(THUMB_B)/libsysc.a $(THUMB_B)/libsysc_mem.a

$(THUMB_B)/obj/%.o: src/%.c $(HEADERS) src/internal.h Makefile
	@mkdir -p $(@D)
	$(CC_arm) $(M_arm_thumb) $(CF_arm) $(LIB_CFLAGS) -Iarch/arm -c -o $@ $<

$(THUMB_B)/obj/arch/%.o: arch/arm/%.S
	@mkdir -p $(@D)
	$(CC_arm) $(M_arm_thumb) $(CF_arm) -c -o $@ $<

$(THUMB_B)/libsysc.a: $(THUMB_OBJS)
	rm -f $@
	ar rcs $@ $^

$(THUMB_B)/libsysc_mem.a: $(patsubst src/%.c,$(THUMB_B)/obj/%.o,$(MEM_SRCS))
	rm -f $@
	ar rcs $@ $^

$(B)/arm/tests/fs_thumb_%: tests/fs_%.c $(wildcard tests/*.h) $(THUMB_LIBS)
	@mkdir -p $(@D)
	$(CC_arm) $(M_arm_thumb) $(CF_arm) $(FS_CFLAGS) -Iarch/arm $(FS_LDFLAGS) $(LD_arm) -o $@ $< $(THUMB_LIBS)

# the per-test flags of mk/stack_protector.mk (fs_thumb_static_pie's are
# in mk/static_pie.mk)
$(B)/arm/tests/fs_thumb_stack_protector: FS_CFLAGS += -fstack-protector-all

# hello in Thumb-2 too: the state Debian's armhf builds in by default, and
# the one tests/check-hello-size.sh holds to 2 KiB on arm
$(THUMB_B)/examples/%: examples/%.c $(wildcard examples/*.h) $(THUMB_LIBS)
	@mkdir -p $(@D)
	$(CC_arm) $(M_arm_thumb) $(CF_arm) $(FS_CFLAGS) -Iarch/arm $(FS_LDFLAGS) $(LD_arm) -o $@ $< $(THUMB_LIBS)

lib: $(THUMB_LIBS)
examples: $(if $(filter arm,$(PROG_ARCHES)),$(THUMB_B)/examples/hello)
tests: $(if $(filter arm,$(PROG_ARCHES)),$(patsubst fs_%,$(B)/arm/tests/fs_thumb_%,$(FS_TESTS)))
endif
