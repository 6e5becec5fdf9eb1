import Foundation

/// An `Accept` header's media ranges with their weights (RFC 9110 §12.5.1).
struct AcceptHeader {
    struct Range {
        let type: String
        let subtype: String
        let quality: Double
    }

    let ranges: [Range]

    init(_ text: String) {
        ranges = text.split(separator: ",").compactMap { item in
            let item = String(item)
            let halves = MediaTypes.essence(item).split(separator: "/", maxSplits: 1).map(String.init)
            guard halves.count == 2 else { return nil }
            let quality = MediaTypes.parameter("q", of: item).flatMap(Double.init) ?? 1
            return Range(type: halves[0], subtype: halves[1], quality: quality)
        }
    }

    /// Whether a response of `mediaType` (itself possibly a range, `image/*`) is acceptable: some
    /// range with a weight above zero overlaps it. An empty or unparsable header allows anything.
    func allows(_ mediaType: String) -> Bool {
        guard !ranges.isEmpty else { return true }
        let halves = MediaTypes.essence(mediaType).split(separator: "/", maxSplits: 1).map(String.init)
        guard halves.count == 2 else { return true }
        let overlapping = ranges.filter { range in
            (range.type == "*" || halves[0] == "*" || range.type == halves[0])
                && (range.subtype == "*" || halves[1] == "*" || range.subtype == halves[1])
        }
        // The most specific range decides: `text/html;q=0, */*` refuses HTML and takes the rest.
        let specificity = { (range: Range) in (range.type == "*" ? 0 : 1) + (range.subtype == "*" ? 0 : 1) }
        guard let best = overlapping.max(by: { specificity($0) < specificity($1) }) else { return false }
        let decisive = overlapping.filter { specificity($0) == specificity(best) }
        return decisive.contains { $0.quality > 0 }
    }
}
