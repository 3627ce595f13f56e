/* Raw wrappers written by hand ("@" entries of tools/wrappers/net.tsv):
 * sockets. Included by sysc/raw.h. */
#ifndef SYSC_RAW_NET_H
#define SYSC_RAW_NET_H

#include "raw.h"

#endif
