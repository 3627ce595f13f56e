/* Kernel ABI types and constants: system administration, security, keys, tracing. Included by sysc/types.h. */
/* types.h includes this header inside its C++ -Wpedantic push (flexible
 * array members) and after the types it uses; included first on its own,
 * this file is read through types.h. */
#include "types.h"
#ifndef SYSC_TYPES_SYS_H
#define SYSC_TYPES_SYS_H

#endif
