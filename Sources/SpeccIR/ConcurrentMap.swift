import Foundation

/// Maps indices in parallel, results in index order, so output stays deterministic: what the
/// emitters (one file per job) and the diff (one front end per spec) use to fill both cores.
public enum ConcurrentMap {
    public static func map<Result: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> Result) -> [Result] {
        let slots = Slots<Result>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots.set(index, transform(index))
        }
        return slots.values
    }

    /// Each slot is written once, by one iteration; the lock only guards the array's storage.
    private final class Slots<Result: Sendable>: @unchecked Sendable {
        private var storage: [Result?]
        private let lock = NSLock()

        init(count: Int) { storage = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: Result) { lock.withLock { storage[index] = value } }

        var values: [Result] { lock.withLock { storage.map { $0! } } }
    }
}
