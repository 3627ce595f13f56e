/* How the i386 errno layer enters the kernel. The raw layer always uses
 * int $0x80 (header-only, no state); the library calls through a pointer:
 *
 *   SYSC_I386_INT80     int $0x80. Always works; the default until start-up
 *                       (or sysc_init_auxv()) has seen the auxv.
 *   SYSC_I386_VSYSCALL  __kernel_vsyscall from AT_SYSINFO: the kernel's pick
 *                       (sysenter on Intel, syscall on AMD). The default after
 *                       start-up when the auxv has AT_SYSINFO.
 *   SYSC_I386_SYSENTER  raw sysenter, opt-in. Only where the CPU supports it
 *                       in 32-bit compat mode (Intel-style; AMD raises SIGILL)
 *                       and the vDSO is mapped, since the kernel returns
 *                       through the vDSO's landing pad.
 *
 * On x86_64 these exist too and report every way as unavailable. */
#ifndef SYSC_I386_H
#define SYSC_I386_H

#ifdef __cplusplus
extern "C" {
#endif

enum sysc_i386_way {
	SYSC_I386_INT80 = 1,
	SYSC_I386_VSYSCALL = 2,
	SYSC_I386_SYSENTER = 3,
};

/* Switch the library's way in: 0, or -1 with sysc_errno (SYSC_ENOSYS: no
 * AT_SYSINFO / no vDSO; SYSC_EOPNOTSUPP: the CPU cannot; SYSC_EINVAL: not a
 * way). sysc_i386_unavailable() says why in words. Issues no syscall. */
int sysc_i386_use(int way);

/* The way in use now (0 on x86_64). */
int sysc_i386_way(void);

/* NULL when `way` can be used here, else a sentence saying why not, e.g.
 * "raw sysenter: not supported on this CPU (AuthenticAMD)". */
const char *sysc_i386_unavailable(int way);

/* "int80", "vsyscall", "sysenter", or "?". */
const char *sysc_i386_way_name(int way);

#ifdef __cplusplus
}
#endif

#endif
