/* Kernel constants that are the same on x86_64 and i386 (values from the
 * kernel's asm-generic, x86 and linux uapi headers; tests/test_abi.c checks
 * every one against them on both arches). Constants whose meaning is
 * particular to one arch are in arch/<arch>/abi.h. Signal, seccomp, futex
 * and clone constants are in arch/<arch>/abi_signal.h. */
#ifndef SYSC_CONSTS_H
#define SYSC_CONSTS_H

/* *at() directory fd and flags (linux/fcntl.h). AT_REMOVEDIR and AT_EACCESS
 * share 0x200: unlinkat and faccessat2 read the bit differently. */
#define SYSC_AT_FDCWD (-100)
#define SYSC_AT_SYMLINK_NOFOLLOW 0x100
#define SYSC_AT_REMOVEDIR 0x200
#define SYSC_AT_EACCESS 0x200
#define SYSC_AT_SYMLINK_FOLLOW 0x400
#define SYSC_AT_NO_AUTOMOUNT 0x800
#define SYSC_AT_EMPTY_PATH 0x1000
#define SYSC_AT_STATX_SYNC_TYPE 0x6000
#define SYSC_AT_STATX_SYNC_AS_STAT 0x0000
#define SYSC_AT_STATX_FORCE_SYNC 0x2000
#define SYSC_AT_STATX_DONT_SYNC 0x4000
#define SYSC_AT_RECURSIVE 0x8000

/* open flags (asm-generic/fcntl.h; x86 and riscv64 use the generic values). The
 * kernel's O_LARGEFILE is 0100000 on x86: a 64-bit kernel sets it
 * itself, an i386 caller must pass it to open files over 2 GiB (libcs on
 * x86_64 define their O_LARGEFILE as 0 because it is implied there). */
#define SYSC_O_ACCMODE 00000003
#define SYSC_O_RDONLY 00000000
#define SYSC_O_WRONLY 00000001
#define SYSC_O_RDWR 00000002
#define SYSC_O_CREAT 00000100
#define SYSC_O_EXCL 00000200
#define SYSC_O_NOCTTY 00000400
#define SYSC_O_TRUNC 00001000
#define SYSC_O_APPEND 00002000
#define SYSC_O_NONBLOCK 00004000
#define SYSC_O_NDELAY SYSC_O_NONBLOCK
#define SYSC_O_DSYNC 00010000
#define SYSC_O_ASYNC 00020000 /* the kernel's FASYNC */
/* arm64's asm/fcntl.h moves these four (arch/aarch64/abi.h defines them
 * first); the other arches take the generic values. */
#ifndef SYSC_O_DIRECTORY
#define SYSC_O_DIRECT 00040000
#define SYSC_O_LARGEFILE 00100000
#define SYSC_O_DIRECTORY 00200000
#define SYSC_O_NOFOLLOW 00400000
#endif
#define SYSC_O_NOATIME 01000000
#define SYSC_O_CLOEXEC 02000000
/* O_SYNC includes O_DSYNC; O_TMPFILE includes O_DIRECTORY so that kernels
 * without O_TMPFILE fail with EISDIR/ENOTDIR instead of creating a file. */
#define SYSC_O_SYNC (04000000 | SYSC_O_DSYNC)
#define SYSC_O_PATH 010000000
#define SYSC_O_TMPFILE (020000000 | SYSC_O_DIRECTORY)

/* fcntl commands (asm-generic/fcntl.h, linux/fcntl.h). The record-lock
 * commands (per arch) and struct sysc_flock are in sysc/types_fs.h. */
#define SYSC_F_DUPFD 0
#define SYSC_F_GETFD 1
#define SYSC_F_SETFD 2
#define SYSC_F_GETFL 3
#define SYSC_F_SETFL 4
#define SYSC_F_SETOWN 8
#define SYSC_F_GETOWN 9
#define SYSC_F_SETSIG 10
#define SYSC_F_GETSIG 11
#define SYSC_F_LINUX_SPECIFIC_BASE 1024
#define SYSC_F_SETLEASE (SYSC_F_LINUX_SPECIFIC_BASE + 0)
#define SYSC_F_GETLEASE (SYSC_F_LINUX_SPECIFIC_BASE + 1)
#define SYSC_F_NOTIFY (SYSC_F_LINUX_SPECIFIC_BASE + 2)
#define SYSC_F_DUPFD_CLOEXEC (SYSC_F_LINUX_SPECIFIC_BASE + 6)
#define SYSC_F_SETPIPE_SZ (SYSC_F_LINUX_SPECIFIC_BASE + 7)
#define SYSC_F_GETPIPE_SZ (SYSC_F_LINUX_SPECIFIC_BASE + 8)
#define SYSC_F_ADD_SEALS (SYSC_F_LINUX_SPECIFIC_BASE + 9)
#define SYSC_F_GET_SEALS (SYSC_F_LINUX_SPECIFIC_BASE + 10)
#define SYSC_F_SEAL_SEAL 0x0001
#define SYSC_F_SEAL_SHRINK 0x0002
#define SYSC_F_SEAL_GROW 0x0004
#define SYSC_F_SEAL_WRITE 0x0008
#define SYSC_F_SEAL_FUTURE_WRITE 0x0010
#define SYSC_FD_CLOEXEC 1

/* renameat2 flags (linux/fs.h). */
#define SYSC_RENAME_NOREPLACE (1 << 0)
#define SYSC_RENAME_EXCHANGE (1 << 1)
#define SYSC_RENAME_WHITEOUT (1 << 2)

/* lseek whence (linux/fs.h). */
#define SYSC_SEEK_SET 0
#define SYSC_SEEK_CUR 1
#define SYSC_SEEK_END 2
#define SYSC_SEEK_DATA 3
#define SYSC_SEEK_HOLE 4

/* File type and permission bits of st_mode / stx_mode (linux/stat.h). */
#define SYSC_S_IFMT 00170000
#define SYSC_S_IFSOCK 0140000
#define SYSC_S_IFLNK 0120000
#define SYSC_S_IFREG 0100000
#define SYSC_S_IFBLK 0060000
#define SYSC_S_IFDIR 0040000
#define SYSC_S_IFCHR 0020000
#define SYSC_S_IFIFO 0010000
#define SYSC_S_ISUID 0004000
#define SYSC_S_ISGID 0002000
#define SYSC_S_ISVTX 0001000
#define SYSC_S_IRWXU 00700
#define SYSC_S_IRUSR 00400
#define SYSC_S_IWUSR 00200
#define SYSC_S_IXUSR 00100
#define SYSC_S_IRWXG 00070
#define SYSC_S_IRGRP 00040
#define SYSC_S_IWGRP 00020
#define SYSC_S_IXGRP 00010
#define SYSC_S_IRWXO 00007
#define SYSC_S_IROTH 00004
#define SYSC_S_IWOTH 00002
#define SYSC_S_IXOTH 00001
#define SYSC_S_ISTYPE(m, t) (((m) & SYSC_S_IFMT) == (t))
#define SYSC_S_ISREG(m) SYSC_S_ISTYPE(m, SYSC_S_IFREG)
#define SYSC_S_ISDIR(m) SYSC_S_ISTYPE(m, SYSC_S_IFDIR)
#define SYSC_S_ISLNK(m) SYSC_S_ISTYPE(m, SYSC_S_IFLNK)
#define SYSC_S_ISCHR(m) SYSC_S_ISTYPE(m, SYSC_S_IFCHR)
#define SYSC_S_ISBLK(m) SYSC_S_ISTYPE(m, SYSC_S_IFBLK)
#define SYSC_S_ISFIFO(m) SYSC_S_ISTYPE(m, SYSC_S_IFIFO)
#define SYSC_S_ISSOCK(m) SYSC_S_ISTYPE(m, SYSC_S_IFSOCK)

/* d_type of getdents64: the kernel defines DT_x as S_IFx >> 12
 * (include/linux/fs_types.h, not exported to uapi). */
#define SYSC_DT_UNKNOWN 0
#define SYSC_DT_FIFO 1
#define SYSC_DT_CHR 2
#define SYSC_DT_DIR 4
#define SYSC_DT_BLK 6
#define SYSC_DT_REG 8
#define SYSC_DT_LNK 10
#define SYSC_DT_SOCK 12
#define SYSC_DT_WHT 14

/* statx mask bits (linux/stat.h). The ones after DIOALIGN are newer than
 * some uapi headers (6.8 .. 6.14); an older kernel leaves them clear in
 * stx_mask. */
#define SYSC_STATX_TYPE 0x00000001U
#define SYSC_STATX_MODE 0x00000002U
#define SYSC_STATX_NLINK 0x00000004U
#define SYSC_STATX_UID 0x00000008U
#define SYSC_STATX_GID 0x00000010U
#define SYSC_STATX_ATIME 0x00000020U
#define SYSC_STATX_MTIME 0x00000040U
#define SYSC_STATX_CTIME 0x00000080U
#define SYSC_STATX_INO 0x00000100U
#define SYSC_STATX_SIZE 0x00000200U
#define SYSC_STATX_BLOCKS 0x00000400U
#define SYSC_STATX_BASIC_STATS 0x000007ffU
#define SYSC_STATX_BTIME 0x00000800U
#define SYSC_STATX_MNT_ID 0x00001000U
#define SYSC_STATX_DIOALIGN 0x00002000U
#define SYSC_STATX_MNT_ID_UNIQUE 0x00004000U
#define SYSC_STATX_SUBVOL 0x00008000U
#define SYSC_STATX_WRITE_ATOMIC 0x00010000U
#define SYSC_STATX_DIO_READ_ALIGN 0x00020000U
#define SYSC_STATX__RESERVED 0x80000000U
/* stx_attributes bits. */
#define SYSC_STATX_ATTR_COMPRESSED 0x00000004
#define SYSC_STATX_ATTR_IMMUTABLE 0x00000010
#define SYSC_STATX_ATTR_APPEND 0x00000020
#define SYSC_STATX_ATTR_NODUMP 0x00000040
#define SYSC_STATX_ATTR_ENCRYPTED 0x00000800
#define SYSC_STATX_ATTR_AUTOMOUNT 0x00001000
#define SYSC_STATX_ATTR_MOUNT_ROOT 0x00002000
#define SYSC_STATX_ATTR_VERITY 0x00100000
#define SYSC_STATX_ATTR_DAX 0x00200000
#define SYSC_STATX_ATTR_WRITE_ATOMIC 0x00400000

/* mmap / mprotect (asm-generic/mman-common.h, asm-generic/mman.h, which x86
 * uses for both arches; MAP_32BIT is in arch/x86_64/abi.h). */
#define SYSC_PROT_NONE 0x0
#define SYSC_PROT_READ 0x1
#define SYSC_PROT_WRITE 0x2
#define SYSC_PROT_EXEC 0x4
#define SYSC_PROT_GROWSDOWN 0x01000000
#define SYSC_PROT_GROWSUP 0x02000000

#define SYSC_MAP_SHARED 0x01
#define SYSC_MAP_PRIVATE 0x02
#define SYSC_MAP_SHARED_VALIDATE 0x03
#define SYSC_MAP_TYPE 0x0f
#define SYSC_MAP_FIXED 0x10
#define SYSC_MAP_ANONYMOUS 0x20
#define SYSC_MAP_GROWSDOWN 0x0100
#define SYSC_MAP_LOCKED 0x2000
#define SYSC_MAP_NORESERVE 0x4000
#define SYSC_MAP_POPULATE 0x008000
#define SYSC_MAP_NONBLOCK 0x010000
#define SYSC_MAP_STACK 0x020000
#define SYSC_MAP_HUGETLB 0x040000
#define SYSC_MAP_SYNC 0x080000
#define SYSC_MAP_FIXED_NOREPLACE 0x100000
/* With MAP_HUGETLB: log2 of the page size in bits 26..31. */
#define SYSC_MAP_HUGE_SHIFT 26
#define SYSC_MAP_HUGE_MASK 0x3f
#define SYSC_MAP_HUGE_2MB (21 << SYSC_MAP_HUGE_SHIFT)
#define SYSC_MAP_HUGE_1GB (30 << SYSC_MAP_HUGE_SHIFT)
#define SYSC_MAP_FAILED ((void *)-1)

#define SYSC_MADV_NORMAL 0
#define SYSC_MADV_RANDOM 1
#define SYSC_MADV_SEQUENTIAL 2
#define SYSC_MADV_WILLNEED 3
#define SYSC_MADV_DONTNEED 4
#define SYSC_MADV_FREE 8
#define SYSC_MADV_REMOVE 9
#define SYSC_MADV_DONTFORK 10
#define SYSC_MADV_DOFORK 11
#define SYSC_MADV_MERGEABLE 12
#define SYSC_MADV_UNMERGEABLE 13
#define SYSC_MADV_HUGEPAGE 14
#define SYSC_MADV_NOHUGEPAGE 15
#define SYSC_MADV_DONTDUMP 16
#define SYSC_MADV_DODUMP 17
#define SYSC_MADV_WIPEONFORK 18
#define SYSC_MADV_KEEPONFORK 19
#define SYSC_MADV_COLD 20
#define SYSC_MADV_PAGEOUT 21
#define SYSC_MADV_POPULATE_READ 22
#define SYSC_MADV_POPULATE_WRITE 23
#define SYSC_MADV_DONTNEED_LOCKED 24
#define SYSC_MADV_COLLAPSE 25

/* mremap flags (linux/mman.h). */
#define SYSC_MREMAP_MAYMOVE 1
#define SYSC_MREMAP_FIXED 2
#define SYSC_MREMAP_DONTUNMAP 4

/* Clock ids and clock_nanosleep flags (linux/time.h). */
#define SYSC_CLOCK_REALTIME 0
#define SYSC_CLOCK_MONOTONIC 1
#define SYSC_CLOCK_PROCESS_CPUTIME_ID 2
#define SYSC_CLOCK_THREAD_CPUTIME_ID 3
#define SYSC_CLOCK_MONOTONIC_RAW 4
#define SYSC_CLOCK_REALTIME_COARSE 5
#define SYSC_CLOCK_MONOTONIC_COARSE 6
#define SYSC_CLOCK_BOOTTIME 7
#define SYSC_CLOCK_REALTIME_ALARM 8
#define SYSC_CLOCK_BOOTTIME_ALARM 9
#define SYSC_CLOCK_TAI 11
#define SYSC_TIMER_ABSTIME 0x01

/* wait4 / waitid options and waitid id types (linux/wait.h). */
#define SYSC_WNOHANG 0x00000001
#define SYSC_WUNTRACED 0x00000002
#define SYSC_WSTOPPED SYSC_WUNTRACED
#define SYSC_WEXITED 0x00000004
#define SYSC_WCONTINUED 0x00000008
#define SYSC_WNOWAIT 0x01000000
#define SYSC_WNOTHREAD 0x20000000 /* the kernel's __WNOTHREAD */
#define SYSC_WALL 0x40000000      /* the kernel's __WALL */
#define SYSC_WCLONE 0x80000000U   /* the kernel's __WCLONE */
#define SYSC_P_ALL 0
#define SYSC_P_PID 1
#define SYSC_P_PGID 2
#define SYSC_P_PIDFD 3

/* getrusage "who" (linux/resource.h). */
#define SYSC_RUSAGE_SELF 0
#define SYSC_RUSAGE_CHILDREN (-1)
#define SYSC_RUSAGE_THREAD 1

/* getrandom flags (linux/random.h). */
#define SYSC_GRND_NONBLOCK 0x0001
#define SYSC_GRND_RANDOM 0x0002
#define SYSC_GRND_INSECURE 0x0004

/* prctl options (linux/prctl.h). PR_GET_AUXV is 6.4+ ("AUXV" in ASCII). */
#define SYSC_PR_SET_PDEATHSIG 1
#define SYSC_PR_GET_PDEATHSIG 2
#define SYSC_PR_GET_DUMPABLE 3
#define SYSC_PR_SET_DUMPABLE 4
#define SYSC_PR_SET_NAME 15
#define SYSC_PR_GET_NAME 16
#define SYSC_PR_SET_CHILD_SUBREAPER 36
#define SYSC_PR_GET_CHILD_SUBREAPER 37
#define SYSC_PR_SET_NO_NEW_PRIVS 38
#define SYSC_PR_GET_NO_NEW_PRIVS 39
#define SYSC_PR_GET_TID_ADDRESS 40
#define SYSC_PR_SET_VMA 0x53564d41
#define SYSC_PR_SET_VMA_ANON_NAME 0
#define SYSC_PR_GET_AUXV 0x41555856

/* Each field of struct sysc_utsname, terminating NUL included (the kernel's
 * __NEW_UTS_LEN + 1). */
#define SYSC_UTSNAME_LEN 65

#endif
