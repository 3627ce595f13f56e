/* Kernel ABI types and constants: I/O beyond read/write, sync, splice, aio, io_uring, notification, mounts, landlock. Included by sysc/types.h. */
#ifndef SYSC_TYPES_IO_H
#define SYSC_TYPES_IO_H

#endif
