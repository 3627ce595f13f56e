/* rtnetlink against the kernel through sysc's types and macros alone, as
 * an init bringing up lo would do it: in a child in a new network
 * namespace (root; skipped without CAP_SYS_ADMIN), dump the links and find
 * lo down, bring it up with RTM_NEWLINK and an ack, dump again and see it
 * up, dump the addresses and find 127.0.0.1 on it, and get -ENODEV acks
 * (echoing the request, then capped) for a link that does not exist.
 * Then, in another new namespace, requests built with the builders
 * (sysc_nlmsg_init, sysc_nla_put*, nests): create a dummy link, or a veth
 * pair where the kernel has no dummy, find it in a dump with its nested
 * IFLA_LINKINFO kind, add an IPv4 address with a label and lifetimes, and
 * read it back with RTM_GETADDR. Every syscall is a sysc one; glibc only
 * prints. */
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

/* ---- creating a link and an address with the builders ---- */

/* Requests are built here, by sysc_nlmsg_init and the sysc_nla_* calls. */
static union {
	unsigned char b[1024];
	uint32_t align;
} tx;

/* The IFLA_INFO_KIND inside a link message's IFLA_LINKINFO, or "". */
static const char *linkinfo_kind(const struct sysc_nlmsghdr *n)
{
	const struct sysc_rtattr *a, *b;
	int alen = SYSC_IFLA_PAYLOAD(n), blen;

	for (a = SYSC_IFLA_RTA(SYSC_NLMSG_DATA(n)); SYSC_RTA_OK(a, alen);
	     a = SYSC_RTA_NEXT(a, alen)) {
		if ((a->rta_type & SYSC_NLA_TYPE_MASK) != SYSC_IFLA_LINKINFO)
			continue;
		blen = SYSC_RTA_PAYLOAD(a);
		for (b = (const struct sysc_rtattr *)SYSC_RTA_DATA(a); SYSC_RTA_OK(b, blen);
		     b = SYSC_RTA_NEXT(b, blen))
			if (b->rta_type == SYSC_IFLA_INFO_KIND)
				return (const char *)SYSC_RTA_DATA(b);
	}
	return "";
}

/* RTM_NEWLINK for a new link `name` of `kind`, with a veth's peer when
 * peer is not NULL (IFLA_LINKINFO { KIND, DATA { VETH_INFO_PEER {
 * ifinfomsg, IFLA_IFNAME } } }): returns the ack's error. */
static int new_link(const char *kind, const char *name, const char *peer)
{
	struct sysc_ifinfomsg ifi;
	struct sysc_nlmsghdr *n;
	struct sysc_rtattr *info, *data, *pa;
	struct end e;

	memset(&ifi, 0, sizeof(ifi));
	n = sysc_nlmsg_init(tx.b, sizeof(tx.b), SYSC_RTM_NEWLINK,
			    SYSC_NLM_F_REQUEST | SYSC_NLM_F_ACK | SYSC_NLM_F_CREATE |
			    SYSC_NLM_F_EXCL);
	CHILD_CHECK(n != NULL);
	CHILD_CHECK(sysc_nlmsg_append(n, sizeof(tx.b), &ifi, sizeof(ifi)) != NULL);
	CHILD_CHECK(sysc_nla_put_str(n, sizeof(tx.b), SYSC_IFLA_IFNAME, name) != NULL);
	CHILD_CHECK(sysc_nla_put_u32(n, sizeof(tx.b), SYSC_IFLA_MTU, 1400) != NULL);
	info = sysc_nla_nest_start(n, sizeof(tx.b), SYSC_IFLA_LINKINFO);
	CHILD_CHECK(info != NULL);
	CHILD_CHECK(sysc_nla_put_str(n, sizeof(tx.b), SYSC_IFLA_INFO_KIND, kind) != NULL);
	if (peer) {
		data = sysc_nla_nest_start(n, sizeof(tx.b), SYSC_IFLA_INFO_DATA);
		pa = sysc_nla_nest_start(n, sizeof(tx.b), SYSC_VETH_INFO_PEER);
		CHILD_CHECK(data != NULL && pa != NULL);
		CHILD_CHECK(sysc_nlmsg_append(n, sizeof(tx.b), &ifi, sizeof(ifi)) != NULL);
		CHILD_CHECK(sysc_nla_put_str(n, sizeof(tx.b), SYSC_IFLA_IFNAME, peer) != NULL);
		CHILD_CHECK(sysc_nla_nest_end(n, pa) == 0);
		CHILD_CHECK(sysc_nla_nest_end(n, data) == 0);
	}
	CHILD_CHECK(sysc_nla_nest_end(n, info) == 0);
	/* The kernel answers EOPNOTSUPP to a kind it lacks and also to a
	 * LINKINFO it cannot find a kind in: so that a broken nest fails
	 * here rather than reading as "no such link type" (a skip), the
	 * request is walked first, and must hold its kind inside the nest. */
	CHILD_CHECK(strcmp(linkinfo_kind(n), kind) == 0);
	nl_send(n);
	e = nl_replies(NULL, NULL);
	CHILD_CHECK(e.type == SYSC_NLMSG_ERROR);
	return e.error;
}

/* What a link dump found out about the link of a given name. */
struct named_link {
	const char *name;
	int index;
	uint32_t mtu;
	char kind[16];		/* from IFLA_LINKINFO { IFLA_INFO_KIND } */
};

static void on_named_link(const struct sysc_nlmsghdr *h, void *arg)
{
	struct named_link *l = (struct named_link *)arg;
	const struct sysc_ifinfomsg *ifi = (const struct sysc_ifinfomsg *)SYSC_NLMSG_DATA(h);
	const struct sysc_rtattr *a;
	const char *name = "";
	uint32_t mtu = 0;
	char kind[16] = "";
	int alen = SYSC_IFLA_PAYLOAD(h);

	for (a = SYSC_IFLA_RTA(ifi); SYSC_RTA_OK(a, alen); a = SYSC_RTA_NEXT(a, alen)) {
		unsigned short type = (unsigned short)(a->rta_type & SYSC_NLA_TYPE_MASK);

		if (type == SYSC_IFLA_IFNAME)
			name = (const char *)SYSC_RTA_DATA(a);
		else if (type == SYSC_IFLA_MTU && SYSC_RTA_PAYLOAD(a) == 4)
			memcpy(&mtu, SYSC_RTA_DATA(a), 4);
		else if (type == SYSC_IFLA_LINKINFO) {
			/* A nest: its payload is attributes, walked alike. */
			int nlen = SYSC_RTA_PAYLOAD(a);
			const struct sysc_rtattr *b;

			for (b = (const struct sysc_rtattr *)SYSC_RTA_DATA(a); SYSC_RTA_OK(b, nlen);
			     b = SYSC_RTA_NEXT(b, nlen))
				if ((b->rta_type & SYSC_NLA_TYPE_MASK) == SYSC_IFLA_INFO_KIND &&
				    SYSC_RTA_PAYLOAD(b) < (int)sizeof(kind))
					memcpy(kind, SYSC_RTA_DATA(b), (size_t)SYSC_RTA_PAYLOAD(b));
		}
	}
	if (strcmp(name, l->name) == 0) {
		CHILD_CHECK(l->index == 0);
		l->index = ifi->ifi_index;
		l->mtu = mtu;
		memcpy(l->kind, kind, sizeof(kind));
	}
}

static void find_link(struct named_link *l)
{
	struct sysc_ifinfomsg ifi;
	struct sysc_nlmsghdr *n;
	struct end e;

	memset(&ifi, 0, sizeof(ifi));
	n = sysc_nlmsg_init(tx.b, sizeof(tx.b), SYSC_RTM_GETLINK,
			    SYSC_NLM_F_REQUEST | SYSC_NLM_F_DUMP);
	CHILD_CHECK(n != NULL);
	CHILD_CHECK(sysc_nlmsg_append(n, sizeof(tx.b), &ifi, sizeof(ifi)) != NULL);
	nl_send(n);
	e = nl_replies(on_named_link, l);
	CHILD_CHECK(e.type == SYSC_NLMSG_DONE && e.error == 0);
}

/* What an IPv4 address dump found on one link. */
struct link_addr {
	int index;
	int found;
	uint32_t local;
	unsigned char prefixlen;
	char label[SYSC_IFNAMSIZ];
	struct sysc_ifa_cacheinfo ci;
};

static void on_link_addr(const struct sysc_nlmsghdr *h, void *arg)
{
	struct link_addr *d = (struct link_addr *)arg;
	const struct sysc_ifaddrmsg *ifa = (const struct sysc_ifaddrmsg *)SYSC_NLMSG_DATA(h);
	const struct sysc_rtattr *a;
	int alen = SYSC_IFA_PAYLOAD(h);

	if ((int)ifa->ifa_index != d->index)
		return;
	d->found++;
	d->prefixlen = ifa->ifa_prefixlen;
	for (a = SYSC_IFA_RTA(ifa); SYSC_RTA_OK(a, alen); a = SYSC_RTA_NEXT(a, alen)) {
		int plen = SYSC_RTA_PAYLOAD(a);

		if (a->rta_type == SYSC_IFA_LOCAL && plen == 4)
			memcpy(&d->local, SYSC_RTA_DATA(a), 4);
		else if (a->rta_type == SYSC_IFA_LABEL && plen <= SYSC_IFNAMSIZ)
			memcpy(d->label, SYSC_RTA_DATA(a), (size_t)plen);
		else if (a->rta_type == SYSC_IFA_CACHEINFO && plen == (int)sizeof(d->ci))
			memcpy(&d->ci, SYSC_RTA_DATA(a), sizeof(d->ci));
	}
}

/* RTM_NEWADDR: 10.11.12.13/24 on link index, labelled, with lifetimes
 * (IFA_CACHEINFO, a struct payload): returns the ack's error. */
static int new_addr(int index, const char *label)
{
	struct sysc_ifaddrmsg ifa;
	struct sysc_ifa_cacheinfo ci;
	struct sysc_nlmsghdr *n;
	uint32_t addr = SYSC_HTONL(0x0a0b0c0du);
	struct end e;

	memset(&ifa, 0, sizeof(ifa));
	ifa.ifa_family = SYSC_AF_INET;
	ifa.ifa_prefixlen = 24;
	ifa.ifa_scope = SYSC_RT_SCOPE_UNIVERSE;
	ifa.ifa_index = (uint32_t)index;
	memset(&ci, 0, sizeof(ci));
	ci.ifa_valid = 3600;
	ci.ifa_prefered = 1800;
	n = sysc_nlmsg_init(tx.b, sizeof(tx.b), SYSC_RTM_NEWADDR,
			    SYSC_NLM_F_REQUEST | SYSC_NLM_F_ACK | SYSC_NLM_F_CREATE |
			    SYSC_NLM_F_EXCL);
	CHILD_CHECK(n != NULL);
	CHILD_CHECK(sysc_nlmsg_append(n, sizeof(tx.b), &ifa, sizeof(ifa)) != NULL);
	CHILD_CHECK(sysc_nla_put(n, sizeof(tx.b), SYSC_IFA_LOCAL, &addr, 4) != NULL);
	CHILD_CHECK(sysc_nla_put(n, sizeof(tx.b), SYSC_IFA_ADDRESS, &addr, 4) != NULL);
	CHILD_CHECK(sysc_nla_put_str(n, sizeof(tx.b), SYSC_IFA_LABEL, label) != NULL);
	CHILD_CHECK(sysc_nla_put(n, sizeof(tx.b), SYSC_IFA_CACHEINFO, &ci, sizeof(ci)) != NULL);
	nl_send(n);
	e = nl_replies(NULL, NULL);
	CHILD_CHECK(e.type == SYSC_NLMSG_ERROR);
	return e.error;
}

static int link_child(void)
{
	struct named_link l = { "sysc0", 0, 0, "" }, p = { "sysc1", 0, 0, "" };
	struct link_addr d;
	struct end e;
	struct {
		struct sysc_nlmsghdr nh;
		struct sysc_ifaddrmsg ifa;
	} areq;
	const char *kind = "dummy";
	int err;

	if (sysc_unshare(SYSC_CLONE_NEWNET) != 0)
		return sysc_errno == SYSC_EPERM ? 77 : 2;
	nl_open();

	/* A kind the kernel does not know: EOPNOTSUPP. */
	CHILD_CHECK(new_link("sysc-no-such-kind", "sysc9", NULL) == -SYSC_EOPNOTSUPP);
	/* A dummy link, or a veth pair (nests three deep) without one. */
	err = new_link("dummy", "sysc0", NULL);
	if (err == -SYSC_EOPNOTSUPP) {
		kind = "veth";
		err = new_link("veth", "sysc0", "sysc1");
		if (err == -SYSC_EOPNOTSUPP)
			return 78;
	}
	CHILD_CHECK(err == 0);
	/* NLM_F_EXCL: it is there now. */
	CHILD_CHECK(new_link(kind, "sysc0", strcmp(kind, "veth") == 0 ? "sysc2" : NULL) ==
		    -SYSC_EEXIST);

	find_link(&l);
	CHILD_CHECK(l.index > 0);
	CHILD_CHECK(l.mtu == 1400);
	CHILD_CHECK(strcmp(l.kind, kind) == 0);
	if (strcmp(kind, "veth") == 0) {
		find_link(&p);
		CHILD_CHECK(p.index > 0 && p.index != l.index);
		CHILD_CHECK(strcmp(p.kind, "veth") == 0);
	}

	CHILD_CHECK(new_addr(l.index, "sysc0") == 0);
	CHILD_CHECK(new_addr(l.index, "sysc0") == -SYSC_EEXIST);

	memset(&areq, 0, sizeof(areq));
	areq.nh.nlmsg_len = SYSC_NLMSG_LENGTH(sizeof(areq.ifa));
	areq.nh.nlmsg_type = SYSC_RTM_GETADDR;
	areq.nh.nlmsg_flags = SYSC_NLM_F_REQUEST | SYSC_NLM_F_DUMP;
	areq.ifa.ifa_family = SYSC_AF_INET;
	memset(&d, 0, sizeof(d));
	d.index = l.index;
	nl_send(&areq.nh);
	e = nl_replies(on_link_addr, &d);
	CHILD_CHECK(e.type == SYSC_NLMSG_DONE && e.error == 0);
	CHILD_CHECK(d.found == 1);
	CHILD_CHECK(d.local == SYSC_HTONL(0x0a0b0c0du));
	CHILD_CHECK(d.prefixlen == 24);
	CHILD_CHECK(strcmp(d.label, "sysc0") == 0);
	/* The lifetimes we gave, counting down (not "forever"). */
	CHILD_CHECK(d.ci.ifa_valid <= 3600 && d.ci.ifa_valid > 3500);
	CHILD_CHECK(d.ci.ifa_prefered <= 1800 && d.ci.ifa_prefered > 1700);
	CHILD_CHECK(sysc_close(nl_fd) == 0);
	return 0;
}

static void create_link_and_address(void **state)
{
	int pid, status;

	(void)state;
	fflush(NULL);
	pid = sysc_fork();
	assert_true(pid >= 0);
	if (pid == 0)
		sysc_exit_group(link_child());
	assert_int_equal(sysc_waitpid(pid, &status, 0), pid);
	assert_true(SYSC_WIFEXITED(status));
	if (SYSC_WEXITSTATUS(status) == 77) {
		printf("rtnetlink in a new network namespace needs root; not available here\n");
		skip();
	}
	if (SYSC_WEXITSTATUS(status) == 78) {
		printf("this kernel has neither dummy nor veth links (EOPNOTSUPP)\n");
		skip();
	}
	assert_int_equal(SYSC_WEXITSTATUS(status), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(bring_up_lo),
		cmocka_unit_test(create_link_and_address),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
