/* Does this machine's kernel run this arch's programs itself? Built for
 * each arch and run once by tests/target/target.sh: exit 0 and "native"
 * only when the program reached a real kernel. A binfmt_misc handler may
 * silently hand a foreign binary to qemu-user, so running at all is not
 * enough: qemu-user refuses seccomp(2) with ENOSYS while every kernel the
 * tests accept has it (the seccomp tests need it), so asking the kernel
 * whether it knows SECCOMP_RET_ALLOW tells the two apart. */
#include <sysc.h>

int main(void)
{
	unsigned int action = SYSC_SECCOMP_RET_ALLOW;
	long r = sysc_raw_seccomp(SYSC_SECCOMP_GET_ACTION_AVAIL, 0, &action);

	if (r != 0) {
		sysc_write(1, "emulated (seccomp refused)\n", 27);
		return 2;
	}
	sysc_write(1, "native\n", 7);
	return 0;
}
