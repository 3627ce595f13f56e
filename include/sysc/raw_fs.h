/* Raw wrappers written by hand ("@" entries of tools/wrappers/fs.tsv):
 * files, paths, metadata, descriptors. Included by sysc/raw.h. */
#ifndef SYSC_RAW_FS_H
#define SYSC_RAW_FS_H

#include "raw.h"

#endif
