import SpeccIR
import SpeccYAML

extension YAMLNode {
    /// The node as a JSON value, plain scalars resolved by the YAML 1.2 core schema (see
    /// `ScalarValue`): what examples, defaults and extensions hold, and a YAML spec rewritten as JSON.
    public var jsonValue: JSONValue {
        switch kind {
        case .scalar:
            switch resolved {
            case .null: .null
            case .bool(let value): .bool(value)
            case .integer(let value): .integer(value)
            case .double(let value): .number(value)
            case .string(let value): .string(value)
            }
        case .sequence: .array(items.map(\.jsonValue))
        case .mapping: .object(pairs.map { JSONMember($0.key.scalar ?? "", $0.value.jsonValue) })
        }
    }
}
