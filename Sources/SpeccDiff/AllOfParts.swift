import SpeccIR

/// The named schemas a version uses only as `allOf` parts (OpenAI's `ModelResponseProperties`,
/// mixed into every response type). Such a schema accepts nothing on its own: what matters is the
/// object each user makes of it, so it is compared inside its users, merged, and not alone, where
/// a property it lost (and every user adds back) would read as a removal.
struct AllOfParts: Sendable {
    let old: Set<String>
    let new: Set<String>

    init(old: API, new: API) {
        self.old = Self.partOnly(old)
        self.new = Self.partOnly(new)
    }

    /// Whether `name` is only a part in either version.
    func isPartOnly(_ name: String) -> Bool { old.contains(name) || new.contains(name) }

    private static func partOnly(_ api: API) -> Set<String> {
        var asPart = Set<String>(), elsewhere = Set<String>()
        // Inline subschemas, each walked once from where it is written; named schemas are walked
        // as components. Refs, not schemas: a ref is one pointer to copy.
        var pending: [SchemaRef] = []
        func visit(_ schema: Schema) {
            // A `$ref` with annotation siblings is a use of the schema, not a part of another.
            if let name = SchemaComparer.referenceName(of: schema) {
                elsewhere.insert(name)
                return
            }
            // `forEachSubschema` visits the `allOf` parts first.
            let partCount = schema.allOf?.count ?? 0
            var index = 0
            schema.forEachSubschema { child in
                defer { index += 1 }
                switch child {
                case .named(let name) where index < partCount: asPart.insert(name)
                case .named(let name): elsewhere.insert(name)
                case .inline: pending.append(child)
                }
            }
            for target in schema.discriminator?.mapping.values ?? [:].values { elsewhere.insert(target) }
        }
        for name in api.schemaNames {
            if let schema = api.schemas[name] { visit(schema) }
        }
        for exchange in api.exchanges {
            for root in exchange.operation.requestSchemaRoots + exchange.operation.responseSchemaRoots {
                switch root {
                case .named(let name): elsewhere.insert(name)
                case .inline: pending.append(root)
                }
            }
        }
        while let ref = pending.popLast() {
            if case .inline(let schema) = ref { visit(schema) }
        }
        return asPart.subtracting(elsewhere)
    }
}
