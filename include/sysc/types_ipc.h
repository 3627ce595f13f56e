/* Kernel ABI types and constants: SysV IPC and POSIX message queues. Included by sysc/types.h. */
#ifndef SYSC_TYPES_IPC_H
#define SYSC_TYPES_IPC_H

#endif
