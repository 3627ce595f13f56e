/* Choice of the i386 errno layer's way into the kernel (sysc/i386.h). */
#include "internal.h"

#if defined(__i386__)

/* Starts as int $0x80 so that the library works before start-up and beside
 * a libc that never called sysc_init_auxv. */
void *sysc__i386_entry = (void *)sysc__i386_int80;

/* Raw sysenter's preconditions as a pure function of what cpuid and the
 * auxv said, so that the AMD refusal is testable on any CPU. */
const char *sysc__sysenter_refusal(const char *vendor, unsigned int leaf1_edx,
				   int vdso_mapped) SYSC__HIDDEN;
const char *sysc__sysenter_refusal(const char *vendor, unsigned int leaf1_edx,
				   int vdso_mapped)
{
	if (!vdso_mapped)
		return "raw sysenter: no vDSO mapped (the kernel returns through its landing pad)";
	/* AMD and Hygon: sysenter is #UD in compat mode (a 32-bit process on
	 * a 64-bit kernel), so the kernel offers syscall instead. */
	if (!sysc__strcmp(vendor, "AuthenticAMD"))
		return "raw sysenter: not supported on this CPU (AMD)";
	if (!sysc__strcmp(vendor, "HygonGenuine"))
		return "raw sysenter: not supported on this CPU (Hygon)";
	if (!(leaf1_edx & (1u << 11)))
		return "raw sysenter: not supported on this CPU (no SEP in cpuid)";
	return NULL;
}

const char *sysc_i386_unavailable(int way)
{
	char vendor[13];
	unsigned int edx = 0;

	switch (way) {
	case SYSC_I386_INT80:
		return NULL;
	case SYSC_I386_VSYSCALL:
		return sysc_getauxval(SYSC_AT_SYSINFO) ? NULL :
		       "__kernel_vsyscall: no AT_SYSINFO in the auxv (no vDSO, or sysc_init_auxv not run)";
	case SYSC_I386_SYSENTER:
		sysc__i386_cpuid(vendor, &edx);
		return sysc__sysenter_refusal(vendor, edx,
					      sysc_getauxval(SYSC_AT_SYSINFO_EHDR) &&
					      sysc_getauxval(SYSC_AT_SYSINFO));
	default:
		return "not an i386 way in";
	}
}

int sysc_i386_use(int way)
{
	const char *why = sysc_i386_unavailable(way);

	if (why) {
		if (way < SYSC_I386_INT80 || way > SYSC_I386_SYSENTER)
			return (int)sysc__fail(SYSC_EINVAL);
		if (way == SYSC_I386_SYSENTER && sysc_getauxval(SYSC_AT_SYSINFO))
			return (int)sysc__fail(SYSC_EOPNOTSUPP);
		return (int)sysc__fail(SYSC_ENOSYS);
	}
	if (way == SYSC_I386_INT80)
		sysc__i386_entry = (void *)sysc__i386_int80;
	else if (way == SYSC_I386_VSYSCALL)
		sysc__i386_entry = (void *)sysc_getauxval(SYSC_AT_SYSINFO);
	else
		sysc__i386_entry = (void *)sysc__i386_sysenter;
	return 0;
}

int sysc_i386_way(void)
{
	if (sysc__i386_entry == (void *)sysc__i386_int80)
		return SYSC_I386_INT80;
	if (sysc__i386_entry == (void *)sysc__i386_sysenter)
		return SYSC_I386_SYSENTER;
	return SYSC_I386_VSYSCALL;
}

/* After the auxv is known: __kernel_vsyscall when the kernel offers one. */
void sysc__i386_setup(void)
{
	unsigned long vsys = sysc_getauxval(SYSC_AT_SYSINFO);

	if (vsys)
		sysc__i386_entry = (void *)vsys;
}

#else

const char *sysc_i386_unavailable(int way)
{
	(void)way;
	return "not an i386 build";
}

int sysc_i386_use(int way)
{
	(void)way;
	return (int)sysc__fail(SYSC_ENOSYS);
}

int sysc_i386_way(void)
{
	return 0;
}

#endif

const char *sysc_i386_way_name(int way)
{
	switch (way) {
	case SYSC_I386_INT80: return "int80";
	case SYSC_I386_VSYSCALL: return "vsyscall";
	case SYSC_I386_SYSENTER: return "sysenter";
	default: return "?";
	}
}
