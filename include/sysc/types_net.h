/* Kernel ABI types and constants: sockets. Included by sysc/types.h.
 *
 * Many of these are not in the kernel's uapi headers but in its internal
 * include/linux/socket.h (AF_*, MSG_*, SOL_*, SCM_*, struct user_msghdr,
 * mmsghdr, cmsghdr, ucred, linger): they are ABI all the same.
 * tests/test_abi_net.c checks the uapi ones against the uapi headers and
 * the others against glibc, whose values are the kernel's; the netlink and
 * rtnetlink part (nlmsghdr, rtattr, ifinfomsg... and the NLMSG_/RTA_
 * macros) is checked by tests/test_abi_netlink.c against uapi alone.
 *
 * On i386 sysc uses the direct socket syscalls (Linux 4.3+), never
 * socketcall; sysc_recvmmsg is recvmmsg_time64 there (Linux 5.1+). */
/* types.h includes this header inside its C++ -Wpedantic push (flexible
 * array members) and after the types it uses; included first on its own,
 * this file is read through types.h. */
#include "types.h"
#ifndef SYSC_TYPES_NET_H
#define SYSC_TYPES_NET_H

/* Byte order: x86 is little-endian, and the helpers in sysc/raw_net.h
 * (sysc_htons...) rely on it. */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "sysc targets little-endian x86 only"
#endif

/* The kernel takes socket lengths as int; like POSIX's socklen_t this is
 * unsigned (the same 32 bits). */
typedef unsigned int sysc_socklen_t;
typedef unsigned short sysc_sa_family_t;

/* ---- addresses ---- */

/* The generic address the calls take: cast a specific one to it. */
struct sysc_sockaddr {
	sysc_sa_family_t sa_family;
	char sa_data[14];
};

/* Room for any address (the kernel's __kernel_sockaddr_storage): 128 bytes,
 * aligned like a pointer. */
struct sysc_sockaddr_storage {
	sysc_sa_family_t ss_family;
	char ss_data[126];
} __attribute__((__aligned__(__SIZEOF_POINTER__)));

#define SYSC_UNIX_PATH_MAX 108
/* An abstract address starts sun_path with a NUL; addrlen then counts the
 * name's bytes exactly (offsetof(sun_path) + 1 + name length). */
struct sysc_sockaddr_un {
	sysc_sa_family_t sun_family;
	char sun_path[SYSC_UNIX_PATH_MAX];
};

/* IPv4 and IPv6: port and address in network byte order (sysc_htons,
 * sysc_htonl, or SYSC_HTONS/SYSC_HTONL in constant expressions). */
struct sysc_in_addr {
	uint32_t s_addr;
};

struct sysc_sockaddr_in {
	sysc_sa_family_t sin_family;
	uint16_t sin_port;
	struct sysc_in_addr sin_addr;
	unsigned char sin_zero[8];
};

/* The kernel's member names; libcs define s6_addr as a macro, so it is not
 * used here: the bytes are in6_u.u6_addr8. */
struct sysc_in6_addr {
	union {
		uint8_t u6_addr8[16];
		uint16_t u6_addr16[8];
		uint32_t u6_addr32[4];
	} in6_u;
};

struct sysc_sockaddr_in6 {
	sysc_sa_family_t sin6_family;
	uint16_t sin6_port;
	uint32_t sin6_flowinfo;
	struct sysc_in6_addr sin6_addr;
	uint32_t sin6_scope_id;
};

/* Netlink: nl_pid 0 in bind asks the kernel to assign one (the caller's
 * pid for the first socket). */
struct sysc_sockaddr_nl {
	sysc_sa_family_t nl_family;
	unsigned short nl_pad;
	uint32_t nl_pid;
	uint32_t nl_groups;
};

/* AF_PACKET (linux/if_packet.h): sll_protocol is an ETH_P_* value in
 * network byte order. */
struct sysc_sockaddr_ll {
	unsigned short sll_family;
	uint16_t sll_protocol;
	int sll_ifindex;
	unsigned short sll_hatype;
	unsigned char sll_pkttype;
	unsigned char sll_halen;
	unsigned char sll_addr[8];
};

/* ---- messages ---- */

/* The kernel's struct user_msghdr (msg_iovlen and msg_controllen are
 * size_t-sized, so 56 bytes on x86_64, 28 on i386). */
struct sysc_msghdr {
	void *msg_name;
	sysc_socklen_t msg_namelen;
	struct sysc_iovec *msg_iov;
	size_t msg_iovlen;
	void *msg_control;
	size_t msg_controllen;
	unsigned int msg_flags;
};

/* sendmmsg/recvmmsg: msg_len is the byte count of each message. */
struct sysc_mmsghdr {
	struct sysc_msghdr msg_hdr;
	unsigned int msg_len;
};

/* A control message: header, then data at SYSC_CMSG_DATA. The kernel aligns
 * headers and data to sizeof(long) (8 on x86_64, 4 on i386), which is what
 * the macros below do. */
struct sysc_cmsghdr {
	size_t cmsg_len;	/* header + data, unpadded: SYSC_CMSG_LEN(n) */
	int cmsg_level;
	int cmsg_type;
};

#define SYSC_CMSG_ALIGN(len) \
	(((len) + sizeof(long) - 1) & ~(size_t)(sizeof(long) - 1))
/* Bytes of msg_control one message with n data bytes needs. */
#define SYSC_CMSG_SPACE(n) \
	(SYSC_CMSG_ALIGN(sizeof(struct sysc_cmsghdr)) + SYSC_CMSG_ALIGN(n))
/* cmsg_len of a message with n data bytes. */
#define SYSC_CMSG_LEN(n) (SYSC_CMSG_ALIGN(sizeof(struct sysc_cmsghdr)) + (n))
#define SYSC_CMSG_DATA(c) \
	((unsigned char *)(c) + SYSC_CMSG_ALIGN(sizeof(struct sysc_cmsghdr)))
/* The first message, or NULL when msg_control cannot hold a header. */
#define SYSC_CMSG_FIRSTHDR(m) \
	((m)->msg_controllen >= sizeof(struct sysc_cmsghdr) ? \
	 (struct sysc_cmsghdr *)(m)->msg_control : (struct sysc_cmsghdr *)0)
/* The next message, or NULL: sysc_cmsg_nxthdr() in sysc/raw_net.h. */
#define SYSC_CMSG_NXTHDR(m, c) sysc_cmsg_nxthdr((m), (c))

/* SCM_CREDENTIALS data and SO_PEERCRED's value. */
struct sysc_ucred {
	int pid;
	unsigned int uid;
	unsigned int gid;
};

/* SO_LINGER's value. */
struct sysc_linger {
	int l_onoff;
	int l_linger;	/* seconds */
};

/* ---- constants ---- */

/* Address families (PF_* are the same numbers). */
#define SYSC_AF_UNSPEC 0
#define SYSC_AF_UNIX 1
#define SYSC_AF_LOCAL SYSC_AF_UNIX
#define SYSC_AF_INET 2
#define SYSC_AF_AX25 3
#define SYSC_AF_IPX 4
#define SYSC_AF_APPLETALK 5
#define SYSC_AF_NETROM 6
#define SYSC_AF_BRIDGE 7
#define SYSC_AF_ATMPVC 8
#define SYSC_AF_X25 9
#define SYSC_AF_INET6 10
#define SYSC_AF_ROSE 11
#define SYSC_AF_DECnet 12
#define SYSC_AF_NETBEUI 13
#define SYSC_AF_SECURITY 14
#define SYSC_AF_KEY 15
#define SYSC_AF_NETLINK 16
#define SYSC_AF_ROUTE SYSC_AF_NETLINK
#define SYSC_AF_PACKET 17
#define SYSC_AF_ASH 18
#define SYSC_AF_ECONET 19
#define SYSC_AF_ATMSVC 20
#define SYSC_AF_RDS 21
#define SYSC_AF_SNA 22
#define SYSC_AF_IRDA 23
#define SYSC_AF_PPPOX 24
#define SYSC_AF_WANPIPE 25
#define SYSC_AF_LLC 26
#define SYSC_AF_IB 27
#define SYSC_AF_MPLS 28
#define SYSC_AF_CAN 29
#define SYSC_AF_TIPC 30
#define SYSC_AF_BLUETOOTH 31
#define SYSC_AF_IUCV 32
#define SYSC_AF_RXRPC 33
#define SYSC_AF_ISDN 34
#define SYSC_AF_PHONET 35
#define SYSC_AF_IEEE802154 36
#define SYSC_AF_CAIF 37
#define SYSC_AF_ALG 38
#define SYSC_AF_NFC 39
#define SYSC_AF_VSOCK 40
#define SYSC_AF_KCM 41
#define SYSC_AF_QIPCRTR 42
#define SYSC_AF_SMC 43
#define SYSC_AF_XDP 44
#define SYSC_AF_MCTP 45
#define SYSC_AF_MAX 46

#define SYSC_PF_UNSPEC SYSC_AF_UNSPEC
#define SYSC_PF_UNIX SYSC_AF_UNIX
#define SYSC_PF_LOCAL SYSC_AF_LOCAL
#define SYSC_PF_INET SYSC_AF_INET
#define SYSC_PF_INET6 SYSC_AF_INET6
#define SYSC_PF_NETLINK SYSC_AF_NETLINK
#define SYSC_PF_PACKET SYSC_AF_PACKET
#define SYSC_PF_MAX SYSC_AF_MAX

/* Socket types; socket, socketpair and accept4 take SOCK_NONBLOCK and
 * SOCK_CLOEXEC or'ed in (accept4: in its flags). */
#define SYSC_SOCK_STREAM 1
#define SYSC_SOCK_DGRAM 2
#define SYSC_SOCK_RAW 3
#define SYSC_SOCK_RDM 4
#define SYSC_SOCK_SEQPACKET 5
#define SYSC_SOCK_DCCP 6
#define SYSC_SOCK_PACKET 10
#define SYSC_SOCK_NONBLOCK 00004000
#define SYSC_SOCK_CLOEXEC 02000000

/* setsockopt/getsockopt levels. */
#define SYSC_SOL_IP 0
#define SYSC_SOL_SOCKET 1
#define SYSC_SOL_TCP 6
#define SYSC_SOL_UDP 17
#define SYSC_SOL_IPV6 41
#define SYSC_SOL_ICMPV6 58
#define SYSC_SOL_RAW 255
#define SYSC_SOL_PACKET 263
#define SYSC_SOL_NETLINK 270
#define SYSC_SOL_ALG 279

/* SOL_SOCKET options (asm-generic/socket.h; x86 uses the generic ones). */
#define SYSC_SO_DEBUG 1
#define SYSC_SO_REUSEADDR 2
#define SYSC_SO_TYPE 3
#define SYSC_SO_ERROR 4
#define SYSC_SO_DONTROUTE 5
#define SYSC_SO_BROADCAST 6
#define SYSC_SO_SNDBUF 7
#define SYSC_SO_RCVBUF 8
#define SYSC_SO_KEEPALIVE 9
#define SYSC_SO_OOBINLINE 10
#define SYSC_SO_NO_CHECK 11
#define SYSC_SO_PRIORITY 12
#define SYSC_SO_LINGER 13
#define SYSC_SO_BSDCOMPAT 14
#define SYSC_SO_REUSEPORT 15
#define SYSC_SO_PASSCRED 16
#define SYSC_SO_PEERCRED 17
#define SYSC_SO_RCVLOWAT 18
#define SYSC_SO_SNDLOWAT 19
#define SYSC_SO_RCVTIMEO_OLD 20
#define SYSC_SO_SNDTIMEO_OLD 21
#define SYSC_SO_BINDTODEVICE 25
#define SYSC_SO_ATTACH_FILTER 26
#define SYSC_SO_DETACH_FILTER 27
#define SYSC_SO_PEERNAME 28
#define SYSC_SO_TIMESTAMP_OLD 29
#define SYSC_SO_ACCEPTCONN 30
#define SYSC_SO_PEERSEC 31
#define SYSC_SO_SNDBUFFORCE 32
#define SYSC_SO_RCVBUFFORCE 33
#define SYSC_SO_PASSSEC 34
#define SYSC_SO_TIMESTAMPNS_OLD 35
#define SYSC_SO_MARK 36
#define SYSC_SO_TIMESTAMPING_OLD 37
#define SYSC_SO_PROTOCOL 38
#define SYSC_SO_DOMAIN 39
#define SYSC_SO_RXQ_OVFL 40
#define SYSC_SO_PEEK_OFF 42
#define SYSC_SO_BUSY_POLL 46
#define SYSC_SO_INCOMING_CPU 49
#define SYSC_SO_ATTACH_BPF 50
#define SYSC_SO_COOKIE 57
#define SYSC_SO_PEERGROUPS 59
#define SYSC_SO_ZEROCOPY 60
#define SYSC_SO_TXTIME 61
#define SYSC_SO_BINDTOIFINDEX 62
#define SYSC_SO_TIMESTAMP_NEW 63
#define SYSC_SO_TIMESTAMPNS_NEW 64
#define SYSC_SO_TIMESTAMPING_NEW 65
#define SYSC_SO_RCVTIMEO_NEW 66
#define SYSC_SO_SNDTIMEO_NEW 67
#define SYSC_SO_NETNS_COOKIE 71
#define SYSC_SO_BUF_LOCK 72
#define SYSC_SO_RESERVE_MEM 73
#define SYSC_SO_TXREHASH 74
#define SYSC_SO_RCVMARK 75
#define SYSC_SO_PASSPIDFD 76	/* Linux 6.5 */
#define SYSC_SO_PEERPIDFD 77	/* Linux 6.5 */

/* The time options, y2038-safe on both arches: their values are a
 * struct sysc_timeval (SO_RCVTIMEO, SO_SNDTIMEO, SCM_TIMESTAMP) or a
 * struct sysc_timespec (SCM_TIMESTAMPNS), 64-bit seconds. On x86_64 these
 * are the original options, whose long-based layouts are already 64-bit;
 * on i386 they are the *_NEW options of Linux 5.1 (the old ones carry
 * 32-bit seconds). SO_TIMESTAMPING's cmsg is three sysc_timespec. */
#if __SIZEOF_LONG__ == 8
#define SYSC_SO_RCVTIMEO SYSC_SO_RCVTIMEO_OLD
#define SYSC_SO_SNDTIMEO SYSC_SO_SNDTIMEO_OLD
#define SYSC_SO_TIMESTAMP SYSC_SO_TIMESTAMP_OLD
#define SYSC_SO_TIMESTAMPNS SYSC_SO_TIMESTAMPNS_OLD
#define SYSC_SO_TIMESTAMPING SYSC_SO_TIMESTAMPING_OLD
#else
#define SYSC_SO_RCVTIMEO SYSC_SO_RCVTIMEO_NEW
#define SYSC_SO_SNDTIMEO SYSC_SO_SNDTIMEO_NEW
#define SYSC_SO_TIMESTAMP SYSC_SO_TIMESTAMP_NEW
#define SYSC_SO_TIMESTAMPNS SYSC_SO_TIMESTAMPNS_NEW
#define SYSC_SO_TIMESTAMPING SYSC_SO_TIMESTAMPING_NEW
#endif
#define SYSC_SCM_TIMESTAMP SYSC_SO_TIMESTAMP
#define SYSC_SCM_TIMESTAMPNS SYSC_SO_TIMESTAMPNS
#define SYSC_SCM_TIMESTAMPING SYSC_SO_TIMESTAMPING

/* Control message types at SOL_SOCKET. */
#define SYSC_SCM_RIGHTS 1	/* int fds[] */
#define SYSC_SCM_CREDENTIALS 2	/* struct sysc_ucred */
#define SYSC_SCM_SECURITY 3
#define SYSC_SCM_PIDFD 4	/* Linux 6.5 */

/* send/recv flags. */
#define SYSC_MSG_OOB 0x1
#define SYSC_MSG_PEEK 0x2
#define SYSC_MSG_DONTROUTE 0x4
#define SYSC_MSG_CTRUNC 0x8
#define SYSC_MSG_PROBE 0x10
#define SYSC_MSG_TRUNC 0x20
#define SYSC_MSG_DONTWAIT 0x40
#define SYSC_MSG_EOR 0x80
#define SYSC_MSG_WAITALL 0x100
#define SYSC_MSG_FIN 0x200
#define SYSC_MSG_SYN 0x400
#define SYSC_MSG_CONFIRM 0x800
#define SYSC_MSG_RST 0x1000
#define SYSC_MSG_ERRQUEUE 0x2000
#define SYSC_MSG_NOSIGNAL 0x4000
#define SYSC_MSG_MORE 0x8000
#define SYSC_MSG_WAITFORONE 0x10000	/* recvmmsg */
#define SYSC_MSG_BATCH 0x40000
#define SYSC_MSG_ZEROCOPY 0x4000000
#define SYSC_MSG_FASTOPEN 0x20000000
#define SYSC_MSG_CMSG_CLOEXEC 0x40000000	/* SCM_RIGHTS fds get FD_CLOEXEC */

/* shutdown. */
#define SYSC_SHUT_RD 0
#define SYSC_SHUT_WR 1
#define SYSC_SHUT_RDWR 2

/* IPv4 addresses in host byte order (store them with sysc_htonl). */
#define SYSC_INADDR_ANY 0x00000000u
#define SYSC_INADDR_BROADCAST 0xffffffffu
#define SYSC_INADDR_NONE 0xffffffffu
#define SYSC_INADDR_LOOPBACK 0x7f000001u

/* Protocols (linux/in.h, linux/in6.h). */
#define SYSC_IPPROTO_IP 0
#define SYSC_IPPROTO_ICMP 1
#define SYSC_IPPROTO_IGMP 2
#define SYSC_IPPROTO_IPIP 4
#define SYSC_IPPROTO_TCP 6
#define SYSC_IPPROTO_EGP 8
#define SYSC_IPPROTO_PUP 12
#define SYSC_IPPROTO_UDP 17
#define SYSC_IPPROTO_IDP 22
#define SYSC_IPPROTO_TP 29
#define SYSC_IPPROTO_DCCP 33
#define SYSC_IPPROTO_IPV6 41
#define SYSC_IPPROTO_ROUTING 43
#define SYSC_IPPROTO_FRAGMENT 44
#define SYSC_IPPROTO_RSVP 46
#define SYSC_IPPROTO_GRE 47
#define SYSC_IPPROTO_ESP 50
#define SYSC_IPPROTO_AH 51
#define SYSC_IPPROTO_ICMPV6 58
#define SYSC_IPPROTO_NONE 59
#define SYSC_IPPROTO_DSTOPTS 60
#define SYSC_IPPROTO_MTP 92
#define SYSC_IPPROTO_BEETPH 94
#define SYSC_IPPROTO_ENCAP 98
#define SYSC_IPPROTO_PIM 103
#define SYSC_IPPROTO_COMP 108
#define SYSC_IPPROTO_L2TP 115
#define SYSC_IPPROTO_SCTP 132
#define SYSC_IPPROTO_UDPLITE 136
#define SYSC_IPPROTO_MPLS 137
#define SYSC_IPPROTO_ETHERNET 143
#define SYSC_IPPROTO_RAW 255
#define SYSC_IPPROTO_MPTCP 262

/* SOL_IP options. */
#define SYSC_IP_TOS 1
#define SYSC_IP_TTL 2
#define SYSC_IP_HDRINCL 3
#define SYSC_IP_OPTIONS 4
#define SYSC_IP_RECVOPTS 6
#define SYSC_IP_RETOPTS 7
#define SYSC_IP_PKTINFO 8
#define SYSC_IP_MTU_DISCOVER 10
#define SYSC_IP_RECVERR 11
#define SYSC_IP_RECVTTL 12
#define SYSC_IP_RECVTOS 13
#define SYSC_IP_MTU 14
#define SYSC_IP_FREEBIND 15
#define SYSC_IP_TRANSPARENT 19
#define SYSC_IP_BIND_ADDRESS_NO_PORT 24
#define SYSC_IP_MULTICAST_IF 32
#define SYSC_IP_MULTICAST_TTL 33
#define SYSC_IP_MULTICAST_LOOP 34
#define SYSC_IP_ADD_MEMBERSHIP 35
#define SYSC_IP_DROP_MEMBERSHIP 36

/* SOL_IPV6 options. */
#define SYSC_IPV6_UNICAST_HOPS 16
#define SYSC_IPV6_MULTICAST_IF 17
#define SYSC_IPV6_MULTICAST_HOPS 18
#define SYSC_IPV6_MULTICAST_LOOP 19
#define SYSC_IPV6_ADD_MEMBERSHIP 20
#define SYSC_IPV6_JOIN_GROUP SYSC_IPV6_ADD_MEMBERSHIP
#define SYSC_IPV6_DROP_MEMBERSHIP 21
#define SYSC_IPV6_LEAVE_GROUP SYSC_IPV6_DROP_MEMBERSHIP
#define SYSC_IPV6_MTU 24
#define SYSC_IPV6_RECVERR 25
#define SYSC_IPV6_V6ONLY 26
#define SYSC_IPV6_RECVPKTINFO 49
#define SYSC_IPV6_PKTINFO 50
#define SYSC_IPV6_TCLASS 67

/* SOL_TCP options. */
#define SYSC_TCP_NODELAY 1
#define SYSC_TCP_MAXSEG 2
#define SYSC_TCP_CORK 3
#define SYSC_TCP_KEEPIDLE 4
#define SYSC_TCP_KEEPINTVL 5
#define SYSC_TCP_KEEPCNT 6
#define SYSC_TCP_SYNCNT 7
#define SYSC_TCP_LINGER2 8
#define SYSC_TCP_DEFER_ACCEPT 9
#define SYSC_TCP_WINDOW_CLAMP 10
#define SYSC_TCP_INFO 11
#define SYSC_TCP_QUICKACK 12
#define SYSC_TCP_CONGESTION 13
#define SYSC_TCP_MD5SIG 14
#define SYSC_TCP_USER_TIMEOUT 18
#define SYSC_TCP_FASTOPEN 23
#define SYSC_TCP_NOTSENT_LOWAT 25

/* Netlink protocols (socket(AF_NETLINK, SOCK_RAW or SOCK_DGRAM, ...)). */
#define SYSC_NETLINK_ROUTE 0
#define SYSC_NETLINK_UNUSED 1
#define SYSC_NETLINK_USERSOCK 2
#define SYSC_NETLINK_FIREWALL 3
#define SYSC_NETLINK_SOCK_DIAG 4
#define SYSC_NETLINK_NFLOG 5
#define SYSC_NETLINK_XFRM 6
#define SYSC_NETLINK_SELINUX 7
#define SYSC_NETLINK_ISCSI 8
#define SYSC_NETLINK_AUDIT 9
#define SYSC_NETLINK_FIB_LOOKUP 10
#define SYSC_NETLINK_CONNECTOR 11
#define SYSC_NETLINK_NETFILTER 12
#define SYSC_NETLINK_IP6_FW 13
#define SYSC_NETLINK_DNRTMSG 14
#define SYSC_NETLINK_KOBJECT_UEVENT 15
#define SYSC_NETLINK_GENERIC 16
#define SYSC_NETLINK_SCSITRANSPORT 18
#define SYSC_NETLINK_ECRYPTFS 19
#define SYSC_NETLINK_RDMA 20
#define SYSC_NETLINK_CRYPTO 21
#define SYSC_NETLINK_SMC 22

/* ---- netlink messages (linux/netlink.h) ----
 *
 * A netlink datagram is a run of messages, each a sysc_nlmsghdr and a
 * payload, each padded to 4 bytes. Build requests with SYSC_NLMSG_LENGTH
 * and walk replies with SYSC_NLMSG_OK/NEXT. */
struct sysc_nlmsghdr {
	uint32_t nlmsg_len;	/* header + payload, unpadded */
	uint16_t nlmsg_type;	/* SYSC_NLMSG_* or a family's (SYSC_RTM_*) */
	uint16_t nlmsg_flags;	/* SYSC_NLM_F_* */
	uint32_t nlmsg_seq;	/* echoed in replies, to match them */
	/* The sender's port id in a request (0 is fine); in the kernel's
	 * replies and acks, the requesting socket's (tests check this). */
	uint32_t nlmsg_pid;
};

/* The payload of a SYSC_NLMSG_ERROR message, which is also the ack that
 * NLM_F_ACK asks for: error is 0 for success or a negative errno. msg is
 * the request's header; after it comes the request's payload unless error
 * is 0 or NETLINK_CAP_ACK is set, then NLMSGERR_ATTR_* attributes if
 * NETLINK_EXT_ACK is set (the flags SYSC_NLM_F_CAPPED and ACK_TLVS say
 * which). */
struct sysc_nlmsgerr {
	int error;
	struct sysc_nlmsghdr msg;
};

/* Requests. */
#define SYSC_NLM_F_REQUEST 0x01	/* on every message to the kernel */
#define SYSC_NLM_F_MULTI 0x02	/* part of a multipart reply, ended by NLMSG_DONE */
#define SYSC_NLM_F_ACK 0x04	/* answer with an NLMSG_ERROR ack, error 0 or not */
#define SYSC_NLM_F_ECHO 0x08
#define SYSC_NLM_F_DUMP_INTR 0x10	/* the dump changed while it ran: redo it */
#define SYSC_NLM_F_DUMP_FILTERED 0x20
/* The high byte depends on the request: for GET... */
#define SYSC_NLM_F_ROOT 0x100
#define SYSC_NLM_F_MATCH 0x200
#define SYSC_NLM_F_ATOMIC 0x400
#define SYSC_NLM_F_DUMP (SYSC_NLM_F_ROOT | SYSC_NLM_F_MATCH)
/* ...for NEW... */
#define SYSC_NLM_F_REPLACE 0x100
#define SYSC_NLM_F_EXCL 0x200
#define SYSC_NLM_F_CREATE 0x400
#define SYSC_NLM_F_APPEND 0x800
/* ...for DEL... */
#define SYSC_NLM_F_NONREC 0x100
#define SYSC_NLM_F_BULK 0x200
/* ...and in an ack. */
#define SYSC_NLM_F_CAPPED 0x100	/* the request's payload was left out */
#define SYSC_NLM_F_ACK_TLVS 0x200	/* NLMSGERR_ATTR_* attributes follow */

/* Control message types, below every family's own. */
#define SYSC_NLMSG_NOOP 0x1
#define SYSC_NLMSG_ERROR 0x2	/* struct sysc_nlmsgerr */
#define SYSC_NLMSG_DONE 0x3	/* end of a dump; its payload is an int */
#define SYSC_NLMSG_OVERRUN 0x4
#define SYSC_NLMSG_MIN_TYPE 0x10

/* Attributes of an extended ack (NETLINK_EXT_ACK). */
#define SYSC_NLMSGERR_ATTR_UNUSED 0
#define SYSC_NLMSGERR_ATTR_MSG 1	/* error message, a C string */
#define SYSC_NLMSGERR_ATTR_OFFS 2	/* u32: offset of the bad attribute in the request */
#define SYSC_NLMSGERR_ATTR_COOKIE 3
#define SYSC_NLMSGERR_ATTR_POLICY 4
#define SYSC_NLMSGERR_ATTR_MISS_TYPE 5
#define SYSC_NLMSGERR_ATTR_MISS_NEST 6

/* setsockopt(SYSC_SOL_NETLINK, ...) options, int values. MEMBERSHIP takes
 * a group number (SYSC_RTNLGRP_*), not the bit mask that nl_groups in
 * bind takes (SYSC_RTMGRP_*). 6 and 7 (the mmap rings) are gone since
 * Linux 4.6. */
#define SYSC_NETLINK_ADD_MEMBERSHIP 1
#define SYSC_NETLINK_DROP_MEMBERSHIP 2
#define SYSC_NETLINK_PKTINFO 3
#define SYSC_NETLINK_BROADCAST_ERROR 4
#define SYSC_NETLINK_NO_ENOBUFS 5
#define SYSC_NETLINK_LISTEN_ALL_NSID 8
#define SYSC_NETLINK_LIST_MEMBERSHIPS 9
#define SYSC_NETLINK_CAP_ACK 10	/* acks of errors leave the request's payload out */
#define SYSC_NETLINK_EXT_ACK 11	/* acks may carry an error message */
#define SYSC_NETLINK_GET_STRICT_CHK 12	/* dump requests are checked, and may filter */

/* The message macros, the uapi's arithmetic with sysc's names; each takes
 * a length of any integer type and keeps its type, as the uapi's do (an
 * int stays unsigned int, a size_t stays size_t). SYSC_NLMSG_ALIGN rounds
 * by division, not by masking with ~3U: that mask is an unsigned int, which
 * on x86_64 would also clear a size_t's high 32 bits. */
#define SYSC_NLMSG_ALIGNTO 4U
#define SYSC_NLMSG_ALIGN(len) \
	(((len) + SYSC_NLMSG_ALIGNTO - 1) / SYSC_NLMSG_ALIGNTO * SYSC_NLMSG_ALIGNTO)
/* The header's length, padded: where the payload starts (an int, 16). */
#define SYSC_NLMSG_HDRLEN ((int)SYSC_NLMSG_ALIGN(sizeof(struct sysc_nlmsghdr)))
/* nlmsg_len of a message with a payload of len bytes. */
#define SYSC_NLMSG_LENGTH(len) ((len) + SYSC_NLMSG_HDRLEN)
/* Bytes a message with len payload bytes takes in a buffer, padded. */
#define SYSC_NLMSG_SPACE(len) SYSC_NLMSG_ALIGN(SYSC_NLMSG_LENGTH(len))
#define SYSC_NLMSG_DATA(nlh) ((void *)((char *)(nlh) + SYSC_NLMSG_HDRLEN))
/* The message after nlh; len, an lvalue holding the bytes left from nlh
 * on, shrinks by nlh's padded length. Give it a signed type when the
 * buffer may end in an unpadded message (it then goes below 0); the
 * kernel pads every message, so a size_t walk of its replies ends at 0. */
#define SYSC_NLMSG_NEXT(nlh, len) \
	((len) -= SYSC_NLMSG_ALIGN((nlh)->nlmsg_len), \
	 (struct sysc_nlmsghdr *)(void *)((char *)(nlh) + \
					  SYSC_NLMSG_ALIGN((nlh)->nlmsg_len)))
/* Whether a whole message starts at nlh with len bytes left: the header
 * fits, and nlmsg_len neither undercuts it (which would loop) nor runs past
 * len. len is compared as size_t once known to be >= 16, so that the macro
 * is free of sign-compare warnings for int, long and size_t lengths. */
#define SYSC_NLMSG_OK(nlh, len) \
	((len) >= (int)sizeof(struct sysc_nlmsghdr) && \
	 (nlh)->nlmsg_len >= sizeof(struct sysc_nlmsghdr) && \
	 (size_t)(nlh)->nlmsg_len <= (size_t)(len))
/* Bytes after a payload's first len (a fixed header such as
 * sysc_ifinfomsg), padded: where its attributes can be. */
#define SYSC_NLMSG_PAYLOAD(nlh, len) ((nlh)->nlmsg_len - SYSC_NLMSG_SPACE(len))

/* ---- rtnetlink (linux/rtnetlink.h, if_link.h, if_addr.h, neighbour.h) ----
 *
 * NETLINK_ROUTE messages: a family header (sysc_ifinfomsg for links,
 * sysc_ifaddrmsg for addresses, sysc_rtmsg for routes, sysc_ndmsg for
 * neighbours) padded to 4 bytes, then attributes, each a sysc_rtattr and
 * its data padded to 4 bytes. */

struct sysc_rtattr {
	unsigned short rta_len;	/* header + data, unpadded */
	unsigned short rta_type;	/* SYSC_IFLA_*, SYSC_IFA_*, SYSC_RTA_*... */
};

/* As the NLMSG ones (same alignment, same types as the uapi's; see
 * SYSC_NLMSG_ALIGN), except SYSC_RTA_PAYLOAD, which is an int where the
 * uapi's turns out a size_t. */
#define SYSC_RTA_ALIGNTO 4U
#define SYSC_RTA_ALIGN(len) \
	(((len) + SYSC_RTA_ALIGNTO - 1) / SYSC_RTA_ALIGNTO * SYSC_RTA_ALIGNTO)
/* rta_len of an attribute with len data bytes. */
#define SYSC_RTA_LENGTH(len) (SYSC_RTA_ALIGN(sizeof(struct sysc_rtattr)) + (len))
#define SYSC_RTA_SPACE(len) SYSC_RTA_ALIGN(SYSC_RTA_LENGTH(len))
#define SYSC_RTA_DATA(rta) ((void *)((char *)(rta) + SYSC_RTA_LENGTH(0)))
#define SYSC_RTA_NEXT(rta, len) \
	((len) -= SYSC_RTA_ALIGN((rta)->rta_len), \
	 (struct sysc_rtattr *)(void *)((char *)(rta) + \
					SYSC_RTA_ALIGN((rta)->rta_len)))
#define SYSC_RTA_OK(rta, len) \
	((len) >= (int)sizeof(struct sysc_rtattr) && \
	 (size_t)(rta)->rta_len >= sizeof(struct sysc_rtattr) && \
	 (size_t)(rta)->rta_len <= (size_t)(len))
/* Data bytes of an attribute. */
#define SYSC_RTA_PAYLOAD(rta) ((int)(rta)->rta_len - (int)SYSC_RTA_LENGTH(0))

/* The first attribute after a message's family header, and the bytes the
 * attributes take: for (a = SYSC_IFLA_RTA(ifi), n = SYSC_IFLA_PAYLOAD(nlh);
 * SYSC_RTA_OK(a, n); a = SYSC_RTA_NEXT(a, n)). */
#define SYSC_IFLA_RTA(ifi) ((struct sysc_rtattr *)(void *)((char *)(ifi) + \
	SYSC_NLMSG_ALIGN(sizeof(struct sysc_ifinfomsg))))
#define SYSC_IFLA_PAYLOAD(nlh) \
	((int)SYSC_NLMSG_PAYLOAD(nlh, sizeof(struct sysc_ifinfomsg)))
#define SYSC_IFA_RTA(ifa) ((struct sysc_rtattr *)(void *)((char *)(ifa) + \
	SYSC_NLMSG_ALIGN(sizeof(struct sysc_ifaddrmsg))))
#define SYSC_IFA_PAYLOAD(nlh) \
	((int)SYSC_NLMSG_PAYLOAD(nlh, sizeof(struct sysc_ifaddrmsg)))
#define SYSC_RTM_RTA(rtm) ((struct sysc_rtattr *)(void *)((char *)(rtm) + \
	SYSC_NLMSG_ALIGN(sizeof(struct sysc_rtmsg))))
#define SYSC_RTM_PAYLOAD(nlh) \
	((int)SYSC_NLMSG_PAYLOAD(nlh, sizeof(struct sysc_rtmsg)))

/* The attribute type's flag bits (linux/netlink.h NLA_F_*): a nest's
 * type carries NLA_F_NESTED (sysc_nla_nest_start sets it, as iproute2
 * does; the kernel's strict parsers of newer families require it); mask a
 * type read back with SYSC_NLA_TYPE_MASK. An rtattr is the kernel's
 * struct nlattr by another name (same 4 bytes, same alignment). */
#define SYSC_NLA_F_NESTED (1 << 15)
#define SYSC_NLA_F_NET_BYTEORDER (1 << 14)
#define SYSC_NLA_TYPE_MASK (~(SYSC_NLA_F_NESTED | SYSC_NLA_F_NET_BYTEORDER))
#define SYSC_NLA_ALIGNTO 4
#define SYSC_NLA_HDRLEN 4

/* ---- building requests ----
 * A message is built in the caller's buffer of `cap` bytes (4-byte
 * aligned), from sysc_nlmsg_init on; each call appends at the message's
 * padded end and grows nlmsg_len, and returns where it wrote, or NULL
 * when the result would not fit in cap (or an attribute would pass the
 * 65535 bytes rta_len can say), in which case nothing is written and the
 * message stays as it was: a later call may still fit, so check each. No
 * errno, no syscall: these are usable anywhere. Send nlmsg_len bytes. */

/* A message header at buf: nlmsg_len covers the header alone, seq and pid
 * are 0 (set seq before sending). NULL if cap is too small. */
static __inline__ struct sysc_nlmsghdr *sysc_nlmsg_init(void *buf, size_t cap, uint16_t type,
							 uint16_t flags)
{
	struct sysc_nlmsghdr *nlh = (struct sysc_nlmsghdr *)buf;

	if (!buf || cap < (size_t)SYSC_NLMSG_HDRLEN)
		return SYSC__NULL;
	nlh->nlmsg_len = (uint32_t)SYSC_NLMSG_HDRLEN;
	nlh->nlmsg_type = type;
	nlh->nlmsg_flags = flags;
	nlh->nlmsg_seq = 0;
	nlh->nlmsg_pid = 0;
	return nlh;
}

/* Appends len bytes (a copy of data, or zeros when data is NULL), padded
 * to 4 with zeros: a family header (sysc_ifinfomsg...) or the payload of
 * an open nest. */
static __inline__ void *sysc_nlmsg_append(struct sysc_nlmsghdr *nlh, size_t cap,
					  const void *data, size_t len)
{
	size_t at = SYSC_NLMSG_ALIGN((size_t)nlh->nlmsg_len), i;
	unsigned char *p = (unsigned char *)nlh + at;

	if (at > cap || len > cap - at || SYSC_NLMSG_ALIGN(len) > cap - at)
		return SYSC__NULL;
	for (i = 0; i < len; i++)
		p[i] = data ? ((const unsigned char *)data)[i] : 0;
	for (; i < SYSC_NLMSG_ALIGN(len); i++)
		p[i] = 0;
	nlh->nlmsg_len = (uint32_t)(at + SYSC_NLMSG_ALIGN(len));
	return p;
}

/* Appends an attribute of `type` with len data bytes (copied from data,
 * or zeros when data is NULL); returns it. */
static __inline__ struct sysc_rtattr *sysc_nla_put(struct sysc_nlmsghdr *nlh, size_t cap,
						   unsigned short type, const void *data,
						   size_t len)
{
	size_t at = SYSC_NLMSG_ALIGN((size_t)nlh->nlmsg_len);
	size_t room = at <= cap ? cap - at : 0;
	struct sysc_rtattr *rta;

	if (len > 0xffff - SYSC_RTA_LENGTH(0) || SYSC_RTA_SPACE(len) > room)
		return SYSC__NULL;
	rta = (struct sysc_rtattr *)sysc_nlmsg_append(nlh, cap, SYSC__NULL, SYSC_RTA_LENGTH(0));
	if (!rta)
		return SYSC__NULL;
	rta->rta_type = type;
	rta->rta_len = (unsigned short)SYSC_RTA_LENGTH(len);
	/* Fits: checked above for the whole attribute. */
	sysc_nlmsg_append(nlh, cap, data, len);
	return rta;
}

static __inline__ struct sysc_rtattr *sysc_nla_put_u8(struct sysc_nlmsghdr *nlh, size_t cap,
						      unsigned short type, uint8_t v)
{
	return sysc_nla_put(nlh, cap, type, &v, sizeof(v));
}

static __inline__ struct sysc_rtattr *sysc_nla_put_u16(struct sysc_nlmsghdr *nlh, size_t cap,
						       unsigned short type, uint16_t v)
{
	return sysc_nla_put(nlh, cap, type, &v, sizeof(v));
}

static __inline__ struct sysc_rtattr *sysc_nla_put_u32(struct sysc_nlmsghdr *nlh, size_t cap,
						       unsigned short type, uint32_t v)
{
	return sysc_nla_put(nlh, cap, type, &v, sizeof(v));
}

static __inline__ struct sysc_rtattr *sysc_nla_put_u64(struct sysc_nlmsghdr *nlh, size_t cap,
						       unsigned short type, uint64_t v)
{
	return sysc_nla_put(nlh, cap, type, &v, sizeof(v));
}

/* A C string attribute, its NUL included (IFLA_IFNAME, IFA_LABEL...). */
static __inline__ struct sysc_rtattr *sysc_nla_put_str(struct sysc_nlmsghdr *nlh, size_t cap,
						       unsigned short type, const char *s)
{
	size_t n = 0;

	while (s[n] != '\0')
		n++;
	return sysc_nla_put(nlh, cap, type, s, n + 1);
}

/* Opens a nested attribute (type | SYSC_NLA_F_NESTED): what is appended
 * until sysc_nla_nest_end is inside it. Nests nest. */
static __inline__ struct sysc_rtattr *sysc_nla_nest_start(struct sysc_nlmsghdr *nlh, size_t cap,
							  unsigned short type)
{
	return sysc_nla_put(nlh, cap, (unsigned short)(type | SYSC_NLA_F_NESTED), SYSC__NULL, 0);
}

/* Closes a nest: its length now covers what was appended since its
 * start. 0, or -1 when that is more than rta_len can say (65535), and
 * then the message is cut back to before the nest. */
static __inline__ int sysc_nla_nest_end(struct sysc_nlmsghdr *nlh, struct sysc_rtattr *nest)
{
	size_t len = (size_t)((unsigned char *)nlh + nlh->nlmsg_len - (unsigned char *)nest);

	if (len > 0xffff) {
		nlh->nlmsg_len = (uint32_t)((unsigned char *)nest - (unsigned char *)nlh);
		return -1;
	}
	nest->rta_len = (unsigned short)len;
	return 0;
}

/* The smallest family header, for dumps that need nothing else (without
 * NETLINK_GET_STRICT_CHK; with it, send the type's own header). */
struct sysc_rtgenmsg {
	unsigned char rtgen_family;
};

/* RTM_NEWLINK/DELLINK/GETLINK/SETLINK. In a request that changes a link,
 * only the bits of ifi_flags set in ifi_change are changed (ifi_change 0
 * means all of them, for old programs). */
struct sysc_ifinfomsg {
	unsigned char ifi_family;	/* SYSC_AF_UNSPEC */
	unsigned char __ifi_pad;
	unsigned short ifi_type;	/* SYSC_ARPHRD_* */
	int ifi_index;
	unsigned int ifi_flags;		/* SYSC_IFF_* */
	unsigned int ifi_change;
};

/* RTM_NEWADDR/DELADDR/GETADDR. */
struct sysc_ifaddrmsg {
	uint8_t ifa_family;	/* SYSC_AF_INET, SYSC_AF_INET6 */
	uint8_t ifa_prefixlen;
	uint8_t ifa_flags;	/* SYSC_IFA_F_*, the low 8 (all in IFA_FLAGS) */
	uint8_t ifa_scope;	/* SYSC_RT_SCOPE_* */
	uint32_t ifa_index;	/* the link's ifi_index */
};

/* IFA_CACHEINFO's data: lifetimes in seconds (0xffffffff: forever). */
struct sysc_ifa_cacheinfo {
	uint32_t ifa_prefered;
	uint32_t ifa_valid;
	uint32_t cstamp;	/* hundredths of a second since boot */
	uint32_t tstamp;
};

/* RTM_NEWROUTE/DELROUTE/GETROUTE. The table is rtm_table if it fits in a
 * byte, else RTA_TABLE (u32) with rtm_table SYSC_RT_TABLE_UNSPEC. */
struct sysc_rtmsg {
	unsigned char rtm_family;
	unsigned char rtm_dst_len;	/* prefix lengths */
	unsigned char rtm_src_len;
	unsigned char rtm_tos;
	unsigned char rtm_table;	/* SYSC_RT_TABLE_* */
	unsigned char rtm_protocol;	/* SYSC_RTPROT_* */
	unsigned char rtm_scope;	/* SYSC_RT_SCOPE_* */
	unsigned char rtm_type;		/* SYSC_RTN_* */
	unsigned int rtm_flags;		/* SYSC_RTM_F_* */
};

/* RTM_NEWNEIGH/DELNEIGH/GETNEIGH. */
struct sysc_ndmsg {
	uint8_t ndm_family;
	uint8_t ndm_pad1;
	uint16_t ndm_pad2;
	int32_t ndm_ifindex;
	uint16_t ndm_state;	/* SYSC_NUD_* */
	uint8_t ndm_flags;	/* SYSC_NTF_* */
	uint8_t ndm_type;	/* SYSC_RTN_* */
};

/* Message types: NEW, DEL, GET (and SET for links) in fours from 16. */
#define SYSC_RTM_BASE 16
#define SYSC_RTM_NEWLINK 16
#define SYSC_RTM_DELLINK 17
#define SYSC_RTM_GETLINK 18
#define SYSC_RTM_SETLINK 19
#define SYSC_RTM_NEWADDR 20
#define SYSC_RTM_DELADDR 21
#define SYSC_RTM_GETADDR 22
#define SYSC_RTM_NEWROUTE 24
#define SYSC_RTM_DELROUTE 25
#define SYSC_RTM_GETROUTE 26
#define SYSC_RTM_NEWNEIGH 28
#define SYSC_RTM_DELNEIGH 29
#define SYSC_RTM_GETNEIGH 30
#define SYSC_RTM_NEWRULE 32
#define SYSC_RTM_DELRULE 33
#define SYSC_RTM_GETRULE 34
#define SYSC_RTM_NEWQDISC 36
#define SYSC_RTM_DELQDISC 37
#define SYSC_RTM_GETQDISC 38
#define SYSC_RTM_NEWTCLASS 40
#define SYSC_RTM_DELTCLASS 41
#define SYSC_RTM_GETTCLASS 42
#define SYSC_RTM_NEWTFILTER 44
#define SYSC_RTM_DELTFILTER 45
#define SYSC_RTM_GETTFILTER 46
#define SYSC_RTM_NEWNETCONF 80
#define SYSC_RTM_DELNETCONF 81
#define SYSC_RTM_GETNETCONF 82
#define SYSC_RTM_NEWNSID 88
#define SYSC_RTM_DELNSID 89
#define SYSC_RTM_GETNSID 90
#define SYSC_RTM_NEWNEXTHOP 104
#define SYSC_RTM_DELNEXTHOP 105
#define SYSC_RTM_GETNEXTHOP 106

/* Link attributes (after sysc_ifinfomsg). */
#define SYSC_IFLA_UNSPEC 0
#define SYSC_IFLA_ADDRESS 1	/* hardware address, bytes */
#define SYSC_IFLA_BROADCAST 2
#define SYSC_IFLA_IFNAME 3	/* C string, at most SYSC_IFNAMSIZ with the NUL */
#define SYSC_IFLA_MTU 4		/* u32 */
#define SYSC_IFLA_LINK 5	/* u32 ifindex */
#define SYSC_IFLA_QDISC 6	/* C string */
#define SYSC_IFLA_STATS 7	/* struct rtnl_link_stats (32-bit counters) */
#define SYSC_IFLA_COST 8
#define SYSC_IFLA_PRIORITY 9
#define SYSC_IFLA_MASTER 10	/* u32 ifindex of the bridge, bond... */
#define SYSC_IFLA_WIRELESS 11
#define SYSC_IFLA_PROTINFO 12
#define SYSC_IFLA_TXQLEN 13	/* u32 */
#define SYSC_IFLA_MAP 14
#define SYSC_IFLA_WEIGHT 15
#define SYSC_IFLA_OPERSTATE 16	/* u8 SYSC_IF_OPER_* */
#define SYSC_IFLA_LINKMODE 17	/* u8 SYSC_IF_LINK_MODE_* */
#define SYSC_IFLA_LINKINFO 18	/* nested: IFLA_INFO_KIND... */
#define SYSC_IFLA_NET_NS_PID 19	/* u32: move the link to this pid's netns */
#define SYSC_IFLA_IFALIAS 20
#define SYSC_IFLA_NUM_VF 21
#define SYSC_IFLA_VFINFO_LIST 22
#define SYSC_IFLA_STATS64 23	/* struct rtnl_link_stats64 */
#define SYSC_IFLA_VF_PORTS 24
#define SYSC_IFLA_PORT_SELF 25
#define SYSC_IFLA_AF_SPEC 26
#define SYSC_IFLA_GROUP 27
#define SYSC_IFLA_NET_NS_FD 28	/* u32: move the link to this netns fd's */
#define SYSC_IFLA_EXT_MASK 29
#define SYSC_IFLA_PROMISCUITY 30
#define SYSC_IFLA_NUM_TX_QUEUES 31
#define SYSC_IFLA_NUM_RX_QUEUES 32
#define SYSC_IFLA_CARRIER 33
#define SYSC_IFLA_PHYS_PORT_ID 34
#define SYSC_IFLA_CARRIER_CHANGES 35
#define SYSC_IFLA_PHYS_SWITCH_ID 36
#define SYSC_IFLA_LINK_NETNSID 37
#define SYSC_IFLA_PHYS_PORT_NAME 38
#define SYSC_IFLA_PROTO_DOWN 39
#define SYSC_IFLA_GSO_MAX_SEGS 40
#define SYSC_IFLA_GSO_MAX_SIZE 41
#define SYSC_IFLA_PAD 42
#define SYSC_IFLA_XDP 43
#define SYSC_IFLA_EVENT 44
#define SYSC_IFLA_NEW_NETNSID 45
#define SYSC_IFLA_IF_NETNSID 46
#define SYSC_IFLA_TARGET_NETNSID SYSC_IFLA_IF_NETNSID
#define SYSC_IFLA_CARRIER_UP_COUNT 47
#define SYSC_IFLA_CARRIER_DOWN_COUNT 48
#define SYSC_IFLA_NEW_IFINDEX 49
#define SYSC_IFLA_MIN_MTU 50
#define SYSC_IFLA_MAX_MTU 51
#define SYSC_IFLA_PROP_LIST 52
#define SYSC_IFLA_ALT_IFNAME 53
#define SYSC_IFLA_PERM_ADDRESS 54
#define SYSC_IFLA_PROTO_DOWN_REASON 55
#define SYSC_IFLA_PARENT_DEV_NAME 56
#define SYSC_IFLA_PARENT_DEV_BUS_NAME 57
#define SYSC_IFLA_GRO_MAX_SIZE 58
#define SYSC_IFLA_TSO_MAX_SIZE 59
#define SYSC_IFLA_TSO_MAX_SEGS 60
#define SYSC_IFLA_ALLMULTI 61

/* Inside IFLA_LINKINFO (linux/if_link.h): the link type's name ("veth",
 * "dummy", "bridge"...) and its own attributes. */
#define SYSC_IFLA_INFO_UNSPEC 0
#define SYSC_IFLA_INFO_KIND 1		/* C string */
#define SYSC_IFLA_INFO_DATA 2		/* nested, the kind's own */
#define SYSC_IFLA_INFO_XSTATS 3
#define SYSC_IFLA_INFO_SLAVE_KIND 4
#define SYSC_IFLA_INFO_SLAVE_DATA 5
/* veth's IFLA_INFO_DATA (linux/veth.h): the peer, a sysc_ifinfomsg then
 * the peer's IFLA_* attributes (IFLA_IFNAME...). */
#define SYSC_VETH_INFO_UNSPEC 0
#define SYSC_VETH_INFO_PEER 1

/* IFLA_OPERSTATE values (RFC 2863). */
#define SYSC_IF_OPER_UNKNOWN 0	/* also lo's: it reports no carrier state */
#define SYSC_IF_OPER_NOTPRESENT 1
#define SYSC_IF_OPER_DOWN 2
#define SYSC_IF_OPER_LOWERLAYERDOWN 3
#define SYSC_IF_OPER_TESTING 4
#define SYSC_IF_OPER_DORMANT 5
#define SYSC_IF_OPER_UP 6
/* IFLA_LINKMODE values. */
#define SYSC_IF_LINK_MODE_DEFAULT 0
#define SYSC_IF_LINK_MODE_DORMANT 1
#define SYSC_IF_LINK_MODE_TESTING 2

/* Interface flags: ifi_flags and ifi_change (and SIOCGIFFLAGS). */
#define SYSC_IFNAMSIZ 16
#define SYSC_IFF_UP 0x1		/* administratively up: the one to set */
#define SYSC_IFF_BROADCAST 0x2
#define SYSC_IFF_DEBUG 0x4
#define SYSC_IFF_LOOPBACK 0x8
#define SYSC_IFF_POINTOPOINT 0x10
#define SYSC_IFF_NOTRAILERS 0x20
#define SYSC_IFF_RUNNING 0x40	/* operationally up (read-only) */
#define SYSC_IFF_NOARP 0x80
#define SYSC_IFF_PROMISC 0x100
#define SYSC_IFF_ALLMULTI 0x200
#define SYSC_IFF_MASTER 0x400
#define SYSC_IFF_SLAVE 0x800
#define SYSC_IFF_MULTICAST 0x1000
#define SYSC_IFF_PORTSEL 0x2000
#define SYSC_IFF_AUTOMEDIA 0x4000
#define SYSC_IFF_DYNAMIC 0x8000
#define SYSC_IFF_LOWER_UP 0x10000
#define SYSC_IFF_DORMANT 0x20000
#define SYSC_IFF_ECHO 0x40000

/* ifi_type values (linux/if_arp.h), the common ones. */
#define SYSC_ARPHRD_ETHER 1
#define SYSC_ARPHRD_LOOPBACK 772
#define SYSC_ARPHRD_NONE 0xfffe	/* no hardware header (tun, wireguard) */

/* Address attributes (after sysc_ifaddrmsg). On a point-to-point link
 * IFA_ADDRESS is the peer's and IFA_LOCAL the link's own; elsewhere both
 * are the link's own, and IPv6 sends only IFA_ADDRESS. */
#define SYSC_IFA_UNSPEC 0
#define SYSC_IFA_ADDRESS 1
#define SYSC_IFA_LOCAL 2
#define SYSC_IFA_LABEL 3	/* C string: the IPv4 label, "lo", "eth0:1" */
#define SYSC_IFA_BROADCAST 4
#define SYSC_IFA_ANYCAST 5
#define SYSC_IFA_CACHEINFO 6	/* struct sysc_ifa_cacheinfo */
#define SYSC_IFA_MULTICAST 7
#define SYSC_IFA_FLAGS 8	/* u32: all of SYSC_IFA_F_*, beside ifa_flags */
#define SYSC_IFA_RT_PRIORITY 9
#define SYSC_IFA_TARGET_NETNSID 10
#define SYSC_IFA_PROTO 11

#define SYSC_IFA_F_SECONDARY 0x01
#define SYSC_IFA_F_TEMPORARY SYSC_IFA_F_SECONDARY
#define SYSC_IFA_F_NODAD 0x02
#define SYSC_IFA_F_OPTIMISTIC 0x04
#define SYSC_IFA_F_DADFAILED 0x08
#define SYSC_IFA_F_HOMEADDRESS 0x10
#define SYSC_IFA_F_DEPRECATED 0x20
#define SYSC_IFA_F_TENTATIVE 0x40
#define SYSC_IFA_F_PERMANENT 0x80
/* Past the u8 ifa_flags: only in IFA_FLAGS. */
#define SYSC_IFA_F_MANAGETEMPADDR 0x100
#define SYSC_IFA_F_NOPREFIXROUTE 0x200
#define SYSC_IFA_F_MCAUTOJOIN 0x400
#define SYSC_IFA_F_STABLE_PRIVACY 0x800

/* Route attributes (after sysc_rtmsg). */
#define SYSC_RTA_UNSPEC 0
#define SYSC_RTA_DST 1
#define SYSC_RTA_SRC 2
#define SYSC_RTA_IIF 3		/* u32 ifindex */
#define SYSC_RTA_OIF 4		/* u32 ifindex */
#define SYSC_RTA_GATEWAY 5
#define SYSC_RTA_PRIORITY 6	/* u32 metric */
#define SYSC_RTA_PREFSRC 7
#define SYSC_RTA_METRICS 8
#define SYSC_RTA_MULTIPATH 9
#define SYSC_RTA_PROTOINFO 10
#define SYSC_RTA_FLOW 11
#define SYSC_RTA_CACHEINFO 12
#define SYSC_RTA_SESSION 13
#define SYSC_RTA_MP_ALGO 14
#define SYSC_RTA_TABLE 15	/* u32 table id, for ids past 255 */
#define SYSC_RTA_MARK 16
#define SYSC_RTA_MFC_STATS 17
#define SYSC_RTA_VIA 18
#define SYSC_RTA_NEWDST 19
#define SYSC_RTA_PREF 20
#define SYSC_RTA_ENCAP_TYPE 21
#define SYSC_RTA_ENCAP 22
#define SYSC_RTA_EXPIRES 23
#define SYSC_RTA_PAD 24
#define SYSC_RTA_UID 25
#define SYSC_RTA_TTL_PROPAGATE 26
#define SYSC_RTA_IP_PROTO 27
#define SYSC_RTA_SPORT 28
#define SYSC_RTA_DPORT 29
#define SYSC_RTA_NH_ID 30

/* rtm_type. */
#define SYSC_RTN_UNSPEC 0
#define SYSC_RTN_UNICAST 1
#define SYSC_RTN_LOCAL 2
#define SYSC_RTN_BROADCAST 3
#define SYSC_RTN_ANYCAST 4
#define SYSC_RTN_MULTICAST 5
#define SYSC_RTN_BLACKHOLE 6
#define SYSC_RTN_UNREACHABLE 7
#define SYSC_RTN_PROHIBIT 8
#define SYSC_RTN_THROW 9
#define SYSC_RTN_NAT 10
#define SYSC_RTN_XRESOLVE 11

/* rtm_protocol: who installed the route (the kernel reads only up to
 * STATIC; the rest are labels for routing daemons). */
#define SYSC_RTPROT_UNSPEC 0
#define SYSC_RTPROT_REDIRECT 1
#define SYSC_RTPROT_KERNEL 2
#define SYSC_RTPROT_BOOT 3	/* what `ip route add` uses */
#define SYSC_RTPROT_STATIC 4
#define SYSC_RTPROT_GATED 8
#define SYSC_RTPROT_RA 9
#define SYSC_RTPROT_MRT 10
#define SYSC_RTPROT_ZEBRA 11
#define SYSC_RTPROT_BIRD 12
#define SYSC_RTPROT_DNROUTED 13
#define SYSC_RTPROT_XORP 14
#define SYSC_RTPROT_NTK 15
#define SYSC_RTPROT_DHCP 16
#define SYSC_RTPROT_MROUTED 17
#define SYSC_RTPROT_KEEPALIVED 18
#define SYSC_RTPROT_BABEL 42
#define SYSC_RTPROT_OPENR 99
#define SYSC_RTPROT_BGP 186
#define SYSC_RTPROT_ISIS 187
#define SYSC_RTPROT_OSPF 188
#define SYSC_RTPROT_RIP 189
#define SYSC_RTPROT_EIGRP 192

/* rtm_scope and ifa_scope: how far the destination is. */
#define SYSC_RT_SCOPE_UNIVERSE 0
#define SYSC_RT_SCOPE_SITE 200
#define SYSC_RT_SCOPE_LINK 253
#define SYSC_RT_SCOPE_HOST 254	/* 127.0.0.1's */
#define SYSC_RT_SCOPE_NOWHERE 255

/* rtm_flags. */
#define SYSC_RTM_F_NOTIFY 0x100
#define SYSC_RTM_F_CLONED 0x200
#define SYSC_RTM_F_EQUALIZE 0x400
#define SYSC_RTM_F_PREFIX 0x800
#define SYSC_RTM_F_LOOKUP_TABLE 0x1000
#define SYSC_RTM_F_FIB_MATCH 0x2000
#define SYSC_RTM_F_OFFLOAD 0x4000
#define SYSC_RTM_F_TRAP 0x8000
#define SYSC_RTM_F_OFFLOAD_FAILED 0x20000000

/* Routing tables. */
#define SYSC_RT_TABLE_UNSPEC 0
#define SYSC_RT_TABLE_COMPAT 252
#define SYSC_RT_TABLE_DEFAULT 253
#define SYSC_RT_TABLE_MAIN 254	/* `ip route`'s */
#define SYSC_RT_TABLE_LOCAL 255	/* local and broadcast addresses */
#define SYSC_RT_TABLE_MAX 0xffffffffu

/* Neighbour attributes (after sysc_ndmsg), states and flags. */
#define SYSC_NDA_UNSPEC 0
#define SYSC_NDA_DST 1
#define SYSC_NDA_LLADDR 2
#define SYSC_NDA_CACHEINFO 3
#define SYSC_NDA_PROBES 4
#define SYSC_NDA_VLAN 5
#define SYSC_NDA_PORT 6
#define SYSC_NDA_VNI 7
#define SYSC_NDA_IFINDEX 8
#define SYSC_NDA_MASTER 9
#define SYSC_NUD_NONE 0x00
#define SYSC_NUD_INCOMPLETE 0x01
#define SYSC_NUD_REACHABLE 0x02
#define SYSC_NUD_STALE 0x04
#define SYSC_NUD_DELAY 0x08
#define SYSC_NUD_PROBE 0x10
#define SYSC_NUD_FAILED 0x20
#define SYSC_NUD_NOARP 0x40
#define SYSC_NUD_PERMANENT 0x80
#define SYSC_NTF_USE 0x01
#define SYSC_NTF_SELF 0x02
#define SYSC_NTF_MASTER 0x04
#define SYSC_NTF_PROXY 0x08
#define SYSC_NTF_EXT_LEARNED 0x10
#define SYSC_NTF_OFFLOADED 0x20
#define SYSC_NTF_STICKY 0x40
#define SYSC_NTF_ROUTER 0x80

/* Multicast groups as bind's nl_groups bit mask (the old interface, groups
 * 1 to 32 only)... */
#define SYSC_RTMGRP_LINK 0x1
#define SYSC_RTMGRP_NOTIFY 0x2
#define SYSC_RTMGRP_NEIGH 0x4
#define SYSC_RTMGRP_TC 0x8
#define SYSC_RTMGRP_IPV4_IFADDR 0x10
#define SYSC_RTMGRP_IPV4_MROUTE 0x20
#define SYSC_RTMGRP_IPV4_ROUTE 0x40
#define SYSC_RTMGRP_IPV4_RULE 0x80
#define SYSC_RTMGRP_IPV6_IFADDR 0x100
#define SYSC_RTMGRP_IPV6_MROUTE 0x200
#define SYSC_RTMGRP_IPV6_ROUTE 0x400
#define SYSC_RTMGRP_IPV6_IFINFO 0x800
#define SYSC_RTMGRP_DECnet_IFADDR 0x1000
#define SYSC_RTMGRP_DECnet_ROUTE 0x4000
#define SYSC_RTMGRP_IPV6_PREFIX 0x20000
/* ...and as numbers, for SYSC_NETLINK_ADD_MEMBERSHIP (group n is bit n-1
 * of the mask). */
#define SYSC_RTNLGRP_NONE 0
#define SYSC_RTNLGRP_LINK 1
#define SYSC_RTNLGRP_NOTIFY 2
#define SYSC_RTNLGRP_NEIGH 3
#define SYSC_RTNLGRP_TC 4
#define SYSC_RTNLGRP_IPV4_IFADDR 5
#define SYSC_RTNLGRP_IPV4_MROUTE 6
#define SYSC_RTNLGRP_IPV4_ROUTE 7
#define SYSC_RTNLGRP_IPV4_RULE 8
#define SYSC_RTNLGRP_IPV6_IFADDR 9
#define SYSC_RTNLGRP_IPV6_MROUTE 10
#define SYSC_RTNLGRP_IPV6_ROUTE 11
#define SYSC_RTNLGRP_IPV6_IFINFO 12
#define SYSC_RTNLGRP_IPV6_PREFIX 18
#define SYSC_RTNLGRP_IPV6_RULE 19
#define SYSC_RTNLGRP_ND_USEROPT 20
#define SYSC_RTNLGRP_IPV4_NETCONF 24
#define SYSC_RTNLGRP_IPV6_NETCONF 25
#define SYSC_RTNLGRP_MDB 26
#define SYSC_RTNLGRP_NSID 28
#define SYSC_RTNLGRP_NEXTHOP 32

/* AF_PACKET: protocols (linux/if_ether.h, host order: pass
 * sysc_htons(SYSC_ETH_P_ALL)) and sll_pkttype values. */
#define SYSC_ETH_P_ALL 0x0003
#define SYSC_ETH_P_IP 0x0800
#define SYSC_ETH_P_ARP 0x0806
#define SYSC_ETH_P_IPV6 0x86DD
#define SYSC_PACKET_HOST 0
#define SYSC_PACKET_BROADCAST 1
#define SYSC_PACKET_MULTICAST 2
#define SYSC_PACKET_OTHERHOST 3
#define SYSC_PACKET_OUTGOING 4

/* Byte swaps usable in constant expressions (static initializers, case
 * labels); sysc_htons() and friends in sysc/raw_net.h are the functions. */
#define SYSC_HTONS(x) ((uint16_t)((((uint16_t)(x) & 0xffu) << 8) | \
				  (((uint16_t)(x) >> 8) & 0xffu)))
#define SYSC_HTONL(x) ((uint32_t)((((uint32_t)(x) & 0xffu) << 24) | \
				  (((uint32_t)(x) & 0xff00u) << 8) | \
				  (((uint32_t)(x) >> 8) & 0xff00u) | \
				  (((uint32_t)(x) >> 24) & 0xffu)))
#define SYSC_NTOHS(x) SYSC_HTONS(x)
#define SYSC_NTOHL(x) SYSC_HTONL(x)

#endif
