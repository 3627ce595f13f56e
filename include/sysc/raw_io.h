/* Raw wrappers written by hand ("@" entries of tools/wrappers/io.tsv):
 * I/O beyond read/write, sync, splice, aio, io_uring, notification, mounts, landlock. Included by sysc/raw.h. */
#ifndef SYSC_RAW_IO_H
#define SYSC_RAW_IO_H

#include "raw.h"

#endif
