import Dispatch
import SpeccSystem

/// Maps indices in parallel, results in index order, so output stays deterministic: what the
/// emitters (one file per job), the diff (one front end per spec) and the front end (pieces of the
/// paths and schemas) use to fill the cores.
public enum ConcurrentMap {
    public static func map<Result: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> Result) -> [Result] {
        let slots = Slots<Result>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots.set(index, transform(index))
        }
        return slots.values
    }

    /// The same over `items`, each handed to the iteration that transforms it and released when
    /// that ends, so a run holds only the items not yet taken (and `items` is left empty).
    public static func map<Item: Sendable, Result: Sendable>(taking items: inout [Item], _ transform: @Sendable (Item) -> Result) -> [Result] {
        let handOver = HandOver(items)
        items = []
        return map(handOver.count) { index in transform(handOver.take(index)) }
    }

    /// `map(taking:)` for work that returns nothing.
    public static func forEach<Item: Sendable>(taking items: inout [Item], _ body: @Sendable (Item) -> Void) {
        _ = map(taking: &items, body)
    }

    /// Starts `work` on a thread of its own; `wait()` on the result gives its value. For one large
    /// piece that can overlap what the caller does meanwhile. Not on a dispatch queue: a caller
    /// inside `map` waiting for it must not wait for a pool thread that it itself holds. Task-local
    /// values are not inherited: `work` binds any it reads.
    public static func beside<Result: Sendable>(_ work: @escaping @Sendable () -> Result) -> Pending<Result> {
        Pending(work)
    }

    /// `map` on `threads` threads, each taking the next index until none is left: the caller's
    /// own and threads started for it with `beside`'s stack, for work that recurses as deep as its
    /// input nests, which a dispatch thread's stack may not hold (the caller's is what it is).
    /// Each thread makes its own `State` first and hands it to every transform it runs: a cache
    /// that lives as long as the thread.
    public static func map<State, Result: Sendable>(_ count: Int, threads: Int, state makeState: @escaping @Sendable () -> State,
                                                    _ transform: @escaping @Sendable (State, Int) -> Result) -> [Result] {
        let slots = Slots<Result>(count: count)
        let next = NextIndex()
        let work: @Sendable () -> Void = {
            let state = makeState()
            while let index = next.take(below: count) { slots.set(index, transform(state, index)) }
        }
        let helpers = (1..<max(min(threads, count), 1)).map { _ in beside(work) }
        work()
        for helper in helpers { helper.wait() }
        return slots.values
    }

    /// Indices handed out once each, in increasing order.
    private final class NextIndex: @unchecked Sendable {
        private let lock = Lock()
        private var next = 0

        func take(below count: Int) -> Int? {
            lock.withLock {
                guard next < count else { return nil }
                defer { next += 1 }
                return next
            }
        }
    }

    /// A value `beside` is computing.
    public final class Pending<Result: Sendable>: Sendable {
        private let slots = Slots<Result>(count: 1)
        private let thread: POSIXThread
        private let joining = Lock()

        fileprivate init(_ work: @escaping @Sendable () -> Result) {
            let slots = slots
            // The main thread's stack, not a secondary thread's default (512 KB on macOS): the
            // emitters recurse as deep as the spec's schemas nest.
            thread = POSIXThread(stackSize: 8 << 20) { slots.set(0, work()) }
        }

        /// Blocks until the value is ready.
        public func wait() -> Result {
            joining.withLock { thread.join() }
            return slots.values[0]
        }
    }

    /// Items each taken once, by one iteration: in slots of their own memory, not an array's
    /// storage, which iterations on other threads may not write at once.
    private final class HandOver<Item: Sendable>: @unchecked Sendable {
        let count: Int
        private let items: UnsafeMutablePointer<Item?>

        init(_ items: [Item]) {
            count = items.count
            self.items = .allocate(capacity: count)
            for (index, item) in items.enumerated() { (self.items + index).initialize(to: item) }
        }

        func take(_ index: Int) -> Item {
            let item = items[index]!
            items[index] = nil
            return item
        }

        deinit {
            items.deinitialize(count: count)
            items.deallocate()
        }
    }

    /// Each slot is written once, by one iteration; the lock only guards the array's storage.
    fileprivate final class Slots<Result: Sendable>: @unchecked Sendable {
        private var storage: [Result?]
        private let lock = Lock()

        init(count: Int) { storage = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: Result) { lock.withLock { storage[index] = value } }

        var values: [Result] { lock.withLock { storage.map { $0! } } }
    }
}
