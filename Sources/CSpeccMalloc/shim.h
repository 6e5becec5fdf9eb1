#ifndef CSPECCMALLOC_SHIM_H
#define CSPECCMALLOC_SHIM_H
// Any C library header defines __GLIBC__ where the library is glibc.
#include <stdlib.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

/// Caps glibc's malloc arenas at `arenas` (M_ARENA_MAX) and fixes its mmap threshold at
/// `mmap_threshold` bytes (M_MMAP_THRESHOLD, which also stops glibc moving it); a value of 0
/// leaves that setting. Does nothing elsewhere.
static inline void specc_tune_malloc(int arenas, int mmap_threshold) {
#if defined(__GLIBC__)
    if (arenas > 0) mallopt(M_ARENA_MAX, arenas);
    if (mmap_threshold > 0) mallopt(M_MMAP_THRESHOLD, mmap_threshold);
#else
    (void)arenas;
    (void)mmap_threshold;
#endif
}
#endif
