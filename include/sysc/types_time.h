/* Kernel ABI types and constants: clocks, timers, signals, event descriptors, polling. Included by sysc/types.h. */
#ifndef SYSC_TYPES_TIME_H
#define SYSC_TYPES_TIME_H

#endif
