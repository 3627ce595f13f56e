/* Kernel ABI types and constants: processes, ids, resources, scheduling. Included by sysc/types.h. */
#ifndef SYSC_TYPES_PROC_H
#define SYSC_TYPES_PROC_H

#endif
