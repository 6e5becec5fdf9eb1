#ifndef CSPECCMALLOC_H
#define CSPECCMALLOC_H

/// Caps glibc's malloc arenas at `count` (mallopt(M_ARENA_MAX)); does nothing elsewhere.
void specc_bound_malloc_arenas(int count);

#endif
