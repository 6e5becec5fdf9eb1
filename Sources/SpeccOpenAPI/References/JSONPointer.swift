/// An RFC 6901 JSON pointer as it appears in a `$ref` fragment (`#/components/schemas/Pet`).
///
/// Written without Foundation's string searching: pointers are decoded for every `$ref` of a
/// large spec, and most tokens need no unescaping at all.
struct JSONPointer: Hashable, CustomStringConvertible {
    let tokens: [String]

    init(tokens: [String]) { self.tokens = tokens }

    /// Parses a URI fragment: percent-decoding first (it is part of a URI), then `~1` → `/`, `~0` → `~`.
    /// Nil when the fragment is not a pointer or has a malformed escape.
    init?(fragment: String) {
        guard var bytes = Self.percentDecoded(Array(fragment.utf8)) else { return nil }
        if bytes.isEmpty {
            tokens = []
            return
        }
        guard bytes.first == UInt8(ascii: "/") else { return nil }
        bytes.removeFirst()
        var tokens: [String] = []
        for part in bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false) {
            guard let token = Self.unescaped(part) else { return nil }
            tokens.append(token)
        }
        self.tokens = tokens
    }

    var description: String {
        var text = ""
        for token in tokens {
            text.append("/")
            if token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) {
                for character in token {
                    switch character {
                    case "~": text.append("~0")
                    case "/": text.append("~1")
                    default: text.append(character)
                    }
                }
            } else {
                text.append(token)
            }
        }
        return text
    }

    private static func unescaped(_ bytes: ArraySlice<UInt8>) -> String? {
        guard bytes.contains(UInt8(ascii: "~")) else { return String(decoding: bytes, as: UTF8.self) }
        var result: [UInt8] = []
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "~") {
                let next = bytes.index(after: index)
                guard next < bytes.endIndex else { return nil }
                switch bytes[next] {
                case UInt8(ascii: "0"): result.append(UInt8(ascii: "~"))
                case UInt8(ascii: "1"): result.append(UInt8(ascii: "/"))
                default: return nil
                }
                index = bytes.index(after: next)
            } else {
                result.append(byte)
                index = bytes.index(after: index)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    static func percentDecoded(_ bytes: [UInt8]) -> [UInt8]? {
        guard bytes.contains(UInt8(ascii: "%")) else { return bytes }
        var result: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%") {
                guard index + 2 < bytes.count, let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2]) else { return nil }
                result.append(high << 4 | low)
                index += 3
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return result
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
