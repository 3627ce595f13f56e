/* The smallest sysc program: static, no libc. Build with `make`, run
 * build/x86_64/examples/hello (or build/i386/examples/hello). */
#include <sysc.h>

int main(void)
{
	static const char msg[] = "hello from sysc\n";

	return sysc_write(1, msg, sizeof msg - 1) == sizeof msg - 1 ? 0 : 1;
}
