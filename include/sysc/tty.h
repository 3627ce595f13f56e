/* Terminals: the kernel's termios, termios2 and winsize, the tty ioctls,
 * and small helpers over ioctl for what shells, init systems and login
 * code do (get and set attributes, raw mode, window size, foreground
 * process group, pseudo-terminal set-up). tests/test_abi_tty.c checks every
 * layout and value against <asm/termbits.h> and <asm/ioctls.h>;
 * tests/test_calls_tty.c drives a real pty.
 *
 * The layouts and numbers are asm-generic's, which x86 uses unchanged and
 * so do arm, aarch64 and riscv64 (arm differs only in FIOQSIZE, left out
 * here). An arch whose uapi differs (powerpc, mips, sparc, alpha) defines
 * SYSC_ARCH_TERMBITS and/or SYSC_ARCH_TTY_IOCTLS in its arch/<arch>/abi.h
 * and gives the whole set of the SYSC_ names of that block itself; the
 * helpers below use only the names. */
#ifndef SYSC_TTY_H
#define SYSC_TTY_H

#include "types.h"
#include "syscall.h"

#ifdef __cplusplus
extern "C" {
#endif

#if !defined(SYSC_ARCH_TERMBITS)
#define SYSC_NCCS 19

/* What TCGETS/TCSETS* read and write. Its size, 36, is odd-looking but
 * exact: 4 flag words, c_line, 19 control characters, no padding. */
struct sysc_termios {
	unsigned int c_iflag;	/* SYSC_IGNBRK... */
	unsigned int c_oflag;	/* SYSC_OPOST... */
	unsigned int c_cflag;	/* SYSC_CSIZE..., the speed in SYSC_CBAUD */
	unsigned int c_lflag;	/* SYSC_ISIG, SYSC_ICANON, SYSC_ECHO... */
	unsigned char c_line;	/* line discipline, 0 (N_TTY) */
	unsigned char c_cc[SYSC_NCCS];	/* indexed by SYSC_VINTR... */
};

/* TCGETS2/TCSETS*2: termios plus speeds in bits per second, used when
 * c_cflag's speed bits are SYSC_BOTHER (any rate, not only the B* ones). */
struct sysc_termios2 {
	unsigned int c_iflag;
	unsigned int c_oflag;
	unsigned int c_cflag;
	unsigned int c_lflag;
	unsigned char c_line;
	unsigned char c_cc[SYSC_NCCS];
	unsigned int c_ispeed;
	unsigned int c_ospeed;
};

/* c_cc indices. */
#define SYSC_VINTR 0
#define SYSC_VQUIT 1
#define SYSC_VERASE 2
#define SYSC_VKILL 3
#define SYSC_VEOF 4
#define SYSC_VTIME 5	/* non-canonical read: time-out in tenths of a second */
#define SYSC_VMIN 6	/* non-canonical read: bytes to wait for */
#define SYSC_VSWTC 7
#define SYSC_VSTART 8
#define SYSC_VSTOP 9
#define SYSC_VSUSP 10
#define SYSC_VEOL 11
#define SYSC_VREPRINT 12
#define SYSC_VDISCARD 13
#define SYSC_VWERASE 14
#define SYSC_VLNEXT 15
#define SYSC_VEOL2 16

/* c_iflag. */
#define SYSC_IGNBRK 0x001
#define SYSC_BRKINT 0x002
#define SYSC_IGNPAR 0x004
#define SYSC_PARMRK 0x008
#define SYSC_INPCK 0x010
#define SYSC_ISTRIP 0x020
#define SYSC_INLCR 0x040
#define SYSC_IGNCR 0x080
#define SYSC_ICRNL 0x100
#define SYSC_IUCLC 0x0200
#define SYSC_IXON 0x0400
#define SYSC_IXANY 0x800
#define SYSC_IXOFF 0x1000
#define SYSC_IMAXBEL 0x2000
#define SYSC_IUTF8 0x4000

/* c_oflag. */
#define SYSC_OPOST 0x01
#define SYSC_OLCUC 0x02
#define SYSC_ONLCR 0x04
#define SYSC_OCRNL 0x08
#define SYSC_ONOCR 0x10
#define SYSC_ONLRET 0x20
#define SYSC_OFILL 0x40
#define SYSC_OFDEL 0x80
#define SYSC_NLDLY 0x00100
#define SYSC_NL0 0x00000
#define SYSC_NL1 0x00100
#define SYSC_CRDLY 0x00600
#define SYSC_CR0 0x00000
#define SYSC_CR1 0x00200
#define SYSC_CR2 0x00400
#define SYSC_CR3 0x00600
#define SYSC_TABDLY 0x01800
#define SYSC_TAB0 0x00000
#define SYSC_TAB1 0x00800
#define SYSC_TAB2 0x01000
#define SYSC_TAB3 0x01800
#define SYSC_XTABS 0x01800
#define SYSC_BSDLY 0x02000
#define SYSC_BS0 0x00000
#define SYSC_BS1 0x02000
#define SYSC_VTDLY 0x04000
#define SYSC_VT0 0x00000
#define SYSC_VT1 0x04000
#define SYSC_FFDLY 0x08000
#define SYSC_FF0 0x00000
#define SYSC_FF1 0x08000

/* c_cflag. */
#define SYSC_CBAUD 0x0000100f	/* the output speed: B0..B38400, B57600... */
#define SYSC_CSIZE 0x00000030
#define SYSC_CS5 0x00000000
#define SYSC_CS6 0x00000010
#define SYSC_CS7 0x00000020
#define SYSC_CS8 0x00000030
#define SYSC_CSTOPB 0x00000040
#define SYSC_CREAD 0x00000080
#define SYSC_PARENB 0x00000100
#define SYSC_PARODD 0x00000200
#define SYSC_HUPCL 0x00000400
#define SYSC_CLOCAL 0x00000800
#define SYSC_CBAUDEX 0x00001000
#define SYSC_BOTHER 0x00001000	/* termios2: the speed is c_ospeed */
#define SYSC_CIBAUD 0x100f0000	/* the input speed, CBAUD << IBSHIFT; 0: as output */
#define SYSC_IBSHIFT 16
#define SYSC_ADDRB 0x20000000
#define SYSC_CMSPAR 0x40000000
#define SYSC_CRTSCTS 0x80000000U

/* Speeds (c_cflag & SYSC_CBAUD). */
#define SYSC_B0 0x00000000	/* hang up */
#define SYSC_B50 0x00000001
#define SYSC_B75 0x00000002
#define SYSC_B110 0x00000003
#define SYSC_B134 0x00000004
#define SYSC_B150 0x00000005
#define SYSC_B200 0x00000006
#define SYSC_B300 0x00000007
#define SYSC_B600 0x00000008
#define SYSC_B1200 0x00000009
#define SYSC_B1800 0x0000000a
#define SYSC_B2400 0x0000000b
#define SYSC_B4800 0x0000000c
#define SYSC_B9600 0x0000000d
#define SYSC_B19200 0x0000000e
#define SYSC_B38400 0x0000000f
#define SYSC_B57600 0x00001001
#define SYSC_B115200 0x00001002
#define SYSC_B230400 0x00001003
#define SYSC_B460800 0x00001004
#define SYSC_B500000 0x00001005
#define SYSC_B576000 0x00001006
#define SYSC_B921600 0x00001007
#define SYSC_B1000000 0x00001008
#define SYSC_B1152000 0x00001009
#define SYSC_B1500000 0x0000100a
#define SYSC_B2000000 0x0000100b
#define SYSC_B2500000 0x0000100c
#define SYSC_B3000000 0x0000100d
#define SYSC_B3500000 0x0000100e
#define SYSC_B4000000 0x0000100f

/* c_lflag. */
#define SYSC_ISIG 0x00001	/* INTR, QUIT, SUSP characters send signals */
#define SYSC_ICANON 0x00002	/* line editing; reads return whole lines */
#define SYSC_XCASE 0x00004
#define SYSC_ECHO 0x00008
#define SYSC_ECHOE 0x00010
#define SYSC_ECHOK 0x00020
#define SYSC_ECHONL 0x00040
#define SYSC_NOFLSH 0x00080
#define SYSC_TOSTOP 0x00100	/* background writers get SIGTTOU */
#define SYSC_ECHOCTL 0x00200
#define SYSC_ECHOPRT 0x00400
#define SYSC_ECHOKE 0x00800
#define SYSC_FLUSHO 0x01000
#define SYSC_PENDIN 0x04000
#define SYSC_IEXTEN 0x08000
#define SYSC_EXTPROC 0x10000

/* sysc_tcsetattr's `when`, TCFLSH's and TCXONC's arguments. */
#define SYSC_TCSANOW 0
#define SYSC_TCSADRAIN 1	/* after the output queued so far is sent */
#define SYSC_TCSAFLUSH 2	/* same, and unread input is discarded */
#define SYSC_TCIFLUSH 0
#define SYSC_TCOFLUSH 1
#define SYSC_TCIOFLUSH 2
#define SYSC_TCOOFF 0
#define SYSC_TCOON 1
#define SYSC_TCIOFF 2
#define SYSC_TCION 3
#endif /* !SYSC_ARCH_TERMBITS */

/* TIOCGWINSZ/TIOCSWINSZ; setting it sends SIGWINCH to the foreground
 * process group when it changes. */
struct sysc_winsize {
	unsigned short ws_row;
	unsigned short ws_col;
	unsigned short ws_xpixel;
	unsigned short ws_ypixel;
};

#if !defined(SYSC_ARCH_TTY_IOCTLS)
/* Requests for sysc_ioctl(fd, request, arg). Most are bare numbers
 * ('T' << 8 | n); the _IOR/_IOW ones carry their argument's size
 * (termios2: 44; int: 4) in bits 16..29, which is why TCGETS2 and
 * friends are the hex they are. */
#define SYSC_TCGETS 0x5401	/* struct sysc_termios * */
#define SYSC_TCSETS 0x5402	/* const struct sysc_termios *: now */
#define SYSC_TCSETSW 0x5403	/* ...after output drains */
#define SYSC_TCSETSF 0x5404	/* ...after output drains, input flushed */
#define SYSC_TCSBRK 0x5409
#define SYSC_TCXONC 0x540A	/* int: SYSC_TCOOFF... */
#define SYSC_TCFLSH 0x540B	/* int: SYSC_TCIFLUSH... */
#define SYSC_TIOCEXCL 0x540C
#define SYSC_TIOCNXCL 0x540D
#define SYSC_TIOCSCTTY 0x540E	/* int force: make it the controlling tty */
#define SYSC_TIOCGPGRP 0x540F	/* int *: foreground process group */
#define SYSC_TIOCSPGRP 0x5410	/* const int * */
#define SYSC_TIOCOUTQ 0x5411	/* int *: bytes not yet sent */
#define SYSC_TIOCSTI 0x5412
#define SYSC_TIOCGWINSZ 0x5413	/* struct sysc_winsize * */
#define SYSC_TIOCSWINSZ 0x5414	/* const struct sysc_winsize * */
#define SYSC_TIOCMGET 0x5415
#define SYSC_TIOCMBIS 0x5416
#define SYSC_TIOCMBIC 0x5417
#define SYSC_TIOCMSET 0x5418
#define SYSC_TIOCGSOFTCAR 0x5419
#define SYSC_TIOCSSOFTCAR 0x541A
#define SYSC_FIONREAD 0x541B	/* int *: bytes ready to read (any fd type) */
#define SYSC_TIOCINQ SYSC_FIONREAD
#define SYSC_TIOCLINUX 0x541C
#define SYSC_TIOCCONS 0x541D
#define SYSC_TIOCPKT 0x5420	/* const int *: packet mode on the pty master */
#define SYSC_FIONBIO 0x5421	/* const int *: O_NONBLOCK on or off */
#define SYSC_TIOCNOTTY 0x5422	/* give up the controlling tty */
#define SYSC_TIOCSETD 0x5423
#define SYSC_TIOCGETD 0x5424
#define SYSC_TCSBRKP 0x5425
#define SYSC_TIOCSBRK 0x5427
#define SYSC_TIOCCBRK 0x5428
#define SYSC_TIOCGSID 0x5429	/* int *: the session of the tty */
#define SYSC_TCGETS2 0x802C542A	/* _IOR('T', 0x2A, struct termios2) */
#define SYSC_TCSETS2 0x402C542B	/* _IOW */
#define SYSC_TCSETSW2 0x402C542C
#define SYSC_TCSETSF2 0x402C542D
#define SYSC_TIOCGPTN 0x80045430	/* unsigned int *: the pty's number (master) */
#define SYSC_TIOCSPTLCK 0x40045431	/* const int *: 0 unlocks the peer */
#define SYSC_TIOCGDEV 0x80045432
#define SYSC_TIOCSIG 0x40045436	/* int: signal the pty's foreground group */
#define SYSC_TIOCVHANGUP 0x5437
#define SYSC_TIOCGPKT 0x80045438
#define SYSC_TIOCGPTLCK 0x80045439	/* int *: 1 if locked */
#define SYSC_TIOCGEXCL 0x80045440
#define SYSC_TIOCGPTPEER 0x5441	/* int open flags: the peer's fd (4.13) */
#define SYSC_FIONCLEX 0x5450	/* clear FD_CLOEXEC */
#define SYSC_FIOCLEX 0x5451	/* set FD_CLOEXEC */
#define SYSC_FIOASYNC 0x5452

/* TIOCPKT: the status byte before each read from a master in packet
 * mode. */
#define SYSC_TIOCPKT_DATA 0
#define SYSC_TIOCPKT_FLUSHREAD 1
#define SYSC_TIOCPKT_FLUSHWRITE 2
#define SYSC_TIOCPKT_STOP 4
#define SYSC_TIOCPKT_START 8
#define SYSC_TIOCPKT_NOSTOP 16
#define SYSC_TIOCPKT_DOSTOP 32
#define SYSC_TIOCPKT_IOCTL 64
#endif /* !SYSC_ARCH_TTY_IOCTLS */

/* ---- helpers: each one ioctl (or open), -1 and sysc_errno on failure ----
 * Not a tty gives ENOTTY; see doc/syscalls-by-function.md for what each
 * issues. */

static __inline__ int sysc_tcgetattr(int fd, struct sysc_termios *t)
{
	return sysc_ioctl(fd, SYSC_TCGETS, (long)t);
}

/* when: SYSC_TCSANOW, SYSC_TCSADRAIN or SYSC_TCSAFLUSH, else EINVAL.
 * Like the kernel, and unlike POSIX's wording, 0 means the request was
 * taken, not that every field was (check with sysc_tcgetattr). */
static __inline__ int sysc_tcsetattr(int fd, int when, const struct sysc_termios *t)
{
	static const unsigned int req[] = { SYSC_TCSETS, SYSC_TCSETSW, SYSC_TCSETSF };

	if (when < 0 || when > 2)
		return (int)sysc__fail(SYSC_EINVAL);
	return sysc_ioctl(fd, req[when], (long)t);
}

/* Raw mode as cfmakeraw documents it: no input translation, no output
 * processing, no echo, no line editing, no signal characters, 8 bits,
 * reads return as soon as one byte is there (VMIN 1, VTIME 0). */
static __inline__ void sysc_cfmakeraw(struct sysc_termios *t)
{
	t->c_iflag &= ~(unsigned int)(SYSC_IGNBRK | SYSC_BRKINT | SYSC_PARMRK | SYSC_ISTRIP |
				      SYSC_INLCR | SYSC_IGNCR | SYSC_ICRNL | SYSC_IXON);
	t->c_oflag &= ~(unsigned int)SYSC_OPOST;
	t->c_lflag &= ~(unsigned int)(SYSC_ECHO | SYSC_ECHONL | SYSC_ICANON | SYSC_ISIG |
				      SYSC_IEXTEN);
	t->c_cflag &= ~(unsigned int)(SYSC_CSIZE | SYSC_PARENB);
	t->c_cflag |= SYSC_CS8;
	t->c_cc[SYSC_VMIN] = 1;
	t->c_cc[SYSC_VTIME] = 0;
}

static __inline__ int sysc_tcgetwinsize(int fd, struct sysc_winsize *ws)
{
	return sysc_ioctl(fd, SYSC_TIOCGWINSZ, (long)ws);
}

static __inline__ int sysc_tcsetwinsize(int fd, const struct sysc_winsize *ws)
{
	return sysc_ioctl(fd, SYSC_TIOCSWINSZ, (long)ws);
}

/* The foreground process group of fd, which must be the caller's
 * controlling tty (else ENOTTY), or -1. */
static __inline__ int sysc_tcgetpgrp(int fd)
{
	int pgrp;

	if (sysc_ioctl(fd, SYSC_TIOCGPGRP, (long)&pgrp) != 0)
		return -1;
	return pgrp;
}

static __inline__ int sysc_tcsetpgrp(int fd, int pgrp)
{
	return sysc_ioctl(fd, SYSC_TIOCSPGRP, (long)&pgrp);
}

/* ---- pseudo-terminals ----
 * The master comes from opening /dev/ptmx; its peer is locked until
 * TIOCSPTLCK(0), and is /dev/pts/<TIOCGPTN>, or (Linux 4.13+, and right
 * even when /dev/pts is another devpts instance than the master's)
 * TIOCGPTPEER's fd. */

/* The pty number of master fd ptm, or -1. */
static __inline__ int sysc_pty_number(int ptm)
{
	unsigned int n;

	if (sysc_ioctl(ptm, SYSC_TIOCGPTN, (long)&n) != 0)
		return -1;
	return (int)n;
}

static __inline__ int sysc_pty_unlock(int ptm)
{
	int lock = 0;

	return sysc_ioctl(ptm, SYSC_TIOCSPTLCK, (long)&lock);
}

/* "/dev/pts/<n>" into buf (NUL-terminated); -1 and EINVAL for a negative
 * n. SYSC_PTY_PATH_MAX holds any int. */
#define SYSC_PTY_PATH_MAX 20
static __inline__ int sysc_pty_path(int n, char buf[SYSC_PTY_PATH_MAX])
{
	static const char pre[] = "/dev/pts/";
	char digits[10];
	int i = 0, len = 0;

	if (n < 0)
		return (int)sysc__fail(SYSC_EINVAL);
	do {
		digits[i++] = (char)('0' + n % 10);
		n /= 10;
	} while (n != 0);
	for (; pre[len] != '\0'; len++)
		buf[len] = pre[len];
	while (i > 0)
		buf[len++] = digits[--i];
	buf[len] = '\0';
	return 0;
}

/* Opens a new pty: *ptm the master, *pts the peer, both O_RDWR and
 * O_NOCTTY (neither becomes the controlling tty; use TIOCSCTTY for that),
 * plus `flags`, which may hold SYSC_O_CLOEXEC and SYSC_O_NONBLOCK (else
 * EINVAL). The peer comes from TIOCGPTPEER, or on kernels before 4.13
 * (EINVAL or ENOTTY) from /dev/pts/<n>. 0, or -1 with sysc_errno and
 * nothing left open. */
static __inline__ int sysc_openpty(int *ptm, int *pts, int flags)
{
	int m, p, e;

	if (flags & ~(SYSC_O_CLOEXEC | SYSC_O_NONBLOCK))
		return (int)sysc__fail(SYSC_EINVAL);
	m = sysc_openat(SYSC_AT_FDCWD, "/dev/ptmx", SYSC_O_RDWR | SYSC_O_NOCTTY | flags, 0);
	if (m < 0)
		return -1;
	if (sysc_pty_unlock(m) != 0)
		goto fail;
	p = sysc_ioctl(m, SYSC_TIOCGPTPEER, (long)(SYSC_O_RDWR | SYSC_O_NOCTTY | flags));
	if (p < 0 && (sysc_errno == SYSC_EINVAL || sysc_errno == SYSC_ENOTTY)) {
		char path[SYSC_PTY_PATH_MAX];
		int n = sysc_pty_number(m);

		if (n < 0 || sysc_pty_path(n, path) != 0)
			goto fail;
		p = sysc_openat(SYSC_AT_FDCWD, path, SYSC_O_RDWR | SYSC_O_NOCTTY | flags, 0);
	}
	if (p < 0)
		goto fail;
	*ptm = m;
	*pts = p;
	return 0;
fail:
	e = sysc_errno;
	sysc_close(m);
	return (int)sysc__fail(e);
}

#ifdef __cplusplus
}
#endif

#endif
