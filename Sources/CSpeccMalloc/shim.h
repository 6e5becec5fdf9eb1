#ifndef CSPECCMALLOC_SHIM_H
#define CSPECCMALLOC_SHIM_H
// Any C library header defines __GLIBC__ where the library is glibc.
#include <stdlib.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

/// Caps glibc's malloc arenas at `count` (mallopt(M_ARENA_MAX)); does nothing elsewhere.
static inline void specc_bound_malloc_arenas(int count) {
#if defined(__GLIBC__)
    if (count > 0) mallopt(M_ARENA_MAX, count);
#else
    (void)count;
#endif
}
#endif
