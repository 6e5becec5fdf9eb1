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

extension Schema {
    /// The subschemas written in this schema, in keyword order; named refs are not followed.
    public var subschemas: [SchemaRef] {
        var children: [SchemaRef] = []
        children += allOf ?? []
        children += oneOf ?? []
        children += anyOf ?? []
        if let not { children.append(not) }
        if let items = array?.items { children.append(items) }
        children += array?.prefixItems ?? []
        children += object?.properties.map(\.schema) ?? []
        if let additional = object?.additionalProperties { children.append(additional) }
        children += object?.patternProperties?.map(\.schema) ?? []
        if let names = object?.propertyNames { children.append(names) }
        return children
    }
}

extension API {
    /// The named schemas `roots` reach through `$ref`s and discriminator mappings, transitively, sorted.
    public func namedSchemas(reachableFrom roots: [SchemaRef]) -> [String] {
        var seen = Set<String>()
        // One worklist of refs; a named ref is expanded once. Loops, not recursion through a
        // closure: a closure over `self` would copy the whole API at every step.
        var pending = roots
        while let ref = pending.popLast() {
            switch ref {
            case .named(let name):
                guard seen.insert(name).inserted, let schema = schemas[name] else { continue }
                pending.append(.inline(schema))
            case .inline(let schema):
                pending += schema.subschemas
                for target in schema.discriminator?.mapping.values.sorted() ?? [] { pending.append(.named(target)) }
            }
        }
        return seen.filter { schemas[$0] != nil }.sorted()
    }
}
