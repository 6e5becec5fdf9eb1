/// RFC 3986's shape of a URI, checked on the fields 3.2 says MUST be one (`$self`,
/// `oauth2MetadataUrl`). Syntax only: nothing is resolved or fetched.
enum URIText {
    /// A URI reference (§4.1): only unreserved, reserved and `%XX` characters.
    static func isReference(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%") {
                guard index + 2 < bytes.count, isHex(bytes[index + 1]), isHex(bytes[index + 2]) else { return false }
                index += 3
                continue
            }
            guard isAlphanumeric(byte) || allowed.contains(byte) else { return false }
            index += 1
        }
        return true
    }

    /// An absolute URI with an authority (`https://host/…`): what a URL a client fetches must be.
    static func isAbsoluteURL(_ text: String) -> Bool {
        guard isReference(text), let colon = text.firstIndex(of: ":") else { return false }
        let scheme = text[..<colon]
        guard let first = scheme.utf8.first, isAlphanumeric(first), !(0x30...0x39).contains(first),
              scheme.utf8.allSatisfy({ isAlphanumeric($0) || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") }) else { return false }
        let rest = text[text.index(after: colon)...]
        return rest.hasPrefix("//") && rest.count > 2
    }

    private static let allowed = Set("-._~:/?#[]@!$&'()*+,;=".utf8)

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    private static func isHex(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
    }
}
