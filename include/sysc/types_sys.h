/* Kernel ABI types and constants: system administration, security, keys, tracing. Included by sysc/types.h. */
#ifndef SYSC_TYPES_SYS_H
#define SYSC_TYPES_SYS_H

#endif
