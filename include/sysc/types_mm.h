/* Kernel ABI types and constants: memory, futexes, rseq. Included by sysc/types.h. */
#ifndef SYSC_TYPES_MM_H
#define SYSC_TYPES_MM_H

#endif
