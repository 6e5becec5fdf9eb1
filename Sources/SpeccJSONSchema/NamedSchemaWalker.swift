import SpeccIR

/// The named schemas a schema reaches through `$ref`s, transitively, in a stable order.
struct NamedSchemaWalker {
    let api: API

    func names(reachableFrom root: SchemaRef) -> [String] {
        var seen = Set<String>()
        var order: [String] = []
        var pending = references(in: root)
        while let name = pending.popLast() {
            guard seen.insert(name).inserted, let schema = api.schemas[name] else { continue }
            order.append(name)
            pending += references(in: .inline(schema))
        }
        return order.sorted()
    }

    /// Names referenced directly (not through another named schema) by `ref`.
    private func references(in ref: SchemaRef) -> [String] {
        switch ref {
        case .named(let name): return [name]
        case .inline(let schema):
            var children: [SchemaRef] = []
            children += schema.allOf ?? []
            children += schema.oneOf ?? []
            children += schema.anyOf ?? []
            if let not = schema.not { children.append(not) }
            if let items = schema.array?.items { children.append(items) }
            children += schema.array?.prefixItems ?? []
            children += schema.object?.properties.map(\.schema) ?? []
            if let additional = schema.object?.additionalProperties { children.append(additional) }
            children += schema.object?.patternProperties?.map(\.schema) ?? []
            if let names = schema.object?.propertyNames { children.append(names) }
            var result = children.flatMap(references)
            result += schema.discriminator?.mapping.values.sorted() ?? []
            return result
        }
    }
}
