/* A PT_TLS larger than _start's static buffer makes start-up map the block
 * instead; everything must still be initialised. */
#include "fs_check.h"

static __thread char big_tbss[64 * 1024];
static __thread int big_tdata[256] = { [0] = 11, [255] = 22 };

int main(void)
{
	unsigned long i, nonzero = 0;

	for (i = 0; i < sizeof big_tbss; i++)
		nonzero |= big_tbss[i];
	FS_CHECK(nonzero == 0, "64 KiB .tbss zeroed");
	FS_CHECK(big_tdata[0] == 11 && big_tdata[255] == 22 && big_tdata[128] == 0, ".tdata copied");
	big_tbss[sizeof big_tbss - 1] = 1;
	FS_CHECK(sysc_close(-1) == -1 && sysc_errno == SYSC_EBADF, "errno beside a large TLS block");
	FS_CHECK(big_tbss[sizeof big_tbss - 1] == 1 && big_tdata[0] == 11, "TLS intact after errno write");
	return fs_failures;
}
