/* Kernel ABI types and constants: sockets. Included by sysc/types.h.
 *
 * Many of these are not in the kernel's uapi headers but in its internal
 * include/linux/socket.h (AF_*, MSG_*, SOL_*, SCM_*, struct user_msghdr,
 * mmsghdr, cmsghdr, ucred, linger): they are ABI all the same.
 * tests/test_abi_net.c checks the uapi ones against the uapi headers and
 * the others against glibc, whose values are the kernel's.
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
#if defined(__x86_64__)
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
