#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs one piece's parse on a POSIX thread of its own until `join()`. Not a dispatch queue: the
/// loader may be called from a pool thread, which must not wait on work queued behind it.
final class PieceThread {
    private final class Work {
        let body: () -> Void
        init(_ body: @escaping () -> Void) { self.body = body }
    }

    #if canImport(Darwin)
    private var thread: pthread_t?
    #else
    private var thread = pthread_t()
    #endif
    private var work: Work?

    init(_ body: @escaping () -> Void) {
        let work = Work(body)
        let context = Unmanaged.passRetained(work).toOpaque()
        let started = pthread_create(&thread, nil, { context in
            #if canImport(Darwin)
            let work = Unmanaged<Work>.fromOpaque(context).takeRetainedValue()
            #else
            let work = Unmanaged<Work>.fromOpaque(context!).takeRetainedValue()
            #endif
            work.body()
            return nil
        }, context)
        if started != 0 {
            // No thread to be had: the work runs here instead.
            Unmanaged<Work>.fromOpaque(context).release()
            self.work = work
        }
    }

    /// Waits for the work to end (or does it now, where no thread started).
    func join() {
        if let work {
            self.work = nil
            work.body()
            return
        }
        #if canImport(Darwin)
        if let thread { pthread_join(thread, nil) }
        #else
        pthread_join(thread, nil)
        #endif
    }
}
