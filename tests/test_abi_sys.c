/* The sys area's kernel ABI (sysc/types_sys.h) against the kernel's uapi
 * headers, on both arches: struct layouts field by field, constant values.
 * What uapi 6.1 (Debian's linux-libc-dev) lacks is compared with the
 * kernel's documented values (KDOC, FIELD_DOC). */
#include <linux/capability.h>
#include <linux/kexec.h>
#include <linux/reboot.h>
#include <linux/module.h>
#include <linux/seccomp.h>
#include <linux/bpf.h>
#include <linux/perf_event.h>
#include <linux/keyctl.h>
#if defined(__x86_64__) || defined(__i386__)
#include <asm/ldt.h>	/* x86's own: modify_ldt, set_thread_area */
#endif

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include <sysc.h>
#include "abi_check.h"

static const struct field kexec_segment_fields[] = {
	FIELD(sysc_kexec_segment, struct kexec_segment, buf),
	FIELD(sysc_kexec_segment, struct kexec_segment, bufsz),
	FIELD(sysc_kexec_segment, struct kexec_segment, mem),
	FIELD(sysc_kexec_segment, struct kexec_segment, memsz),
};

static const struct field cap_header_fields[] = {
	FIELD(sysc_cap_header, struct __user_cap_header_struct, version),
	FIELD(sysc_cap_header, struct __user_cap_header_struct, pid),
};

static const struct field cap_data_fields[] = {
	FIELD(sysc_cap_data, struct __user_cap_data_struct, effective),
	FIELD(sysc_cap_data, struct __user_cap_data_struct, permitted),
	FIELD(sysc_cap_data, struct __user_cap_data_struct, inheritable),
};

static void kexec_cap_layout(void **state)
{
	(void)state;
	CHECK_STRUCT("kexec_segment", kexec_segment_fields,
		     sizeof(struct sysc_kexec_segment), sizeof(struct kexec_segment));
	CHECK_STRUCT("cap_header", cap_header_fields,
		     sizeof(struct sysc_cap_header),
		     sizeof(struct __user_cap_header_struct));
	CHECK_STRUCT("cap_data", cap_data_fields, sizeof(struct sysc_cap_data),
		     sizeof(struct __user_cap_data_struct));
}

static const struct field notif_sizes_fields[] = {
	FIELD(sysc_seccomp_notif_sizes, struct seccomp_notif_sizes, seccomp_notif),
	FIELD(sysc_seccomp_notif_sizes, struct seccomp_notif_sizes, seccomp_notif_resp),
	FIELD(sysc_seccomp_notif_sizes, struct seccomp_notif_sizes, seccomp_data),
};

static const struct field notif_fields[] = {
	FIELD(sysc_seccomp_notif, struct seccomp_notif, id),
	FIELD(sysc_seccomp_notif, struct seccomp_notif, pid),
	FIELD(sysc_seccomp_notif, struct seccomp_notif, flags),
	FIELD(sysc_seccomp_notif, struct seccomp_notif, data),
};

static const struct field notif_data_fields[] = {
	FIELD(sysc_seccomp_data, struct seccomp_data, nr),
	FIELD(sysc_seccomp_data, struct seccomp_data, arch),
	FIELD(sysc_seccomp_data, struct seccomp_data, instruction_pointer),
	FIELD(sysc_seccomp_data, struct seccomp_data, args),
};

static const struct field notif_resp_fields[] = {
	FIELD(sysc_seccomp_notif_resp, struct seccomp_notif_resp, id),
	FIELD(sysc_seccomp_notif_resp, struct seccomp_notif_resp, val),
	FIELD(sysc_seccomp_notif_resp, struct seccomp_notif_resp, error),
	FIELD(sysc_seccomp_notif_resp, struct seccomp_notif_resp, flags),
};

static const struct field notif_addfd_fields[] = {
	FIELD(sysc_seccomp_notif_addfd, struct seccomp_notif_addfd, id),
	FIELD(sysc_seccomp_notif_addfd, struct seccomp_notif_addfd, flags),
	FIELD(sysc_seccomp_notif_addfd, struct seccomp_notif_addfd, srcfd),
	FIELD(sysc_seccomp_notif_addfd, struct seccomp_notif_addfd, newfd),
	FIELD(sysc_seccomp_notif_addfd, struct seccomp_notif_addfd, newfd_flags),
};

static void seccomp_layout(void **state)
{
	(void)state;
	CHECK_STRUCT("seccomp_notif_sizes", notif_sizes_fields,
		     sizeof(struct sysc_seccomp_notif_sizes),
		     sizeof(struct seccomp_notif_sizes));
	CHECK_STRUCT("seccomp_notif", notif_fields,
		     sizeof(struct sysc_seccomp_notif), sizeof(struct seccomp_notif));
	CHECK_STRUCT("seccomp_data", notif_data_fields,
		     sizeof(struct sysc_seccomp_data), sizeof(struct seccomp_data));
	/* The notification's data member is seccomp.h's struct by layout. */
	assert_int_equal(sizeof(((struct sysc_seccomp_notif *)0)->data),
			 sizeof(struct sysc_seccomp_data));
	CHECK_STRUCT("seccomp_notif_resp", notif_resp_fields,
		     sizeof(struct sysc_seccomp_notif_resp),
		     sizeof(struct seccomp_notif_resp));
	CHECK_STRUCT("seccomp_notif_addfd", notif_addfd_fields,
		     sizeof(struct sysc_seccomp_notif_addfd),
		     sizeof(struct seccomp_notif_addfd));
}

/* The bpf attr structs are the leading members of union bpf_attr's
 * anonymous structs; their sizes are what sysc passes, not the union's. */
static const struct field map_create_fields[] = {
	FIELD(sysc_bpf_map_create_attr, union bpf_attr, map_type),
	FIELD(sysc_bpf_map_create_attr, union bpf_attr, key_size),
	FIELD(sysc_bpf_map_create_attr, union bpf_attr, value_size),
	FIELD(sysc_bpf_map_create_attr, union bpf_attr, max_entries),
	FIELD(sysc_bpf_map_create_attr, union bpf_attr, map_flags),
	FIELD(sysc_bpf_map_create_attr, union bpf_attr, inner_map_fd),
	FIELD(sysc_bpf_map_create_attr, union bpf_attr, numa_node),
	FIELD(sysc_bpf_map_create_attr, union bpf_attr, map_name),
};

static const struct field map_elem_fields[] = {
	FIELD(sysc_bpf_map_elem_attr, union bpf_attr, map_fd),
	FIELD_DOC(sysc_bpf_map_elem_attr, pad_, 4, 4),	/* unnamed padding */
	FIELD(sysc_bpf_map_elem_attr, union bpf_attr, key),
	FIELD(sysc_bpf_map_elem_attr, union bpf_attr, value),
	FIELD(sysc_bpf_map_elem_attr, union bpf_attr, flags),
};

static const struct field prog_load_fields[] = {
	FIELD(sysc_bpf_prog_load_attr, union bpf_attr, prog_type),
	FIELD(sysc_bpf_prog_load_attr, union bpf_attr, insn_cnt),
	FIELD(sysc_bpf_prog_load_attr, union bpf_attr, insns),
	FIELD(sysc_bpf_prog_load_attr, union bpf_attr, license),
	FIELD(sysc_bpf_prog_load_attr, union bpf_attr, log_level),
	FIELD(sysc_bpf_prog_load_attr, union bpf_attr, log_size),
	FIELD(sysc_bpf_prog_load_attr, union bpf_attr, log_buf),
	FIELD(sysc_bpf_prog_load_attr, union bpf_attr, kern_version),
	FIELD(sysc_bpf_prog_load_attr, union bpf_attr, prog_flags),
};

static void bpf_layout(void **state)
{
	struct bpf_insn k;
	struct sysc_bpf_insn s;

	(void)state;
	CHECK_STRUCT("bpf_map_create_attr", map_create_fields,
		     sizeof(struct sysc_bpf_map_create_attr),
		     offsetof(union bpf_attr, map_name) + BPF_OBJ_NAME_LEN);
	CHECK_STRUCT("bpf_map_elem_attr", map_elem_fields,
		     sizeof(struct sysc_bpf_map_elem_attr),
		     offsetof(union bpf_attr, flags) + 8);
	CHECK_STRUCT("bpf_prog_load_attr", prog_load_fields,
		     sizeof(struct sysc_bpf_prog_load_attr),
		     offsetof(union bpf_attr, prog_flags) + 4);
	/* bpf_insn: the register nibbles where the kernel's bitfields are. */
	assert_int_equal(sizeof(s), sizeof(k));
	memset(&k, 0, sizeof(k));
	k.code = 0xb7; k.dst_reg = 1; k.src_reg = 2; k.off = -3; k.imm = -4;
	memset(&s, 0, sizeof(s));
	s.code = 0xb7; s.regs = 1 | 2 << 4; s.off = -3; s.imm = -4;
	assert_memory_equal(&s, &k, sizeof(k));
}

static const struct field perf_attr_fields[] = {
	FIELD(sysc_perf_event_attr, struct perf_event_attr, type),
	FIELD(sysc_perf_event_attr, struct perf_event_attr, size),
	FIELD(sysc_perf_event_attr, struct perf_event_attr, config),
	FIELD(sysc_perf_event_attr, struct perf_event_attr, sample_period),
	FIELD(sysc_perf_event_attr, struct perf_event_attr, sample_type),
	FIELD(sysc_perf_event_attr, struct perf_event_attr, read_format),
	FIELD_DOC(sysc_perf_event_attr, flags, 40, 8),	/* the bitfields */
	FIELD(sysc_perf_event_attr, struct perf_event_attr, wakeup_events),
	FIELD(sysc_perf_event_attr, struct perf_event_attr, bp_type),
	FIELD(sysc_perf_event_attr, struct perf_event_attr, config1),
	FIELD(sysc_perf_event_attr, struct perf_event_attr, config2),
	FIELD(sysc_perf_event_attr, struct perf_event_attr, branch_sample_type),
	FIELD(sysc_perf_event_attr, struct perf_event_attr, sample_regs_user),
	FIELD(sysc_perf_event_attr, struct perf_event_attr, sample_stack_user),
	FIELD(sysc_perf_event_attr, struct perf_event_attr, clockid),
	FIELD(sysc_perf_event_attr, struct perf_event_attr, sample_regs_intr),
	FIELD(sysc_perf_event_attr, struct perf_event_attr, aux_watermark),
	FIELD(sysc_perf_event_attr, struct perf_event_attr, sample_max_stack),
	FIELD2(sysc_perf_event_attr, reserved_2, struct perf_event_attr, __reserved_2),
	FIELD(sysc_perf_event_attr, struct perf_event_attr, aux_sample_size),
	/* 6.1's __reserved_3 became the aux_action bitfields in 6.13. */
	FIELD2(sysc_perf_event_attr, aux_action, struct perf_event_attr, __reserved_3),
	FIELD(sysc_perf_event_attr, struct perf_event_attr, sig_data),
#ifdef PERF_ATTR_SIZE_VER8
	FIELD(sysc_perf_event_attr, struct perf_event_attr, config3),
#else
	FIELD_DOC(sysc_perf_event_attr, config3, 128, 8),
#endif
};

static uint64_t perf_flags(const struct perf_event_attr *a)
{
	uint64_t w;

	memcpy(&w, (const char *)a + 40, sizeof(w));
	return w;
}

/* Each kernel bitfield, set alone, is the bit sysc names. */
#define PERF_BIT(f, v, bit) do { \
	struct perf_event_attr a_; \
	memset(&a_, 0, sizeof(a_)); \
	a_.f = v; \
	if (perf_flags(&a_) != (uint64_t)(bit)) { \
		print_error("perf_event_attr." #f ": %#llx, sysc %#llx\n", \
			    (unsigned long long)perf_flags(&a_), \
			    (unsigned long long)(bit)); \
		bad++; \
	} \
} while (0)

static void perf_event_attr_layout(void **state)
{
	int bad = 0;

	(void)state;
#ifdef PERF_ATTR_SIZE_VER8
	CHECK_STRUCT("perf_event_attr", perf_attr_fields,
		     sizeof(struct sysc_perf_event_attr), sizeof(struct perf_event_attr));
#else
	CHECK_STRUCT("perf_event_attr", perf_attr_fields,
		     sizeof(struct sysc_perf_event_attr), SYSC_PERF_ATTR_SIZE_VER8);
#endif
	PERF_BIT(disabled, 1, SYSC_PERF_ATTR_DISABLED);
	PERF_BIT(inherit, 1, SYSC_PERF_ATTR_INHERIT);
	PERF_BIT(pinned, 1, SYSC_PERF_ATTR_PINNED);
	PERF_BIT(exclusive, 1, SYSC_PERF_ATTR_EXCLUSIVE);
	PERF_BIT(exclude_user, 1, SYSC_PERF_ATTR_EXCLUDE_USER);
	PERF_BIT(exclude_kernel, 1, SYSC_PERF_ATTR_EXCLUDE_KERNEL);
	PERF_BIT(exclude_hv, 1, SYSC_PERF_ATTR_EXCLUDE_HV);
	PERF_BIT(exclude_idle, 1, SYSC_PERF_ATTR_EXCLUDE_IDLE);
	PERF_BIT(mmap, 1, SYSC_PERF_ATTR_MMAP);
	PERF_BIT(comm, 1, SYSC_PERF_ATTR_COMM);
	PERF_BIT(freq, 1, SYSC_PERF_ATTR_FREQ);
	PERF_BIT(inherit_stat, 1, SYSC_PERF_ATTR_INHERIT_STAT);
	PERF_BIT(enable_on_exec, 1, SYSC_PERF_ATTR_ENABLE_ON_EXEC);
	PERF_BIT(task, 1, SYSC_PERF_ATTR_TASK);
	PERF_BIT(watermark, 1, SYSC_PERF_ATTR_WATERMARK);
	PERF_BIT(precise_ip, 3, 3ull << SYSC_PERF_ATTR_PRECISE_IP_SHIFT);
	PERF_BIT(mmap_data, 1, SYSC_PERF_ATTR_MMAP_DATA);
	PERF_BIT(sample_id_all, 1, SYSC_PERF_ATTR_SAMPLE_ID_ALL);
	PERF_BIT(exclude_host, 1, SYSC_PERF_ATTR_EXCLUDE_HOST);
	PERF_BIT(exclude_guest, 1, SYSC_PERF_ATTR_EXCLUDE_GUEST);
	PERF_BIT(exclude_callchain_kernel, 1, SYSC_PERF_ATTR_EXCLUDE_CALLCHAIN_KERNEL);
	PERF_BIT(exclude_callchain_user, 1, SYSC_PERF_ATTR_EXCLUDE_CALLCHAIN_USER);
	PERF_BIT(mmap2, 1, SYSC_PERF_ATTR_MMAP2);
	PERF_BIT(comm_exec, 1, SYSC_PERF_ATTR_COMM_EXEC);
	PERF_BIT(use_clockid, 1, SYSC_PERF_ATTR_USE_CLOCKID);
	PERF_BIT(context_switch, 1, SYSC_PERF_ATTR_CONTEXT_SWITCH);
	PERF_BIT(write_backward, 1, SYSC_PERF_ATTR_WRITE_BACKWARD);
	PERF_BIT(namespaces, 1, SYSC_PERF_ATTR_NAMESPACES);
	PERF_BIT(ksymbol, 1, SYSC_PERF_ATTR_KSYMBOL);
	PERF_BIT(bpf_event, 1, SYSC_PERF_ATTR_BPF_EVENT);
	PERF_BIT(aux_output, 1, SYSC_PERF_ATTR_AUX_OUTPUT);
	PERF_BIT(cgroup, 1, SYSC_PERF_ATTR_CGROUP);
	PERF_BIT(text_poke, 1, SYSC_PERF_ATTR_TEXT_POKE);
	PERF_BIT(build_id, 1, SYSC_PERF_ATTR_BUILD_ID);
	PERF_BIT(inherit_thread, 1, SYSC_PERF_ATTR_INHERIT_THREAD);
	PERF_BIT(remove_on_exec, 1, SYSC_PERF_ATTR_REMOVE_ON_EXEC);
	PERF_BIT(sigtrap, 1, SYSC_PERF_ATTR_SIGTRAP);
	assert_int_equal(bad, 0);
}

/* struct lsm_ctx is not in uapi 6.1: include/uapi/linux/lsm.h (6.8) has
 * four __u64 (id, flags, len, ctx_len) and then __u8 ctx[]. */
static const struct field lsm_ctx_fields[] = {
	FIELD_DOC(sysc_lsm_ctx, id, 0, 8),
	FIELD_DOC(sysc_lsm_ctx, flags, 8, 8),
	FIELD_DOC(sysc_lsm_ctx, len, 16, 8),
	FIELD_DOC(sysc_lsm_ctx, ctx_len, 24, 8),
};

static void lsm_ctx_layout(void **state)
{
	(void)state;
	CHECK_STRUCT("lsm_ctx", lsm_ctx_fields, sizeof(struct sysc_lsm_ctx), 32);
	assert_int_equal(offsetof(struct sysc_lsm_ctx, ctx), 32);
}

#if defined(__x86_64__) || defined(__i386__)
static uint32_t desc_flags(struct user_desc d)
{
	uint32_t w;

	memcpy(&w, (const char *)&d + 3 * sizeof(uint32_t), sizeof(w));
	return w;
}

/* modify_ldt's descriptor: the flag word against asm/ldt.h's bitfields. */
static void user_desc_layout(void **state)
{
	struct user_desc d;

	(void)state;
	assert_int_equal(sizeof(struct sysc_user_desc), sizeof(struct user_desc));
	assert_int_equal(offsetof(struct sysc_user_desc, entry_number),
			 offsetof(struct user_desc, entry_number));
	assert_int_equal(offsetof(struct sysc_user_desc, base_addr),
			 offsetof(struct user_desc, base_addr));
	assert_int_equal(offsetof(struct sysc_user_desc, limit),
			 offsetof(struct user_desc, limit));
	assert_int_equal(offsetof(struct sysc_user_desc, flags), 12);
	memset(&d, 0, sizeof(d)); d.seg_32bit = 1;
	assert_int_equal(desc_flags(d), SYSC_USER_DESC_SEG_32BIT);
	memset(&d, 0, sizeof(d)); d.contents = 2;
	assert_int_equal(desc_flags(d), SYSC_USER_DESC_CONTENTS_CODE << SYSC_USER_DESC_CONTENTS_SHIFT);
	memset(&d, 0, sizeof(d)); d.read_exec_only = 1;
	assert_int_equal(desc_flags(d), SYSC_USER_DESC_READ_EXEC_ONLY);
	memset(&d, 0, sizeof(d)); d.limit_in_pages = 1;
	assert_int_equal(desc_flags(d), SYSC_USER_DESC_LIMIT_IN_PAGES);
	memset(&d, 0, sizeof(d)); d.seg_not_present = 1;
	assert_int_equal(desc_flags(d), SYSC_USER_DESC_SEG_NOT_PRESENT);
	memset(&d, 0, sizeof(d)); d.useable = 1;
	assert_int_equal(desc_flags(d), SYSC_USER_DESC_USEABLE);
#ifdef __x86_64__
	memset(&d, 0, sizeof(d)); d.lm = 1;
	assert_int_equal(desc_flags(d), SYSC_USER_DESC_LM);
#endif
}
#endif

static const struct constant constants[] = {
	/* linux/reboot.h */
	K(LINUX_REBOOT_MAGIC1), K(LINUX_REBOOT_MAGIC2), K(LINUX_REBOOT_MAGIC2A),
	K(LINUX_REBOOT_MAGIC2B), K(LINUX_REBOOT_MAGIC2C),
	K(LINUX_REBOOT_CMD_RESTART), K(LINUX_REBOOT_CMD_HALT),
	K(LINUX_REBOOT_CMD_CAD_ON), K(LINUX_REBOOT_CMD_CAD_OFF),
	K(LINUX_REBOOT_CMD_POWER_OFF), K(LINUX_REBOOT_CMD_RESTART2),
	K(LINUX_REBOOT_CMD_SW_SUSPEND), K(LINUX_REBOOT_CMD_KEXEC),
	/* syslog: not in uapi; include/linux/syslog.h of the kernel */
	KDOC(SYSLOG_ACTION_CLOSE, 0), KDOC(SYSLOG_ACTION_OPEN, 1),
	KDOC(SYSLOG_ACTION_READ, 2), KDOC(SYSLOG_ACTION_READ_ALL, 3),
	KDOC(SYSLOG_ACTION_READ_CLEAR, 4), KDOC(SYSLOG_ACTION_CLEAR, 5),
	KDOC(SYSLOG_ACTION_CONSOLE_OFF, 6), KDOC(SYSLOG_ACTION_CONSOLE_ON, 7),
	KDOC(SYSLOG_ACTION_CONSOLE_LEVEL, 8),
	KDOC(SYSLOG_ACTION_SIZE_UNREAD, 9), KDOC(SYSLOG_ACTION_SIZE_BUFFER, 10),
	/* linux/kexec.h */
	K(KEXEC_ON_CRASH), K(KEXEC_PRESERVE_CONTEXT),
#ifdef KEXEC_UPDATE_ELFCOREHDR
	K(KEXEC_UPDATE_ELFCOREHDR),
#else
	KDOC(KEXEC_UPDATE_ELFCOREHDR, 0x00000004),
#endif
#ifdef KEXEC_CRASH_HOTPLUG_SUPPORT
	K(KEXEC_CRASH_HOTPLUG_SUPPORT),
#else
	KDOC(KEXEC_CRASH_HOTPLUG_SUPPORT, 0x00000008),
#endif
	K(KEXEC_ARCH_MASK), K(KEXEC_ARCH_DEFAULT), K(KEXEC_ARCH_386),
	K(KEXEC_ARCH_X86_64), K(KEXEC_SEGMENT_MAX),
	K(KEXEC_FILE_UNLOAD), K(KEXEC_FILE_ON_CRASH), K(KEXEC_FILE_NO_INITRAMFS),
#ifdef KEXEC_FILE_DEBUG
	K(KEXEC_FILE_DEBUG),
#else
	KDOC(KEXEC_FILE_DEBUG, 0x00000008),
#endif
	/* linux/module.h; delete_module takes O_NONBLOCK, O_TRUNC */
	K(MODULE_INIT_IGNORE_MODVERSIONS), K(MODULE_INIT_IGNORE_VERMAGIC),
	K(MODULE_INIT_COMPRESSED_FILE),
	KV(DELETE_MODULE_NONBLOCK, SYSC_O_NONBLOCK), KV(DELETE_MODULE_TRUNC, SYSC_O_TRUNC),
	/* linux/capability.h */
	KV(LINUX_CAPABILITY_VERSION_1, _LINUX_CAPABILITY_VERSION_1),
	KV(LINUX_CAPABILITY_U32S_1, _LINUX_CAPABILITY_U32S_1),
	KV(LINUX_CAPABILITY_VERSION_2, _LINUX_CAPABILITY_VERSION_2),
	KV(LINUX_CAPABILITY_U32S_2, _LINUX_CAPABILITY_U32S_2),
	KV(LINUX_CAPABILITY_VERSION_3, _LINUX_CAPABILITY_VERSION_3),
	KV(LINUX_CAPABILITY_U32S_3, _LINUX_CAPABILITY_U32S_3),
	KV(CAP_TO_INDEX(40), CAP_TO_INDEX(40)), KV(CAP_TO_MASK(40), CAP_TO_MASK(40)),
	K(CAP_CHOWN), K(CAP_DAC_OVERRIDE), K(CAP_DAC_READ_SEARCH), K(CAP_FOWNER),
	K(CAP_FSETID), K(CAP_KILL), K(CAP_SETGID), K(CAP_SETUID), K(CAP_SETPCAP),
	K(CAP_LINUX_IMMUTABLE), K(CAP_NET_BIND_SERVICE), K(CAP_NET_BROADCAST),
	K(CAP_NET_ADMIN), K(CAP_NET_RAW), K(CAP_IPC_LOCK), K(CAP_IPC_OWNER),
	K(CAP_SYS_MODULE), K(CAP_SYS_RAWIO), K(CAP_SYS_CHROOT), K(CAP_SYS_PTRACE),
	K(CAP_SYS_PACCT), K(CAP_SYS_ADMIN), K(CAP_SYS_BOOT), K(CAP_SYS_NICE),
	K(CAP_SYS_RESOURCE), K(CAP_SYS_TIME), K(CAP_SYS_TTY_CONFIG), K(CAP_MKNOD),
	K(CAP_LEASE), K(CAP_AUDIT_WRITE), K(CAP_AUDIT_CONTROL), K(CAP_SETFCAP),
	K(CAP_MAC_OVERRIDE), K(CAP_MAC_ADMIN), K(CAP_SYSLOG), K(CAP_WAKE_ALARM),
	K(CAP_BLOCK_SUSPEND), K(CAP_AUDIT_READ), K(CAP_PERFMON), K(CAP_BPF),
	K(CAP_CHECKPOINT_RESTORE), K(CAP_LAST_CAP),
	/* linux/seccomp.h: the values sysc/seccomp.h has, and the rest */
	K(SECCOMP_MODE_DISABLED), K(SECCOMP_MODE_STRICT), K(SECCOMP_MODE_FILTER),
	K(SECCOMP_SET_MODE_STRICT), K(SECCOMP_SET_MODE_FILTER),
	K(SECCOMP_GET_ACTION_AVAIL), K(SECCOMP_GET_NOTIF_SIZES),
	K(SECCOMP_FILTER_FLAG_TSYNC), K(SECCOMP_FILTER_FLAG_LOG),
	K(SECCOMP_FILTER_FLAG_SPEC_ALLOW), K(SECCOMP_FILTER_FLAG_NEW_LISTENER),
	K(SECCOMP_FILTER_FLAG_TSYNC_ESRCH),
	K(SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV),
	K(SECCOMP_RET_KILL_PROCESS), K(SECCOMP_RET_KILL_THREAD), K(SECCOMP_RET_KILL),
	K(SECCOMP_RET_TRAP), K(SECCOMP_RET_ERRNO), K(SECCOMP_RET_USER_NOTIF),
	K(SECCOMP_RET_TRACE), K(SECCOMP_RET_LOG), K(SECCOMP_RET_ALLOW),
	K(SECCOMP_RET_ACTION_FULL), K(SECCOMP_RET_ACTION), K(SECCOMP_RET_DATA),
	K(SECCOMP_USER_NOTIF_FLAG_CONTINUE), K(SECCOMP_ADDFD_FLAG_SETFD),
	K(SECCOMP_ADDFD_FLAG_SEND),
	K(SECCOMP_IOCTL_NOTIF_RECV), K(SECCOMP_IOCTL_NOTIF_SEND),
	K(SECCOMP_IOCTL_NOTIF_ID_VALID), K(SECCOMP_IOCTL_NOTIF_ADDFD),
#ifdef SECCOMP_IOCTL_NOTIF_SET_FLAGS
	K(SECCOMP_IOCTL_NOTIF_SET_FLAGS), K(SECCOMP_USER_NOTIF_FD_SYNC_WAKE_UP),
#else
	KDOC(SECCOMP_IOCTL_NOTIF_SET_FLAGS, 0x40082104),
	KDOC(SECCOMP_USER_NOTIF_FD_SYNC_WAKE_UP, 1),
#endif
	/* linux/bpf.h */
	K(BPF_MAP_CREATE), K(BPF_MAP_LOOKUP_ELEM), K(BPF_MAP_UPDATE_ELEM),
	K(BPF_MAP_DELETE_ELEM), K(BPF_MAP_GET_NEXT_KEY), K(BPF_PROG_LOAD),
	K(BPF_OBJ_PIN), K(BPF_OBJ_GET), K(BPF_PROG_ATTACH), K(BPF_PROG_DETACH),
	K(BPF_PROG_TEST_RUN), K(BPF_PROG_GET_NEXT_ID), K(BPF_MAP_GET_NEXT_ID),
	K(BPF_PROG_GET_FD_BY_ID), K(BPF_MAP_GET_FD_BY_ID),
	K(BPF_OBJ_GET_INFO_BY_FD), K(BPF_PROG_QUERY), K(BPF_RAW_TRACEPOINT_OPEN),
	K(BPF_BTF_LOAD), K(BPF_BTF_GET_FD_BY_ID), K(BPF_TASK_FD_QUERY),
	K(BPF_MAP_LOOKUP_AND_DELETE_ELEM), K(BPF_MAP_FREEZE),
	K(BPF_BTF_GET_NEXT_ID), K(BPF_MAP_LOOKUP_BATCH),
	K(BPF_MAP_LOOKUP_AND_DELETE_BATCH), K(BPF_MAP_UPDATE_BATCH),
	K(BPF_MAP_DELETE_BATCH), K(BPF_LINK_CREATE), K(BPF_LINK_UPDATE),
	K(BPF_LINK_GET_FD_BY_ID), K(BPF_LINK_GET_NEXT_ID), K(BPF_ENABLE_STATS),
	K(BPF_ITER_CREATE), K(BPF_LINK_DETACH), K(BPF_PROG_BIND_MAP),
	KDOC(BPF_TOKEN_CREATE, 36),	/* 6.9: the next enum value */
	K(BPF_MAP_TYPE_UNSPEC), K(BPF_MAP_TYPE_HASH), K(BPF_MAP_TYPE_ARRAY),
	K(BPF_PROG_TYPE_UNSPEC), K(BPF_PROG_TYPE_SOCKET_FILTER),
	K(BPF_ANY), K(BPF_NOEXIST), K(BPF_EXIST), K(BPF_F_LOCK),
	K(BPF_OBJ_NAME_LEN),
	/* linux/perf_event.h */
	K(PERF_ATTR_SIZE_VER0), K(PERF_ATTR_SIZE_VER1), K(PERF_ATTR_SIZE_VER2),
	K(PERF_ATTR_SIZE_VER3), K(PERF_ATTR_SIZE_VER4), K(PERF_ATTR_SIZE_VER5),
	K(PERF_ATTR_SIZE_VER6), K(PERF_ATTR_SIZE_VER7),
#ifdef PERF_ATTR_SIZE_VER8
	K(PERF_ATTR_SIZE_VER8),
#else
	KDOC(PERF_ATTR_SIZE_VER8, 136),
#endif
	K(PERF_TYPE_HARDWARE), K(PERF_TYPE_SOFTWARE), K(PERF_TYPE_TRACEPOINT),
	K(PERF_TYPE_HW_CACHE), K(PERF_TYPE_RAW), K(PERF_TYPE_BREAKPOINT),
	K(PERF_COUNT_HW_CPU_CYCLES), K(PERF_COUNT_HW_INSTRUCTIONS),
	K(PERF_COUNT_HW_CACHE_REFERENCES), K(PERF_COUNT_HW_CACHE_MISSES),
	K(PERF_COUNT_HW_BRANCH_INSTRUCTIONS), K(PERF_COUNT_HW_BRANCH_MISSES),
	K(PERF_COUNT_HW_BUS_CYCLES), K(PERF_COUNT_HW_STALLED_CYCLES_FRONTEND),
	K(PERF_COUNT_HW_STALLED_CYCLES_BACKEND), K(PERF_COUNT_HW_REF_CPU_CYCLES),
	K(PERF_COUNT_SW_CPU_CLOCK), K(PERF_COUNT_SW_TASK_CLOCK),
	K(PERF_COUNT_SW_PAGE_FAULTS), K(PERF_COUNT_SW_CONTEXT_SWITCHES),
	K(PERF_COUNT_SW_CPU_MIGRATIONS), K(PERF_COUNT_SW_PAGE_FAULTS_MIN),
	K(PERF_COUNT_SW_PAGE_FAULTS_MAJ), K(PERF_COUNT_SW_ALIGNMENT_FAULTS),
	K(PERF_COUNT_SW_EMULATION_FAULTS), K(PERF_COUNT_SW_DUMMY),
	K(PERF_COUNT_SW_BPF_OUTPUT), K(PERF_COUNT_SW_CGROUP_SWITCHES),
	K(PERF_FORMAT_TOTAL_TIME_ENABLED), K(PERF_FORMAT_TOTAL_TIME_RUNNING),
	K(PERF_FORMAT_ID), K(PERF_FORMAT_GROUP), K(PERF_FORMAT_LOST),
	K(PERF_FLAG_FD_NO_GROUP), K(PERF_FLAG_FD_OUTPUT), K(PERF_FLAG_PID_CGROUP),
	K(PERF_FLAG_FD_CLOEXEC),
	K(PERF_EVENT_IOC_ENABLE), K(PERF_EVENT_IOC_DISABLE),
	K(PERF_EVENT_IOC_REFRESH), K(PERF_EVENT_IOC_RESET),
	K(PERF_EVENT_IOC_PERIOD), K(PERF_EVENT_IOC_SET_OUTPUT),
	K(PERF_EVENT_IOC_SET_FILTER), K(PERF_EVENT_IOC_ID),
	K(PERF_EVENT_IOC_SET_BPF), K(PERF_EVENT_IOC_PAUSE_OUTPUT),
	K(PERF_IOC_FLAG_GROUP),
	/* linux/keyctl.h */
	K(KEY_SPEC_THREAD_KEYRING), K(KEY_SPEC_PROCESS_KEYRING),
	K(KEY_SPEC_SESSION_KEYRING), K(KEY_SPEC_USER_KEYRING),
	K(KEY_SPEC_USER_SESSION_KEYRING), K(KEY_SPEC_GROUP_KEYRING),
	K(KEY_SPEC_REQKEY_AUTH_KEY), K(KEY_SPEC_REQUESTOR_KEYRING),
	K(KEY_REQKEY_DEFL_NO_CHANGE), K(KEY_REQKEY_DEFL_DEFAULT),
	K(KEY_REQKEY_DEFL_THREAD_KEYRING), K(KEY_REQKEY_DEFL_PROCESS_KEYRING),
	K(KEY_REQKEY_DEFL_SESSION_KEYRING), K(KEY_REQKEY_DEFL_USER_KEYRING),
	K(KEY_REQKEY_DEFL_USER_SESSION_KEYRING), K(KEY_REQKEY_DEFL_GROUP_KEYRING),
	K(KEY_REQKEY_DEFL_REQUESTOR_KEYRING),
	K(KEYCTL_GET_KEYRING_ID), K(KEYCTL_JOIN_SESSION_KEYRING), K(KEYCTL_UPDATE),
	K(KEYCTL_REVOKE), K(KEYCTL_CHOWN), K(KEYCTL_SETPERM), K(KEYCTL_DESCRIBE),
	K(KEYCTL_CLEAR), K(KEYCTL_LINK), K(KEYCTL_UNLINK), K(KEYCTL_SEARCH),
	K(KEYCTL_READ), K(KEYCTL_INSTANTIATE), K(KEYCTL_NEGATE),
	K(KEYCTL_SET_REQKEY_KEYRING), K(KEYCTL_SET_TIMEOUT),
	K(KEYCTL_ASSUME_AUTHORITY), K(KEYCTL_GET_SECURITY),
	K(KEYCTL_SESSION_TO_PARENT), K(KEYCTL_REJECT), K(KEYCTL_INSTANTIATE_IOV),
	K(KEYCTL_INVALIDATE), K(KEYCTL_GET_PERSISTENT), K(KEYCTL_DH_COMPUTE),
	K(KEYCTL_PKEY_QUERY), K(KEYCTL_PKEY_ENCRYPT), K(KEYCTL_PKEY_DECRYPT),
	K(KEYCTL_PKEY_SIGN), K(KEYCTL_PKEY_VERIFY), K(KEYCTL_RESTRICT_KEYRING),
	K(KEYCTL_MOVE), K(KEYCTL_CAPABILITIES), K(KEYCTL_WATCH_KEY),
	K(KEYCTL_MOVE_EXCL),
	/* linux/lsm.h (6.8, not in uapi 6.1): the kernel's documented values */
	KDOC(LSM_ID_UNDEF, 0), KDOC(LSM_ID_CAPABILITY, 100),
	KDOC(LSM_ID_SELINUX, 101), KDOC(LSM_ID_SMACK, 102),
	KDOC(LSM_ID_TOMOYO, 103), KDOC(LSM_ID_APPARMOR, 104),
	KDOC(LSM_ID_YAMA, 105), KDOC(LSM_ID_LOADPIN, 106),
	KDOC(LSM_ID_SAFESETID, 107), KDOC(LSM_ID_LOCKDOWN, 108),
	KDOC(LSM_ID_BPF, 109), KDOC(LSM_ID_LANDLOCK, 110), KDOC(LSM_ID_IMA, 111),
	KDOC(LSM_ID_EVM, 112), KDOC(LSM_ID_IPE, 113),
	KDOC(LSM_ATTR_UNDEF, 0), KDOC(LSM_ATTR_CURRENT, 100),
	KDOC(LSM_ATTR_EXEC, 101), KDOC(LSM_ATTR_FSCREATE, 102),
	KDOC(LSM_ATTR_KEYCREATE, 103), KDOC(LSM_ATTR_PREV, 104),
	KDOC(LSM_ATTR_SOCKCREATE, 105), KDOC(LSM_FLAG_SINGLE, 1),
#if defined(__x86_64__) || defined(__i386__)
	/* asm/ldt.h */
	K(LDT_ENTRIES), K(LDT_ENTRY_SIZE),
#endif
};

static void constants_match_uapi(void **state)
{
	(void)state;
	check_constants(constants, sizeof(constants) / sizeof(constants[0]));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(kexec_cap_layout),
		cmocka_unit_test(seccomp_layout),
		cmocka_unit_test(bpf_layout),
		cmocka_unit_test(perf_event_attr_layout),
		cmocka_unit_test(lsm_ctx_layout),
#if defined(__x86_64__) || defined(__i386__)
		cmocka_unit_test(user_desc_layout),
#endif
		cmocka_unit_test(constants_match_uapi),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
