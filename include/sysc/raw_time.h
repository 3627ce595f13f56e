/* Raw wrappers written by hand ("@" entries of tools/wrappers/time.tsv):
 * clocks, timers, signals, event descriptors, polling. Included by sysc/raw.h. */
#ifndef SYSC_RAW_TIME_H
#define SYSC_RAW_TIME_H

#include "raw.h"

#endif
