/* sysc/tty.h against the kernel's uapi headers (<asm/termios.h>, which
 * brings <asm/termbits.h> and <asm/ioctls.h>), on the arch being compiled:
 * termios, termios2 and winsize field by field with size and alignment,
 * and every constant of the header, the ioctl numbers computed by the
 * uapi's _IOR/_IOW from its own struct termios2. Only uapi here: glibc's
 * <termios.h> has its own, different struct termios. */
#include <asm/termios.h>

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include <sysc.h>
#include "abi_check.h"

#define CHECK_TTY(st, ust, t) do { \
	CHECK_TYPE(st, ust, t); \
	assert_int_equal(_Alignof(struct st), _Alignof(ust)); \
} while (0)

static void structs(void **state)
{
	(void)state;
	static const struct field tio[] = {
		FIELD(sysc_termios, struct termios, c_iflag),
		FIELD(sysc_termios, struct termios, c_oflag),
		FIELD(sysc_termios, struct termios, c_cflag),
		FIELD(sysc_termios, struct termios, c_lflag),
		FIELD(sysc_termios, struct termios, c_line),
		FIELD(sysc_termios, struct termios, c_cc),
	};
	static const struct field tio2[] = {
		FIELD(sysc_termios2, struct termios2, c_iflag),
		FIELD(sysc_termios2, struct termios2, c_oflag),
		FIELD(sysc_termios2, struct termios2, c_cflag),
		FIELD(sysc_termios2, struct termios2, c_lflag),
		FIELD(sysc_termios2, struct termios2, c_line),
		FIELD(sysc_termios2, struct termios2, c_cc),
		FIELD(sysc_termios2, struct termios2, c_ispeed),
		FIELD(sysc_termios2, struct termios2, c_ospeed),
	};
	static const struct field ws[] = {
		FIELD(sysc_winsize, struct winsize, ws_row),
		FIELD(sysc_winsize, struct winsize, ws_col),
		FIELD(sysc_winsize, struct winsize, ws_xpixel),
		FIELD(sysc_winsize, struct winsize, ws_ypixel),
	};
	CHECK_TTY(sysc_termios, struct termios, tio);
	CHECK_TTY(sysc_termios2, struct termios2, tio2);
	CHECK_TTY(sysc_winsize, struct winsize, ws);
	/* The flag words are unsigned on both sides: a sign difference
	 * would turn ~SYSC_CRTSCTS-style masks into different values. */
	assert_true((__typeof__(((struct sysc_termios *)0)->c_cflag))-1 > 0);
	assert_true((tcflag_t)-1 > 0);
}

/* Every SYSC_ name of sysc/tty.h (the list is the header's, sorted by
 * where they appear). */
static const struct constant constants[] = {
	K(NCCS),
	K(VINTR),
	K(VQUIT),
	K(VERASE),
	K(VKILL),
	K(VEOF),
	K(VTIME),
	K(VMIN),
	K(VSWTC),
	K(VSTART),
	K(VSTOP),
	K(VSUSP),
	K(VEOL),
	K(VREPRINT),
	K(VDISCARD),
	K(VWERASE),
	K(VLNEXT),
	K(VEOL2),
	K(IGNBRK),
	K(BRKINT),
	K(IGNPAR),
	K(PARMRK),
	K(INPCK),
	K(ISTRIP),
	K(INLCR),
	K(IGNCR),
	K(ICRNL),
	K(IUCLC),
	K(IXON),
	K(IXANY),
	K(IXOFF),
	K(IMAXBEL),
	K(IUTF8),
	K(OPOST),
	K(OLCUC),
	K(ONLCR),
	K(OCRNL),
	K(ONOCR),
	K(ONLRET),
	K(OFILL),
	K(OFDEL),
	K(NLDLY),
	K(NL0),
	K(NL1),
	K(CRDLY),
	K(CR0),
	K(CR1),
	K(CR2),
	K(CR3),
	K(TABDLY),
	K(TAB0),
	K(TAB1),
	K(TAB2),
	K(TAB3),
	K(XTABS),
	K(BSDLY),
	K(BS0),
	K(BS1),
	K(VTDLY),
	K(VT0),
	K(VT1),
	K(FFDLY),
	K(FF0),
	K(FF1),
	K(CBAUD),
	K(CSIZE),
	K(CS5),
	K(CS6),
	K(CS7),
	K(CS8),
	K(CSTOPB),
	K(CREAD),
	K(PARENB),
	K(PARODD),
	K(HUPCL),
	K(CLOCAL),
	K(CBAUDEX),
	K(BOTHER),
	K(CIBAUD),
	K(IBSHIFT),
	K(ADDRB),
	K(CMSPAR),
	K(CRTSCTS),
	K(B0),
	K(B50),
	K(B75),
	K(B110),
	K(B134),
	K(B150),
	K(B200),
	K(B300),
	K(B600),
	K(B1200),
	K(B1800),
	K(B2400),
	K(B4800),
	K(B9600),
	K(B19200),
	K(B38400),
	K(B57600),
	K(B115200),
	K(B230400),
	K(B460800),
	K(B500000),
	K(B576000),
	K(B921600),
	K(B1000000),
	K(B1152000),
	K(B1500000),
	K(B2000000),
	K(B2500000),
	K(B3000000),
	K(B3500000),
	K(B4000000),
	K(ISIG),
	K(ICANON),
	K(XCASE),
	K(ECHO),
	K(ECHOE),
	K(ECHOK),
	K(ECHONL),
	K(NOFLSH),
	K(TOSTOP),
	K(ECHOCTL),
	K(ECHOPRT),
	K(ECHOKE),
	K(FLUSHO),
	K(PENDIN),
	K(IEXTEN),
	K(EXTPROC),
	K(TCSANOW),
	K(TCSADRAIN),
	K(TCSAFLUSH),
	K(TCIFLUSH),
	K(TCOFLUSH),
	K(TCIOFLUSH),
	K(TCOOFF),
	K(TCOON),
	K(TCIOFF),
	K(TCION),
	K(TCGETS),
	K(TCSETS),
	K(TCSETSW),
	K(TCSETSF),
	K(TCSBRK),
	K(TCXONC),
	K(TCFLSH),
	K(TIOCEXCL),
	K(TIOCNXCL),
	K(TIOCSCTTY),
	K(TIOCGPGRP),
	K(TIOCSPGRP),
	K(TIOCOUTQ),
	K(TIOCSTI),
	K(TIOCGWINSZ),
	K(TIOCSWINSZ),
	K(TIOCMGET),
	K(TIOCMBIS),
	K(TIOCMBIC),
	K(TIOCMSET),
	K(TIOCGSOFTCAR),
	K(TIOCSSOFTCAR),
	K(FIONREAD),
	K(TIOCINQ),
	K(TIOCLINUX),
	K(TIOCCONS),
	K(TIOCPKT),
	K(FIONBIO),
	K(TIOCNOTTY),
	K(TIOCSETD),
	K(TIOCGETD),
	K(TCSBRKP),
	K(TIOCSBRK),
	K(TIOCCBRK),
	K(TIOCGSID),
	K(TCGETS2),
	K(TCSETS2),
	K(TCSETSW2),
	K(TCSETSF2),
	K(TIOCGPTN),
	K(TIOCSPTLCK),
	K(TIOCGDEV),
	K(TIOCSIG),
	K(TIOCVHANGUP),
	K(TIOCGPKT),
	K(TIOCGPTLCK),
	K(TIOCGEXCL),
	K(TIOCGPTPEER),
	K(FIONCLEX),
	K(FIOCLEX),
	K(FIOASYNC),
	K(TIOCPKT_DATA),
	K(TIOCPKT_FLUSHREAD),
	K(TIOCPKT_FLUSHWRITE),
	K(TIOCPKT_STOP),
	K(TIOCPKT_START),
	K(TIOCPKT_NOSTOP),
	K(TIOCPKT_DOSTOP),
	K(TIOCPKT_IOCTL),
};

static void constants_match_uapi(void **state)
{
	(void)state;
	CHECK_CONSTANTS(constants);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(structs),
		cmocka_unit_test(constants_match_uapi),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
