/// The built-in Markdown templates (`Templates/markdown/*.mustache`), written in Swift: what a
/// run renders for each template the user has not overridden. The templates stay the contract
/// and what `specc templates export` gives users; `NativeWriterTests` keeps these byte-identical
/// to them (after `MarkdownEmitter.normalisedBlankLines`, which both pass through).
struct PagesWriter {
    private var out = ""

    /// The text `template` makes of `model`, or nil where no specialisation applies.
    static func render(_ model: Any, template: String) -> String? {
        var writer = PagesWriter()
        writer.out.reserveCapacity(1 << 14)
        switch (template, model) {
        case ("markdown/index", let page as IndexPage): writer.index(page)
        case ("markdown/resource", let page as ResourcePage): writer.resource(page)
        case ("markdown/schemas", let page as SchemasPage): writer.schemas(page)
        default: return nil
        }
        return writer.out
    }

    private mutating func line(_ parts: String...) {
        for part in parts { out += part }
        out += "\n"
    }

    /// `{{#field}}{{.}}\n\n{{/field}}`: a paragraph when there is one.
    private mutating func paragraph(_ text: String?, prefix: String = "") {
        guard let text else { return }
        line(prefix, text)
        line()
    }

    // MARK: markdown/index

    private mutating func index(_ page: IndexPage) {
        line(page.header)
        line()
        line("# ", page.title)
        line()
        line("Version ", page.version)
        line()
        paragraph(page.summary)
        paragraph(page.description)
        paragraph(page.termsOfService, prefix: "Terms of service: ")
        paragraph(page.contact, prefix: "Contact: ")
        paragraph(page.license, prefix: "License: ")
        if let servers = page.servers {
            line("## Servers")
            line()
            line("| URL | Description | Variables |")
            line("| --- | ----------- | --------- |")
            for row in servers.rows { line("| ", row.url, " | ", row.description, " | ", row.variables, " |") }
            line()
        }
        line()
        if let schemes = page.securitySchemes {
            line("## Authentication")
            line()
            for scheme in schemes.rows { securityScheme(scheme) }
        }
        line("## Operations")
        line()
        for link in page.pages {
            line(link.heading, " [", link.title, "](", link.file, ")")
            line()
            paragraph(link.summary)
            paragraph(link.description)
            for operation in link.operations { operationLink(operation) }
            line()
        }
        for group in page.tagKinds {
            line("## Tags of kind ", group.kind)
            line()
            for row in group.rows {
                line("- ", row.name, row.summary.map { ": " + $0 } ?? "", row.operations.map { " (" + $0 + ")" } ?? "")
            }
            line()
        }
        if let webhooks = page.webhooks {
            line("## [Webhooks](webhooks.md)")
            line()
            for operation in webhooks.rows { operationLink(operation) }
            line()
        }
        line()
        if let extensions = page.extensions {
            line("## Notes")
            line()
            extensionRows(extensions.rows)
            line()
        }
        line("See [Schemas](schemas.md) for every data type.")
    }

    private mutating func securityScheme(_ scheme: SecuritySchemeSection) {
        line("### ", scheme.name, " <a id=\"", scheme.anchor, "\"></a>")
        line()
        line(scheme.kind)
        line()
        if scheme.deprecated {
            line("> **Deprecated.** Use another scheme in new clients.")
            line()
        }
        paragraph(scheme.description)
        paragraph(scheme.metadataURL, prefix: "Authorization server metadata: ")
        if let flows = scheme.flows {
            line("| Flow | Authorization URL | Token URL |")
            line("| ---- | ----------------- | --------- |")
            for row in flows.rows { line("| ", row.kind, " | ", row.authorizationURL, " | ", row.tokenURL, " |") }
            line()
        }
        if let scopes = scheme.scopes {
            line("| Scope | Description |")
            line("| ----- | ----------- |")
            for row in scopes.rows { line("| ", row.name, " | ", row.description, " |") }
            line()
        }
    }

    private mutating func operationLink(_ operation: OperationLink) {
        line("- [", operation.title, "](", operation.link, "): ", operation.method, " ", operation.path, operation.deprecated ? " (deprecated)" : "")
    }

    private mutating func extensionRows(_ rows: [ExtensionRow]) {
        line("| Name | Value |")
        line("| ---- | ----- |")
        for row in rows { line("| ", row.name, " | ", row.value, " |") }
    }

    // MARK: markdown/resource and markdown/operation

    private mutating func resource(_ page: ResourcePage) {
        line(page.header)
        line()
        line("# ", page.title)
        line()
        line("[", page.apiTitle, "](index.md)", page.trail.map { " · " + $0 } ?? "", " · [Schemas](schemas.md)")
        line()
        paragraph(page.summary)
        paragraph(page.description)
        if let children = page.children {
            line("## Topics")
            line()
            for child in children.rows { line("- [", child.title, "](", child.file, ")", child.summary.map { ": " + $0 } ?? "") }
            line()
        }
        for section in page.operations {
            operation(section)
            line()
        }
    }

    private mutating func operation(_ section: OperationSection) {
        line("## ", section.title, " <a id=\"", section.anchor, "\"></a>")
        line()
        if section.deprecated {
            line("> **Deprecated.** Avoid this operation in new code.")
            line()
        }
        paragraph(section.description)
        line("### Method and URL")
        line()
        line("```")
        line(section.method, " ", section.url)
        line("```")
        line()
        paragraph(section.operationId, prefix: "Operation ID: ")
        if let authentication = section.authentication {
            line("### Authentication")
            line()
            line(authentication.intro)
            line()
            for alternative in authentication.alternatives { line("- ", alternative) }
            if authentication.anonymousAllowed { line("- no credentials (anonymous access is allowed)") }
            line()
        }
        for table in section.parameterTables {
            line("### ", table.title)
            line()
            line("| Name | Type | Required | Description | Example | Default | Constraints |")
            line("| ---- | ---- | -------- | ----------- | ------- | ------- | ----------- |")
            for row in table.rows {
                line("| ", row.name, " | ", row.type, " | ", row.required, " | ", row.description, " | ", row.example, " | ", row.defaultValue, " | ", row.constraints, " |")
            }
            line()
        }
        if let body = section.requestBody {
            line("### Request body")
            line()
            line("Required: ", body.required)
            line()
            paragraph(body.description)
            for content in body.contents {
                line(content.contentType, ": ", content.type)
                line()
                if let fields = content.fields { fieldTable(fields) }
                for example in content.examples { self.example(example) }
            }
        }
        line("### Curl example")
        line()
        line("```bash")
        line(section.curl)
        line("```")
        line()
        for table in section.responseTables {
            line("### ", table.title)
            line()
            line("| Code | Type | Content type | Description |")
            line("| ---- | ---- | ------------ | ----------- |")
            for row in table.rows { line("| ", row.code, " | ", row.type, " | ", row.contentType, " | ", row.description, " |") }
            line()
        }
        if let headers = section.responseHeaders {
            line("### Response headers")
            line()
            line("| Code | Header | Type | Required | Description |")
            line("| ---- | ------ | ---- | -------- | ----------- |")
            for row in headers.rows { line("| ", row.code, " | ", row.name, " | ", row.type, " | ", row.required, " | ", row.description, " |") }
            line()
        }
        for example in section.responseExamples { self.example(example) }
        if let extensions = section.extensions {
            line("### Extensions")
            line()
            extensionRows(extensions.rows)
            line()
        }
    }

    private mutating func fieldTable(_ fields: FieldTable) {
        line("| Field | Type | Required | Constraints | Default | Example | Description |")
        line("| ----- | ---- | -------- | ----------- | ------- | ------- | ----------- |")
        for row in fields.rows {
            line("| ", row.name, " | ", row.type, " | ", row.required, " | ", row.constraints, " | ", row.defaultValue, " | ", row.example, " | ", row.description, " |")
        }
        line()
    }

    private mutating func example(_ example: ExampleView, serialized: Bool = true) {
        line(example.title, ":")
        line()
        paragraph(example.description)
        line("```", example.language)
        line(example.body)
        line("```")
        if serialized, let text = example.serialized {
            line()
            line("Serialized:")
            line()
            line("```text")
            line(text)
            line("```")
        }
        line()
    }

    // MARK: markdown/schemas

    private mutating func schemas(_ page: SchemasPage) {
        line(page.header)
        line()
        line("# Schemas")
        line()
        line("[", page.apiTitle, "](index.md)")
        line()
        for schema in page.schemas {
            line("## ", schema.name, " <a id=\"", schema.anchor, "\"></a>")
            line()
            paragraph(schema.title)
            paragraph(schema.description)
            line("Type: ", schema.type)
            line()
            paragraph(schema.constraints, prefix: "Constraints: ")
            if let fields = schema.fields { fieldTable(fields) }
            for example in schema.examples { self.example(example, serialized: false) }
        }
    }
}
