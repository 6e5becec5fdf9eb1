import CSpeccMalloc
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// glibc gives every thread that allocates a heap arena of its own, up to eight per core, and
/// what one arena frees serves no other: a generate's emitters, on four threads at their peak,
/// each grew their own (Stripe: 63 MB resident where the heap peaks at 27). No more arenas than
/// cores, as no more threads than that run at once: 59 MB, no slower. (One arena for all would
/// share every free, 1.8-3.6 MB less again, but the emitters' threads then wait on its lock: in
/// two paired runs the emitters were 21-25% and the diff 23-48% slower.) Elsewhere a no-op.
public enum MallocArenas {
    /// Call before any thread starts: arenas already made stay.
    public static func boundToCores() {
        specc_bound_malloc_arenas(Int32(clamping: sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }
}
