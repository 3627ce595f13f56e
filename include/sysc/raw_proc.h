/* Raw wrappers written by hand ("@" entries of tools/wrappers/proc.tsv):
 * processes, ids, resources, scheduling. Included by sysc/raw.h. */
#ifndef SYSC_RAW_PROC_H
#define SYSC_RAW_PROC_H

#include "raw.h"

#endif
