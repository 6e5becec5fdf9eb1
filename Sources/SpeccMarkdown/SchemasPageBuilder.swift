import SpeccIR

/// Builds `markdown/schemas`: one section per named schema, in name order.
struct SchemasPageBuilder {
    let api: API
    let links: SchemaLinks
    let header: String

    func page() -> SchemasPage {
        let types = TypeDescriber(links: links, onSchemasPage: true)
        let fields = FieldRowBuilder(api: api, types: types)
        return SchemasPage(header: header, apiTitle: api.info.title, schemas: api.schemaNames.map { name in
            let schema = api.schemas[name]!
            let constraints = ConstraintDescriber.describe(schema)
            return SchemaSection(
                name: name, anchor: links.anchors[name] ?? MarkdownText.slug(name), title: schema.title,
                description: schema.description, type: types.describe(schema),
                constraints: constraints.isEmpty ? nil : constraints.joined(separator: "; "),
                fields: FieldTable(fields.rows(for: .inline(schema))),
                examples: (schema.examples ?? []).map { ExampleView(title: "Example", description: nil, language: "json", body: $0.prettyText, serialized: nil) })
        })
    }
}
