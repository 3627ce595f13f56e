/* Kernel ABI types and constants: processes, ids, resources, scheduling. Included by sysc/types.h. */
/* types.h includes this header inside its C++ -Wpedantic push (flexible
 * array members) and after the types it uses; included first on its own,
 * this file is read through types.h. */
#include "types.h"
#ifndef SYSC_TYPES_PROC_H
#define SYSC_TYPES_PROC_H

#endif
