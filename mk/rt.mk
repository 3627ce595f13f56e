# Threads, signals, seccomp: the syscalls-by-function table is regenerated
# with the wrappers.
.PHONY: seccomp-table
seccomp-table:
	sh tools/gen-seccomp-table.sh
regen: seccomp-table
