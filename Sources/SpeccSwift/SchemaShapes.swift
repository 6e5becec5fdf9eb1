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
        if let allOf = schema.allOf, allOf.count > 1 || schema.object != nil { return !mergedProperties(schema, api: api, seen: []).0.isEmpty }
        return false
    }

    static func allowsNull(_ schema: Schema) -> Bool {
        schema.types?.contains(.null) == true || schema.enumValues?.contains(.null) == true
            || (schema.oneOf ?? schema.anyOf ?? []).contains(where: isNullSchema)
    }

    static func isNever(_ ref: SchemaRef) -> Bool {
        if case .inline(let schema) = ref { return schema.isNeverSchema }
        return false
    }

    /// Own properties plus those of every `allOf` part (named parts followed), first definition wins.
    static func mergedProperties(_ schema: Schema, api: API, seen: Set<String>) -> ([Property], Set<String>) {
        var properties = schema.object?.properties ?? []
        var required = Set(schema.object?.required ?? [])
        for part in schema.allOf ?? [] {
            let partSchema: Schema
            var seenNow = seen
            switch part {
            case .inline(let inline): partSchema = inline
            case .named(let name):
                guard !seen.contains(name), let named = api.schemas[name] else { continue }
                partSchema = named
                seenNow.insert(name)
            }
            let (partProperties, partRequired) = mergedProperties(partSchema, api: api, seen: seenNow)
            for property in partProperties where !properties.contains(where: { $0.name == property.name }) {
                properties.append(property)
            }
            required.formUnion(partRequired)
        }
        return (properties, required)
    }

    /// Doc comment lines: title, description, and where in the spec the type comes from.
    static func doc(_ schema: Schema, remark: String?) -> [String] {
        var lines: [String] = []
        for text in [schema.title, schema.description].compactMap({ $0 }) where !text.isEmpty {
            if !lines.isEmpty { lines.append("") }
            lines += text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        if let remark {
            if !lines.isEmpty { lines.append("") }
            lines.append("- Remark: Generated from `\(remark)`.")
        }
        return lines
    }
}

extension Schema {
    var isNeverSchema: Bool {
        guard case .inline(let inner)? = not, inner == Schema(location: inner.location) else { return false }
        var rest = self
        rest.not = nil
        rest.location = nil
        return rest == Schema()
    }
}
