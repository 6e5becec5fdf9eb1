/// Facts about schemas that several emitters need, computed in one place.
extension Schema {
    /// The schema nothing validates against (3.1's `false`, and `additionalProperties: false`):
    /// `not: {}` and nothing else.
    public var isNever: Bool {
        guard case .inline(let inner)? = not, inner == Schema(location: inner.location) else { return false }
        var rest = self
        rest.not = nil
        rest.location = nil
        return rest == Schema()
    }
}

extension SchemaRef {
    /// True for an inline `false` schema.
    public var isNever: Bool {
        if case .inline(let schema) = self { return schema.isNever }
        return false
    }
}

extension API {
    /// A schema's own properties followed by those of its `allOf` parts (named parts followed,
    /// each at most once), the first definition of a name winning; with every required name.
    public func mergedProperties(of schema: Schema) -> (properties: [Property], required: Set<String>) {
        mergedProperties(of: schema, seen: [])
    }

    private func mergedProperties(of schema: Schema, seen: Set<String>) -> (properties: [Property], required: Set<String>) {
        var properties = schema.object?.properties ?? []
        var required = Set(schema.object?.required ?? [])
        for part in schema.allOf ?? [] {
            let partSchema: Schema
            var seenNow = seen
            switch part {
            case .inline(let inline): partSchema = inline
            case .named(let name):
                guard !seen.contains(name), let named = schemas[name] else { continue }
                partSchema = named
                seenNow.insert(name)
            }
            let merged = mergedProperties(of: partSchema, seen: seenNow)
            for property in merged.properties where !properties.contains(where: { $0.name == property.name }) {
                properties.append(property)
            }
            required.formUnion(merged.required)
        }
        return (properties, required)
    }
}
