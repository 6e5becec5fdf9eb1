import SpeccIR

/// `allOf` read as what it means: the object its parts make together. When the parts themselves
/// change (an object split into `allOf: [Core, rest]`, an annotation-only part added, a `$ref`
/// wrapped to give it a description), the two versions are compared as those objects, so the
/// same properties and `required` are no change; when the named parts are the same, each part's
/// own change is the component comparison's, reported once where the part is defined, except for
/// a part used nowhere else (see `AllOfParts`), which is only judged here.
extension SchemaComparer {
    /// Both versions as merged objects, when an `allOf` changed shape and both can be merged.
    func mergedForAllOfChange(_ o: Schema, _ n: Schema) -> (Schema, Schema)? {
        guard o.allOf != nil || n.allOf != nil else { return nil }
        let oldParts = o.allOf?.compactMap(\.name), newParts = n.allOf?.compactMap(\.name)
        // Same named parts and the same number of parts: compare part by part, as before, unless
        // a part is used nowhere else (its change is only seen here, merged).
        if let oldParts, let newParts, oldParts == newParts, o.allOf?.count == n.allOf?.count,
           !oldParts.contains(where: recorder.parts.isPartOnly) { return nil }
        guard let before = Self.merged(o, in: old), let after = Self.merged(n, in: new) else { return nil }
        return (before, after)
    }

    /// `schema` with its `allOf` parts merged into one object: their properties (the first
    /// definition of a name winning) and every `required` name. Nil when a part is anything but
    /// an object or annotations (a union, a `not`, a discriminator, another type), which merging
    /// would misread.
    static func merged(_ schema: Schema, in api: API) -> Schema? {
        guard let parts = schema.allOf else { return schema }
        guard schema.anyOf == nil, schema.oneOf == nil, schema.not == nil, schema.discriminator == nil else { return nil }
        var typed = schema.types.map(Set.init) ?? []
        for part in parts {
            guard let resolved = api.schema(part), resolved.anyOf == nil, resolved.oneOf == nil, resolved.not == nil,
                  resolved.discriminator == nil, resolved.array == nil, resolved.enumValues == nil, resolved.const == nil else { return nil }
            if let types = resolved.types {
                guard Set(types).subtracting([.null]).isSubset(of: [.object]) else { return nil }
                typed.insert(.object)
            }
            if resolved.object != nil { typed.insert(.object) }
            // Nested allOf parts merge too (mergedProperties follows them); their other shapes must pass the same test.
            if resolved.allOf != nil, merged(resolved, in: api) == nil { return nil }
        }
        let (properties, required) = api.mergedProperties(of: schema)
        var result = schema
        result.allOf = nil
        result.types = typed.isEmpty ? schema.types : typed.sorted { $0.rawValue < $1.rawValue }
        var object = schema.object ?? ObjectShape()
        object.properties = properties
        object.required = required.sorted()
        result.object = properties.isEmpty && schema.object == nil && required.isEmpty ? schema.object : object
        return result
    }
}
