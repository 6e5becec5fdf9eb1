import SpeccSystem

/// Server URLs as the generated client's `URL(string:)!` will see them, on every platform.
enum ServerURL {
    /// Characters that may stand in a URL as written (RFC 3986 reserved and unreserved, and `%`).
    private static let legal = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%".utf8)

    /// The URL with illegal characters (a space, say) percent-encoded, or nil if it still does not
    /// parse (the client then defaults to `/`): the generated force-unwrap must never trap.
    static func parsable(_ url: String) -> String? {
        let encoded = percentEncoded(url)
        guard URL(string: encoded) != nil else { return nil }
        return encoded
    }

    /// Every UTF-8 byte outside `legal` as `%XX`, upper-case hex, as RFC 3986 §2.1 spells it.
    private static func percentEncoded(_ url: String) -> String {
        guard !url.utf8.allSatisfy(legal.contains) else { return url }
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(url.utf8.count * 3)
        for byte in url.utf8 {
            if legal.contains(byte) {
                bytes.append(byte)
            } else {
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
