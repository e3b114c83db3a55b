#ifndef POSTURE_CMALLOC_SHIM_H
#define POSTURE_CMALLOC_SHIM_H
/* glibc's malloc_trim: the Glibc module does not export <malloc.h>. Elsewhere nothing is declared. */
#if defined(__GLIBC__) || (defined(__linux__) && __has_include(<malloc.h>))
#include <malloc.h>
#define POSTURE_HAS_MALLOC_TRIM 1
#endif
#endif
