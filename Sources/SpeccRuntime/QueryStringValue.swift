import Foundation

/// OpenAPI 3.2's `in: querystring` parameters whose content is not a form: the whole query is
/// the value's text (`text/plain`) or JSON, with only what a query may not hold escaped (RFC 3986
/// §3.4), so `a=1&b=2` written as text stays that query.
@_spi(Generated) public enum QueryStringValue {
    /// How the parameter's media type carries the value.
    public enum Content: Sendable {
        case form, json, text
    }

    public static func text(_ value: String) -> String { PercentEncoding.escape(value, keeping: textCharacters) }

    public static func json(_ value: some Encodable) throws -> String {
        PercentEncoding.escape(String(decoding: try JSONCoding.encode(value), as: UTF8.self), keeping: queryCharacters)
    }

    /// What a query holds as it is besides the unreserved characters (RFC 3986 §3.4: the rest of
    /// pchar, `/` and `?`), less `%` (always escaped, so decoding is unambiguous) and the
    /// separators `&`, `=` and `+`.
    private static let queryCharacters = Set("!$'()*,;:@/?".utf8)

    /// Text may be a query of its own making (`a=1&b=2`), so it keeps the separators too; JSON's
    /// `&`, `=` and `+` are escaped, so no form reader on the way splits it.
    private static let textCharacters = queryCharacters.union("&=+".utf8)
}
