/* Kernel ABI types and constants: sockets. Included by sysc/types.h. */
#ifndef SYSC_TYPES_NET_H
#define SYSC_TYPES_NET_H

#endif
