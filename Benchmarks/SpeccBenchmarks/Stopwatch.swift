import Foundation

enum Stopwatch {
    /// Seconds taken by the fastest of `count` runs of `body` (the least disturbed by other load).
    static func fastest(of count: Int, _ body: () -> Void) -> Double {
        var best = Double.infinity
        for _ in 0..<max(count, 1) {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return best
    }

    /// Two stages timed in turn, `count` times each, the fastest of each kept: a ratio of the two
    /// stays meaningful when the machine's speed drifts during the run.
    static func paired(of count: Int, _ first: () -> Void, _ second: () -> Void) -> (Double, Double) {
        var best = (Double.infinity, Double.infinity)
        for _ in 0..<max(count, 1) {
            best.0 = min(best.0, fastest(of: 1, first))
            best.1 = min(best.1, fastest(of: 1, second))
        }
        return best
    }

    /// The same, with `setup` run untimed before each run (an empty folder to write into).
    static func fastest<State>(of count: Int, setup: () -> State, _ body: (State) -> Void) -> Double {
        var best = Double.infinity
        for _ in 0..<max(count, 1) {
            let state = setup()
            let start = DispatchTime.now().uptimeNanoseconds
            body(state)
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return best
    }
}
