# `make bench`: build the benchmark programs for both arches and run them
# through bench/driver.c, which prints the table and writes
# $(B)/bench/results.csv and $(B)/bench/chart.svg (bench/README.md).
#
# `make bench` first runs bench-deps (tests/deps.sh bench): musl-gcc
# (Debian: musl-tools) for the musl rows and gcc-multilib for the i386 ones,
# installed as root on Debian, else the one command to run is printed, as
# `make test` does. The programs are then built by a second make, which sees
# a musl-gcc installed a moment ago. bench-run alone skips the check: without
# musl-gcc the musl rows read "not measured".

.PHONY: bench bench-deps bench-run

MUSL_GCC ?= $(shell command -v musl-gcc 2>/dev/null)
BENCH_HDRS := $(wildcard bench/*.h) tests/fs_check.h
# The libc companions are static like the sysc programs, and use 64-bit
# time and offsets on i386 like sysc does.
BENCH_LIBC_CFLAGS := -std=gnu11 -O2 $(WARN) -Iinclude -I. -static \
	-D_TIME_BITS=64 -D_FILE_OFFSET_BITS=64

# $(call bench_rules,ARCH)
define bench_rules
$(B)/$(1)/bench/bench_sysc: bench/bench_sysc.c $(BENCH_HDRS) $(wildcard arch/$(1)/bench/*.h) $(B)/$(1)/libsysc.a $(B)/$(1)/libsysc_mem.a
	@mkdir -p $$(@D)
	$$(FS_LINK_$(1)) -I. -o $$@ $$< $$(FS_LIBS_$(1))

# The glibc program also links libsysc.a, to time sysc_getpid() beside
# glibc's getpid() in one process, interleaved (BENCH_BESIDE_SYSC).
$(B)/$(1)/bench/bench_glibc: bench/bench_libc.c $(BENCH_HDRS) $(B)/$(1)/libsysc.a
	@mkdir -p $$(@D)
	$$(CC) $$(M_$(1)) $$(BENCH_LIBC_CFLAGS) -DBENCH_BESIDE_SYSC -o $$@ $$< $(B)/$(1)/libsysc.a

$(B)/$(1)/bench/hello_sysc: $(B)/$(1)/examples/hello
	@mkdir -p $$(@D)
	strip -o $$@ $$<

$(B)/$(1)/bench/hello_glibc: bench/hello_libc.c
	@mkdir -p $$(@D)
	$$(CC) $$(M_$(1)) -O2 -static -o $$@.full $$<
	strip -o $$@ $$@.full

BENCH_PROGS += $(B)/$(1)/bench/bench_sysc $(B)/$(1)/bench/bench_glibc \
	$(B)/$(1)/bench/hello_sysc $(B)/$(1)/bench/hello_glibc
endef
$(foreach a,$(filter $(HOST_LIBC_ARCHES),$(ARCHES)),$(eval $(call bench_rules,$(a))))

ifneq ($(MUSL_GCC),)
$(B)/x86_64/bench/bench_musl: bench/bench_libc.c $(BENCH_HDRS)
	@mkdir -p $(@D)
	$(MUSL_GCC) $(BENCH_LIBC_CFLAGS) -o $@ $<

$(B)/x86_64/bench/hello_musl: bench/hello_libc.c
	@mkdir -p $(@D)
	$(MUSL_GCC) -O2 -static -o $@.full $<
	strip -o $@ $@.full

BENCH_PROGS += $(B)/x86_64/bench/bench_musl $(B)/x86_64/bench/hello_musl
endif

$(B)/bench/driver: bench/driver.c $(BENCH_HDRS)
	@mkdir -p $(@D)
	$(CC) -std=gnu11 -O2 $(WARN) -Iinclude -I. -o $@ $< -lm

bench: bench-deps
	@$(MAKE) --no-print-directory bench-run

bench-deps:
	@sh tests/deps.sh bench

bench-run: $(BENCH_PROGS) $(B)/bench/driver $(foreach a,$(PROG_ARCHES),$(B)/$(a)/target/probe)
ifeq ($(MUSL_GCC),)
	@echo "bench: musl-gcc not found; the musl rows will read 'not measured' (make bench-deps)."
	@rm -f $(B)/x86_64/bench/bench_musl $(B)/x86_64/bench/hello_musl
endif
	@skip=$$(B=$(B) CC=$(CC) sh -c '. tests/target/target.sh; for a in $(ARCHES); do \
		target_mode $$a; [ $$TARGET_MODE = native ] || echo "$$a:not native here ($$TARGET_WHY), and timings under an emulator mean nothing"; done'); \
	SYSC_BENCH_SKIP="$$skip" $(B)/bench/driver $(B) "$(CCNAME) $$($(CC) -dumpfullversion 2>/dev/null || $(CC) -dumpversion)"

# tests/once-bench-driver.sh checks the driver's flags on made-up rows.
tests: $(B)/bench/driver
