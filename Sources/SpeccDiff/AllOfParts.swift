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
        var pending: [Schema] = api.schemaNames.compactMap { api.schemas[$0] }
        for exchange in api.exchanges {
            for root in exchange.operation.requestSchemaRoots + exchange.operation.responseSchemaRoots {
                switch root {
                case .named(let name): elsewhere.insert(name)
                case .inline(let schema): pending.append(schema)
                }
            }
        }
        // Each inline subtree is walked once from where it is written; named schemas are walked
        // as components.
        while let schema = pending.popLast() {
            // A `$ref` with annotation siblings is a use of the schema, not a part of another.
            if let name = SchemaComparer.referenceName(.inline(schema)) {
                elsewhere.insert(name)
                continue
            }
            let parts = schema.allOf ?? []
            for part in parts {
                switch part {
                case .named(let name): asPart.insert(name)
                case .inline(let inline): pending.append(inline)
                }
            }
            for child in (schema.oneOf ?? []) + (schema.anyOf ?? []) + schema.nestedSubschemas + schema.conditionalSubschemas {
                switch child {
                case .named(let name): elsewhere.insert(name)
                case .inline(let inline): pending.append(inline)
                }
            }
            for target in schema.discriminator?.mapping.values ?? [:].values { elsewhere.insert(target) }
        }
        return asPart.subtracting(elsewhere)
    }
}
