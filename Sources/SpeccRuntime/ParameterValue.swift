import Foundation

/// A path, query, header or cookie parameter's value, reduced to the shapes OpenAPI styles describe.
@_spi(Generated) public enum ParameterValue: Sendable {
    case scalar(String)
    case array([String])
    case object([(key: String, value: String)])

    /// Any Codable value, through its JSON form: scalars, arrays of scalars, flat objects.
    public init(_ value: some Encodable) throws {
        let json = try JSONCoding.decode(AnyJSON.self, from: JSONCoding.encode(value))
        switch json {
        case .array(let items): self = .array(items.map(Self.text))
        case .object(let members): self = .object(members.keys.sorted().map { ($0, Self.text(members[$0]!)) })
        default: self = .scalar(Self.text(json))
        }
    }

    static func text(_ json: AnyJSON) -> String {
        switch json {
        case .null: ""
        case .bool(let value): value ? "true" : "false"
        case .int(let value): String(value)
        case .double(let value): JSONDisplay.number(value)
        case .string(let value): value
        case .array(let items): items.map(text).joined(separator: ",")
        case .object(let members): members.keys.sorted().map { "\($0),\(text(members[$0]!))" }.joined(separator: ",")
        }
    }
}
