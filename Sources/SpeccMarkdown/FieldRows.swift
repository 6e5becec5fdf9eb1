import SpeccIR

/// One row of a body or schema table. Nested inline objects are flattened with dotted names
/// (`owner.email`) and arrays of them with `[]` (`items[].id`); named schemas are linked, not inlined.
public struct FieldRow: Sendable {
    public let name: String
    public let type: String
    /// "Yes" or "No".
    public let required: String
    public let constraints: String
    public let defaultValue: String
    public let example: String
    public let description: String
}

struct FieldRowBuilder {
    let api: API
    let types: TypeDescriber
    /// Inline nesting shown before a table stops flattening (deeper levels stay one row).
    static let maxDepth = 4

    func rows(for ref: SchemaRef?) -> [FieldRow] {
        guard let ref else { return [] }
        return rows(of: ref, prefix: "", depth: 0)
    }

    /// Rows for the properties of `ref` when it is an object (following `allOf` to merge parts).
    private func rows(of ref: SchemaRef, prefix: String, depth: Int) -> [FieldRow] {
        let (properties, required) = mergedProperties(ref, followNamed: depth == 0)
        var rows: [FieldRow] = []
        for property in properties {
            let name = prefix + property.name
            rows.append(row(name: name, schema: property.schema, required: required.contains(property.name)))
            guard depth + 1 < Self.maxDepth, case .inline(let inner) = property.schema else { continue }
            if inner.object.map({ !$0.properties.isEmpty }) ?? false {
                rows += self.rows(of: property.schema, prefix: name + ".", depth: depth + 1)
            } else if case .inline(let items)? = inner.array?.items, items.object.map({ !$0.properties.isEmpty }) ?? false {
                rows += self.rows(of: .inline(items), prefix: name + "[].", depth: depth + 1)
            }
        }
        return rows
    }

    /// Properties of an object schema in order, with `allOf` parts merged. The top-level schema of a
    /// body may be a named one: its fields are listed (that is what the reader wants to see).
    private func mergedProperties(_ ref: SchemaRef, followNamed: Bool) -> ([Property], Set<String>) {
        switch ref {
        case .inline(let schema): return api.mergedProperties(of: schema)
        case .named(let name):
            guard followNamed, let named = api.schemas[name] else { return ([], []) }
            return api.mergedProperties(of: named)
        }
    }

    private func row(name: String, schema: SchemaRef, required: Bool) -> FieldRow {
        let inline: Schema? = if case .inline(let value) = schema { value } else { nil }
        let description = inline?.description ?? inline?.title
            ?? schema.name.flatMap { api.schemas[$0]?.description }
        return FieldRow(
            name: MarkdownText.code(name),
            type: MarkdownText.cell(types.describe(schema)),
            required: required ? "Yes" : "No",
            constraints: MarkdownText.cell(ConstraintDescriber.describe(schema).joined(separator: "; ")),
            defaultValue: MarkdownText.cell(inline?.defaultValue.map { MarkdownText.value($0) }),
            example: MarkdownText.cell(inline?.examples?.first.map { MarkdownText.value($0) }),
            description: MarkdownText.cell(description))
    }
}
