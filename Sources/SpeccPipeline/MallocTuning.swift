import CSpeccMalloc
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How this process's malloc is set up for a run's shape: a few large buffers (the spec's bytes,
/// each big file's text) among millions of small values, on as many threads as cores. Elsewhere
/// than glibc, a no-op.
public enum MallocTuning {
    /// Call before any thread starts: arenas already made stay.
    ///
    /// glibc gives every thread that allocates a heap arena of its own, up to eight per core, and
    /// what one arena frees serves no other: a generate's emitters, on four threads at their peak,
    /// each grew their own (Stripe: 63 MB resident where the heap peaks at 27). No more arenas
    /// than cores, as no more threads than that run at once: 59 MB, no slower. (One arena for all
    /// would share every free, 1.8-3.6 MB less again, but the emitters' threads then wait on its
    /// lock: in two paired runs the emitters were 21-25% and the diff 23-48% slower.)
    ///
    /// glibc also raises its mmap threshold to the size of each mapped block freed, up to 32 MB:
    /// once the spec's 4 MB of bytes are let go, every buffer below that (a big file's text as it
    /// doubles, the server's schema document) is carved from an arena, whose pages stay resident
    /// after the buffer is freed. Held at glibc's starting 128 KB, such buffers are mapped and
    /// unmapped again: Stripe's generate peaks 5 MB lower (60 -> 55 MB resident, three runs
    /// each), in the same time.
    public static func apply() {
        specc_tune_malloc(Int32(clamping: sysconf(Int32(_SC_NPROCESSORS_ONLN))), 128 * 1024)
    }
}
