/* The vDSO functions in a freestanding program: sysc's _start found the
 * vDSO through AT_SYSINFO_EHDR (no syscall); each function agrees with its
 * syscall. Under valgrind (no vDSO) the same checks run on the fallbacks. */
#include "fs_check.h"

#define VA_CHECK(cond, name) fs_report(!!(cond), name, #cond)
#define VA_SKIP(name, reason) fs_skip(name, reason)
#define VA_AUXVAL sysc_getauxval
#include "vdso_agree.h"

int main(void)
{
	struct sysc_vdso_info in;

	if (sysc_getauxval(SYSC_AT_SYSINFO_EHDR)) {
		FS_CHECK(sysc_vdso_get_info(&in) == 0 &&
			 (unsigned long)in.base == sysc_getauxval(SYSC_AT_SYSINFO_EHDR),
			 "_start made the auxv's vDSO current");
	} else {
		sysc_errno = 0;
		FS_CHECK(sysc_vdso_get_info(&in) == -1 && sysc_errno == SYSC_ENOENT,
			 "no vDSO: no current image");
	}
	va_run_all();
	return fs_failures;
}
