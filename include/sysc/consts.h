/* Kernel constants that are the same on x86_64 and i386 (values from the
 * kernel's asm-generic and x86 uapi headers; checked in tests/test_abi.c). */
#ifndef SYSC_CONSTS_H
#define SYSC_CONSTS_H

#define SYSC_AT_FDCWD (-100)
#define SYSC_AT_SYMLINK_NOFOLLOW 0x100
#define SYSC_AT_REMOVEDIR 0x200
#define SYSC_AT_EMPTY_PATH 0x1000

#define SYSC_O_RDONLY 00
#define SYSC_O_WRONLY 01
#define SYSC_O_RDWR 02
#define SYSC_O_CREAT 0100
#define SYSC_O_EXCL 0200
#define SYSC_O_TRUNC 01000
#define SYSC_O_APPEND 02000
#define SYSC_O_NONBLOCK 04000
#define SYSC_O_DIRECTORY 0200000
#define SYSC_O_CLOEXEC 02000000

#define SYSC_SEEK_SET 0
#define SYSC_SEEK_CUR 1
#define SYSC_SEEK_END 2

#define SYSC_PROT_NONE 0x0
#define SYSC_PROT_READ 0x1
#define SYSC_PROT_WRITE 0x2
#define SYSC_PROT_EXEC 0x4

#define SYSC_MAP_SHARED 0x01
#define SYSC_MAP_PRIVATE 0x02
#define SYSC_MAP_FIXED 0x10
#define SYSC_MAP_ANONYMOUS 0x20
#define SYSC_MAP_FAILED ((void *)-1)

#define SYSC_CLOCK_REALTIME 0
#define SYSC_CLOCK_MONOTONIC 1

#endif
