import SpeccSystem

/// Raised by a worker of `ParallelLowering` that meets something only lowering in reading order
/// can settle: a schema no component names yet (such names are given out in the order their refs
/// are met), a file not read yet, a security scheme known by its URI alone, a shared 3.2 media type
/// not lowered yet (reported where first met), a ref chain at the walk's depth bound. The others
/// then stop at their next entry, and the caller lowers the whole document in order instead.
final class OrderDependence: @unchecked Sendable {
    private let lock = Lock()
    private var raised = false

    func raise() {
        lock.withLock { raised = true }
    }

    var isRaised: Bool {
        lock.withLock { raised }
    }
}
