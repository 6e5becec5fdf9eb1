import SpeccIR

/// The limits a schema sets, in words (`SchemaProse`), with names and values as Markdown code.
enum ConstraintDescriber {
    static let prose = SchemaProse(code: { MarkdownText.code($0) })

    static func describe(_ ref: SchemaRef?) -> [String] { prose.constraints(ref) }

    static func describe(_ schema: Schema) -> [String] { prose.constraints(schema) }
}
