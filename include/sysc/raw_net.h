/* Header-only socket helpers: byte order and control-message walking.
 * No syscall is written by hand for sockets: every one is a row of
 * tools/wrappers/net.tsv. Included by sysc/raw.h. */
#ifndef SYSC_RAW_NET_H
#define SYSC_RAW_NET_H

#include "raw.h"

/* Host to network byte order and back: x86 is little-endian (asserted in
 * sysc/types_net.h), so each is a byte swap, folded by the compiler when
 * the argument is a constant. */
static inline uint16_t sysc_htons(uint16_t x)
{
	return __builtin_bswap16(x);
}

static inline uint32_t sysc_htonl(uint32_t x)
{
	return __builtin_bswap32(x);
}

static inline uint16_t sysc_ntohs(uint16_t x)
{
	return __builtin_bswap16(x);
}

static inline uint32_t sysc_ntohl(uint32_t x)
{
	return __builtin_bswap32(x);
}

/* The control message after c in m's msg_control, or NULL when c is the
 * last one (the next header would not fit) or c's cmsg_len is damaged
 * (shorter than a header, which would loop). */
static inline struct sysc_cmsghdr *sysc_cmsg_nxthdr(const struct sysc_msghdr *m,
						    const struct sysc_cmsghdr *c)
{
	const unsigned char *end = (const unsigned char *)m->msg_control + m->msg_controllen;
	const unsigned char *next;

	if (c->cmsg_len < sizeof(struct sysc_cmsghdr))
		return SYSC__NULL;
	next = (const unsigned char *)c + SYSC_CMSG_ALIGN(c->cmsg_len);
	if (next <= (const unsigned char *)c || next > end ||
	    (size_t)(end - next) < sizeof(struct sysc_cmsghdr))
		return SYSC__NULL;
	return (struct sysc_cmsghdr *)(uintptr_t)next;
}

#endif
