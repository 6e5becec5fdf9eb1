import SpeccIR

/// Short, human type names for tables: `string (date-time)`, `array of [Event](schemas.md#event)`,
/// `string or null`, `one of [Cat](…), [Dog](…)`.
struct TypeDescriber {
    let links: SchemaLinks
    let onSchemasPage: Bool

    func describe(_ ref: SchemaRef?) -> String {
        switch ref {
        case nil: return "any"
        case .named(let name)?: return links.link(name, onSchemasPage: onSchemasPage)
        case .inline(let schema)?: return describe(schema)
        }
    }

    func describe(_ schema: Schema) -> String {
        if let allOf = schema.allOf, allOf.count == 1, schema.types == nil, schema.object == nil {
            return describe(allOf[0])
        }
        if let oneOf = schema.oneOf { return "one of " + oneOf.map(describe).joined(separator: ", ") }
        if let anyOf = schema.anyOf { return "any of " + anyOf.map(describe).joined(separator: ", ") }
        if let allOf = schema.allOf, schema.types == nil { return "all of " + allOf.map(describe).joined(separator: ", ") }
        guard let types = schema.types, !types.isEmpty else {
            if schema.object != nil { return "object" }
            if let const = schema.const { return "constant \(MarkdownText.value(const))" }
            return "any"
        }
        var names = types.filter { $0 != .null }.map { baseName($0, schema) }
        if types.contains(.null) { names.append("null") }
        return names.joined(separator: " or ")
    }

    private func baseName(_ type: JSONType, _ schema: Schema) -> String {
        switch type {
        case .array:
            if let prefix = schema.array?.prefixItems, !prefix.isEmpty {
                let rest = schema.array?.items
                let more = rest?.isNever == true ? "" : ", then " + (rest.map(describe) ?? "any") + "…"
                return "array [" + prefix.map(describe).joined(separator: ", ") + more + "]"
            }
            return "array of " + describe(schema.array?.items)
        case .object:
            if let additional = schema.object?.additionalProperties, schema.object?.properties.isEmpty ?? true,
               !additional.isNever {
                return "map of " + describe(additional)
            }
            return "object"
        default:
            return schema.format.map { "\(type.rawValue) (\($0))" } ?? type.rawValue
        }
    }
}
