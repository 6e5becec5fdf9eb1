import Foundation

/// `a=1&b=x%20y` → pairs with decoded names and raw values (a style splits a value before it is
/// decoded). Decoding reads `+` as a space, the form-encoding convention browsers and most HTTP
/// libraries use for query strings.
enum QueryString {
    static func parse(_ text: Substring) -> [(name: String, value: String)] {
        text.split(separator: "&", omittingEmptySubsequences: true).map { item in
            let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (decode(String(parts[0])), parts.count > 1 ? String(parts[1]) : "")
        }
    }

    static func decode(_ raw: String) -> String {
        PercentDecoding.decode(raw.replacingOccurrences(of: "+", with: " "))
    }
}

/// RFC 3986 percent-decoding; a malformed escape is kept as written.
enum PercentDecoding {
    static func decode(_ text: String) -> String {
        guard text.contains("%") else { return text }
        var bytes: [UInt8] = []
        var utf8 = Array(text.utf8)[...]
        while let byte = utf8.popFirst() {
            if byte == UInt8(ascii: "%"), utf8.count >= 2,
               let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(value)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
