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
    public var subschemas: [SchemaRef] { compositionSubschemas + nestedSubschemas + conditionalSubschemas }

    /// Calls `body` with every subschema written in this schema, in the order of `subschemas`,
    /// without building the arrays: for walks over every schema of a large spec.
    public func forEachSubschema(_ body: (SchemaRef) -> Void) {
        allOf?.forEach(body)
        oneOf?.forEach(body)
        anyOf?.forEach(body)
        if let not { body(not) }
        if let array {
            if let items = array.items { body(items) }
            array.prefixItems?.forEach(body)
            if let contains = array.contains { body(contains) }
            if let unevaluated = array.unevaluatedItems { body(unevaluated) }
        }
        if let object {
            for property in object.properties { body(property.schema) }
            if let additional = object.additionalProperties { body(additional) }
            for pattern in object.patternProperties ?? [] { body(pattern.schema) }
            if let names = object.propertyNames { body(names) }
            for dependency in object.dependentSchemas ?? [] { body(dependency.schema) }
            if let unevaluated = object.unevaluatedProperties { body(unevaluated) }
        }
        if let conditional {
            body(conditional.condition)
            if let then = conditional.then { body(then) }
            if let otherwise = conditional.otherwise { body(otherwise) }
        }
        if let content = string?.contentSchema { body(content) }
    }

    /// Schemas that apply only in some cases (`if`/`then`/`else`, `dependentSchemas`) or to some
    /// items and properties (`contains`, `unevaluated*`), and the annotation `contentSchema`.
    public var conditionalSubschemas: [SchemaRef] {
        var children: [SchemaRef] = []
        if let conditional {
            children.append(conditional.condition)
            if let then = conditional.then { children.append(then) }
            if let otherwise = conditional.otherwise { children.append(otherwise) }
        }
        children += object?.dependentSchemas?.map(\.schema) ?? []
        if let unevaluated = object?.unevaluatedProperties { children.append(unevaluated) }
        if let contains = array?.contains { children.append(contains) }
        if let unevaluated = array?.unevaluatedItems { children.append(unevaluated) }
        if let content = string?.contentSchema { children.append(content) }
        return children
    }

    /// `allOf`, `oneOf` and `anyOf` parts: schemas of this same value.
    public var compositionSubschemas: [SchemaRef] { (allOf ?? []) + (oneOf ?? []) + (anyOf ?? []) }

    /// The other subschemas: `not`, and those of the value's items and properties.
    public var nestedSubschemas: [SchemaRef] {
        var children: [SchemaRef] = []
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
    /// The schema a reference stands for: inline, or the named one (nil if there is none).
    public func schema(_ ref: SchemaRef) -> Schema? {
        switch ref {
        case .inline(let schema): schema
        case .named(let name): schemas[name]
        }
    }

    /// What each item of a sequential body is (see `MediaKind.isSequential`). 3.2's `itemSchema`
    /// says so directly; before it, the `schema` did, read as tools read it. For JSON Lines and
    /// JSON Sequences: the item schema, or the media type's schema, or the `items` of a schema
    /// that describes the whole stream as an array. For event streams, the JSON of each event's
    /// `data`: where the schema describes the whole event (`event`, `data`, `id`, `retry`, the
    /// form 3.2 prescribes), its `data` property's `contentSchema` (the JSON a string holds) or
    /// the property itself; otherwise the schema itself (the usual 3.0/3.1 way of typing them);
    /// nil when the data is text. Nil for any other body.
    public func itemSchema(of media: MediaType) -> SchemaRef? {
        switch media.kind {
        case .jsonLines, .jsonSequence:
            if let item = media.itemSchema { return item }
            guard let schemaRef = media.schema else { return nil }
            if let resolved = schema(schemaRef), resolved.types == [.array], let items = resolved.array?.items { return items }
            return schemaRef
        case .eventStream:
            guard let schemaRef = media.itemSchema ?? media.schema else { return nil }
            if let properties = schema(schemaRef)?.object?.properties, let data = properties.first(where: { $0.name == "data" }),
               properties.allSatisfy({ ["event", "data", "id", "retry"].contains($0.name) }) {
                if let content = schema(data.schema)?.string?.contentSchema { return content }
                return isText(data.schema) ? nil : data.schema
            }
            return isText(schemaRef) ? nil : schemaRef
        case .json, .form, .multipart, .binary, .text, .other:
            return nil
        }
    }

    private func isText(_ ref: SchemaRef) -> Bool {
        guard let resolved = schema(ref) else { return false }
        return resolved.types == [.string] || resolved.isNever
    }
}

extension MediaType {
    /// The schema of the whole body and (3.2) of each item.
    public var schemas: [SchemaRef] { [schema, itemSchema].compactMap { $0 } }
}

extension Operation {
    /// The schemas of what a client sends: parameters and request bodies.
    public var requestSchemaRoots: [SchemaRef] {
        parameters.compactMap { $0.schema ?? $0.content?.first?.schema } + (requestBody?.content.flatMap(\.schemas) ?? [])
    }

    /// The schemas of what a server answers: response bodies and headers.
    public var responseSchemaRoots: [SchemaRef] {
        responses.flatMap { response in
            response.content.flatMap(\.schemas) + response.headers.compactMap { $0.schema ?? $0.content?.first?.schema }
        }
    }
}

extension SchemaRef {
    /// The named schemas this refers to directly: itself if named, else every `$ref` anywhere in
    /// it and its discriminators' mapping targets, without following any of them.
    public var referencedNames: [String] {
        switch self {
        case .named(let name): [name]
        case .inline(let schema): schema.referencedNames
        }
    }
}

extension Schema {
    /// Every `$ref` anywhere in this schema and its discriminators' mapping targets, without
    /// following any of them (the schema itself is not wrapped in a ref, which would copy it).
    public var referencedNames: [String] {
        var names: [String] = []
        var pending: [SchemaRef] = []
        func take(_ schema: Schema) {
            schema.forEachSubschema { pending.append($0) }
            if let mapping = schema.discriminator?.mapping { names += mapping.values }
        }
        take(self)
        while let ref = pending.popLast() {
            switch ref {
            case .named(let name): names.append(name)
            case .inline(let schema): take(schema)
            }
        }
        return names
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
                schema.forEachSubschema { pending.append($0) }
                for target in schema.discriminator?.mapping.values ?? [:].values { pending.append(.named(target)) }
            }
        }
        return seen.filter { schemas[$0] != nil }.sorted()
    }
}
