/* rtnetlink against the kernel through sysc's types and macros alone, as
 * an init bringing up lo would do it: in a child in a new network
 * namespace (root; skipped without CAP_SYS_ADMIN), dump the links and find
 * lo down, bring it up with RTM_NEWLINK and an ack, dump again and see it
 * up, dump the addresses and find 127.0.0.1 on it, and get -ENODEV acks
 * (echoing the request, then capped) for a link that does not exist. Every
 * syscall is a sysc one; glibc only prints. */
#define _GNU_SOURCE
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include <sysc.h>

/* cmocka's asserts would longjmp inside the child and go on running the
 * other tests there: the child prints what failed and exits 1 instead. */
#define CHILD_CHECK(c) do { \
	if (!(c)) { \
		fprintf(stderr, "child %s:%d: %s (errno %s)\n", __FILE__, \
			__LINE__, #c, sysc_strerror_name(sysc_errno)); \
		sysc_exit_group(1); \
	} \
} while (0)

/* The child's netlink socket: its port id (the kernel's replies carry it
 * in nlmsg_pid) and the last request's sequence number. */
static int nl_fd;
static uint32_t nl_port, nl_seq;

/* Big enough for a datagram of the kernel's dumps (it fills up to the
 * smaller of 32 KiB and the receive buffer); aligned for the headers. */
static union {
	unsigned char b[32768];
	uint32_t align;
} rx;

static void nl_open(void)
{
	struct sysc_sockaddr_nl a = { .nl_family = SYSC_AF_NETLINK }, b;
	sysc_socklen_t len = sizeof(b);
	int one = 1;

	nl_fd = sysc_socket(SYSC_AF_NETLINK, SYSC_SOCK_RAW | SYSC_SOCK_CLOEXEC,
			    SYSC_NETLINK_ROUTE);
	CHILD_CHECK(nl_fd >= 0);
	CHILD_CHECK(sysc_bind(nl_fd, (struct sysc_sockaddr *)&a, sizeof(a)) == 0);
	CHILD_CHECK(sysc_getsockname(nl_fd, (struct sysc_sockaddr *)&b, &len) == 0);
	nl_port = b.nl_pid;
	CHILD_CHECK(nl_port != 0);
	/* Error acks may carry a message; dump requests are checked field by
	 * field, so a family header at the wrong offsets would be refused
	 * (see bad_dump_header). */
	CHILD_CHECK(sysc_setsockopt(nl_fd, SYSC_SOL_NETLINK, SYSC_NETLINK_EXT_ACK,
				    &one, sizeof(one)) == 0);
	CHILD_CHECK(sysc_setsockopt(nl_fd, SYSC_SOL_NETLINK, SYSC_NETLINK_GET_STRICT_CHK,
				    &one, sizeof(one)) == 0);
}

/* Sends one request, addressed to the kernel (port 0), with the next
 * sequence number. */
static void nl_send(struct sysc_nlmsghdr *req)
{
	struct sysc_sockaddr_nl k = { .nl_family = SYSC_AF_NETLINK };

	req->nlmsg_seq = ++nl_seq;
	req->nlmsg_pid = 0;
	CHILD_CHECK(sysc_sendto(nl_fd, req, req->nlmsg_len, 0,
				(struct sysc_sockaddr *)&k, sizeof(k)) ==
		    (long)req->nlmsg_len);
}

/* How the replies to a request ended. */
struct end {
	int type;			/* SYSC_NLMSG_DONE or SYSC_NLMSG_ERROR */
	int error;			/* 0 or -errno */
	const struct sysc_nlmsghdr *h;	/* the last message, in rx */
};

/* Reads the replies to the last request, each datagram walked with
 * SYSC_NLMSG_OK/NEXT, handing every data message to fn, until the end of a
 * dump (NLMSG_DONE, whose payload is the dump's error) or an ack
 * (NLMSG_ERROR). Every reply must answer this request, be addressed to
 * this socket, and the walk must use up each datagram exactly. */
static struct end nl_replies(void (*fn)(const struct sysc_nlmsghdr *, void *),
			     void *arg)
{
	for (;;) {
		long n = sysc_recv(nl_fd, rx.b, sizeof(rx.b), 0);
		int len = (int)n;
		const struct sysc_nlmsghdr *h;

		CHILD_CHECK(n > 0);
		for (h = (const struct sysc_nlmsghdr *)(const void *)rx.b;
		     SYSC_NLMSG_OK(h, len); h = SYSC_NLMSG_NEXT(h, len)) {
			struct end e = { h->nlmsg_type, 0, h };

			CHILD_CHECK(h->nlmsg_seq == nl_seq);
			CHILD_CHECK(h->nlmsg_pid == nl_port);
			if (h->nlmsg_type == SYSC_NLMSG_DONE) {
				CHILD_CHECK(h->nlmsg_len >= SYSC_NLMSG_LENGTH(sizeof(int)));
				memcpy(&e.error, SYSC_NLMSG_DATA(h), sizeof(int));
				return e;
			}
			if (h->nlmsg_type == SYSC_NLMSG_ERROR) {
				const struct sysc_nlmsgerr *err =
					(const struct sysc_nlmsgerr *)SYSC_NLMSG_DATA(h);
				CHILD_CHECK(h->nlmsg_len >=
					    SYSC_NLMSG_LENGTH(sizeof(struct sysc_nlmsgerr)));
				e.error = err->error;
				return e;
			}
			CHILD_CHECK(fn != NULL);
			CHILD_CHECK(h->nlmsg_flags & SYSC_NLM_F_MULTI);
			fn(h, arg);
		}
		CHILD_CHECK(len == 0);
	}
}

struct link_req {
	struct sysc_nlmsghdr nh;
	struct sysc_ifinfomsg ifi;
};

/* What a link dump found out about lo. */
struct links {
	int count;
	int lo_index;			/* 0: not seen */
	unsigned int lo_flags;
	unsigned short lo_type;
	uint32_t lo_mtu;
	int lo_operstate;		/* -1: no IFLA_OPERSTATE */
};

static void on_link(const struct sysc_nlmsghdr *h, void *arg)
{
	struct links *l = (struct links *)arg;
	const struct sysc_ifinfomsg *ifi;
	const struct sysc_rtattr *a;
	const char *name = NULL;
	uint32_t mtu = 0;
	int operstate = -1, alen;

	CHILD_CHECK(h->nlmsg_type == SYSC_RTM_NEWLINK);
	CHILD_CHECK(h->nlmsg_len >= SYSC_NLMSG_LENGTH(sizeof(struct sysc_ifinfomsg)));
	ifi = (const struct sysc_ifinfomsg *)SYSC_NLMSG_DATA(h);
	l->count++;
	CHILD_CHECK(ifi->ifi_index > 0);
	alen = SYSC_IFLA_PAYLOAD(h);
	for (a = SYSC_IFLA_RTA(ifi); SYSC_RTA_OK(a, alen); a = SYSC_RTA_NEXT(a, alen)) {
		int plen = SYSC_RTA_PAYLOAD(a);

		switch (a->rta_type) {
		case SYSC_IFLA_IFNAME:
			name = (const char *)SYSC_RTA_DATA(a);
			CHILD_CHECK(plen > 1 && plen <= SYSC_IFNAMSIZ);
			CHILD_CHECK(name[plen - 1] == '\0');
			break;
		case SYSC_IFLA_MTU:
			CHILD_CHECK(plen == (int)sizeof(uint32_t));
			memcpy(&mtu, SYSC_RTA_DATA(a), sizeof(mtu));
			break;
		case SYSC_IFLA_OPERSTATE:
			CHILD_CHECK(plen == 1);
			operstate = *(const unsigned char *)SYSC_RTA_DATA(a);
			break;
		default:
			break;
		}
	}
	/* The kernel pads the last attribute too: the walk ends exactly at
	 * the message's end. */
	CHILD_CHECK(alen == 0);
	CHILD_CHECK(name != NULL);
	if (strcmp(name, "lo") == 0) {
		CHILD_CHECK(l->lo_index == 0);
		l->lo_index = ifi->ifi_index;
		l->lo_flags = ifi->ifi_flags;
		l->lo_type = ifi->ifi_type;
		l->lo_mtu = mtu;
		l->lo_operstate = operstate;
	}
}

/* RTM_GETLINK dump: every link, lo's details in *l. Under
 * NETLINK_GET_STRICT_CHK the header must be a zeroed ifinfomsg. */
static void dump_links(struct links *l)
{
	struct link_req req;
	struct end e;

	memset(&req, 0, sizeof(req));
	req.nh.nlmsg_len = SYSC_NLMSG_LENGTH(sizeof(req.ifi));
	req.nh.nlmsg_type = SYSC_RTM_GETLINK;
	req.nh.nlmsg_flags = SYSC_NLM_F_REQUEST | SYSC_NLM_F_DUMP;
	req.ifi.ifi_family = SYSC_AF_UNSPEC;
	memset(l, 0, sizeof(*l));
	nl_send(&req.nh);
	e = nl_replies(on_link, l);
	CHILD_CHECK(e.type == SYSC_NLMSG_DONE);
	CHILD_CHECK(e.error == 0);
	CHILD_CHECK(l->count >= 1);
	CHILD_CHECK(l->lo_index > 0);
}

/* RTM_NEWLINK changing only IFF_UP (ifi_change is the mask of ifi_flags
 * bits to change) on link index, with NLM_F_ACK: returns the ack. */
static struct end set_up(int index)
{
	struct link_req req;

	memset(&req, 0, sizeof(req));
	req.nh.nlmsg_len = SYSC_NLMSG_LENGTH(sizeof(req.ifi));
	req.nh.nlmsg_type = SYSC_RTM_NEWLINK;
	req.nh.nlmsg_flags = SYSC_NLM_F_REQUEST | SYSC_NLM_F_ACK;
	req.ifi.ifi_family = SYSC_AF_UNSPEC;
	req.ifi.ifi_index = index;
	req.ifi.ifi_flags = SYSC_IFF_UP;
	req.ifi.ifi_change = SYSC_IFF_UP;
	nl_send(&req.nh);
	return nl_replies(NULL, NULL);	/* no data messages before an ack */
}

/* What an IPv4 address dump found out about 127.0.0.1. */
struct addrs {
	int lo_index;
	int found;
	unsigned char prefixlen, scope;
	int label_lo, address_too, cacheinfo_forever;
	uint32_t flags;			/* IFA_FLAGS */
};

static void on_addr(const struct sysc_nlmsghdr *h, void *arg)
{
	struct addrs *d = (struct addrs *)arg;
	const struct sysc_ifaddrmsg *ifa;
	const struct sysc_rtattr *a;
	uint32_t local = 0, address = 0;
	int alen, label_lo = 0, forever = 0;
	uint32_t flags = 0;

	CHILD_CHECK(h->nlmsg_type == SYSC_RTM_NEWADDR);
	CHILD_CHECK(h->nlmsg_len >= SYSC_NLMSG_LENGTH(sizeof(struct sysc_ifaddrmsg)));
	ifa = (const struct sysc_ifaddrmsg *)SYSC_NLMSG_DATA(h);
	CHILD_CHECK(ifa->ifa_family == SYSC_AF_INET);	/* the dump asked for IPv4 */
	alen = SYSC_IFA_PAYLOAD(h);
	for (a = SYSC_IFA_RTA(ifa); SYSC_RTA_OK(a, alen); a = SYSC_RTA_NEXT(a, alen)) {
		int plen = SYSC_RTA_PAYLOAD(a);

		switch (a->rta_type) {
		case SYSC_IFA_LOCAL:
			CHILD_CHECK(plen == 4);
			memcpy(&local, SYSC_RTA_DATA(a), 4);
			break;
		case SYSC_IFA_ADDRESS:
			CHILD_CHECK(plen == 4);
			memcpy(&address, SYSC_RTA_DATA(a), 4);
			break;
		case SYSC_IFA_LABEL:
			label_lo = plen == 3 && memcmp(SYSC_RTA_DATA(a), "lo", 3) == 0;
			break;
		case SYSC_IFA_FLAGS:
			CHILD_CHECK(plen == 4);
			memcpy(&flags, SYSC_RTA_DATA(a), 4);
			break;
		case SYSC_IFA_CACHEINFO: {
			struct sysc_ifa_cacheinfo ci;

			CHILD_CHECK(plen == (int)sizeof(ci));
			memcpy(&ci, SYSC_RTA_DATA(a), sizeof(ci));
			forever = ci.ifa_valid == 0xffffffffu &&
				  ci.ifa_prefered == 0xffffffffu;
			break;
		}
		default:
			break;
		}
	}
	CHILD_CHECK(alen == 0);
	if ((int)ifa->ifa_index == d->lo_index &&
	    local == SYSC_HTONL(SYSC_INADDR_LOOPBACK)) {
		d->found++;
		d->prefixlen = ifa->ifa_prefixlen;
		d->scope = ifa->ifa_scope;
		d->label_lo = label_lo;
		d->address_too = address == local;
		d->cacheinfo_forever = forever;
		d->flags = flags;
	}
}

/* A link request for a link that does not exist: -ENODEV. Without
 * NETLINK_CAP_ACK the ack echoes the whole request after the error; with
 * it, only the header, and NLM_F_CAPPED says so. */
static void no_such_link(void)
{
	const int index = 0x7ffffff0;
	const struct sysc_nlmsgerr *err;
	struct sysc_ifinfomsg echoed;
	struct end e;
	int one = 1;

	e = set_up(index);
	CHILD_CHECK(e.type == SYSC_NLMSG_ERROR);
	CHILD_CHECK(e.error == -SYSC_ENODEV);
	err = (const struct sysc_nlmsgerr *)SYSC_NLMSG_DATA(e.h);
	CHILD_CHECK(err->msg.nlmsg_type == SYSC_RTM_NEWLINK);
	CHILD_CHECK(err->msg.nlmsg_seq == nl_seq);
	CHILD_CHECK(err->msg.nlmsg_flags == (SYSC_NLM_F_REQUEST | SYSC_NLM_F_ACK));
	CHILD_CHECK(err->msg.nlmsg_len ==
		    SYSC_NLMSG_LENGTH(sizeof(struct sysc_ifinfomsg)));
	CHILD_CHECK(!(e.h->nlmsg_flags & SYSC_NLM_F_CAPPED));
	CHILD_CHECK(e.h->nlmsg_len >= SYSC_NLMSG_LENGTH(sizeof(struct sysc_nlmsgerr) +
							 sizeof(struct sysc_ifinfomsg)));
	/* The request's payload follows the echoed header. */
	memcpy(&echoed, (const unsigned char *)err + sizeof(*err), sizeof(echoed));
	CHILD_CHECK(echoed.ifi_index == index);
	CHILD_CHECK(echoed.ifi_change == SYSC_IFF_UP);

	CHILD_CHECK(sysc_setsockopt(nl_fd, SYSC_SOL_NETLINK, SYSC_NETLINK_CAP_ACK,
				    &one, sizeof(one)) == 0);
	e = set_up(index);
	CHILD_CHECK(e.type == SYSC_NLMSG_ERROR);
	CHILD_CHECK(e.error == -SYSC_ENODEV);
	CHILD_CHECK(e.h->nlmsg_flags & SYSC_NLM_F_CAPPED);
	/* Only extended-ack attributes (NLM_F_ACK_TLVS) may follow now. */
	if (!(e.h->nlmsg_flags & SYSC_NLM_F_ACK_TLVS))
		CHILD_CHECK(e.h->nlmsg_len ==
			    SYSC_NLMSG_LENGTH(sizeof(struct sysc_nlmsgerr)));
}

/* Strict checking refuses a link dump whose ifinfomsg has ifi_change set:
 * proof that sysc's offsets are the ones the kernel reads. The error ends
 * the dump (NLMSG_DONE's payload) or comes as an ack, by kernel version. */
static void bad_dump_header(void)
{
	struct link_req req;
	struct links l;
	struct end e;

	memset(&req, 0, sizeof(req));
	memset(&l, 0, sizeof(l));
	req.nh.nlmsg_len = SYSC_NLMSG_LENGTH(sizeof(req.ifi));
	req.nh.nlmsg_type = SYSC_RTM_GETLINK;
	req.nh.nlmsg_flags = SYSC_NLM_F_REQUEST | SYSC_NLM_F_DUMP;
	req.ifi.ifi_change = SYSC_IFF_UP;
	nl_send(&req.nh);
	e = nl_replies(on_link, &l);
	CHILD_CHECK(e.error == -SYSC_EINVAL);
	CHILD_CHECK(l.count == 0);
}

static int child(void)
{
	struct links l;
	struct end e;
	struct {
		struct sysc_nlmsghdr nh;
		struct sysc_ifaddrmsg ifa;
	} areq;
	struct addrs d;

	if (sysc_unshare(SYSC_CLONE_NEWNET) != 0)
		return sysc_errno == SYSC_EPERM ? 77 : 2;
	nl_open();

	/* A new namespace's lo: there, and down. */
	dump_links(&l);
	CHILD_CHECK(!(l.lo_flags & SYSC_IFF_UP));
	CHILD_CHECK(l.lo_flags & SYSC_IFF_LOOPBACK);
	CHILD_CHECK(l.lo_type == SYSC_ARPHRD_LOOPBACK);
	CHILD_CHECK(l.lo_mtu >= 1280);
	CHILD_CHECK(l.lo_operstate == SYSC_IF_OPER_DOWN);

	/* Up, acked with error 0 (the ack of a success is capped). */
	e = set_up(l.lo_index);
	CHILD_CHECK(e.type == SYSC_NLMSG_ERROR);
	CHILD_CHECK(e.error == 0);
	CHILD_CHECK(((const struct sysc_nlmsgerr *)SYSC_NLMSG_DATA(e.h))->msg.nlmsg_type ==
		    SYSC_RTM_NEWLINK);
	int index = l.lo_index;
	dump_links(&l);
	CHILD_CHECK(l.lo_index == index);
	CHILD_CHECK(l.lo_flags & SYSC_IFF_UP);
	CHILD_CHECK(l.lo_flags & SYSC_IFF_LOOPBACK);

	/* Bringing lo up gave it 127.0.0.1/8, host scope, permanent. The
	 * strict dump filters by family here. */
	memset(&areq, 0, sizeof(areq));
	areq.nh.nlmsg_len = SYSC_NLMSG_LENGTH(sizeof(areq.ifa));
	areq.nh.nlmsg_type = SYSC_RTM_GETADDR;
	areq.nh.nlmsg_flags = SYSC_NLM_F_REQUEST | SYSC_NLM_F_DUMP;
	areq.ifa.ifa_family = SYSC_AF_INET;
	memset(&d, 0, sizeof(d));
	d.lo_index = index;
	nl_send(&areq.nh);
	e = nl_replies(on_addr, &d);
	CHILD_CHECK(e.type == SYSC_NLMSG_DONE && e.error == 0);
	CHILD_CHECK(d.found == 1);
	CHILD_CHECK(d.prefixlen == 8);
	CHILD_CHECK(d.scope == SYSC_RT_SCOPE_HOST);
	CHILD_CHECK(d.label_lo);
	CHILD_CHECK(d.address_too);
	CHILD_CHECK(d.cacheinfo_forever);
	CHILD_CHECK(d.flags & SYSC_IFA_F_PERMANENT);

	bad_dump_header();
	no_such_link();
	CHILD_CHECK(sysc_close(nl_fd) == 0);
	return 0;
}

static void bring_up_lo(void **state)
{
	int pid, status;

	(void)state;
	fflush(NULL);	/* the child must not flush a copy of our buffers */
	pid = sysc_fork();
	assert_true(pid >= 0);
	if (pid == 0)
		sysc_exit_group(child());
	assert_int_equal(sysc_waitpid(pid, &status, 0), pid);
	assert_true(SYSC_WIFEXITED(status));
	if (SYSC_WEXITSTATUS(status) == 77) {
		printf("rtnetlink in a new network namespace needs root; not available here\n");
		skip();
	}
	assert_int_equal(SYSC_WEXITSTATUS(status), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(bring_up_lo),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
