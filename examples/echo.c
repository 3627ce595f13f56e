/* echo: a TCP echo server on epoll, with its own client. Freestanding.
 *
 *   echo [CLIENTS [ROUNDS]]     (default 3 clients, 5 rounds)
 *
 * The server listens on 127.0.0.1 at a port the kernel picks (bind to port
 * 0, then getsockname), forks the client, and serves every connection from
 * one epoll loop with non-blocking sockets: accept4 on the listening
 * socket, read and echo back on the others, close on end of file. The
 * client opens all its connections at once and sends on them in turn, so
 * the server really multiplexes; it checks every reply byte for byte and
 * its exit status says whether all matched. */
#include "out.h"

#define MAX_CLIENTS 64

static struct out o = { 1, 0, { 0 } };

static void fmt_msg(char *buf, size_t *len, unsigned int client, unsigned int round)
{
	struct out m = { -1, 0, { 0 } };

	out_str(&m, "client ");
	out_udec(&m, client, 0);
	out_str(&m, " round ");
	out_udec(&m, round, 0);
	out_chr(&m, '\n');
	for (size_t i = 0; i < m.n; i++)
		buf[i] = m.buf[i];
	*len = m.n;
}

static int client(unsigned short port, unsigned int clients, unsigned int rounds)
{
	struct sysc_sockaddr_in addr = { 0 };
	int fd[MAX_CLIENTS];

	addr.sin_family = SYSC_AF_INET;
	addr.sin_port = sysc_htons(port);
	addr.sin_addr.s_addr = sysc_htonl(SYSC_INADDR_LOOPBACK);
	for (unsigned int c = 0; c < clients; c++) {
		fd[c] = sysc_socket(SYSC_AF_INET, SYSC_SOCK_STREAM | SYSC_SOCK_CLOEXEC, 0);
		if (fd[c] < 0 || sysc_connect(fd[c], (struct sysc_sockaddr *)&addr, sizeof addr) < 0)
			return fail("client: socket/connect");
	}
	for (unsigned int r = 0; r < rounds; r++) {
		for (unsigned int c = 0; c < clients; c++) {
			char msg[64], back[64];
			size_t len, got = 0;

			fmt_msg(msg, &len, c, r);
			if (write_all(fd[c], msg, len) < 0)
				return fail("client: write");
			while (got < len) {
				long n = sysc_read(fd[c], back + got, len - got);

				if (n <= 0)
					return n < 0 ? fail("client: read") : 3;
				got += (size_t)n;
			}
			for (size_t i = 0; i < len; i++)
				if (back[i] != msg[i])
					return 4;
		}
	}
	for (unsigned int c = 0; c < clients; c++)
		sysc_close(fd[c]);
	return 0;
}

static int add(int ep, int fd, unsigned int events)
{
	struct sysc_epoll_event ev;

	ev.events = events;
	ev.data.fd = fd;
	return sysc_epoll_ctl(ep, SYSC_EPOLL_CTL_ADD, fd, &ev);
}

/* Echoes what fd has; 1 at end of file (or an error), else 0. */
static int serve(int fd, unsigned long long *bytes)
{
	char buf[4096];

	for (;;) {
		long n = sysc_read(fd, buf, sizeof buf);

		if (n > 0) {
			/* small replies into a socket buffer with room: a short
			 * write does not happen here, write_all covers it anyway */
			if (write_all(fd, buf, (size_t)n) < 0 && sysc_errno != SYSC_EAGAIN)
				return 1;
			*bytes += (unsigned long long)n;
			continue;
		}
		if (n < 0 && (sysc_errno == SYSC_EAGAIN || sysc_errno == SYSC_EINTR))
			return 0;
		return 1;
	}
}

int main(int argc, char **argv)
{
	unsigned int clients = number(argc > 1 ? argv[1] : NULL, 3, MAX_CLIENTS);
	unsigned int rounds = number(argc > 2 ? argv[2] : NULL, 5, 1000);
	struct sysc_sockaddr_in addr = { 0 };
	unsigned int addrlen = sizeof addr, accepted = 0, closed = 0;
	unsigned long long bytes = 0;
	struct sysc_rusage ru;
	int one = 1, lfd, ep, pid, status;

	lfd = sysc_socket(SYSC_AF_INET, SYSC_SOCK_STREAM | SYSC_SOCK_NONBLOCK | SYSC_SOCK_CLOEXEC, 0);
	if (lfd < 0)
		return fail("socket");
	sysc_setsockopt(lfd, SYSC_SOL_SOCKET, SYSC_SO_REUSEADDR, &one, sizeof one);
	addr.sin_family = SYSC_AF_INET;
	addr.sin_addr.s_addr = sysc_htonl(SYSC_INADDR_LOOPBACK);
	if (sysc_bind(lfd, (struct sysc_sockaddr *)&addr, sizeof addr) < 0 ||
	    sysc_listen(lfd, 64) < 0 ||
	    sysc_getsockname(lfd, (struct sysc_sockaddr *)&addr, &addrlen) < 0)
		return fail("bind/listen/getsockname");
	ep = sysc_epoll_create1(SYSC_EPOLL_CLOEXEC);
	if (ep < 0 || add(ep, lfd, SYSC_EPOLLIN) < 0)
		return fail("epoll");
	pid = sysc_fork();
	if (pid < 0)
		return fail("fork");
	if (pid == 0)
		sysc_exit_group(client(sysc_ntohs(addr.sin_port), clients, rounds));

	while (closed < clients) {
		struct sysc_epoll_event ev[16];
		int n = sysc_epoll_wait(ep, ev, 16, 5000);

		if (n < 0 && sysc_errno == SYSC_EINTR)
			continue;
		if (n <= 0)
			return fail(n < 0 ? "epoll_wait" : "epoll_wait: no client for 5 s");
		for (int i = 0; i < n; i++) {
			int fd = ev[i].data.fd;

			if (fd == lfd) {
				int c;

				while ((c = sysc_accept4(lfd, NULL, NULL, SYSC_SOCK_NONBLOCK | SYSC_SOCK_CLOEXEC)) >= 0) {
					if (add(ep, c, SYSC_EPOLLIN | SYSC_EPOLLRDHUP) < 0)
						return fail("epoll_ctl");
					accepted++;
				}
			} else if (serve(fd, &bytes)) {
				sysc_epoll_ctl(ep, SYSC_EPOLL_CTL_DEL, fd, NULL);
				sysc_close(fd);
				closed++;
			}
		}
	}
	if (sysc_wait4(pid, &status, 0, &ru) != pid)
		return fail("wait4");
	out_str(&o, "echo: port ");
	out_udec(&o, sysc_ntohs(addr.sin_port), 0);
	out_str(&o, ", ");
	out_udec(&o, accepted, 0);
	out_str(&o, " connections, ");
	out_udec(&o, bytes, 0);
	out_str(&o, " bytes echoed; client ");
	out_str(&o, SYSC_WIFEXITED(status) && SYSC_WEXITSTATUS(status) == 0 ? "verified every reply\n" : "FAILED\n");
	out_flush(&o);
	return !(SYSC_WIFEXITED(status) && SYSC_WEXITSTATUS(status) == 0 && accepted == clients);
}
