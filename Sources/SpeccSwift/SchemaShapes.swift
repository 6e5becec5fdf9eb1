import SpeccIR

/// How a schema maps to Swift, decided once here so models, clients and servers agree.
extension ModelCollector {
    /// `allOf: [X]` and nothing else: the schema is X.
    static func singleReference(_ schema: Schema) -> SchemaRef? {
        guard let allOf = schema.allOf, allOf.count == 1, schema.types == nil, schema.object == nil,
              schema.oneOf == nil, schema.anyOf == nil, schema.enumValues == nil else { return nil }
        return allOf[0]
    }

    /// The non-null branches of a `oneOf`/`anyOf`, or nil when the schema is not a union.
    static func unionBranches(_ schema: Schema) -> [SchemaRef]? {
        guard let branches = schema.oneOf ?? schema.anyOf else { return nil }
        return branches.filter { !isNullSchema($0) }
    }

    static func isNullSchema(_ ref: SchemaRef) -> Bool {
        if case .inline(let schema) = ref { return schema.types == [.null] }
        return false
    }

    /// The Swift type of an enum's values, when the schema is one: `String` for strings, the
    /// integer or number type of its format for numbers (null may be listed beside them).
    static func enumRawType(_ schema: Schema) -> SwiftType? {
        guard let values = schema.enumValues?.filter({ $0 != .null }), !values.isEmpty else { return nil }
        if values.allSatisfy({ if case .string = $0 { true } else { false } }) { return .string }
        guard values.allSatisfy({ switch $0 { case .integer, .number: true; default: false } }) else { return nil }
        let types = Set(schema.types ?? []).subtracting([.null])
        if types == [.integer] { return integerType(schema) }
        if types == [.number] { return numberType(schema) }
        return nil
    }

    /// `int32` and `int64` are those Swift integers; any other integer is `Int`.
    static func integerType(_ schema: Schema) -> SwiftType {
        switch schema.format {
        case "int32": .int32
        case "int64": .int64
        default: .int
        }
    }

    /// `float` is `Float`; any other number `Double`.
    static func numberType(_ schema: Schema) -> SwiftType {
        schema.format == "float" ? .float : .double
    }

    static func isStruct(_ schema: Schema, api: API) -> Bool {
        if let object = schema.object, !object.properties.isEmpty { return true }
        if let allOf = schema.allOf, allOf.count > 1 || schema.object != nil { return !api.mergedProperties(of: schema).properties.isEmpty }
        return false
    }

    /// An array whose leading items have their own schemas (`prefixItems`) unlike the rest: a
    /// struct of positional members, not an array of one element type.
    static func isTuple(_ schema: Schema) -> Bool {
        guard let prefix = schema.array?.prefixItems, !prefix.isEmpty, singleType(schema) == .array else { return false }
        // Without `items`, the positions are typed and what follows is any value.
        guard let rest = schema.array?.items else { return true }
        return Set((prefix + (rest.isNever ? [] : [rest])).map(elementKey)).count > 1
    }

    /// Items with equal keys map to one Swift type.
    private static func elementKey(_ ref: SchemaRef) -> String {
        switch ref {
        case .named(let name): return "#" + name
        case .inline(let schema):
            let shape = schema.object != nil || schema.enumValues != nil || schema.compositionSubschemas.count > 0 ? "/\(schema.hashValue)" : ""
            return (schema.types?.map(\.rawValue).sorted().joined(separator: ",") ?? "any") + "/" + (schema.format ?? "") + shape
        }
    }

    /// The one type besides `null` the schema allows, if it names exactly one.
    static func singleType(_ schema: Schema) -> JSONType? {
        var single: JSONType?
        for type in schema.types ?? [] where type != .null {
            guard single == nil else { return nil }
            single = type
        }
        return single
    }

    static func allowsNull(_ schema: Schema) -> Bool {
        schema.types?.contains(.null) == true || schema.enumValues?.contains(.null) == true
            || (schema.oneOf ?? schema.anyOf ?? []).contains(where: isNullSchema)
    }

    /// Doc comment lines: title, description, the rules the Swift type cannot hold (checked by
    /// the generated server), and where in the spec the type comes from.
    static func doc(_ schema: Schema, remark: String?) -> [String] {
        let rules = prose.constraints(schema)
        return DocComment.lines([schema.title, schema.description, rules.isEmpty ? nil : "Constraints: " + rules.joined(separator: "; ") + ".",
                                 remark.map { "- Remark: Generated from `\($0)`." }])
    }

    /// Names and values in backticks, as DocC reads them; an enum's values are its cases.
    static let prose: SchemaProse = {
        var prose = SchemaProse(code: { text in text.utf8.contains(UInt8(ascii: "`")) ? "`` \(text) ``" : "`\(text)`" })
        prose.listsEnumValues = false
        return prose
    }()
}
