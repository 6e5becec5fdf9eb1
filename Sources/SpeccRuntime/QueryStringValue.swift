import Foundation

/// OpenAPI 3.2's `in: querystring` parameters whose content is not a form: the whole query is
/// the value's text (`text/plain`) or JSON, with only what a query may not hold escaped (RFC 3986
/// §3.4), so `a=1&b=2` written as text stays that query.
@_spi(Generated) public enum QueryStringValue {
    /// How the parameter's media type carries the value.
    public enum Content: Sendable {
        case form, json, text
    }

    public static func text(_ value: String) -> String { escaped(value, keeping: textExtras) }

    private static func escaped(_ value: String, keeping extras: [UInt8]) -> String {
        var result = ""
        for byte in value.utf8 {
            if isQueryCharacter(byte) || extras.contains(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return result
    }

    public static func json(_ value: some Encodable) throws -> String {
        escaped(String(decoding: try JSONCoding.encode(value), as: UTF8.self), keeping: [])
    }

    /// Text may be a query of its own making (`a=1&b=2`); JSON's `&`, `=` and `+` are escaped,
    /// so no form reader on the way splits it.
    private static let textExtras = Array("&=+".utf8)

    /// pchar, `/` and `?`, less `%` (always escaped, so decoding is unambiguous) and the
    /// separators `&`, `=` and `+`.
    private static func isQueryCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            punctuation.contains(byte)
        }
    }

    private static let punctuation = Set("-._~!$'()*,;:@/?".utf8)
}
