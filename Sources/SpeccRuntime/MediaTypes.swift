import Foundation

/// Media type text as headers and the spec write it: `type/subtype`, case-insensitive, then
/// parameters (`; charset=utf-8`), and ranges (`application/*`, `*/*`).
enum MediaTypes {
    /// `text/csv` for `Text/CSV; charset=utf-8`.
    static func essence(_ text: String) -> String {
        text.prefix { $0 != ";" }.trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// The value of the parameter `name` (`charset`), unquoted, lowercased unless its case counts
    /// (a multipart `boundary`).
    static func parameter(_ name: String, of text: String, keepingCase: Bool = false) -> String? {
        for parameter in text.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0].lowercased() == name {
                let value = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                return keepingCase ? value : value.lowercased()
            }
        }
        return nil
    }

    /// The essence of `sent` when one of `declared` (the spec's, parameters and ranges allowed)
    /// covers it.
    static func match(_ sent: String?, among declared: [String]) -> String? {
        guard let sent else { return nil }
        let base = essence(sent)
        guard base.contains("/") else { return nil }
        for candidate in declared {
            let range = essence(candidate)
            if range == base || range == "*/*" { return base }
            if range.hasSuffix("/*"), base.hasPrefix(range.dropLast()) { return base }
        }
        return nil
    }

    static func isJSON(_ mediaType: String) -> Bool {
        mediaType == "application/json" || mediaType.hasSuffix("+json") || mediaType.hasSuffix("/json")
    }
}
