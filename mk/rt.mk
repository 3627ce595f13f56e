# Threads, signals, seccomp: the syscalls-by-function table is regenerated
# with the wrappers.
.PHONY: seccomp-table
seccomp-table:
	sh tools/gen-seccomp-table.sh
regen: seccomp-table

# Both arches' numbers under distinct names, for filters of the other arch.
.PHONY: nr-both
nr-both:
	sh tools/gen-nr-both.sh
regen: nr-both
