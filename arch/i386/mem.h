/* rep movsb / rep stosb behave the same in 32-bit mode. */
#include "../x86_64/mem.h"
