/* Raw wrappers written by hand ("@" entries of tools/wrappers/ipc.tsv):
 * SysV IPC and POSIX message queues. Included by sysc/raw.h. */
#ifndef SYSC_RAW_IPC_H
#define SYSC_RAW_IPC_H

#include "raw.h"

#endif
