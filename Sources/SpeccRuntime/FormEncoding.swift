import Foundation

/// `application/x-www-form-urlencoded` bodies. Scalars are `key=value`; arrays repeat the key
/// unless the property's encoding says otherwise; nested objects use bracket notation
/// (`address[city]=Paris`, the `deepObject` style Stripe and most form APIs read).
@_spi(Generated) public enum FormEncoding {
    public static func encode(_ value: some Encodable, deepObjectProperties: Set<String> = []) throws -> Data {
        let json = try JSONCoding.decode(AnyJSON.self, from: JSONCoding.encode(value))
        guard case .object(let members) = json else {
            throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "a form body must be an object"))
        }
        var pairs: [String] = []
        for key in members.keys.sorted() {
            append(members[key]!, name: key, bracketArrays: deepObjectProperties.contains(key), into: &pairs)
        }
        return Data(pairs.joined(separator: "&").utf8)
    }

    /// The query items of a 3.2 `querystring` parameter whose content is form-encoded: the
    /// value's fields, as a form body would carry them.
    public static func queryItems(_ value: some Encodable, deepObjectProperties: Set<String> = []) throws -> [String] {
        let text = String(decoding: try encode(value, deepObjectProperties: deepObjectProperties), as: UTF8.self)
        return text.isEmpty ? [] : text.components(separatedBy: "&")
    }

    private static func append(_ value: AnyJSON, name: String, bracketArrays: Bool, into pairs: inout [String]) {
        switch value {
        case .null:
            break
        case .array(let items):
            for (index, item) in items.enumerated() {
                append(item, name: bracketArrays ? "\(name)[\(index)]" : name, bracketArrays: bracketArrays, into: &pairs)
            }
        case .object(let members):
            for key in members.keys.sorted() {
                append(members[key]!, name: "\(name)[\(key)]", bracketArrays: true, into: &pairs)
            }
        default:
            pairs.append("\(PercentEncoding.escape(name))=\(PercentEncoding.escape(ParameterValue.text(value)))")
        }
    }
}
