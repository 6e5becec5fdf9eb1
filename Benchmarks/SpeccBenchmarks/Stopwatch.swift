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
}
