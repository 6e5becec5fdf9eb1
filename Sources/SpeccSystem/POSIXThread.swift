/// Work on a POSIX thread of its own until `join()`. Not a dispatch queue: a caller on a pool
/// thread must not wait for work queued behind itself.
public final class POSIXThread: @unchecked Sendable {
    private final class Work {
        let body: () -> Void
        init(_ body: @escaping () -> Void) { self.body = body }
    }

    #if canImport(Darwin)
    private var thread: pthread_t?
    #else
    private var thread = pthread_t()
    #endif
    /// The work, when no thread could start: `join()` does it.
    private var work: Work?
    private var joined = false

    /// Starts `body`; `stackSize` in bytes, or the system's default for a secondary thread
    /// (512 KB on macOS, so work that recurses as deep as its input nests passes the main thread's).
    public init(stackSize: Int? = nil, _ body: @escaping () -> Void) {
        let work = Work(body)
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        if let stackSize { pthread_attr_setstacksize(&attributes, stackSize) }
        let context = Unmanaged.passRetained(work).toOpaque()
        let started = pthread_create(&thread, &attributes, { context in
            #if canImport(Darwin)
            let work = Unmanaged<Work>.fromOpaque(context).takeRetainedValue()
            #else
            let work = Unmanaged<Work>.fromOpaque(context!).takeRetainedValue()
            #endif
            work.body()
            return nil
        }, context)
        if started != 0 {
            Unmanaged<Work>.fromOpaque(context).release()
            self.work = work
        }
    }

    /// Waits for the work to end (or does it now, where no thread started); at once when joined
    /// before. Not from two threads at once.
    public func join() {
        guard !joined else { return }
        joined = true
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
