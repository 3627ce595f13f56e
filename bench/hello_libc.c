/* examples/hello.c written against a libc, for the size and exec-to-exit
 * comparison in `make bench`: the same one write, through glibc or musl. */
#include <unistd.h>

int main(void)
{
	static const char msg[] = "hello from libc\n";

	return write(1, msg, sizeof msg - 1) == sizeof msg - 1 ? 0 : 1;
}
