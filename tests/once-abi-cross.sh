#!/bin/sh
# sysc's constants and struct layouts against each cross arch's own uapi
# headers (linux-libc-dev-<arch>-cross, in /usr/<triple>/include), at
# compile time with clang --target: every SYSC_<NAME> macro of the public
# headers and of arch/<arch>/ whose NAME those headers define must have
# the same value, and the structs whose layout differs between arches must
# have the kernel's size and offsets. For the arches this machine cannot
# run natively (the x86 ones are checked at run time by the hosted
# test_abi_* programs against the host's uapi headers).
set -u
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
res=$(clang -print-resource-dir 2>/dev/null)
[ -n "$res" ] || { echo "clang not found"; exit 77; }
# uapi headers to compare with (all exist in 6.1 for every arch)
hdrs="linux/ioctl.h linux/fcntl.h linux/stat.h asm/stat.h asm/signal.h asm/siginfo.h
linux/mman.h linux/eventpoll.h linux/sched.h linux/wait.h linux/errno.h linux/futex.h
linux/time.h linux/resource.h linux/prctl.h linux/seccomp.h linux/audit.h
linux/inotify.h linux/poll.h asm/socket.h linux/ptrace.h asm/ptrace.h
asm/statfs.h linux/ipc.h linux/msg.h linux/sem.h linux/sysinfo.h"
# pointer-valued on both sides: not integer constants
skip0="SIG_DFL SIG_IGN SIG_ERR"
grep -v '^#' tools/arches.tsv | while IFS='	' read -r arch bits cond triple; do
	case $arch in x86_64|i386) continue ;; esac
	skip=$skip0 prelude=
	# The 32-bit family: sysc's record-lock commands are the 64-bit ones
	# (checked against F_*LK64 below), its signal mask the rt one (64
	# signals; the uapi NSIG is the old 32, and arm's SIGRTMAX names an
	# _NSIG its uapi leaves undefined), RLIM_INFINITY 64-bit (prlimit64),
	# and its time 64-bit: the uapi picks SO_TIMESTAMP and friends by the
	# size of time_t, which a 64-bit-time libc makes 8.
	if [ "$bits" = 32 ]; then
		skip="$skip F_GETLK F_SETLK F_SETLKW NSIG SIGRTMAX RLIM_INFINITY"
		prelude='typedef long long time_t;'
	fi
	if [ ! -f "/usr/$triple/include/asm/unistd.h" ]; then
		echo "not ok - $arch: /usr/$triple/include missing (linux-libc-dev-<arch>-cross)"
		echo 1 > "$tmp/failed"
		continue
	fi
	f=$tmp/abi_$arch.c
	{
	echo "$prelude"
	for h in $hdrs; do echo "#include <$h>"; done
	echo '#include <stddef.h>'
	echo '#include <sysc.h>'
	echo '#define SAME(a, b) _Static_assert((a) == (b), #b)'
	grep -ho '^#define SYSC_[A-Z][A-Z0-9_]* ' include/sysc/*.h "arch/$arch"/*.h arch/common/*.h |
		awk '{ print $2 }' | sort -u | while read -r m; do
		n=${m#SYSC_}
		case " $skip " in *" $n "*) continue ;; esac
		printf '#ifdef %s\nSAME((long long)(%s), (long long)(%s));\n#endif\n' "$n" "$m" "$n"
	done
	cat <<'C'
#define LAYOUT(s, k, f) SAME(offsetof(struct s, f), offsetof(struct k, f))
#if __SIZEOF_LONG__ == 8	/* 32-bit: x86_64's layout, filled from statx */
SAME(sizeof(struct sysc_stat), sizeof(struct stat));
LAYOUT(sysc_stat, stat, st_dev); LAYOUT(sysc_stat, stat, st_ino);
LAYOUT(sysc_stat, stat, st_mode); LAYOUT(sysc_stat, stat, st_nlink);
LAYOUT(sysc_stat, stat, st_uid); LAYOUT(sysc_stat, stat, st_gid);
LAYOUT(sysc_stat, stat, st_rdev); LAYOUT(sysc_stat, stat, st_size);
LAYOUT(sysc_stat, stat, st_blksize); LAYOUT(sysc_stat, stat, st_blocks);
SAME(offsetof(struct sysc_stat, st_mtime_sec), offsetof(struct stat, st_mtime));
SAME(offsetof(struct sysc_stat, st_ctime_nsec), offsetof(struct stat, st_ctime_nsec));
#endif
SAME(sizeof(struct sysc_epoll_event), sizeof(struct epoll_event));
SAME(offsetof(struct sysc_epoll_event, data), offsetof(struct epoll_event, data));
SAME(sizeof(struct sysc_siginfo), sizeof(siginfo_t));
SAME(offsetof(struct sysc_siginfo, addr), offsetof(siginfo_t, si_addr));
SAME(sizeof(struct sysc_stack), sizeof(stack_t));
SAME(offsetof(struct sysc_stack, ss_size), offsetof(stack_t, ss_size));
#ifdef _NSIG
SAME(sizeof(sysc_sigset_t), _NSIG / 8);
#endif
#ifdef SA_RESTORER
SAME(sizeof(struct sysc_kernel_sigaction), 3 * sizeof(long) + 8);	/* handler, flags, restorer, mask */
SAME(offsetof(struct sysc_kernel_sigaction, restorer), 2 * sizeof(long));
#else
SAME(sizeof(struct sysc_kernel_sigaction), 2 * sizeof(long) + 8);	/* handler, flags, mask */
#endif
SAME(offsetof(struct sysc_kernel_sigaction, mask), sizeof(struct sysc_kernel_sigaction) - 8);
#if defined(__aarch64__)
SAME(sizeof(struct sysc_user_regs), sizeof(struct user_pt_regs));
SAME(offsetof(struct sysc_user_regs, pc), offsetof(struct user_pt_regs, pc));
#elif defined(__arm__)
/* the kernel's struct sigaction (asm/signal.h is the old one: check the
 * rt layout by hand, mask as two longs), statfs64, flock64, pt_regs */
SAME(offsetof(struct sysc_kernel_sigaction, mask), 12);
SAME(sizeof(sysc_sigset_t), 8);
SAME(SYSC_F_GETLK, F_GETLK64); SAME(SYSC_F_SETLK, F_SETLK64); SAME(SYSC_F_SETLKW, F_SETLKW64);
SAME(sizeof(struct sysc_statfs), sizeof(struct statfs64));
SAME(offsetof(struct sysc_statfs, f_blocks), offsetof(struct statfs64, f_blocks));
SAME(offsetof(struct sysc_statfs, f_fsid), offsetof(struct statfs64, f_fsid));
SAME(offsetof(struct sysc_statfs, f_spare), offsetof(struct statfs64, f_spare));
SAME(sizeof(struct sysc_flock), sizeof(struct flock64));
SAME(offsetof(struct sysc_flock, l_start), offsetof(struct flock64, l_start));
SAME(offsetof(struct sysc_flock, l_pid), offsetof(struct flock64, l_pid));
SAME(sizeof(struct sysc_user_regs), sizeof(struct pt_regs));
SAME(sizeof(struct sysc_ipc64_perm), sizeof(struct ipc64_perm));
SAME(offsetof(struct sysc_ipc64_perm, seq), offsetof(struct ipc64_perm, seq));
SAME(sizeof(struct sysc_msqid64_ds), sizeof(struct msqid64_ds));
SAME(sizeof(struct sysc_semid64_ds), sizeof(struct semid64_ds));

SAME(sizeof(struct sysc_sysinfo), sizeof(struct sysinfo));
SAME(sizeof(struct sysc_epoll_event), 16);
#elif defined(__riscv)
SAME(sizeof(struct sysc_user_regs), sizeof(struct user_regs_struct));
SAME(offsetof(struct sysc_user_regs, a0), offsetof(struct user_regs_struct, a0));
SAME(offsetof(struct sysc_user_regs, t6), offsetof(struct user_regs_struct, t6));
#endif
C
	} > "$f"
	n=$(clang --target="$triple" -std=gnu11 -ffreestanding -nostdinc -isystem "$res/include" \
		-isystem "/usr/$triple/include" -Iinclude -E -P "$f" 2>/dev/null | grep -o '_Static_assert' | wc -l)
	if clang --target="$triple" -std=gnu11 -ffreestanding -nostdinc -isystem "$res/include" \
		-isystem "/usr/$triple/include" -Iinclude -Werror -fsyntax-only "$f" 2> "$tmp/err"; then
		echo "ok - $arch: $n constants and layouts equal to /usr/$triple/include"
	else
		grep -E 'error' "$tmp/err" | head -20
		echo "not ok - $arch: sysc differs from /usr/$triple/include"
		echo 1 > "$tmp/failed"
	fi
done
[ -f "$tmp/failed" ] && exit 1
exit 0
