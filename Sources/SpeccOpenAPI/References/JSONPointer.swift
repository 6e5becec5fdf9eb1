import Foundation

/// An RFC 6901 JSON pointer as it appears in a `$ref` fragment (`#/components/schemas/Pet`).
struct JSONPointer: Hashable, CustomStringConvertible {
    let tokens: [String]

    init(tokens: [String]) { self.tokens = tokens }

    /// Parses a URI fragment: percent-decoding first (it is part of a URI), then `~1` → `/`, `~0` → `~`.
    init?(fragment: String) {
        guard let decoded = fragment.removingPercentEncoding ?? Optional(fragment) else { return nil }
        if decoded.isEmpty {
            tokens = []
            return
        }
        guard decoded.hasPrefix("/") else { return nil }
        tokens = decoded.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map {
            $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
        }
    }

    func appending(_ token: String) -> JSONPointer { JSONPointer(tokens: tokens + [token]) }

    var description: String {
        tokens.isEmpty ? "" : "/" + tokens.map {
            $0.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
        }.joined(separator: "/")
    }
}
