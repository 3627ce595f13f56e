/* Raw wrappers written by hand ("@" entries of tools/wrappers/sys.tsv):
 * system administration, security, keys, tracing. Included by sysc/raw.h. */
#ifndef SYSC_RAW_SYS_H
#define SYSC_RAW_SYS_H

#include "raw.h"

#endif
