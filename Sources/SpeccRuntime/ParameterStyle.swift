/// OpenAPI's parameter styles, passed by generated code as values (`style: .form`), so a style
/// the runtime does not know cannot be written.
@_spi(Generated) public enum SerializationStyle: String, Sendable {
    case simple, label, matrix, form, spaceDelimited, pipeDelimited, deepObject
    /// OpenAPI 3.2: `form` in the `Cookie` header's syntax, with nothing escaped.
    case cookie
}

/// Where a parameter travels.
@_spi(Generated) public enum ParameterPlace: String, Sendable {
    case path, query, header, cookie
    /// OpenAPI 3.2: the whole query string as one value.
    case querystring
}

/// Serialises parameters by OpenAPI's `style` and `explode` rules (RFC 6570 for path styles).
@_spi(Generated) public enum ParameterStyle {
    /// A path segment: `simple` (`a,b`), `label` (`.a.b`) or `matrix` (`;id=a,b`).
    public static func path(_ name: String, _ value: ParameterValue, style: SerializationStyle, explode: Bool) -> String {
        let escaped = escape(value)
        switch style {
        case .label:
            let separator = explode ? "." : ","
            return "." + flatten(escaped, pairSeparator: explode ? "=" : ",", itemSeparator: separator)
        case .matrix:
            switch escaped {
            case .scalar(let text): return ";\(name)=\(text)"
            case .array(let items):
                return explode ? items.map { ";\(name)=\($0)" }.joined() : ";\(name)=" + items.joined(separator: ",")
            case .object(let members):
                return explode ? members.map { ";\($0.key)=\($0.value)" }.joined() : ";\(name)=" + members.map { "\($0.key),\($0.value)" }.joined(separator: ",")
            }
        default:
            return flatten(escaped, pairSeparator: explode ? "=" : ",", itemSeparator: ",")
        }
    }

    /// Query items (`name=value` pairs, already percent-encoded) for `form`, `spaceDelimited`,
    /// `pipeDelimited` and `deepObject`.
    public static func query(_ name: String, _ value: ParameterValue, style: SerializationStyle, explode: Bool) -> [String] {
        let key = PercentEncoding.escape(name)
        let escaped = escape(value)
        switch (style, escaped) {
        case (_, .scalar(let text)):
            return ["\(key)=\(text)"]
        case (.deepObject, .object(let members)):
            return members.map { "\(key)%5B\($0.key)%5D=\($0.value)" }
        case (_, .array(let items)) where explode:
            return items.map { "\(key)=\($0)" }
        case (.spaceDelimited, .array(let items)):
            return ["\(key)=" + items.joined(separator: "%20")]
        case (.pipeDelimited, .array(let items)):
            return ["\(key)=" + items.joined(separator: "%7C")]
        case (_, .array(let items)):
            return ["\(key)=" + items.joined(separator: ",")]
        case (_, .object(let members)) where explode:
            return members.map { "\($0.key)=\($0.value)" }
        case (_, .object(let members)):
            return ["\(key)=" + members.map { "\($0.key),\($0.value)" }.joined(separator: ",")]
        }
    }

    /// `Cookie` pairs (`name=value`) for the 3.2 `cookie` style: like exploded or plain `form`,
    /// but passed through unescaped, since cookie escaping conventions are the application's.
    public static func cookie(_ name: String, _ value: ParameterValue, explode: Bool) -> [String] {
        switch value {
        case .scalar(let text): ["\(name)=\(text)"]
        case .array(let items) where explode: items.map { "\(name)=\($0)" }
        case .object(let members) where explode: members.map { "\($0.key)=\($0.value)" }
        case .array, .object: ["\(name)=" + flatten(value, pairSeparator: ",", itemSeparator: ",")]
        }
    }

    /// A header value: `simple` style, not percent-encoded.
    public static func header(_ value: ParameterValue, explode: Bool) -> String {
        flatten(value, pairSeparator: explode ? "=" : ",", itemSeparator: ",")
    }

    private static func escape(_ value: ParameterValue) -> ParameterValue {
        switch value {
        case .scalar(let text): .scalar(PercentEncoding.escape(text))
        case .array(let items): .array(items.map(PercentEncoding.escape))
        case .object(let members): .object(members.map { (PercentEncoding.escape($0.key), PercentEncoding.escape($0.value)) })
        }
    }

    private static func flatten(_ value: ParameterValue, pairSeparator: String, itemSeparator: String) -> String {
        switch value {
        case .scalar(let text): text
        case .array(let items): items.joined(separator: itemSeparator)
        case .object(let members): members.map { "\($0.key)\(pairSeparator)\($0.value)" }.joined(separator: itemSeparator)
        }
    }
}

/// RFC 3986 percent-encoding: everything but the unreserved characters.
@_spi(Generated) public enum PercentEncoding {
    public static func escape(_ text: String) -> String { escape(text, keeping: []) }

    /// Percent-encodes all but the unreserved characters and `kept` (ASCII bytes the place the
    /// text goes allows as they are).
    static func escape(_ text: String, keeping kept: Set<UInt8>) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            case _ where kept.contains(byte):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return result
    }
}
