import SpeccTemplating

/// The built-in Markdown templates (`Templates/markdown/*.mustache`), written in Swift: what a
/// run renders for each template the user has not overridden. The templates stay the contract
/// and what `specc templates export` gives users; `NativeWriterTests` keeps these byte-identical
/// to them (after `MarkdownEmitter.normalisedBlankLines`, which both pass through).
struct PagesWriter {
    private var text = TextWriter()

    /// The text `template` makes of `model`, or nil where no specialisation applies.
    static func render(_ model: Any, template: String) -> [UInt8]? {
        var writer = PagesWriter()
        switch (template, model) {
        case ("markdown/index", let page as IndexPage): writer.index(page)
        case ("markdown/resource", let page as ResourcePage): writer.resource(page)
        case ("markdown/schemas", let page as SchemasPage): writer.schemas(page)
        default: return nil
        }
        return writer.text.utf8
    }

    /// `{{#field}}{{.}}\n\n{{/field}}`: a paragraph when there is one.
    private mutating func paragraph(_ value: String?, prefix: String = "") {
        guard let value else { return }
        text.line(prefix, value)
        text.line()
    }

    // MARK: markdown/index

    private mutating func index(_ page: IndexPage) {
        text.line(page.header)
        text.line()
        text.line("# ", page.title)
        text.line()
        text.line("Version ", page.version)
        text.line()
        paragraph(page.summary)
        paragraph(page.description)
        paragraph(page.termsOfService, prefix: "Terms of service: ")
        paragraph(page.contact, prefix: "Contact: ")
        paragraph(page.license, prefix: "License: ")
        if let servers = page.servers {
            text.line("## Servers")
            text.line()
            text.line("| URL | Description | Variables |")
            text.line("| --- | ----------- | --------- |")
            for row in servers.rows { text.line("| ", row.url, " | ", row.description, " | ", row.variables, " |") }
            text.line()
        }
        text.line()
        if let schemes = page.securitySchemes {
            text.line("## Authentication")
            text.line()
            for scheme in schemes.rows { securityScheme(scheme) }
        }
        text.line("## Operations")
        text.line()
        for link in page.pages {
            text.line(link.heading, " [", link.title, "](", link.file, ")")
            text.line()
            paragraph(link.summary)
            paragraph(link.description)
            for operation in link.operations { operationLink(operation) }
            text.line()
        }
        for group in page.tagKinds {
            text.line("## Tags of kind ", group.kind)
            text.line()
            for row in group.rows {
                text.line("- ", row.name, row.summary.map { ": " + $0 } ?? "", row.operations.map { " (" + $0 + ")" } ?? "")
            }
            text.line()
        }
        if let webhooks = page.webhooks {
            text.line("## [Webhooks](webhooks.md)")
            text.line()
            for operation in webhooks.rows { operationLink(operation) }
            text.line()
        }
        text.line()
        if let extensions = page.extensions {
            text.line("## Notes")
            text.line()
            extensionRows(extensions.rows)
            text.line()
        }
        text.line("See [Schemas](schemas.md) for every data type.")
    }

    private mutating func securityScheme(_ scheme: SecuritySchemeSection) {
        text.line("### ", scheme.name, " <a id=\"", scheme.anchor, "\"></a>")
        text.line()
        text.line(scheme.kind)
        text.line()
        if scheme.deprecated {
            text.line("> **Deprecated.** Use another scheme in new clients.")
            text.line()
        }
        paragraph(scheme.description)
        paragraph(scheme.metadataURL, prefix: "Authorization server metadata: ")
        if let flows = scheme.flows {
            text.line("| Flow | Authorization URL | Token URL |")
            text.line("| ---- | ----------------- | --------- |")
            for row in flows.rows { text.line("| ", row.kind, " | ", row.authorizationURL, " | ", row.tokenURL, " |") }
            text.line()
        }
        if let scopes = scheme.scopes {
            text.line("| Scope | Description |")
            text.line("| ----- | ----------- |")
            for row in scopes.rows { text.line("| ", row.name, " | ", row.description, " |") }
            text.line()
        }
    }

    private mutating func operationLink(_ operation: OperationLink) {
        text.line("- [", operation.title, "](", operation.link, "): ", operation.method, " ", operation.path, operation.deprecated ? " (deprecated)" : "")
    }

    private mutating func extensionRows(_ rows: [ExtensionRow]) {
        text.line("| Name | Value |")
        text.line("| ---- | ----- |")
        for row in rows { text.line("| ", row.name, " | ", row.value, " |") }
    }

    // MARK: markdown/resource and markdown/operation

    private mutating func resource(_ page: ResourcePage) {
        text.line(page.header)
        text.line()
        text.line("# ", page.title)
        text.line()
        text.line("[", page.apiTitle, "](index.md)", page.trail.map { " · " + $0 } ?? "", " · [Schemas](schemas.md)")
        text.line()
        paragraph(page.summary)
        paragraph(page.description)
        if let children = page.children {
            text.line("## Topics")
            text.line()
            for child in children.rows { text.line("- [", child.title, "](", child.file, ")", child.summary.map { ": " + $0 } ?? "") }
            text.line()
        }
        for section in page.operations {
            operation(section)
            text.line()
        }
    }

    private mutating func operation(_ section: OperationSection) {
        text.line("## ", section.title, " <a id=\"", section.anchor, "\"></a>")
        text.line()
        if section.deprecated {
            text.line("> **Deprecated.** Avoid this operation in new code.")
            text.line()
        }
        paragraph(section.description)
        text.line("### Method and URL")
        text.line()
        text.line("```")
        text.line(section.method, " ", section.url)
        text.line("```")
        text.line()
        paragraph(section.operationId, prefix: "Operation ID: ")
        if let authentication = section.authentication {
            text.line("### Authentication")
            text.line()
            text.line(authentication.intro)
            text.line()
            for alternative in authentication.alternatives { text.line("- ", alternative) }
            if authentication.anonymousAllowed { text.line("- no credentials (anonymous access is allowed)") }
            text.line()
        }
        for table in section.parameterTables {
            text.line("### ", table.title)
            text.line()
            text.line("| Name | Type | Required | Description | Example | Default | Constraints |")
            text.line("| ---- | ---- | -------- | ----------- | ------- | ------- | ----------- |")
            for row in table.rows {
                text.line("| ", row.name, " | ", row.type, " | ", row.required, " | ", row.description, " | ", row.example, " | ", row.defaultValue, " | ", row.constraints, " |")
            }
            text.line()
        }
        if let body = section.requestBody {
            text.line("### Request body")
            text.line()
            text.line("Required: ", body.required)
            text.line()
            paragraph(body.description)
            for content in body.contents {
                text.line(content.contentType, ": ", content.type)
                text.line()
                if let fields = content.fields { fieldTable(fields) }
                for example in content.examples { self.example(example) }
            }
        }
        text.line("### Curl example")
        text.line()
        text.line("```bash")
        text.line(section.curl)
        text.line("```")
        text.line()
        for table in section.responseTables {
            text.line("### ", table.title)
            text.line()
            text.line("| Code | Type | Content type | Description |")
            text.line("| ---- | ---- | ------------ | ----------- |")
            for row in table.rows { text.line("| ", row.code, " | ", row.type, " | ", row.contentType, " | ", row.description, " |") }
            text.line()
        }
        if let headers = section.responseHeaders {
            text.line("### Response headers")
            text.line()
            text.line("| Code | Header | Type | Required | Description |")
            text.line("| ---- | ------ | ---- | -------- | ----------- |")
            for row in headers.rows { text.line("| ", row.code, " | ", row.name, " | ", row.type, " | ", row.required, " | ", row.description, " |") }
            text.line()
        }
        for example in section.responseExamples { self.example(example) }
        if let extensions = section.extensions {
            text.line("### Extensions")
            text.line()
            extensionRows(extensions.rows)
            text.line()
        }
    }

    private mutating func fieldTable(_ fields: FieldTable) {
        text.line("| Field | Type | Required | Constraints | Default | Example | Description |")
        text.line("| ----- | ---- | -------- | ----------- | ------- | ------- | ----------- |")
        for row in fields.rows {
            text.line("| ", row.name, " | ", row.type, " | ", row.required, " | ", row.constraints, " | ", row.defaultValue, " | ", row.example, " | ", row.description, " |")
        }
        text.line()
    }

    private mutating func example(_ example: ExampleView, serialized: Bool = true) {
        text.line(example.title, ":")
        text.line()
        paragraph(example.description)
        text.line("```", example.language)
        text.line(example.body)
        text.line("```")
        if serialized, let serializedText = example.serialized {
            text.line()
            text.line("Serialized:")
            text.line()
            text.line("```text")
            text.line(serializedText)
            text.line("```")
        }
        text.line()
    }

    // MARK: markdown/schemas

    private mutating func schemas(_ page: SchemasPage) {
        text.line(page.header)
        text.line()
        text.line("# Schemas")
        text.line()
        text.line("[", page.apiTitle, "](index.md)")
        text.line()
        for schema in page.schemas {
            text.line("## ", schema.name, " <a id=\"", schema.anchor, "\"></a>")
            text.line()
            paragraph(schema.title)
            paragraph(schema.description)
            text.line("Type: ", schema.type)
            text.line()
            paragraph(schema.constraints, prefix: "Constraints: ")
            if let fields = schema.fields { fieldTable(fields) }
            for example in schema.examples { self.example(example, serialized: false) }
        }
    }
}
