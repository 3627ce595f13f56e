/* sysc/types_net.h against the kernel, on the arch being compiled: the
 * uapi headers (linux/in.h, in6.h, un.h, netlink.h, if_packet.h, tcp.h,
 * asm/socket.h) where the kernel exports a definition, glibc's
 * <sys/socket.h> and <netinet/in.h> where it does not (AF_*, MSG_*, SOL_*,
 * SCM_*, struct msghdr, mmsghdr, cmsghdr, ucred, linger live in the
 * kernel's internal include/linux/socket.h; glibc copies the ABI). glibc's
 * headers come first so that linux/libc-compat.h skips what glibc already
 * defines; glibc's <sys/un.h> is left out because linux/un.h defines the
 * same struct. */
#define _GNU_SOURCE
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <linux/in.h>
#include <linux/in6.h>
#include <linux/un.h>
#include <linux/netlink.h>
#include <linux/if_packet.h>
#include <linux/if_ether.h>
#include <linux/tcp.h>
#include <linux/socket.h>
#include <asm/socket.h>

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include <sysc.h>
#include "abi_check.h"

static void addresses(void **state)
{
	(void)state;
	static const struct field sa[] = {
		FIELD(sysc_sockaddr, struct sockaddr, sa_family),
		FIELD(sysc_sockaddr, struct sockaddr, sa_data),
	};
	/* __kernel_sockaddr_storage has only ss_family by name (the rest is
	 * an anonymous __data[126] beside an alignment pointer). */
	static const struct field ss[] = {
		FIELD(sysc_sockaddr_storage, struct __kernel_sockaddr_storage, ss_family),
	};
	static const struct field un[] = {
		FIELD(sysc_sockaddr_un, struct sockaddr_un, sun_family),
		FIELD(sysc_sockaddr_un, struct sockaddr_un, sun_path),
	};
	static const struct field in4[] = {
		FIELD(sysc_sockaddr_in, struct sockaddr_in, sin_family),
		FIELD(sysc_sockaddr_in, struct sockaddr_in, sin_port),
		FIELD(sysc_sockaddr_in, struct sockaddr_in, sin_addr),
		FIELD(sysc_sockaddr_in, struct sockaddr_in, sin_zero),
	};
	static const struct field ina[] = {
		FIELD(sysc_in_addr, struct in_addr, s_addr),
	};
	static const struct field in6[] = {
		FIELD(sysc_sockaddr_in6, struct sockaddr_in6, sin6_family),
		FIELD(sysc_sockaddr_in6, struct sockaddr_in6, sin6_port),
		FIELD(sysc_sockaddr_in6, struct sockaddr_in6, sin6_flowinfo),
		FIELD(sysc_sockaddr_in6, struct sockaddr_in6, sin6_addr),
		FIELD(sysc_sockaddr_in6, struct sockaddr_in6, sin6_scope_id),
	};
	static const struct field in6a[] = {
		FIELD2(sysc_in6_addr, in6_u.u6_addr8, struct in6_addr, s6_addr),
		FIELD2(sysc_in6_addr, in6_u.u6_addr16, struct in6_addr, s6_addr16),
		FIELD2(sysc_in6_addr, in6_u.u6_addr32, struct in6_addr, s6_addr32),
	};
	static const struct field nl[] = {
		FIELD(sysc_sockaddr_nl, struct sockaddr_nl, nl_family),
		FIELD(sysc_sockaddr_nl, struct sockaddr_nl, nl_pad),
		FIELD(sysc_sockaddr_nl, struct sockaddr_nl, nl_pid),
		FIELD(sysc_sockaddr_nl, struct sockaddr_nl, nl_groups),
	};
	static const struct field ll[] = {
		FIELD(sysc_sockaddr_ll, struct sockaddr_ll, sll_family),
		FIELD(sysc_sockaddr_ll, struct sockaddr_ll, sll_protocol),
		FIELD(sysc_sockaddr_ll, struct sockaddr_ll, sll_ifindex),
		FIELD(sysc_sockaddr_ll, struct sockaddr_ll, sll_hatype),
		FIELD(sysc_sockaddr_ll, struct sockaddr_ll, sll_pkttype),
		FIELD(sysc_sockaddr_ll, struct sockaddr_ll, sll_halen),
		FIELD(sysc_sockaddr_ll, struct sockaddr_ll, sll_addr),
	};

	CHECK_LISTED(struct sysc_sockaddr, struct sockaddr, sa);
	CHECK_LISTED(struct sysc_sockaddr_storage,
		     struct __kernel_sockaddr_storage, ss);
	assert_int_equal(sizeof(struct sysc_sockaddr_storage), _K_SS_MAXSIZE);
	assert_int_equal(sizeof(struct sysc_sockaddr_storage), sizeof(struct sockaddr_storage));
	CHECK_LISTED(struct sysc_sockaddr_un, struct sockaddr_un, un);
	assert_int_equal(SYSC_UNIX_PATH_MAX, UNIX_PATH_MAX);
	CHECK_LISTED(struct sysc_sockaddr_in, struct sockaddr_in, in4);
	CHECK_LISTED(struct sysc_in_addr, struct in_addr, ina);
	CHECK_LISTED(struct sysc_sockaddr_in6, struct sockaddr_in6, in6);
	CHECK_LISTED(struct sysc_in6_addr, struct in6_addr, in6a);
	CHECK_LISTED(struct sysc_sockaddr_nl, struct sockaddr_nl, nl);
	CHECK_LISTED(struct sysc_sockaddr_ll, struct sockaddr_ll, ll);
}

/* The kernel's struct user_msghdr, mmsghdr and cmsghdr, through glibc's
 * (same layout: glibc's msg_iovlen and msg_controllen are size_t). */
static void messages(void **state)
{
	(void)state;
	static const struct field mh[] = {
		FIELD(sysc_msghdr, struct msghdr, msg_name),
		FIELD(sysc_msghdr, struct msghdr, msg_namelen),
		FIELD(sysc_msghdr, struct msghdr, msg_iov),
		FIELD(sysc_msghdr, struct msghdr, msg_iovlen),
		FIELD(sysc_msghdr, struct msghdr, msg_control),
		FIELD(sysc_msghdr, struct msghdr, msg_controllen),
		FIELD(sysc_msghdr, struct msghdr, msg_flags),
	};
	static const struct field mm[] = {
		FIELD(sysc_mmsghdr, struct mmsghdr, msg_hdr),
		FIELD(sysc_mmsghdr, struct mmsghdr, msg_len),
	};
	static const struct field cm[] = {
		FIELD(sysc_cmsghdr, struct cmsghdr, cmsg_len),
		FIELD(sysc_cmsghdr, struct cmsghdr, cmsg_level),
		FIELD(sysc_cmsghdr, struct cmsghdr, cmsg_type),
	};
	static const struct field uc[] = {
		FIELD(sysc_ucred, struct ucred, pid),
		FIELD(sysc_ucred, struct ucred, uid),
		FIELD(sysc_ucred, struct ucred, gid),
	};
	static const struct field li[] = {
		FIELD(sysc_linger, struct linger, l_onoff),
		FIELD(sysc_linger, struct linger, l_linger),
	};

	CHECK_LISTED(struct sysc_msghdr, struct msghdr, mh);
	CHECK_LISTED(struct sysc_mmsghdr, struct mmsghdr, mm);
	CHECK_LISTED(struct sysc_cmsghdr, struct cmsghdr, cm);
	CHECK_LISTED(struct sysc_ucred, struct ucred, uc);
	CHECK_LISTED(struct sysc_linger, struct linger, li);
	/* The kernel's sizes: user_msghdr 56/28, mmsghdr 64/32,
	 * cmsghdr 16/12 bytes. */
	assert_int_equal(sizeof(struct sysc_msghdr), sizeof(void *) == 8 ? 56 : 28);
	assert_int_equal(sizeof(struct sysc_mmsghdr), sizeof(void *) == 8 ? 64 : 32);
	assert_int_equal(sizeof(struct sysc_cmsghdr), sizeof(void *) == 8 ? 16 : 12);
	assert_int_equal(sizeof(sysc_socklen_t), sizeof(socklen_t));
}

/* The CMSG macros against glibc's, which align to sizeof(size_t) = the
 * kernel's sizeof(long) on both arches. */
static void cmsg_macros(void **state)
{
	union { char buf[256]; long align; } u;
	struct msghdr gm;
	struct sysc_msghdr sm;

	(void)state;
	for (size_t n = 0; n < 40; n++) {
		assert_int_equal(SYSC_CMSG_SPACE(n), CMSG_SPACE(n));
		assert_int_equal(SYSC_CMSG_LEN(n), CMSG_LEN(n));
	}
	memset(&u, 0, sizeof(u));
	memset(&gm, 0, sizeof(gm));
	memset(&sm, 0, sizeof(sm));
	gm.msg_control = sm.msg_control = u.buf;
	/* Walk the same buffer with both: three messages of 1, 4 and 9 bytes,
	 * then lengths where the buffer ends inside a header. */
	for (size_t len = 0; len <= sizeof(u.buf); len++) {
		struct cmsghdr *g;
		struct sysc_cmsghdr *s;

		gm.msg_controllen = sm.msg_controllen = len;
		memset(u.buf, 0, sizeof(u.buf));
		g = CMSG_FIRSTHDR(&gm);
		s = SYSC_CMSG_FIRSTHDR(&sm);
		assert_ptr_equal(g, s);
		if (g) {
			g->cmsg_len = CMSG_LEN(1);
			if (CMSG_NXTHDR(&gm, g))
				CMSG_NXTHDR(&gm, g)->cmsg_len = CMSG_LEN(4);
		}
		while (g || s) {
			assert_ptr_equal(g, s);
			assert_ptr_equal(CMSG_DATA(g), SYSC_CMSG_DATA(s));
			g = CMSG_NXTHDR(&gm, g);
			s = SYSC_CMSG_NXTHDR(&sm, s);
			if (g && g->cmsg_len == 0)
				g->cmsg_len = CMSG_LEN(9);
		}
	}
}

static void byte_order(void **state)
{
	(void)state;
	static const uint16_t port = SYSC_HTONS(0x1234);	/* constant */
	static const uint32_t lo = SYSC_HTONL(SYSC_INADDR_LOOPBACK);
	volatile uint32_t v = 0x01020304;
	volatile uint16_t w = 0xa1b2;

	assert_int_equal(port, htons(0x1234));
	assert_int_equal(lo, htonl(INADDR_LOOPBACK));
	assert_int_equal(sysc_htonl(v), htonl(v));
	assert_int_equal(sysc_ntohl(v), ntohl(v));
	assert_int_equal(sysc_htons(w), htons(w));
	assert_int_equal(sysc_ntohs(w), ntohs(w));
	assert_int_equal(SYSC_NTOHL(SYSC_HTONL(0xdeadbeef)), 0xdeadbeef);
	assert_int_equal(SYSC_NTOHS(SYSC_HTONS(0xbeef)), 0xbeef);
	/* Network order is big-endian: the first byte in memory is the most
	 * significant. */
	uint32_t n = sysc_htonl(0x7f000001);
	assert_int_equal(((unsigned char *)&n)[0], 0x7f);
	assert_int_equal(((unsigned char *)&n)[3], 0x01);
}

/* KDOC: newer than the installed headers, the value documented in the
 * kernel's include/uapi (named in the comment beside each). */
static const struct constant constants[] = {
	/* kernel include/linux/socket.h, via glibc bits/socket.h */
	K(AF_UNSPEC), K(AF_UNIX), K(AF_LOCAL), K(AF_INET), K(AF_AX25),
	K(AF_IPX), K(AF_APPLETALK), K(AF_NETROM), K(AF_BRIDGE), K(AF_ATMPVC),
	K(AF_X25), K(AF_INET6), K(AF_ROSE), K(AF_DECnet), K(AF_NETBEUI),
	K(AF_SECURITY), K(AF_KEY), K(AF_NETLINK), K(AF_ROUTE), K(AF_PACKET),
	K(AF_ASH), K(AF_ECONET), K(AF_ATMSVC), K(AF_RDS), K(AF_SNA),
	K(AF_IRDA), K(AF_PPPOX), K(AF_WANPIPE), K(AF_LLC), K(AF_IB),
	K(AF_MPLS), K(AF_CAN), K(AF_TIPC), K(AF_BLUETOOTH), K(AF_IUCV),
	K(AF_RXRPC), K(AF_ISDN), K(AF_PHONET), K(AF_IEEE802154), K(AF_CAIF),
	K(AF_ALG), K(AF_NFC), K(AF_VSOCK), K(AF_KCM), K(AF_QIPCRTR),
	K(AF_SMC), K(AF_XDP), K(AF_MCTP), K(AF_MAX),
	K(PF_UNSPEC), K(PF_UNIX), K(PF_LOCAL), K(PF_INET), K(PF_INET6),
	K(PF_NETLINK), K(PF_PACKET), K(PF_MAX),
	K(SOCK_STREAM), K(SOCK_DGRAM), K(SOCK_RAW), K(SOCK_RDM),
	K(SOCK_SEQPACKET), K(SOCK_DCCP), K(SOCK_PACKET), K(SOCK_NONBLOCK),
	K(SOCK_CLOEXEC),
	K(SOL_IP), K(SOL_SOCKET), K(SOL_IPV6),
	/* the kernel's SOL_TCP/SOL_UDP are the protocol numbers (glibc has
	 * them only in netinet/tcp.h and udp.h, which clash with linux/tcp.h) */
	KV(SOL_TCP, IPPROTO_TCP), KV(SOL_UDP, IPPROTO_UDP),
	K(SOL_ICMPV6), K(SOL_RAW), K(SOL_PACKET), K(SOL_NETLINK), K(SOL_ALG),
	K(MSG_OOB), K(MSG_PEEK), K(MSG_DONTROUTE), K(MSG_CTRUNC),
	KV(MSG_PROBE, MSG_PROXY),	/* glibc's old name for the bit */
	K(MSG_TRUNC), K(MSG_DONTWAIT), K(MSG_EOR), K(MSG_WAITALL), K(MSG_FIN),
	K(MSG_SYN), K(MSG_CONFIRM), K(MSG_RST), K(MSG_ERRQUEUE),
	K(MSG_NOSIGNAL), K(MSG_MORE), K(MSG_WAITFORONE), K(MSG_BATCH),
	K(MSG_ZEROCOPY), K(MSG_FASTOPEN), K(MSG_CMSG_CLOEXEC),
	K(SHUT_RD), K(SHUT_WR), K(SHUT_RDWR),
	K(SCM_RIGHTS), K(SCM_CREDENTIALS),
	KDOC(SCM_SECURITY, 3),	/* include/linux/socket.h; not in glibc */
	KDOC(SCM_PIDFD, 4),	/* 6.5: include/linux/socket.h */
	/* asm-generic/socket.h */
	K(SO_DEBUG), K(SO_REUSEADDR), K(SO_TYPE), K(SO_ERROR),
	K(SO_DONTROUTE), K(SO_BROADCAST), K(SO_SNDBUF), K(SO_RCVBUF),
	K(SO_KEEPALIVE), K(SO_OOBINLINE), K(SO_NO_CHECK), K(SO_PRIORITY),
	K(SO_LINGER), K(SO_BSDCOMPAT), K(SO_REUSEPORT), K(SO_PASSCRED),
	K(SO_PEERCRED), K(SO_RCVLOWAT), K(SO_SNDLOWAT), K(SO_RCVTIMEO_OLD),
	K(SO_SNDTIMEO_OLD), K(SO_BINDTODEVICE), K(SO_ATTACH_FILTER),
	K(SO_DETACH_FILTER), K(SO_PEERNAME), K(SO_TIMESTAMP_OLD),
	K(SO_ACCEPTCONN), K(SO_PEERSEC), K(SO_SNDBUFFORCE), K(SO_RCVBUFFORCE),
	K(SO_PASSSEC), K(SO_TIMESTAMPNS_OLD), K(SO_MARK),
	K(SO_TIMESTAMPING_OLD), K(SO_PROTOCOL), K(SO_DOMAIN), K(SO_RXQ_OVFL),
	K(SO_PEEK_OFF), K(SO_BUSY_POLL), K(SO_INCOMING_CPU), K(SO_ATTACH_BPF),
	K(SO_COOKIE), K(SO_PEERGROUPS), K(SO_ZEROCOPY), K(SO_TXTIME),
	K(SO_BINDTOIFINDEX), K(SO_TIMESTAMP_NEW), K(SO_TIMESTAMPNS_NEW),
	K(SO_TIMESTAMPING_NEW), K(SO_RCVTIMEO_NEW), K(SO_SNDTIMEO_NEW),
	K(SO_NETNS_COOKIE), K(SO_BUF_LOCK), K(SO_RESERVE_MEM), K(SO_TXREHASH),
	K(SO_RCVMARK),
	KDOC(SO_PASSPIDFD, 76),	/* 6.5: asm-generic/socket.h */
	KDOC(SO_PEERPIDFD, 77),	/* 6.5 */
	/* The y2038-safe choice per arch (see types_net.h): the original
	 * options on the 64-bit arches. */
#if __SIZEOF_LONG__ == 8
	KV(SO_RCVTIMEO, SO_RCVTIMEO_OLD), KV(SO_SNDTIMEO, SO_SNDTIMEO_OLD),
	KV(SO_TIMESTAMP, SO_TIMESTAMP_OLD), KV(SO_TIMESTAMPNS, SO_TIMESTAMPNS_OLD),
	KV(SO_TIMESTAMPING, SO_TIMESTAMPING_OLD),
#else
	KV(SO_RCVTIMEO, SO_RCVTIMEO_NEW), KV(SO_SNDTIMEO, SO_SNDTIMEO_NEW),
	KV(SO_TIMESTAMP, SO_TIMESTAMP_NEW), KV(SO_TIMESTAMPNS, SO_TIMESTAMPNS_NEW),
	KV(SO_TIMESTAMPING, SO_TIMESTAMPING_NEW),
#endif
	/* linux/in.h, linux/in6.h */
	K(INADDR_ANY), K(INADDR_BROADCAST), K(INADDR_NONE), K(INADDR_LOOPBACK),
	K(IPPROTO_IP), K(IPPROTO_ICMP), K(IPPROTO_IGMP), K(IPPROTO_IPIP),
	K(IPPROTO_TCP), K(IPPROTO_EGP), K(IPPROTO_PUP), K(IPPROTO_UDP),
	K(IPPROTO_IDP), K(IPPROTO_TP), K(IPPROTO_DCCP), K(IPPROTO_IPV6),
	K(IPPROTO_ROUTING), K(IPPROTO_FRAGMENT), K(IPPROTO_RSVP),
	K(IPPROTO_GRE), K(IPPROTO_ESP), K(IPPROTO_AH), K(IPPROTO_ICMPV6),
	K(IPPROTO_NONE), K(IPPROTO_DSTOPTS), K(IPPROTO_MTP), K(IPPROTO_BEETPH),
	K(IPPROTO_ENCAP), K(IPPROTO_PIM), K(IPPROTO_COMP),
	KDOC(IPPROTO_L2TP, 115),	/* linux/in.h, hidden by libc-compat after glibc */
	K(IPPROTO_SCTP), K(IPPROTO_UDPLITE), K(IPPROTO_MPLS),
	K(IPPROTO_ETHERNET), K(IPPROTO_RAW), K(IPPROTO_MPTCP),
	K(IP_TOS), K(IP_TTL), K(IP_HDRINCL), K(IP_OPTIONS), K(IP_RECVOPTS),
	K(IP_RETOPTS), K(IP_PKTINFO), K(IP_MTU_DISCOVER), K(IP_RECVERR),
	K(IP_RECVTTL), K(IP_RECVTOS), K(IP_MTU), K(IP_FREEBIND),
	K(IP_TRANSPARENT), K(IP_BIND_ADDRESS_NO_PORT), K(IP_MULTICAST_IF),
	K(IP_MULTICAST_TTL), K(IP_MULTICAST_LOOP), K(IP_ADD_MEMBERSHIP),
	K(IP_DROP_MEMBERSHIP),
	K(IPV6_UNICAST_HOPS), K(IPV6_MULTICAST_IF), K(IPV6_MULTICAST_HOPS),
	K(IPV6_MULTICAST_LOOP), K(IPV6_ADD_MEMBERSHIP), K(IPV6_JOIN_GROUP),
	K(IPV6_DROP_MEMBERSHIP), K(IPV6_LEAVE_GROUP), K(IPV6_MTU),
	K(IPV6_RECVERR), K(IPV6_V6ONLY), K(IPV6_RECVPKTINFO), K(IPV6_PKTINFO),
	K(IPV6_TCLASS),
	/* linux/tcp.h */
	K(TCP_NODELAY), K(TCP_MAXSEG), K(TCP_CORK), K(TCP_KEEPIDLE),
	K(TCP_KEEPINTVL), K(TCP_KEEPCNT), K(TCP_SYNCNT), K(TCP_LINGER2),
	K(TCP_DEFER_ACCEPT), K(TCP_WINDOW_CLAMP), K(TCP_INFO), K(TCP_QUICKACK),
	K(TCP_CONGESTION), K(TCP_MD5SIG), K(TCP_USER_TIMEOUT), K(TCP_FASTOPEN),
	K(TCP_NOTSENT_LOWAT),
	/* linux/netlink.h */
	K(NETLINK_ROUTE), K(NETLINK_UNUSED), K(NETLINK_USERSOCK),
	K(NETLINK_FIREWALL), K(NETLINK_SOCK_DIAG), K(NETLINK_NFLOG),
	K(NETLINK_XFRM), K(NETLINK_SELINUX), K(NETLINK_ISCSI), K(NETLINK_AUDIT),
	K(NETLINK_FIB_LOOKUP), K(NETLINK_CONNECTOR), K(NETLINK_NETFILTER),
	K(NETLINK_IP6_FW), K(NETLINK_DNRTMSG), K(NETLINK_KOBJECT_UEVENT),
	K(NETLINK_GENERIC), K(NETLINK_SCSITRANSPORT), K(NETLINK_ECRYPTFS),
	K(NETLINK_RDMA), K(NETLINK_CRYPTO), K(NETLINK_SMC),
	/* linux/if_ether.h, linux/if_packet.h */
	K(ETH_P_ALL), K(ETH_P_IP), K(ETH_P_ARP), K(ETH_P_IPV6),
	K(PACKET_HOST), K(PACKET_BROADCAST), K(PACKET_MULTICAST),
	K(PACKET_OTHERHOST), K(PACKET_OUTGOING),
};

static void constant_values(void **state)
{
	(void)state;
	CHECK_CONSTANTS(constants);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(addresses),
		cmocka_unit_test(messages),
		cmocka_unit_test(cmsg_macros),
		cmocka_unit_test(byte_order),
		cmocka_unit_test(constant_values),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
