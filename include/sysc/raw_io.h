/* Raw wrappers written by hand ("@" entries of tools/wrappers/io.tsv):
 * I/O beyond read/write, sync, splice, aio, io_uring, notification, mounts,
 * landlock. Included by sysc/raw.h. None so far: every io call is one
 * syscall on each arch, generated from the table (i386's register pairs
 * and *_time64/64 variants are in its i386 column). */
#ifndef SYSC_RAW_IO_H
#define SYSC_RAW_IO_H

#include "raw.h"

#endif
