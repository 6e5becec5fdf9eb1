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
            // A weight is 0 to 1 (RFC 9110 §12.4.2); one that does not parse counts as 1.
            let weight = MediaTypes.parameter("q", of: item).flatMap(Double.init) ?? 1
            let quality = weight.isFinite ? min(max(weight, 0), 1) : 1
            return Range(type: halves[0], subtype: halves[1], quality: quality)
        }
    }

    /// Whether a response of `mediaType` (itself possibly a range, `image/*`) is acceptable: some
    /// range with a weight above zero overlaps it. An empty or unparsable header allows anything.
    func allows(_ mediaType: String) -> Bool { quality(of: mediaType) > 0 }

    /// `mediaTypes` that are acceptable, the most wanted first (the given order among equals).
    func preferred(_ mediaTypes: [String]) -> [String] {
        let weighted = mediaTypes.enumerated().map { (index: $0.offset, mediaType: $0.element, quality: quality(of: $0.element)) }
        return weighted.filter { $0.quality > 0 }.sorted { ($0.quality, -$0.index) > ($1.quality, -$1.index) }.map(\.mediaType)
    }

    /// The weight of the most specific range overlapping `mediaType` (the highest among equally
    /// specific ones): `text/html;q=0, */*` refuses HTML and takes the rest. 1 for an empty or
    /// unparsable header, 0 when no range overlaps.
    func quality(of mediaType: String) -> Double {
        guard !ranges.isEmpty else { return 1 }
        let halves = MediaTypes.essence(mediaType).split(separator: "/", maxSplits: 1).map(String.init)
        guard halves.count == 2 else { return 1 }
        let overlapping = ranges.filter { range in
            (range.type == "*" || halves[0] == "*" || range.type == halves[0])
                && (range.subtype == "*" || halves[1] == "*" || range.subtype == halves[1])
        }
        let specificity = { (range: Range) in (range.type == "*" ? 0 : 1) + (range.subtype == "*" ? 0 : 1) }
        guard let best = overlapping.max(by: { specificity($0) < specificity($1) }) else { return 0 }
        return overlapping.filter { specificity($0) == specificity(best) }.map(\.quality).max() ?? 0
    }
}
