/* Kernel ABI types and constants: system administration, security, keys,
 * tracing. Included by sysc/types.h. tests/test_abi_sys.c checks every
 * layout and value against the kernel's uapi headers (or, for what the
 * installed uapi 6.1 lacks, against the kernel's documentation). The seccomp
 * filter ABI (SECCOMP_SET_MODE_*, SECCOMP_RET_*, struct sysc_seccomp_data,
 * classic BPF) is in sysc/seccomp.h; what it lacks is here. */
/* types.h includes this header inside its C++ -Wpedantic push (flexible
 * array members) and after the types it uses; included first on its own,
 * this file is read through types.h. */
#include "types.h"
#ifndef SYSC_TYPES_SYS_H
#define SYSC_TYPES_SYS_H

/* ---- syslog (the kernel log, not syslog(3)): the type argument ---- */
#define SYSC_SYSLOG_ACTION_CLOSE 0
#define SYSC_SYSLOG_ACTION_OPEN 1
#define SYSC_SYSLOG_ACTION_READ 2
#define SYSC_SYSLOG_ACTION_READ_ALL 3
#define SYSC_SYSLOG_ACTION_READ_CLEAR 4
#define SYSC_SYSLOG_ACTION_CLEAR 5
#define SYSC_SYSLOG_ACTION_CONSOLE_OFF 6
#define SYSC_SYSLOG_ACTION_CONSOLE_ON 7
#define SYSC_SYSLOG_ACTION_CONSOLE_LEVEL 8
#define SYSC_SYSLOG_ACTION_SIZE_UNREAD 9
#define SYSC_SYSLOG_ACTION_SIZE_BUFFER 10

/* ---- reboot (linux/reboot.h): both magics must match or EINVAL ---- */
#define SYSC_LINUX_REBOOT_MAGIC1 0xfee1deadu
#define SYSC_LINUX_REBOOT_MAGIC2 672274793
#define SYSC_LINUX_REBOOT_MAGIC2A 85072278
#define SYSC_LINUX_REBOOT_MAGIC2B 369367448
#define SYSC_LINUX_REBOOT_MAGIC2C 537993216
#define SYSC_LINUX_REBOOT_CMD_RESTART 0x01234567u
#define SYSC_LINUX_REBOOT_CMD_HALT 0xcdef0123u
#define SYSC_LINUX_REBOOT_CMD_CAD_ON 0x89abcdefu
#define SYSC_LINUX_REBOOT_CMD_CAD_OFF 0x00000000u
#define SYSC_LINUX_REBOOT_CMD_POWER_OFF 0x4321fedcu
#define SYSC_LINUX_REBOOT_CMD_RESTART2 0xa1b2c3d4u
#define SYSC_LINUX_REBOOT_CMD_SW_SUSPEND 0xd000fce2u
#define SYSC_LINUX_REBOOT_CMD_KEXEC 0x45584543u

/* ---- kexec_load, kexec_file_load (linux/kexec.h) ---- */
/* One segment of kexec_load: in pointer/size_t terms, so one definition
 * gives each arch its layout (the kernel's compat_kexec_segment on i386). */
struct sysc_kexec_segment {
	const void *buf;
	size_t bufsz;
	const void *mem;
	size_t memsz;
};
#define SYSC_KEXEC_ON_CRASH 0x00000001u
#define SYSC_KEXEC_PRESERVE_CONTEXT 0x00000002u
#define SYSC_KEXEC_UPDATE_ELFCOREHDR 0x00000004u	/* 6.6 */
#define SYSC_KEXEC_CRASH_HOTPLUG_SUPPORT 0x00000008u	/* 6.11 */
#define SYSC_KEXEC_ARCH_MASK 0xffff0000u
#define SYSC_KEXEC_ARCH_DEFAULT (0u << 16)
#define SYSC_KEXEC_ARCH_386 (3u << 16)
#define SYSC_KEXEC_ARCH_X86_64 (62u << 16)
#define SYSC_KEXEC_SEGMENT_MAX 16
#define SYSC_KEXEC_FILE_UNLOAD 0x00000001u
#define SYSC_KEXEC_FILE_ON_CRASH 0x00000002u
#define SYSC_KEXEC_FILE_NO_INITRAMFS 0x00000004u
#define SYSC_KEXEC_FILE_DEBUG 0x00000008u	/* 6.7 */

/* ---- init_module, finit_module, delete_module ---- */
#define SYSC_MODULE_INIT_IGNORE_MODVERSIONS 1
#define SYSC_MODULE_INIT_IGNORE_VERMAGIC 2
#define SYSC_MODULE_INIT_COMPRESSED_FILE 4
/* delete_module flags: the O_ values (linux/fcntl.h). */
#define SYSC_DELETE_MODULE_NONBLOCK 00004000
#define SYSC_DELETE_MODULE_TRUNC 00001000

/* ---- capget, capset (linux/capability.h) ---- */
/* The header names the version; capget with an unknown version fails with
 * EINVAL and writes the kernel's preferred one back. pid 0 is the caller. */
struct sysc_cap_header {
	uint32_t version;
	int pid;
};
/* Version 3 (and 2) take an array of two: [0] holds capabilities 0..31,
 * [1] 32..63. */
struct sysc_cap_data {
	uint32_t effective;
	uint32_t permitted;
	uint32_t inheritable;
};
#define SYSC_LINUX_CAPABILITY_VERSION_1 0x19980330u
#define SYSC_LINUX_CAPABILITY_U32S_1 1
#define SYSC_LINUX_CAPABILITY_VERSION_2 0x20071026u
#define SYSC_LINUX_CAPABILITY_U32S_2 2
#define SYSC_LINUX_CAPABILITY_VERSION_3 0x20080522u
#define SYSC_LINUX_CAPABILITY_U32S_3 2
/* Index into the data array and bit within it. */
#define SYSC_CAP_TO_INDEX(c) ((c) >> 5)
#define SYSC_CAP_TO_MASK(c) (1u << ((c) & 31))
#define SYSC_CAP_CHOWN 0
#define SYSC_CAP_DAC_OVERRIDE 1
#define SYSC_CAP_DAC_READ_SEARCH 2
#define SYSC_CAP_FOWNER 3
#define SYSC_CAP_FSETID 4
#define SYSC_CAP_KILL 5
#define SYSC_CAP_SETGID 6
#define SYSC_CAP_SETUID 7
#define SYSC_CAP_SETPCAP 8
#define SYSC_CAP_LINUX_IMMUTABLE 9
#define SYSC_CAP_NET_BIND_SERVICE 10
#define SYSC_CAP_NET_BROADCAST 11
#define SYSC_CAP_NET_ADMIN 12
#define SYSC_CAP_NET_RAW 13
#define SYSC_CAP_IPC_LOCK 14
#define SYSC_CAP_IPC_OWNER 15
#define SYSC_CAP_SYS_MODULE 16
#define SYSC_CAP_SYS_RAWIO 17
#define SYSC_CAP_SYS_CHROOT 18
#define SYSC_CAP_SYS_PTRACE 19
#define SYSC_CAP_SYS_PACCT 20
#define SYSC_CAP_SYS_ADMIN 21
#define SYSC_CAP_SYS_BOOT 22
#define SYSC_CAP_SYS_NICE 23
#define SYSC_CAP_SYS_RESOURCE 24
#define SYSC_CAP_SYS_TIME 25
#define SYSC_CAP_SYS_TTY_CONFIG 26
#define SYSC_CAP_MKNOD 27
#define SYSC_CAP_LEASE 28
#define SYSC_CAP_AUDIT_WRITE 29
#define SYSC_CAP_AUDIT_CONTROL 30
#define SYSC_CAP_SETFCAP 31
#define SYSC_CAP_MAC_OVERRIDE 32
#define SYSC_CAP_MAC_ADMIN 33
#define SYSC_CAP_SYSLOG 34
#define SYSC_CAP_WAKE_ALARM 35
#define SYSC_CAP_BLOCK_SUSPEND 36
#define SYSC_CAP_AUDIT_READ 37
#define SYSC_CAP_PERFMON 38
#define SYSC_CAP_BPF 39
#define SYSC_CAP_CHECKPOINT_RESTORE 40
#define SYSC_CAP_LAST_CAP SYSC_CAP_CHECKPOINT_RESTORE

/* ---- seccomp: what sysc/seccomp.h does not have (linux/seccomp.h) ---- */
#define SYSC_SECCOMP_MODE_DISABLED 0
#define SYSC_SECCOMP_MODE_STRICT 1
#define SYSC_SECCOMP_MODE_FILTER 2
#define SYSC_SECCOMP_GET_NOTIF_SIZES 3
#define SYSC_SECCOMP_FILTER_FLAG_SPEC_ALLOW 4u
#define SYSC_SECCOMP_FILTER_FLAG_NEW_LISTENER 8u
#define SYSC_SECCOMP_FILTER_FLAG_TSYNC_ESRCH 16u
#define SYSC_SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV 32u
#define SYSC_SECCOMP_RET_KILL SYSC_SECCOMP_RET_KILL_THREAD
#define SYSC_SECCOMP_RET_ACTION 0x7fff0000u
#define SYSC_SECCOMP_USER_NOTIF_FLAG_CONTINUE 1u
#define SYSC_SECCOMP_ADDFD_FLAG_SETFD 1u
#define SYSC_SECCOMP_ADDFD_FLAG_SEND 2u
#define SYSC_SECCOMP_USER_NOTIF_FD_SYNC_WAKE_UP 1u	/* 6.6 */

/* What SECCOMP_GET_NOTIF_SIZES fills in: the sizes this kernel uses, which
 * a supervisor should allocate rather than trust its own structs. */
struct sysc_seccomp_notif_sizes {
	uint16_t seccomp_notif;
	uint16_t seccomp_notif_resp;
	uint16_t seccomp_data;
};

/* The user-notification listener's ioctls (SECCOMP_FILTER_FLAG_NEW_LISTENER
 * returns its fd). The data member is struct sysc_seccomp_data of
 * sysc/seccomp.h: the same 64 bytes, declared here by layout. */
struct sysc_seccomp_notif {
	uint64_t id;
	uint32_t pid;
	uint32_t flags;
	struct {
		int nr;
		unsigned int arch;
		unsigned long long instruction_pointer;
		unsigned long long args[6];
	} data;
};

struct sysc_seccomp_notif_resp {
	uint64_t id;
	int64_t val;
	int32_t error;
	uint32_t flags;
};

struct sysc_seccomp_notif_addfd {
	uint64_t id;
	uint32_t flags;
	uint32_t srcfd;
	uint32_t newfd;
	uint32_t newfd_flags;
};

/* _IOWR/_IOW('!', n, type), spelled out. */
#define SYSC_SECCOMP_IOCTL_NOTIF_RECV 0xc0502100u
#define SYSC_SECCOMP_IOCTL_NOTIF_SEND 0xc0182101u
#define SYSC_SECCOMP_IOCTL_NOTIF_ID_VALID 0x40082102u
#define SYSC_SECCOMP_IOCTL_NOTIF_ADDFD 0x40182103u
#define SYSC_SECCOMP_IOCTL_NOTIF_SET_FLAGS 0x40082104u	/* 6.6 */

/* ---- bpf: the commands and the leading parts of union bpf_attr ----
 * The kernel's union bpf_attr is one member per command and grows with
 * every release; bpf() takes a pointer and the size the caller knows, and
 * the kernel zero-checks whatever lies beyond what it knows (E2BIG). sysc
 * gives the members most programs start with; pass sizeof of them. */
#define SYSC_BPF_MAP_CREATE 0
#define SYSC_BPF_MAP_LOOKUP_ELEM 1
#define SYSC_BPF_MAP_UPDATE_ELEM 2
#define SYSC_BPF_MAP_DELETE_ELEM 3
#define SYSC_BPF_MAP_GET_NEXT_KEY 4
#define SYSC_BPF_PROG_LOAD 5
#define SYSC_BPF_OBJ_PIN 6
#define SYSC_BPF_OBJ_GET 7
#define SYSC_BPF_PROG_ATTACH 8
#define SYSC_BPF_PROG_DETACH 9
#define SYSC_BPF_PROG_TEST_RUN 10
#define SYSC_BPF_PROG_GET_NEXT_ID 11
#define SYSC_BPF_MAP_GET_NEXT_ID 12
#define SYSC_BPF_PROG_GET_FD_BY_ID 13
#define SYSC_BPF_MAP_GET_FD_BY_ID 14
#define SYSC_BPF_OBJ_GET_INFO_BY_FD 15
#define SYSC_BPF_PROG_QUERY 16
#define SYSC_BPF_RAW_TRACEPOINT_OPEN 17
#define SYSC_BPF_BTF_LOAD 18
#define SYSC_BPF_BTF_GET_FD_BY_ID 19
#define SYSC_BPF_TASK_FD_QUERY 20
#define SYSC_BPF_MAP_LOOKUP_AND_DELETE_ELEM 21
#define SYSC_BPF_MAP_FREEZE 22
#define SYSC_BPF_BTF_GET_NEXT_ID 23
#define SYSC_BPF_MAP_LOOKUP_BATCH 24
#define SYSC_BPF_MAP_LOOKUP_AND_DELETE_BATCH 25
#define SYSC_BPF_MAP_UPDATE_BATCH 26
#define SYSC_BPF_MAP_DELETE_BATCH 27
#define SYSC_BPF_LINK_CREATE 28
#define SYSC_BPF_LINK_UPDATE 29
#define SYSC_BPF_LINK_GET_FD_BY_ID 30
#define SYSC_BPF_LINK_GET_NEXT_ID 31
#define SYSC_BPF_ENABLE_STATS 32
#define SYSC_BPF_ITER_CREATE 33
#define SYSC_BPF_LINK_DETACH 34
#define SYSC_BPF_PROG_BIND_MAP 35
#define SYSC_BPF_TOKEN_CREATE 36	/* 6.9 */

#define SYSC_BPF_MAP_TYPE_UNSPEC 0
#define SYSC_BPF_MAP_TYPE_HASH 1
#define SYSC_BPF_MAP_TYPE_ARRAY 2
#define SYSC_BPF_PROG_TYPE_UNSPEC 0
#define SYSC_BPF_PROG_TYPE_SOCKET_FILTER 1
#define SYSC_BPF_ANY 0
#define SYSC_BPF_NOEXIST 1
#define SYSC_BPF_EXIST 2
#define SYSC_BPF_F_LOCK 4
#define SYSC_BPF_OBJ_NAME_LEN 16

/* BPF_MAP_CREATE: the first members of its union bpf_attr member. */
struct sysc_bpf_map_create_attr {
	uint32_t map_type;
	uint32_t key_size;
	uint32_t value_size;
	uint32_t max_entries;
	uint32_t map_flags;
	uint32_t inner_map_fd;
	uint32_t numa_node;
	char map_name[SYSC_BPF_OBJ_NAME_LEN];
};

/* BPF_MAP_*_ELEM and GET_NEXT_KEY: pointers travel as 64-bit integers on
 * both arches (store (uintptr_t)p). */
struct sysc_bpf_map_elem_attr {
	uint32_t map_fd;
	uint32_t pad_;
	sysc_aligned_u64 key;
	sysc_aligned_u64 value;	/* next_key for BPF_MAP_GET_NEXT_KEY */
	uint64_t flags;
};

/* BPF_PROG_LOAD: the first members; license is a NUL-terminated string
 * ("GPL" unlocks the GPL-only helpers). */
struct sysc_bpf_prog_load_attr {
	uint32_t prog_type;
	uint32_t insn_cnt;
	sysc_aligned_u64 insns;
	sysc_aligned_u64 license;
	uint32_t log_level;
	uint32_t log_size;
	sysc_aligned_u64 log_buf;
	uint32_t kern_version;
	uint32_t prog_flags;
};

/* One eBPF instruction: regs holds dst_reg in its low nibble and src_reg in
 * its high one (the kernel's bitfields, on little-endian x86). */
struct sysc_bpf_insn {
	uint8_t code;
	uint8_t regs;
	int16_t off;
	int32_t imm;
};

/* ---- perf_event_open (linux/perf_event.h) ----
 * The kernel's bitfield word at offset 40 is `flags` here, with one
 * SYSC_PERF_ATTR_* bit per kernel bitfield; the kernel's unions are one
 * member named after their first alternative. Set size to
 * SYSC_PERF_ATTR_SIZE_VER8 (sizeof); the kernel accepts older sizes and
 * on E2BIG writes the size it knows into size. */
struct sysc_perf_event_attr {
	uint32_t type;
	uint32_t size;
	uint64_t config;
	uint64_t sample_period;		/* or sample_freq, with ..._FREQ */
	uint64_t sample_type;
	uint64_t read_format;
	uint64_t flags;			/* SYSC_PERF_ATTR_* */
	uint32_t wakeup_events;		/* or wakeup_watermark */
	uint32_t bp_type;
	uint64_t config1;		/* or bp_addr, kprobe_func, uprobe_path */
	uint64_t config2;		/* or bp_len, kprobe_addr, probe_offset */
	uint64_t branch_sample_type;
	uint64_t sample_regs_user;
	uint32_t sample_stack_user;
	int32_t clockid;
	uint64_t sample_regs_intr;
	uint32_t aux_watermark;
	uint16_t sample_max_stack;
	uint16_t reserved_2;
	uint32_t aux_sample_size;
	uint32_t aux_action;		/* 6.13: aux_start_paused etc.; 0 before */
	uint64_t sig_data;
	uint64_t config3;		/* 6.3 */
};
#define SYSC_PERF_ATTR_SIZE_VER0 64
#define SYSC_PERF_ATTR_SIZE_VER1 72
#define SYSC_PERF_ATTR_SIZE_VER2 80
#define SYSC_PERF_ATTR_SIZE_VER3 96
#define SYSC_PERF_ATTR_SIZE_VER4 104
#define SYSC_PERF_ATTR_SIZE_VER5 112
#define SYSC_PERF_ATTR_SIZE_VER6 120
#define SYSC_PERF_ATTR_SIZE_VER7 128
#define SYSC_PERF_ATTR_SIZE_VER8 136	/* 6.3: config3 */

#define SYSC_PERF_ATTR_DISABLED (1ull << 0)
#define SYSC_PERF_ATTR_INHERIT (1ull << 1)
#define SYSC_PERF_ATTR_PINNED (1ull << 2)
#define SYSC_PERF_ATTR_EXCLUSIVE (1ull << 3)
#define SYSC_PERF_ATTR_EXCLUDE_USER (1ull << 4)
#define SYSC_PERF_ATTR_EXCLUDE_KERNEL (1ull << 5)
#define SYSC_PERF_ATTR_EXCLUDE_HV (1ull << 6)
#define SYSC_PERF_ATTR_EXCLUDE_IDLE (1ull << 7)
#define SYSC_PERF_ATTR_MMAP (1ull << 8)
#define SYSC_PERF_ATTR_COMM (1ull << 9)
#define SYSC_PERF_ATTR_FREQ (1ull << 10)
#define SYSC_PERF_ATTR_INHERIT_STAT (1ull << 11)
#define SYSC_PERF_ATTR_ENABLE_ON_EXEC (1ull << 12)
#define SYSC_PERF_ATTR_TASK (1ull << 13)
#define SYSC_PERF_ATTR_WATERMARK (1ull << 14)
#define SYSC_PERF_ATTR_PRECISE_IP_SHIFT 15	/* two bits */
#define SYSC_PERF_ATTR_MMAP_DATA (1ull << 17)
#define SYSC_PERF_ATTR_SAMPLE_ID_ALL (1ull << 18)
#define SYSC_PERF_ATTR_EXCLUDE_HOST (1ull << 19)
#define SYSC_PERF_ATTR_EXCLUDE_GUEST (1ull << 20)
#define SYSC_PERF_ATTR_EXCLUDE_CALLCHAIN_KERNEL (1ull << 21)
#define SYSC_PERF_ATTR_EXCLUDE_CALLCHAIN_USER (1ull << 22)
#define SYSC_PERF_ATTR_MMAP2 (1ull << 23)
#define SYSC_PERF_ATTR_COMM_EXEC (1ull << 24)
#define SYSC_PERF_ATTR_USE_CLOCKID (1ull << 25)
#define SYSC_PERF_ATTR_CONTEXT_SWITCH (1ull << 26)
#define SYSC_PERF_ATTR_WRITE_BACKWARD (1ull << 27)
#define SYSC_PERF_ATTR_NAMESPACES (1ull << 28)
#define SYSC_PERF_ATTR_KSYMBOL (1ull << 29)
#define SYSC_PERF_ATTR_BPF_EVENT (1ull << 30)
#define SYSC_PERF_ATTR_AUX_OUTPUT (1ull << 31)
#define SYSC_PERF_ATTR_CGROUP (1ull << 32)
#define SYSC_PERF_ATTR_TEXT_POKE (1ull << 33)
#define SYSC_PERF_ATTR_BUILD_ID (1ull << 34)
#define SYSC_PERF_ATTR_INHERIT_THREAD (1ull << 35)
#define SYSC_PERF_ATTR_REMOVE_ON_EXEC (1ull << 36)
#define SYSC_PERF_ATTR_SIGTRAP (1ull << 37)

#define SYSC_PERF_TYPE_HARDWARE 0
#define SYSC_PERF_TYPE_SOFTWARE 1
#define SYSC_PERF_TYPE_TRACEPOINT 2
#define SYSC_PERF_TYPE_HW_CACHE 3
#define SYSC_PERF_TYPE_RAW 4
#define SYSC_PERF_TYPE_BREAKPOINT 5

#define SYSC_PERF_COUNT_HW_CPU_CYCLES 0
#define SYSC_PERF_COUNT_HW_INSTRUCTIONS 1
#define SYSC_PERF_COUNT_HW_CACHE_REFERENCES 2
#define SYSC_PERF_COUNT_HW_CACHE_MISSES 3
#define SYSC_PERF_COUNT_HW_BRANCH_INSTRUCTIONS 4
#define SYSC_PERF_COUNT_HW_BRANCH_MISSES 5
#define SYSC_PERF_COUNT_HW_BUS_CYCLES 6
#define SYSC_PERF_COUNT_HW_STALLED_CYCLES_FRONTEND 7
#define SYSC_PERF_COUNT_HW_STALLED_CYCLES_BACKEND 8
#define SYSC_PERF_COUNT_HW_REF_CPU_CYCLES 9

#define SYSC_PERF_COUNT_SW_CPU_CLOCK 0
#define SYSC_PERF_COUNT_SW_TASK_CLOCK 1
#define SYSC_PERF_COUNT_SW_PAGE_FAULTS 2
#define SYSC_PERF_COUNT_SW_CONTEXT_SWITCHES 3
#define SYSC_PERF_COUNT_SW_CPU_MIGRATIONS 4
#define SYSC_PERF_COUNT_SW_PAGE_FAULTS_MIN 5
#define SYSC_PERF_COUNT_SW_PAGE_FAULTS_MAJ 6
#define SYSC_PERF_COUNT_SW_ALIGNMENT_FAULTS 7
#define SYSC_PERF_COUNT_SW_EMULATION_FAULTS 8
#define SYSC_PERF_COUNT_SW_DUMMY 9
#define SYSC_PERF_COUNT_SW_BPF_OUTPUT 10
#define SYSC_PERF_COUNT_SW_CGROUP_SWITCHES 11

#define SYSC_PERF_FORMAT_TOTAL_TIME_ENABLED (1u << 0)
#define SYSC_PERF_FORMAT_TOTAL_TIME_RUNNING (1u << 1)
#define SYSC_PERF_FORMAT_ID (1u << 2)
#define SYSC_PERF_FORMAT_GROUP (1u << 3)
#define SYSC_PERF_FORMAT_LOST (1u << 4)

#define SYSC_PERF_FLAG_FD_NO_GROUP (1ul << 0)
#define SYSC_PERF_FLAG_FD_OUTPUT (1ul << 1)
#define SYSC_PERF_FLAG_PID_CGROUP (1ul << 2)
#define SYSC_PERF_FLAG_FD_CLOEXEC (1ul << 3)

/* The event fd's ioctls (_IO/_IOW('$', n)); the pointer-sized ones differ
 * per arch in their size field. */
#define SYSC_PERF_EVENT_IOC_ENABLE 0x2400u
#define SYSC_PERF_EVENT_IOC_DISABLE 0x2401u
#define SYSC_PERF_EVENT_IOC_REFRESH 0x2402u
#define SYSC_PERF_EVENT_IOC_RESET 0x2403u
#define SYSC_PERF_EVENT_IOC_PERIOD 0x40082404u
#define SYSC_PERF_EVENT_IOC_SET_OUTPUT 0x2405u
#define SYSC_PERF_EVENT_IOC_SET_FILTER (0x40002406u | (unsigned int)sizeof(void *) << 16)
#define SYSC_PERF_EVENT_IOC_ID (0x80002407u | (unsigned int)sizeof(void *) << 16)
#define SYSC_PERF_EVENT_IOC_SET_BPF 0x40042408u
#define SYSC_PERF_EVENT_IOC_PAUSE_OUTPUT 0x40042409u
#define SYSC_PERF_IOC_FLAG_GROUP 1u

/* ---- keyctl, add_key, request_key (linux/keyctl.h) ---- */
typedef int32_t sysc_key_serial_t;
#define SYSC_KEY_SPEC_THREAD_KEYRING (-1)
#define SYSC_KEY_SPEC_PROCESS_KEYRING (-2)
#define SYSC_KEY_SPEC_SESSION_KEYRING (-3)
#define SYSC_KEY_SPEC_USER_KEYRING (-4)
#define SYSC_KEY_SPEC_USER_SESSION_KEYRING (-5)
#define SYSC_KEY_SPEC_GROUP_KEYRING (-6)
#define SYSC_KEY_SPEC_REQKEY_AUTH_KEY (-7)
#define SYSC_KEY_SPEC_REQUESTOR_KEYRING (-8)
#define SYSC_KEY_REQKEY_DEFL_NO_CHANGE (-1)
#define SYSC_KEY_REQKEY_DEFL_DEFAULT 0
#define SYSC_KEY_REQKEY_DEFL_THREAD_KEYRING 1
#define SYSC_KEY_REQKEY_DEFL_PROCESS_KEYRING 2
#define SYSC_KEY_REQKEY_DEFL_SESSION_KEYRING 3
#define SYSC_KEY_REQKEY_DEFL_USER_KEYRING 4
#define SYSC_KEY_REQKEY_DEFL_USER_SESSION_KEYRING 5
#define SYSC_KEY_REQKEY_DEFL_GROUP_KEYRING 6
#define SYSC_KEY_REQKEY_DEFL_REQUESTOR_KEYRING 7
#define SYSC_KEYCTL_GET_KEYRING_ID 0
#define SYSC_KEYCTL_JOIN_SESSION_KEYRING 1
#define SYSC_KEYCTL_UPDATE 2
#define SYSC_KEYCTL_REVOKE 3
#define SYSC_KEYCTL_CHOWN 4
#define SYSC_KEYCTL_SETPERM 5
#define SYSC_KEYCTL_DESCRIBE 6
#define SYSC_KEYCTL_CLEAR 7
#define SYSC_KEYCTL_LINK 8
#define SYSC_KEYCTL_UNLINK 9
#define SYSC_KEYCTL_SEARCH 10
#define SYSC_KEYCTL_READ 11
#define SYSC_KEYCTL_INSTANTIATE 12
#define SYSC_KEYCTL_NEGATE 13
#define SYSC_KEYCTL_SET_REQKEY_KEYRING 14
#define SYSC_KEYCTL_SET_TIMEOUT 15
#define SYSC_KEYCTL_ASSUME_AUTHORITY 16
#define SYSC_KEYCTL_GET_SECURITY 17
#define SYSC_KEYCTL_SESSION_TO_PARENT 18
#define SYSC_KEYCTL_REJECT 19
#define SYSC_KEYCTL_INSTANTIATE_IOV 20
#define SYSC_KEYCTL_INVALIDATE 21
#define SYSC_KEYCTL_GET_PERSISTENT 22
#define SYSC_KEYCTL_DH_COMPUTE 23
#define SYSC_KEYCTL_PKEY_QUERY 24
#define SYSC_KEYCTL_PKEY_ENCRYPT 25
#define SYSC_KEYCTL_PKEY_DECRYPT 26
#define SYSC_KEYCTL_PKEY_SIGN 27
#define SYSC_KEYCTL_PKEY_VERIFY 28
#define SYSC_KEYCTL_RESTRICT_KEYRING 29
#define SYSC_KEYCTL_MOVE 30
#define SYSC_KEYCTL_CAPABILITIES 31
#define SYSC_KEYCTL_WATCH_KEY 32
#define SYSC_KEYCTL_MOVE_EXCL 0x00000001

/* ---- lsm_get_self_attr, lsm_set_self_attr, lsm_list_modules (6.8) ----
 * Not in uapi 6.1: values from the kernel's include/uapi/linux/lsm.h and
 * Documentation/userspace-api/lsm.rst. A context is followed by ctx_len
 * bytes of ctx; len is the whole record including padding. */
struct sysc_lsm_ctx {
	uint64_t id;
	uint64_t flags;
	uint64_t len;
	uint64_t ctx_len;
	uint8_t ctx[];
};
#define SYSC_LSM_ID_UNDEF 0
#define SYSC_LSM_ID_CAPABILITY 100
#define SYSC_LSM_ID_SELINUX 101
#define SYSC_LSM_ID_SMACK 102
#define SYSC_LSM_ID_TOMOYO 103
#define SYSC_LSM_ID_APPARMOR 104
#define SYSC_LSM_ID_YAMA 105
#define SYSC_LSM_ID_LOADPIN 106
#define SYSC_LSM_ID_SAFESETID 107
#define SYSC_LSM_ID_LOCKDOWN 108
#define SYSC_LSM_ID_BPF 109
#define SYSC_LSM_ID_LANDLOCK 110
#define SYSC_LSM_ID_IMA 111
#define SYSC_LSM_ID_EVM 112
#define SYSC_LSM_ID_IPE 113
#define SYSC_LSM_ATTR_UNDEF 0
#define SYSC_LSM_ATTR_CURRENT 100
#define SYSC_LSM_ATTR_EXEC 101
#define SYSC_LSM_ATTR_FSCREATE 102
#define SYSC_LSM_ATTR_KEYCREATE 103
#define SYSC_LSM_ATTR_PREV 104
#define SYSC_LSM_ATTR_SOCKCREATE 105
#define SYSC_LSM_FLAG_SINGLE 0x0001

/* ---- modify_ldt (asm/ldt.h) ----
 * One descriptor as modify_ldt (func 1, 0x11) and i386's set_thread_area
 * read it. The kernel's bitfields are the word `flags`: */
struct sysc_user_desc {
	unsigned int entry_number;
	unsigned int base_addr;
	unsigned int limit;
	unsigned int flags;
};
#define SYSC_USER_DESC_SEG_32BIT (1u << 0)
#define SYSC_USER_DESC_CONTENTS_SHIFT 1		/* two bits: */
#define SYSC_USER_DESC_CONTENTS_DATA 0u
#define SYSC_USER_DESC_CONTENTS_STACK 1u
#define SYSC_USER_DESC_CONTENTS_CODE 2u
#define SYSC_USER_DESC_READ_EXEC_ONLY (1u << 3)
#define SYSC_USER_DESC_LIMIT_IN_PAGES (1u << 4)
#define SYSC_USER_DESC_SEG_NOT_PRESENT (1u << 5)
#define SYSC_USER_DESC_USEABLE (1u << 6)
#define SYSC_USER_DESC_LM (1u << 7)	/* x86_64 only: a 64-bit code segment */
#define SYSC_LDT_ENTRIES 8192
#define SYSC_LDT_ENTRY_SIZE 8
/* modify_ldt's func: read the LDT, write an entry (old mode, 1, clears the
 * "useable" bit), read the default LDT, write an entry (0x11). */
#define SYSC_MODIFY_LDT_READ 0
#define SYSC_MODIFY_LDT_WRITE_OLD 1
#define SYSC_MODIFY_LDT_READ_DEFAULT 2
#define SYSC_MODIFY_LDT_WRITE 0x11

/* riscv_hwprobe (riscv64, Linux 6.4+; asm/hwprobe.h): one key/value pair,
 * the key set by the caller, -1 back for a key the kernel does not know. */
struct sysc_riscv_hwprobe {
	int64_t key;
	uint64_t value;
};
#define SYSC_RISCV_HWPROBE_KEY_MVENDORID 0
#define SYSC_RISCV_HWPROBE_KEY_MARCHID 1
#define SYSC_RISCV_HWPROBE_KEY_MIMPID 2
#define SYSC_RISCV_HWPROBE_KEY_BASE_BEHAVIOR 3
#define SYSC_RISCV_HWPROBE_BASE_BEHAVIOR_IMA 1
#define SYSC_RISCV_HWPROBE_KEY_IMA_EXT_0 4
#define SYSC_RISCV_HWPROBE_KEY_CPUPERF_0 5

#endif
