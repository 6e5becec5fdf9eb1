#include "CSpeccMalloc.h"
// Any C library header defines __GLIBC__ where the library is glibc.
#include <stdlib.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

void specc_bound_malloc_arenas(int count) {
#if defined(__GLIBC__)
    if (count > 0) mallopt(M_ARENA_MAX, count);
#else
    (void)count;
#endif
}
