/* sysc's netlink and rtnetlink types, constants and message macros
 * (sysc/types_net.h) against the kernel's uapi headers, on the arch being
 * compiled. Only uapi headers here: glibc's <net/if.h> defines IFF_* and
 * IFNAMSIZ itself and makes linux/if.h (through linux/libc-compat.h) leave
 * them out, so it must not come first; linux/if.h pulls in glibc's
 * <sys/socket.h> on its own, which is harmless. */
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/if_link.h>
#include <linux/if_addr.h>
#include <linux/if.h>
#include <linux/if_arp.h>
#include <linux/neighbour.h>
#include <linux/veth.h>

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include <sysc.h>
#include "abi_check.h"

/* Tiled field tables (a field missing from sysc's struct shows as a hole),
 * the kernel's size, and the kernel's alignment: these headers are
 * overlaid on byte buffers, so a struct aligned more strictly than the
 * kernel's would make the walk macros produce misaligned pointers. */
#define CHECK_NL(st, t) do { \
	CHECK_TYPE(sysc_##st, struct st, t); \
	assert_int_equal(_Alignof(struct sysc_##st), _Alignof(struct st)); \
} while (0)

static void structs(void **state)
{
	(void)state;
	static const struct field nlh[] = {
		FIELD(sysc_nlmsghdr, struct nlmsghdr, nlmsg_len),
		FIELD(sysc_nlmsghdr, struct nlmsghdr, nlmsg_type),
		FIELD(sysc_nlmsghdr, struct nlmsghdr, nlmsg_flags),
		FIELD(sysc_nlmsghdr, struct nlmsghdr, nlmsg_seq),
		FIELD(sysc_nlmsghdr, struct nlmsghdr, nlmsg_pid),
	};
	static const struct field err[] = {
		FIELD(sysc_nlmsgerr, struct nlmsgerr, error),
		FIELD(sysc_nlmsgerr, struct nlmsgerr, msg),
	};
	static const struct field rta[] = {
		FIELD(sysc_rtattr, struct rtattr, rta_len),
		FIELD(sysc_rtattr, struct rtattr, rta_type),
	};
	static const struct field gen[] = {
		FIELD(sysc_rtgenmsg, struct rtgenmsg, rtgen_family),
	};
	static const struct field ifi[] = {
		FIELD(sysc_ifinfomsg, struct ifinfomsg, ifi_family),
		FIELD(sysc_ifinfomsg, struct ifinfomsg, __ifi_pad),
		FIELD(sysc_ifinfomsg, struct ifinfomsg, ifi_type),
		FIELD(sysc_ifinfomsg, struct ifinfomsg, ifi_index),
		FIELD(sysc_ifinfomsg, struct ifinfomsg, ifi_flags),
		FIELD(sysc_ifinfomsg, struct ifinfomsg, ifi_change),
	};
	static const struct field ifa[] = {
		FIELD(sysc_ifaddrmsg, struct ifaddrmsg, ifa_family),
		FIELD(sysc_ifaddrmsg, struct ifaddrmsg, ifa_prefixlen),
		FIELD(sysc_ifaddrmsg, struct ifaddrmsg, ifa_flags),
		FIELD(sysc_ifaddrmsg, struct ifaddrmsg, ifa_scope),
		FIELD(sysc_ifaddrmsg, struct ifaddrmsg, ifa_index),
	};
	static const struct field ci[] = {
		FIELD(sysc_ifa_cacheinfo, struct ifa_cacheinfo, ifa_prefered),
		FIELD(sysc_ifa_cacheinfo, struct ifa_cacheinfo, ifa_valid),
		FIELD(sysc_ifa_cacheinfo, struct ifa_cacheinfo, cstamp),
		FIELD(sysc_ifa_cacheinfo, struct ifa_cacheinfo, tstamp),
	};
	static const struct field rtm[] = {
		FIELD(sysc_rtmsg, struct rtmsg, rtm_family),
		FIELD(sysc_rtmsg, struct rtmsg, rtm_dst_len),
		FIELD(sysc_rtmsg, struct rtmsg, rtm_src_len),
		FIELD(sysc_rtmsg, struct rtmsg, rtm_tos),
		FIELD(sysc_rtmsg, struct rtmsg, rtm_table),
		FIELD(sysc_rtmsg, struct rtmsg, rtm_protocol),
		FIELD(sysc_rtmsg, struct rtmsg, rtm_scope),
		FIELD(sysc_rtmsg, struct rtmsg, rtm_type),
		FIELD(sysc_rtmsg, struct rtmsg, rtm_flags),
	};
	static const struct field nd[] = {
		FIELD(sysc_ndmsg, struct ndmsg, ndm_family),
		FIELD(sysc_ndmsg, struct ndmsg, ndm_pad1),
		FIELD(sysc_ndmsg, struct ndmsg, ndm_pad2),
		FIELD(sysc_ndmsg, struct ndmsg, ndm_ifindex),
		FIELD(sysc_ndmsg, struct ndmsg, ndm_state),
		FIELD(sysc_ndmsg, struct ndmsg, ndm_flags),
		FIELD(sysc_ndmsg, struct ndmsg, ndm_type),
	};

	CHECK_NL(nlmsghdr, nlh);
	CHECK_NL(nlmsgerr, err);
	CHECK_NL(rtattr, rta);
	CHECK_NL(rtgenmsg, gen);
	CHECK_NL(ifinfomsg, ifi);
	CHECK_NL(ifaddrmsg, ifa);
	CHECK_NL(ifa_cacheinfo, ci);
	CHECK_NL(rtmsg, rtm);
	CHECK_NL(ndmsg, nd);
	/* The kernel's sizes, the same on both arches. */
	assert_int_equal(sizeof(struct sysc_nlmsghdr), 16);
	assert_int_equal(sizeof(struct sysc_nlmsgerr), 20);
	assert_int_equal(sizeof(struct sysc_rtattr), 4);
	assert_int_equal(sizeof(struct sysc_ifinfomsg), 16);
	assert_int_equal(sizeof(struct sysc_ifaddrmsg), 8);
	assert_int_equal(sizeof(struct sysc_rtmsg), 12);
	assert_int_equal(sizeof(struct sysc_ndmsg), 12);
}

/* Same value and same type: the type decides how the result mixes with
 * the caller's arithmetic (a size_t stays 64-bit on x86_64, an int length
 * becomes unsigned as with the uapi macros). */
#define SAME(a, b) do { \
	assert_true(__builtin_types_compatible_p(__typeof__(a), __typeof__(b))); \
	assert_true((a) == (b)); \
} while (0)

static void length_macros(void **state)
{
	(void)state;
	SAME(SYSC_NLMSG_ALIGNTO, NLMSG_ALIGNTO);
	SAME(SYSC_NLMSG_HDRLEN, NLMSG_HDRLEN);
	SAME(SYSC_RTA_ALIGNTO, RTA_ALIGNTO);
	for (int i = 0; i < 1100; i++) {
		unsigned u = (unsigned)i;
		size_t z = (size_t)i;
		unsigned short s = (unsigned short)i;

		SAME(SYSC_NLMSG_ALIGN(i), NLMSG_ALIGN(i));
		SAME(SYSC_NLMSG_ALIGN(u), NLMSG_ALIGN(u));
		SAME(SYSC_NLMSG_ALIGN(z), NLMSG_ALIGN(z));
		SAME(SYSC_NLMSG_ALIGN(s), NLMSG_ALIGN(s));
		SAME(SYSC_NLMSG_LENGTH(i), NLMSG_LENGTH(i));
		SAME(SYSC_NLMSG_LENGTH(z), NLMSG_LENGTH(z));
		SAME(SYSC_NLMSG_SPACE(i), NLMSG_SPACE(i));
		SAME(SYSC_NLMSG_SPACE(z), NLMSG_SPACE(z));
		SAME(SYSC_RTA_ALIGN(i), RTA_ALIGN(i));
		SAME(SYSC_RTA_ALIGN(u), RTA_ALIGN(u));
		SAME(SYSC_RTA_ALIGN(z), RTA_ALIGN(z));
		SAME(SYSC_RTA_ALIGN(s), RTA_ALIGN(s));
		SAME(SYSC_RTA_LENGTH(i), RTA_LENGTH(i));
		SAME(SYSC_RTA_LENGTH(z), RTA_LENGTH(z));
		SAME(SYSC_RTA_SPACE(i), RTA_SPACE(i));
		SAME(SYSC_RTA_SPACE(z), RTA_SPACE(z));
		/* Usable where a constant expression is required. */
		switch (i) {
		case SYSC_NLMSG_SPACE(sizeof(struct sysc_ifinfomsg)):
			assert_int_equal(i, 32);
			break;
		case SYSC_RTA_SPACE(5):
			assert_int_equal(i, 12);
			break;
		default:
			break;
		}
	}
	/* Where sysc's rounding and the uapi's part on purpose: ~3U is an
	 * unsigned int, so the uapi's mask drops a 64-bit size_t's high half;
	 * sysc's division keeps it. No netlink length is that long, but a
	 * caller's size_t arithmetic may be. */
#if SIZE_MAX > 0xffffffffu
	{
		size_t big = ((size_t)1 << 32) + 1;
		assert_true(SYSC_NLMSG_ALIGN(big) == ((size_t)1 << 32) + 4);
		assert_true(SYSC_RTA_ALIGN(big) == ((size_t)1 << 32) + 4);
		assert_true(NLMSG_ALIGN(big) == 4);	/* the uapi's */
	}
#endif
	/* The largest 32-bit lengths: both wrap alike. */
	SAME(SYSC_NLMSG_ALIGN(0xfffffffcu), NLMSG_ALIGN(0xfffffffcu));
	SAME(SYSC_NLMSG_ALIGN(0xfffffffdu), NLMSG_ALIGN(0xfffffffdu));
}

/* The uapi's NLMSG_OK compares the header's __u32 length with the signed
 * len as it is, which clang's -Wsign-compare reports (sysc's casts it once
 * it is known to be positive): the uapi's is used through this function
 * only, so that the warning stays on for sysc's macros. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wsign-compare"
static int uapi_nlmsg_ok(const struct nlmsghdr *h, int len)
{
	return NLMSG_OK(h, len);
}
#pragma GCC diagnostic pop

/* n messages with payloads of 0, 1, 2... bytes (so most nlmsg_len are not
 * multiples of 4), each padded: returns the bytes used. */
static int fill_messages(unsigned char *buf, size_t size, int n)
{
	size_t off = 0;

	memset(buf, 0xa5, size);
	for (int i = 0; i < n; i++) {
		struct nlmsghdr h = { .nlmsg_len = NLMSG_LENGTH(i),
				      .nlmsg_type = (unsigned short)(16 + i),
				      .nlmsg_seq = (unsigned)i };

		assert_true(off + NLMSG_SPACE(i) <= size);
		memcpy(buf + off, &h, sizeof(h));
		off += NLMSG_SPACE(i);
	}
	return (int)off;
}

/* Walk the same buffer with sysc's macros and the uapi's in step, for
 * every buffer length up to the whole (the cut-off lengths end the walk
 * inside a header or a payload), and with a damaged nlmsg_len. */
static void message_walk(void **state)
{
	union { unsigned char b[512]; uint32_t align; } u;
	int total = fill_messages(u.b, sizeof(u.b), 12);

	(void)state;
	for (int len = -1; len <= total; len++) {
		int slen = len, ulen = len, seen = 0;
		struct sysc_nlmsghdr *s = (struct sysc_nlmsghdr *)(void *)u.b;
		struct nlmsghdr *k = (struct nlmsghdr *)(void *)u.b;

		for (;;) {
			int sok = SYSC_NLMSG_OK(s, slen), kok = uapi_nlmsg_ok(k, ulen);

			assert_int_equal(sok, kok);
			if (!sok)
				break;
			assert_ptr_equal(s, k);
			assert_ptr_equal(SYSC_NLMSG_DATA(s), NLMSG_DATA(k));
			assert_int_equal(SYSC_NLMSG_PAYLOAD(s, 0), NLMSG_PAYLOAD(k, 0));
			assert_int_equal(s->nlmsg_type, 16 + seen);
			seen++;
			s = SYSC_NLMSG_NEXT(s, slen);
			k = NLMSG_NEXT(k, ulen);
			assert_int_equal(slen, ulen);
		}
		if (len == total)
			assert_int_equal(seen, 12);
	}
	/* A size_t length (recv's result once checked) walks the same. */
	{
		size_t zlen = (size_t)total;
		int seen = 0;
		struct sysc_nlmsghdr *s;

		for (s = (struct sysc_nlmsghdr *)(void *)u.b; SYSC_NLMSG_OK(s, zlen);
		     s = SYSC_NLMSG_NEXT(s, zlen))
			seen++;
		assert_int_equal(seen, 12);
		assert_true(zlen == 0);
	}
	/* nlmsg_len shorter than a header would never advance: not OK; longer
	 * than what is left: not OK. */
	struct sysc_nlmsghdr *h = (struct sysc_nlmsghdr *)(void *)u.b;
	for (uint32_t bad = 0; bad < 16; bad++) {
		h->nlmsg_len = bad;
		assert_false(SYSC_NLMSG_OK(h, total));
		assert_int_equal(SYSC_NLMSG_OK(h, total),
				 uapi_nlmsg_ok((struct nlmsghdr *)h, total));
	}
	h->nlmsg_len = (uint32_t)total + 1;
	assert_false(SYSC_NLMSG_OK(h, total));
	h->nlmsg_len = 0xffffffffu;
	assert_false(SYSC_NLMSG_OK(h, total));
	assert_false(uapi_nlmsg_ok((struct nlmsghdr *)h, total));
}

/* Attributes after each family header, with data of 0 to 9 bytes: the
 * family's *_RTA against the uapi's, then an RTA walk in step as above. */
static void attribute_walk(void **state)
{
	union { unsigned char b[256]; uint32_t align; } u;
	static const struct { size_t hdr; } fams[] = {
		{ sizeof(struct ifinfomsg) }, { sizeof(struct ifaddrmsg) },
		{ sizeof(struct rtmsg) },
	};

	(void)state;
	assert_ptr_equal(SYSC_IFLA_RTA(u.b), IFLA_RTA(u.b));
	assert_ptr_equal(SYSC_IFA_RTA(u.b), IFA_RTA(u.b));
	assert_ptr_equal(SYSC_RTM_RTA(u.b), RTM_RTA(u.b));
	for (size_t f = 0; f < sizeof(fams) / sizeof(fams[0]); f++) {
		struct nlmsghdr *n = (struct nlmsghdr *)(void *)u.b;
		size_t off = NLMSG_SPACE(fams[f].hdr);

		memset(u.b, 0x5a, sizeof(u.b));
		for (int i = 0; i < 10; i++) {
			struct rtattr a = { .rta_len = (unsigned short)RTA_LENGTH(i),
					    .rta_type = (unsigned short)(i + 1) };
			memcpy(u.b + off, &a, sizeof(a));
			off += RTA_SPACE(i);
		}
		n->nlmsg_len = (uint32_t)off;
		int expect = (int)(off - NLMSG_SPACE(fams[f].hdr));
		switch (f) {
		case 0:
			assert_int_equal(SYSC_IFLA_PAYLOAD(n), (int)IFLA_PAYLOAD(n));
			assert_int_equal(SYSC_IFLA_PAYLOAD(n), expect);
			break;
		case 1:
			assert_int_equal(SYSC_IFA_PAYLOAD(n), (int)IFA_PAYLOAD(n));
			assert_int_equal(SYSC_IFA_PAYLOAD(n), expect);
			break;
		default:
			assert_int_equal(SYSC_RTM_PAYLOAD(n), (int)RTM_PAYLOAD(n));
			assert_int_equal(SYSC_RTM_PAYLOAD(n), expect);
			break;
		}
		for (int len = -1; len <= expect; len++) {
			unsigned char *first = u.b + NLMSG_SPACE(fams[f].hdr);
			struct sysc_rtattr *s = (struct sysc_rtattr *)(void *)first;
			struct rtattr *k = (struct rtattr *)(void *)first;
			int slen = len, klen = len, seen = 0;

			while (SYSC_RTA_OK(s, slen)) {
				assert_true(RTA_OK(k, klen));
				assert_ptr_equal(s, k);
				assert_ptr_equal(SYSC_RTA_DATA(s), RTA_DATA(k));
				assert_int_equal(SYSC_RTA_PAYLOAD(s), (int)RTA_PAYLOAD(k));
				assert_int_equal(SYSC_RTA_PAYLOAD(s), seen);
				assert_int_equal(s->rta_type, seen + 1);
				seen++;
				s = SYSC_RTA_NEXT(s, slen);
				k = RTA_NEXT(k, klen);
				assert_int_equal(slen, klen);
			}
			assert_false(RTA_OK(k, klen));
			if (len == expect)
				assert_int_equal(seen, 10);
		}
	}
	/* A damaged rta_len: below the header, or past what is left. */
	struct sysc_rtattr *a = (struct sysc_rtattr *)(void *)u.b;
	for (unsigned short bad = 0; bad < 4; bad++) {
		a->rta_len = bad;
		assert_false(SYSC_RTA_OK(a, 64));
	}
	a->rta_len = 65;
	assert_false(SYSC_RTA_OK(a, 64));
	a->rta_len = 64;
	assert_true(SYSC_RTA_OK(a, 64));
}

static const struct constant constants[] = {
	/* linux/netlink.h */
	K(NLM_F_REQUEST), K(NLM_F_MULTI), K(NLM_F_ACK), K(NLM_F_ECHO),
	K(NLM_F_DUMP_INTR), K(NLM_F_DUMP_FILTERED), K(NLM_F_ROOT),
	K(NLM_F_MATCH), K(NLM_F_ATOMIC), K(NLM_F_DUMP), K(NLM_F_REPLACE),
	K(NLM_F_EXCL), K(NLM_F_CREATE), K(NLM_F_APPEND), K(NLM_F_NONREC),
	K(NLM_F_BULK), K(NLM_F_CAPPED), K(NLM_F_ACK_TLVS),
	K(NLMSG_NOOP), K(NLMSG_ERROR), K(NLMSG_DONE), K(NLMSG_OVERRUN),
	K(NLMSG_MIN_TYPE),
	K(NLMSGERR_ATTR_UNUSED), K(NLMSGERR_ATTR_MSG), K(NLMSGERR_ATTR_OFFS),
	K(NLMSGERR_ATTR_COOKIE), K(NLMSGERR_ATTR_POLICY),
	K(NLMSGERR_ATTR_MISS_TYPE), K(NLMSGERR_ATTR_MISS_NEST),
	K(NETLINK_ADD_MEMBERSHIP), K(NETLINK_DROP_MEMBERSHIP),
	K(NETLINK_PKTINFO), K(NETLINK_BROADCAST_ERROR), K(NETLINK_NO_ENOBUFS),
	K(NETLINK_LISTEN_ALL_NSID), K(NETLINK_LIST_MEMBERSHIPS),
	K(NETLINK_CAP_ACK), K(NETLINK_EXT_ACK), K(NETLINK_GET_STRICT_CHK),
	/* linux/rtnetlink.h */
	K(RTM_BASE), K(RTM_NEWLINK), K(RTM_DELLINK), K(RTM_GETLINK),
	K(RTM_SETLINK), K(RTM_NEWADDR), K(RTM_DELADDR), K(RTM_GETADDR),
	K(RTM_NEWROUTE), K(RTM_DELROUTE), K(RTM_GETROUTE), K(RTM_NEWNEIGH),
	K(RTM_DELNEIGH), K(RTM_GETNEIGH), K(RTM_NEWRULE), K(RTM_DELRULE),
	K(RTM_GETRULE), K(RTM_NEWQDISC), K(RTM_DELQDISC), K(RTM_GETQDISC),
	K(RTM_NEWTCLASS), K(RTM_DELTCLASS), K(RTM_GETTCLASS),
	K(RTM_NEWTFILTER), K(RTM_DELTFILTER), K(RTM_GETTFILTER),
	K(RTM_NEWNETCONF), K(RTM_DELNETCONF), K(RTM_GETNETCONF),
	K(RTM_NEWNSID), K(RTM_DELNSID), K(RTM_GETNSID),
	K(RTM_NEWNEXTHOP), K(RTM_DELNEXTHOP), K(RTM_GETNEXTHOP),
	K(RTA_UNSPEC), K(RTA_DST), K(RTA_SRC), K(RTA_IIF), K(RTA_OIF),
	K(RTA_GATEWAY), K(RTA_PRIORITY), K(RTA_PREFSRC), K(RTA_METRICS),
	K(RTA_MULTIPATH), K(RTA_PROTOINFO), K(RTA_FLOW), K(RTA_CACHEINFO),
	K(RTA_SESSION), K(RTA_MP_ALGO), K(RTA_TABLE), K(RTA_MARK),
	K(RTA_MFC_STATS), K(RTA_VIA), K(RTA_NEWDST), K(RTA_PREF),
	K(RTA_ENCAP_TYPE), K(RTA_ENCAP), K(RTA_EXPIRES), K(RTA_PAD), K(RTA_UID),
	K(RTA_TTL_PROPAGATE), K(RTA_IP_PROTO), K(RTA_SPORT), K(RTA_DPORT),
	K(RTA_NH_ID),
	K(RTN_UNSPEC), K(RTN_UNICAST), K(RTN_LOCAL), K(RTN_BROADCAST),
	K(RTN_ANYCAST), K(RTN_MULTICAST), K(RTN_BLACKHOLE), K(RTN_UNREACHABLE),
	K(RTN_PROHIBIT), K(RTN_THROW), K(RTN_NAT), K(RTN_XRESOLVE),
	K(RTPROT_UNSPEC), K(RTPROT_REDIRECT), K(RTPROT_KERNEL), K(RTPROT_BOOT),
	K(RTPROT_STATIC), K(RTPROT_GATED), K(RTPROT_RA), K(RTPROT_MRT),
	K(RTPROT_ZEBRA), K(RTPROT_BIRD), K(RTPROT_DNROUTED), K(RTPROT_XORP),
	K(RTPROT_NTK), K(RTPROT_DHCP), K(RTPROT_MROUTED), K(RTPROT_KEEPALIVED),
	K(RTPROT_BABEL), K(RTPROT_OPENR), K(RTPROT_BGP), K(RTPROT_ISIS),
	K(RTPROT_OSPF), K(RTPROT_RIP), K(RTPROT_EIGRP),
	K(RT_SCOPE_UNIVERSE), K(RT_SCOPE_SITE), K(RT_SCOPE_LINK),
	K(RT_SCOPE_HOST), K(RT_SCOPE_NOWHERE),
	K(RTM_F_NOTIFY), K(RTM_F_CLONED), K(RTM_F_EQUALIZE), K(RTM_F_PREFIX),
	K(RTM_F_LOOKUP_TABLE), K(RTM_F_FIB_MATCH), K(RTM_F_OFFLOAD),
	K(RTM_F_TRAP), K(RTM_F_OFFLOAD_FAILED),
	K(RT_TABLE_UNSPEC), K(RT_TABLE_COMPAT), K(RT_TABLE_DEFAULT),
	K(RT_TABLE_MAIN), K(RT_TABLE_LOCAL), K(RT_TABLE_MAX),
	K(RTMGRP_LINK), K(RTMGRP_NOTIFY), K(RTMGRP_NEIGH), K(RTMGRP_TC),
	K(RTMGRP_IPV4_IFADDR), K(RTMGRP_IPV4_MROUTE), K(RTMGRP_IPV4_ROUTE),
	K(RTMGRP_IPV4_RULE), K(RTMGRP_IPV6_IFADDR), K(RTMGRP_IPV6_MROUTE),
	K(RTMGRP_IPV6_ROUTE), K(RTMGRP_IPV6_IFINFO), K(RTMGRP_DECnet_IFADDR),
	K(RTMGRP_DECnet_ROUTE), K(RTMGRP_IPV6_PREFIX),
	K(RTNLGRP_NONE), K(RTNLGRP_LINK), K(RTNLGRP_NOTIFY), K(RTNLGRP_NEIGH),
	K(RTNLGRP_TC), K(RTNLGRP_IPV4_IFADDR), K(RTNLGRP_IPV4_MROUTE),
	K(RTNLGRP_IPV4_ROUTE), K(RTNLGRP_IPV4_RULE), K(RTNLGRP_IPV6_IFADDR),
	K(RTNLGRP_IPV6_MROUTE), K(RTNLGRP_IPV6_ROUTE), K(RTNLGRP_IPV6_IFINFO),
	K(RTNLGRP_IPV6_PREFIX), K(RTNLGRP_IPV6_RULE), K(RTNLGRP_ND_USEROPT),
	K(RTNLGRP_IPV4_NETCONF), K(RTNLGRP_IPV6_NETCONF), K(RTNLGRP_MDB),
	K(RTNLGRP_NSID), K(RTNLGRP_NEXTHOP),
	/* linux/if_link.h */
	K(IFLA_UNSPEC), K(IFLA_ADDRESS), K(IFLA_BROADCAST), K(IFLA_IFNAME),
	K(IFLA_MTU), K(IFLA_LINK), K(IFLA_QDISC), K(IFLA_STATS), K(IFLA_COST),
	K(IFLA_PRIORITY), K(IFLA_MASTER), K(IFLA_WIRELESS), K(IFLA_PROTINFO),
	K(IFLA_TXQLEN), K(IFLA_MAP), K(IFLA_WEIGHT), K(IFLA_OPERSTATE),
	K(IFLA_LINKMODE), K(IFLA_LINKINFO), K(IFLA_NET_NS_PID),
	K(IFLA_IFALIAS), K(IFLA_NUM_VF), K(IFLA_VFINFO_LIST), K(IFLA_STATS64),
	K(IFLA_VF_PORTS), K(IFLA_PORT_SELF), K(IFLA_AF_SPEC), K(IFLA_GROUP),
	K(IFLA_NET_NS_FD), K(IFLA_EXT_MASK), K(IFLA_PROMISCUITY),
	K(IFLA_NUM_TX_QUEUES), K(IFLA_NUM_RX_QUEUES), K(IFLA_CARRIER),
	K(IFLA_PHYS_PORT_ID), K(IFLA_CARRIER_CHANGES), K(IFLA_PHYS_SWITCH_ID),
	K(IFLA_LINK_NETNSID), K(IFLA_PHYS_PORT_NAME), K(IFLA_PROTO_DOWN),
	K(IFLA_GSO_MAX_SEGS), K(IFLA_GSO_MAX_SIZE), K(IFLA_PAD), K(IFLA_XDP),
	K(IFLA_EVENT), K(IFLA_NEW_NETNSID), K(IFLA_IF_NETNSID),
	K(IFLA_TARGET_NETNSID), K(IFLA_CARRIER_UP_COUNT),
	K(IFLA_CARRIER_DOWN_COUNT), K(IFLA_NEW_IFINDEX), K(IFLA_MIN_MTU),
	K(IFLA_MAX_MTU), K(IFLA_PROP_LIST), K(IFLA_ALT_IFNAME),
	K(IFLA_PERM_ADDRESS), K(IFLA_PROTO_DOWN_REASON),
	K(IFLA_PARENT_DEV_NAME), K(IFLA_PARENT_DEV_BUS_NAME),
	K(IFLA_GRO_MAX_SIZE), K(IFLA_TSO_MAX_SIZE), K(IFLA_TSO_MAX_SEGS),
	K(IFLA_ALLMULTI),
	K(IFLA_INFO_UNSPEC), K(IFLA_INFO_KIND), K(IFLA_INFO_DATA),
	K(IFLA_INFO_XSTATS), K(IFLA_INFO_SLAVE_KIND), K(IFLA_INFO_SLAVE_DATA),
	/* linux/veth.h */
	K(VETH_INFO_UNSPEC), K(VETH_INFO_PEER),
	/* linux/netlink.h: attribute flags */
	K(NLA_F_NESTED), K(NLA_F_NET_BYTEORDER), K(NLA_TYPE_MASK),
	K(NLA_ALIGNTO), K(NLA_HDRLEN),
	/* linux/if.h */
	K(IF_OPER_UNKNOWN), K(IF_OPER_NOTPRESENT), K(IF_OPER_DOWN),
	K(IF_OPER_LOWERLAYERDOWN), K(IF_OPER_TESTING), K(IF_OPER_DORMANT),
	K(IF_OPER_UP),
	K(IF_LINK_MODE_DEFAULT), K(IF_LINK_MODE_DORMANT), K(IF_LINK_MODE_TESTING),
	K(IFNAMSIZ),
	K(IFF_UP), K(IFF_BROADCAST), K(IFF_DEBUG), K(IFF_LOOPBACK),
	K(IFF_POINTOPOINT), K(IFF_NOTRAILERS), K(IFF_RUNNING), K(IFF_NOARP),
	K(IFF_PROMISC), K(IFF_ALLMULTI), K(IFF_MASTER), K(IFF_SLAVE),
	K(IFF_MULTICAST), K(IFF_PORTSEL), K(IFF_AUTOMEDIA), K(IFF_DYNAMIC),
	K(IFF_LOWER_UP), K(IFF_DORMANT), K(IFF_ECHO),
	/* linux/if_arp.h */
	K(ARPHRD_ETHER), K(ARPHRD_LOOPBACK), K(ARPHRD_NONE),
	/* linux/if_addr.h */
	K(IFA_UNSPEC), K(IFA_ADDRESS), K(IFA_LOCAL), K(IFA_LABEL),
	K(IFA_BROADCAST), K(IFA_ANYCAST), K(IFA_CACHEINFO), K(IFA_MULTICAST),
	K(IFA_FLAGS), K(IFA_RT_PRIORITY), K(IFA_TARGET_NETNSID), K(IFA_PROTO),
	K(IFA_F_SECONDARY), K(IFA_F_TEMPORARY), K(IFA_F_NODAD),
	K(IFA_F_OPTIMISTIC), K(IFA_F_DADFAILED), K(IFA_F_HOMEADDRESS),
	K(IFA_F_DEPRECATED), K(IFA_F_TENTATIVE), K(IFA_F_PERMANENT),
	K(IFA_F_MANAGETEMPADDR), K(IFA_F_NOPREFIXROUTE), K(IFA_F_MCAUTOJOIN),
	K(IFA_F_STABLE_PRIVACY),
	/* linux/neighbour.h */
	K(NDA_UNSPEC), K(NDA_DST), K(NDA_LLADDR), K(NDA_CACHEINFO),
	K(NDA_PROBES), K(NDA_VLAN), K(NDA_PORT), K(NDA_VNI), K(NDA_IFINDEX),
	K(NDA_MASTER),
	K(NUD_NONE), K(NUD_INCOMPLETE), K(NUD_REACHABLE), K(NUD_STALE),
	K(NUD_DELAY), K(NUD_PROBE), K(NUD_FAILED), K(NUD_NOARP),
	K(NUD_PERMANENT),
	K(NTF_USE), K(NTF_SELF), K(NTF_MASTER), K(NTF_PROXY),
	K(NTF_EXT_LEARNED), K(NTF_OFFLOADED), K(NTF_STICKY), K(NTF_ROUTER),
};

/* The builders (sysc_nlmsg_init, _append, sysc_nla_put*, nests) against
 * the same request written with the uapi's macros alone, byte for byte:
 * a veth RTM_NEWLINK (ifinfomsg, IFLA_IFNAME, IFLA_LINKINFO { KIND, DATA
 * { VETH_INFO_PEER { ifinfomsg, IFLA_IFNAME } } }, IFLA_MTU). Both
 * buffers start as 0xa5 so that padding left unwritten shows. */
static struct rtattr *k_put(struct nlmsghdr *n, unsigned short type, const void *d, size_t len)
{
	struct rtattr *a = (struct rtattr *)(void *)((char *)n + NLMSG_ALIGN(n->nlmsg_len));

	a->rta_type = type;
	a->rta_len = (unsigned short)RTA_LENGTH(len);
	memset(RTA_DATA(a), 0, RTA_ALIGN(RTA_LENGTH(len)) - RTA_LENGTH(0));
	if (len)
		memcpy(RTA_DATA(a), d, len);
	n->nlmsg_len = (uint32_t)(NLMSG_ALIGN(n->nlmsg_len) + RTA_ALIGN(RTA_LENGTH(len)));
	return a;
}

static void k_end(struct nlmsghdr *n, struct rtattr *nest)
{
	nest->rta_len = (unsigned short)((char *)n + n->nlmsg_len - (char *)nest);
}

static void builders_match_uapi(void **state)
{
	union { unsigned char b[512]; uint32_t align; } s, k;
	struct ifinfomsg ifi = { .ifi_family = AF_UNSPEC, .ifi_index = 7 };
	struct nlmsghdr *kn = (struct nlmsghdr *)(void *)k.b;
	struct sysc_nlmsghdr *sn;
	struct sysc_rtattr *sl, *sd, *sp;
	struct rtattr *kl, *kd, *kp;
	uint32_t mtu = 1400;

	(void)state;
	memset(s.b, 0xa5, sizeof(s.b));
	memset(k.b, 0xa5, sizeof(k.b));

	sn = sysc_nlmsg_init(s.b, sizeof(s.b), SYSC_RTM_NEWLINK,
			     SYSC_NLM_F_REQUEST | SYSC_NLM_F_CREATE);
	assert_non_null(sn);
	assert_non_null(sysc_nlmsg_append(sn, sizeof(s.b), &ifi, sizeof(ifi)));
	assert_non_null(sysc_nla_put_str(sn, sizeof(s.b), SYSC_IFLA_IFNAME, "a0"));
	assert_non_null(sl = sysc_nla_nest_start(sn, sizeof(s.b), SYSC_IFLA_LINKINFO));
	assert_non_null(sysc_nla_put_str(sn, sizeof(s.b), SYSC_IFLA_INFO_KIND, "veth"));
	assert_non_null(sd = sysc_nla_nest_start(sn, sizeof(s.b), SYSC_IFLA_INFO_DATA));
	assert_non_null(sp = sysc_nla_nest_start(sn, sizeof(s.b), SYSC_VETH_INFO_PEER));
	assert_non_null(sysc_nlmsg_append(sn, sizeof(s.b), NULL, sizeof(ifi)));
	assert_non_null(sysc_nla_put_str(sn, sizeof(s.b), SYSC_IFLA_IFNAME, "peer1"));
	assert_int_equal(sysc_nla_nest_end(sn, sp), 0);
	assert_int_equal(sysc_nla_nest_end(sn, sd), 0);
	assert_int_equal(sysc_nla_nest_end(sn, sl), 0);
	assert_non_null(sysc_nla_put_u32(sn, sizeof(s.b), SYSC_IFLA_MTU, mtu));

	kn->nlmsg_len = NLMSG_LENGTH(0);
	kn->nlmsg_type = RTM_NEWLINK;
	kn->nlmsg_flags = NLM_F_REQUEST | NLM_F_CREATE;
	kn->nlmsg_seq = 0;
	kn->nlmsg_pid = 0;
	memcpy(NLMSG_DATA(kn), &ifi, sizeof(ifi));
	kn->nlmsg_len = NLMSG_LENGTH(sizeof(ifi));
	k_put(kn, IFLA_IFNAME, "a0", 3);
	kl = k_put(kn, IFLA_LINKINFO | NLA_F_NESTED, NULL, 0);
	k_put(kn, IFLA_INFO_KIND, "veth", 5);
	kd = k_put(kn, IFLA_INFO_DATA | NLA_F_NESTED, NULL, 0);
	kp = k_put(kn, VETH_INFO_PEER | NLA_F_NESTED, NULL, 0);
	memset((char *)kn + kn->nlmsg_len, 0, NLMSG_ALIGN(sizeof(ifi)));
	kn->nlmsg_len += NLMSG_ALIGN(sizeof(ifi));
	k_put(kn, IFLA_IFNAME, "peer1", 6);
	k_end(kn, kp);
	k_end(kn, kd);
	k_end(kn, kl);
	k_put(kn, IFLA_MTU, &mtu, sizeof(mtu));

	assert_int_equal(sn->nlmsg_len, kn->nlmsg_len);
	assert_memory_equal(s.b, k.b, sizeof(s.b));
	/* And the walkers read it back: the nest's payload is its
	 * attributes. */
	int n = SYSC_IFLA_PAYLOAD(sn), found = 0;
	for (struct sysc_rtattr *a = SYSC_IFLA_RTA(SYSC_NLMSG_DATA(sn)); SYSC_RTA_OK(a, n);
	     a = SYSC_RTA_NEXT(a, n)) {
		if ((a->rta_type & SYSC_NLA_TYPE_MASK) != SYSC_IFLA_LINKINFO)
			continue;
		assert_true(a->rta_type & SYSC_NLA_F_NESTED);
		int m = SYSC_RTA_PAYLOAD(a);
		struct sysc_rtattr *b = (struct sysc_rtattr *)SYSC_RTA_DATA(a);
		assert_true(SYSC_RTA_OK(b, m));
		assert_int_equal(b->rta_type, SYSC_IFLA_INFO_KIND);
		assert_string_equal((const char *)SYSC_RTA_DATA(b), "veth");
		found++;
	}
	assert_int_equal(n, 0);
	assert_int_equal(found, 1);
}

/* Overflow: every builder refuses what does not fit, writes nothing past
 * cap (the guard bytes after it stay), and leaves the message as it was. */
static void builders_stay_in_bounds(void **state)
{
	union { unsigned char b[128]; uint32_t align; } u;
	const size_t cap = 64;
	struct sysc_nlmsghdr *n;
	struct sysc_rtattr *nest;
	static const unsigned char big[70000];
	uint32_t len;
	int puts = 0;

	(void)state;
	memset(u.b, 0xa5, sizeof(u.b));
	assert_null(sysc_nlmsg_init(u.b, 15, SYSC_RTM_NEWLINK, 0));
	assert_null(sysc_nlmsg_init(NULL, 64, SYSC_RTM_NEWLINK, 0));
	n = sysc_nlmsg_init(u.b, cap, SYSC_RTM_NEWLINK, SYSC_NLM_F_REQUEST);
	assert_non_null(n);
	/* 16 + 8 per u32 attribute: 6 fit in 64. */
	while (sysc_nla_put_u32(n, cap, (unsigned short)(puts + 1), 0x11111111u * (uint32_t)(puts + 1)))
		puts++;
	assert_int_equal(puts, 6);
	assert_int_equal(n->nlmsg_len, 64);
	len = n->nlmsg_len;
	assert_null(sysc_nla_put(n, cap, 9, NULL, 0));
	assert_null(sysc_nla_put_u8(n, cap, 9, 1));
	assert_null(sysc_nla_nest_start(n, cap, 9));
	assert_null(sysc_nlmsg_append(n, cap, "x", 1));
	assert_int_equal(n->nlmsg_len, len);
	for (size_t i = cap; i < sizeof(u.b); i++)
		assert_int_equal(u.b[i], 0xa5);

	/* Room for the header of an attribute, not for its data: refused
	 * whole, not half written. */
	n = sysc_nlmsg_init(u.b, cap, SYSC_RTM_NEWLINK, 0);
	memset(u.b + 16, 0xa5, sizeof(u.b) - 16);
	assert_null(sysc_nla_put(n, cap, 1, big, cap - 16));
	assert_int_equal(n->nlmsg_len, 16);
	for (size_t i = 16; i < sizeof(u.b); i++)
		assert_int_equal(u.b[i], 0xa5);
	/* Longer than rta_len can say, whatever the room. */
	assert_null(sysc_nla_put(n, (size_t)-1, 1, big, 65532));
	assert_non_null(sysc_nla_put(n, cap, 1, big, cap - 16 - 4));
	assert_int_equal(n->nlmsg_len, cap);
	/* A lying nlmsg_len (past cap) is refused, not trusted. */
	n->nlmsg_len = 1000;
	assert_null(sysc_nla_put_u8(n, cap, 1, 1));
	assert_null(sysc_nlmsg_append(n, cap, NULL, 0));

	/* A nest over 65535 bytes cannot be closed: cut back to before it. */
	static union { unsigned char b[80000]; uint32_t align; } large;
	n = sysc_nlmsg_init(large.b, sizeof(large.b), SYSC_RTM_NEWLINK, 0);
	nest = sysc_nla_nest_start(n, sizeof(large.b), SYSC_IFLA_LINKINFO);
	assert_non_null(nest);
	assert_non_null(sysc_nla_put(n, sizeof(large.b), 1, big, 40000));
	assert_non_null(sysc_nla_put(n, sizeof(large.b), 2, big, 30000));
	assert_int_equal(sysc_nla_nest_end(n, nest), -1);
	assert_int_equal(n->nlmsg_len, 16);
}

static void constant_values(void **state)
{
	(void)state;
	CHECK_CONSTANTS(constants);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(structs),
		cmocka_unit_test(length_macros),
		cmocka_unit_test(message_walk),
		cmocka_unit_test(attribute_walk),
		cmocka_unit_test(builders_match_uapi),
		cmocka_unit_test(builders_stay_in_bounds),
		cmocka_unit_test(constant_values),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
