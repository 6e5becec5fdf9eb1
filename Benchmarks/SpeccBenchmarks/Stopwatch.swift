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
