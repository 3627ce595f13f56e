/* Kernel ABI types and constants: files, paths, metadata, descriptors. Included by sysc/types.h. */
#ifndef SYSC_TYPES_FS_H
#define SYSC_TYPES_FS_H

#endif
