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

    static func isStringEnum(_ schema: Schema) -> Bool {
        guard let values = schema.enumValues, !values.isEmpty else { return false }
        return values.allSatisfy {
            if case .string = $0 { return true }
            return $0 == .null
        } && values.contains { if case .string = $0 { return true } else { return false } }
    }

    static func isStruct(_ schema: Schema, api: API) -> Bool {
        if let object = schema.object, !object.properties.isEmpty { return true }
        if let allOf = schema.allOf, allOf.count > 1 || schema.object != nil { return !api.mergedProperties(of: schema).properties.isEmpty }
        return false
    }

    static func allowsNull(_ schema: Schema) -> Bool {
        schema.types?.contains(.null) == true || schema.enumValues?.contains(.null) == true
            || (schema.oneOf ?? schema.anyOf ?? []).contains(where: isNullSchema)
    }

    /// Doc comment lines: title, description, and where in the spec the type comes from.
    static func doc(_ schema: Schema, remark: String?) -> [String] {
        DocComment.lines([schema.title, schema.description, remark.map { "- Remark: Generated from `\($0)`." }])
    }
}
