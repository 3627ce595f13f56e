/* Raw wrappers written by hand ("@" entries of tools/wrappers/mm.tsv):
 * memory, futexes, rseq. Included by sysc/raw.h. */
#ifndef SYSC_RAW_MM_H
#define SYSC_RAW_MM_H

#include "raw.h"

#endif
