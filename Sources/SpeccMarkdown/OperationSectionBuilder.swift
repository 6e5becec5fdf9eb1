import SpeccIR

/// Builds the view model of one operation (`markdown/operation`).
struct OperationSectionBuilder {
    let api: API
    let links: SchemaLinks
    let schemeAnchors: [String: String]

    private var types: TypeDescriber { TypeDescriber(links: links, onSchemasPage: false) }
    private var media: MediaDescriber { MediaDescriber(api: api, types: types) }

    /// `destination`: for a request the API sends, the URL it goes to (the consumer's).
    func section(for operation: Operation, anchor: String, destination: String? = nil) -> OperationSection {
        let fields = FieldRowBuilder(api: api, types: types)
        return OperationSection(
            anchor: anchor,
            title: operation.summary ?? operation.displayName,
            operationId: operation.operationId.map(MarkdownText.code),
            deprecated: operation.deprecated,
            description: operation.description,
            method: operation.method.name,
            url: destination ?? CurlExample.serverURL(operation.servers?.first ?? api.servers.first) + operation.path,
            authentication: authentication(destination == nil ? api.effectiveSecurity(of: operation) : operation.security ?? []),
            parameterTables: [("Path parameters", ParameterLocation.path), ("Query parameters", .query), ("Query string", .querystring), ("Header parameters", .header), ("Cookie parameters", .cookie)]
                .compactMap { title, location in
                    let rows = parameterRows(operation, location)
                    return rows.isEmpty ? nil : ParameterTable(title: title, rows: rows)
                },
            requestBody: operation.requestBody.map { body in
                RequestBodyView(
                    description: body.description,
                    required: body.required ? "Yes" : "No",
                    contents: body.content.map { media in
                        BodyContentView(
                            contentType: MarkdownText.code(media.contentType),
                            type: self.media.describe(media, direction: .request),
                            // A stream's fields are its items' (3.2 `itemSchema`, or the 3.1 reading of `schema`).
                            fields: FieldTable(fields.rows(for: media.kind.isSequential ? api.itemSchema(of: media) : media.schema)),
                            examples: examples(media, title: "Request example"))
                    })
            },
            curl: CurlExample(api: api).command(for: operation, destination: destination),
            responseTables: [
                ("Successful responses", operation.responses.filter { $0.status.isSuccess || isInformationalOrRedirect($0.status) }),
                ("Error responses", operation.responses.filter { !$0.status.isSuccess && !isInformationalOrRedirect($0.status) }),
            ].compactMap { title, responses in
                responses.isEmpty ? nil : ResponseTable(title: title, rows: responseRows(responses))
            },
            responseHeaders: responseHeaderTable(operation),
            responseExamples: operation.responses.flatMap { response in
                response.content.flatMap { examples($0, title: "Response example (\(response.status.key))") }
            },
            extensions: operation.extensions.map { ExtensionTable(rows: ExtensionRow.rows($0)) })
    }

    private func responseHeaderTable(_ operation: Operation) -> ResponseHeaderTable? {
        let rows = operation.responses.flatMap { response in
            response.headers.map { header in
                ResponseHeaderRow(
                    code: response.status.key, name: MarkdownText.code(header.name),
                    type: MarkdownText.cell(types.describe(header.schema ?? header.content?.first?.schema)),
                    required: header.required ? "Yes" : "No",
                    description: MarkdownText.cell(header.description))
            }
        }
        return rows.isEmpty ? nil : ResponseHeaderTable(rows: rows)
    }

    private func isInformationalOrRedirect(_ status: ResponseStatus) -> Bool {
        switch status {
        case .code(let code): code < 200 || (300..<400).contains(code)
        case .range(let digit): digit == 1 || digit == 3
        case .default: false
        }
    }

    private func authentication(_ requirements: [SecurityRequirement]) -> AuthenticationView? {
        guard !requirements.isEmpty else { return nil }
        let alternatives = requirements.filter { !$0.isAnonymous }.map { requirement in
            requirement.entries.map { entry in
                let link = "[\(entry.scheme)](index.md#\(schemeAnchors[entry.scheme] ?? MarkdownText.slug(entry.scheme)))"
                guard !entry.scopes.isEmpty else { return link }
                // OAuth calls these scopes; OpenAPI 3.1 lets other schemes list roles or permissions.
                let noun = api.securityScheme(named: entry.scheme)?.kind == .oauth2 ? "scope" : "scope or permission"
                return "\(link) with \(noun)\(entry.scopes.count == 1 ? "" : "s") " + entry.scopes.map(MarkdownText.code).joined(separator: " and ")
            }.joined(separator: " and ")
        }
        let anonymous = requirements.contains { $0.isAnonymous }
        return AuthenticationView(
            intro: alternatives.count + (anonymous ? 1 : 0) > 1 ? "Any one of:" : "Requires:",
            alternatives: alternatives, anonymousAllowed: anonymous)
    }

    private func parameterRows(_ operation: Operation, _ location: ParameterLocation) -> [ParameterRow] {
        operation.parameters.filter { $0.location == location }.map { parameter in
            let schema = parameter.schema ?? parameter.content?.first?.schema
            var constraints = ConstraintDescriber.describe(schema)
            if location == .querystring, let media = parameter.content?.first { constraints.insert("the whole query, as \(media.contentType)", at: 0) }
            if parameter.deprecated { constraints.append("deprecated") }
            // Only a serialisation other than the location's default is worth a word.
            if location != .querystring, parameter.style != ParameterStyle.defaultStyle(for: location) || parameter.explode != parameter.style.explodesByDefault {
                constraints.append("style \(parameter.style.rawValue)\(parameter.explode ? ", exploded" : "")")
            }
            let defaultValue: JSONValue? = if case .inline(let inline)? = schema { inline.defaultValue } else { nil }
            return ParameterRow(
                name: MarkdownText.code(parameter.name),
                type: MarkdownText.cell(types.describe(schema)),
                required: parameter.required ? "Yes" : "No",
                description: MarkdownText.cell(parameter.description),
                // The data form where there is one, else a 3.2 example's serialised form as written.
                example: MarkdownText.cell(CurlExample.example(parameter).map { MarkdownText.value($0) }
                    ?? parameter.examples.lazy.compactMap(\.serializedValue).first.map(MarkdownText.code)),
                defaultValue: MarkdownText.cell(defaultValue.map { MarkdownText.value($0) }),
                constraints: MarkdownText.cell(constraints.joined(separator: "; ")))
        }
    }

    private func responseRows(_ responses: [Response]) -> [ResponseRow] {
        responses.map { response in
            ResponseRow(
                code: response.status.key,
                type: MarkdownText.cell(response.content.isEmpty ? "none" : response.content.map { media.describe($0, direction: .response) }.uniqued.joined(separator: ", ")),
                contentType: MarkdownText.cell(response.content.map(\.contentType).joined(separator: ", ")),
                description: MarkdownText.cell(Self.describe(response)))
        }
    }

    /// A 3.2 response's summary leads its description (or stands alone: 3.2 makes the
    /// description optional).
    static func describe(_ response: Response) -> String {
        guard let summary = response.summary else { return response.description }
        return response.description.isEmpty ? "**\(summary)**" : "**\(summary)** \(response.description)"
    }

    /// An example's data (`value`, 3.2's `dataValue`) as JSON, and its serialised form (3.2's
    /// `serializedValue`) verbatim, as it goes on the wire.
    private func examples(_ media: MediaType, title: String) -> [ExampleView] {
        media.examples.compactMap { example in
            guard example.value != nil || example.serializedValue != nil else { return nil }
            var heading = title
            if let summary = example.summary ?? example.name { heading += ": \(summary)" }
            let isJSON = media.kind == .json
            let serialized = example.serializedValue.map { Self.fenced($0) }
            guard let value = example.value else {
                return ExampleView(title: heading, description: example.description, language: "text", body: serialized!, serialized: nil)
            }
            let body: String = if !isJSON, case .string(let text) = value { text } else { value.prettyText }
            return ExampleView(title: heading, description: example.description, language: isJSON ? "json" : "text", body: body, serialized: serialized)
        }
    }

    /// Text for a fenced block: a trailing newline would print as an empty line before the fence.
    private static func fenced(_ text: String) -> String {
        text.hasSuffix("\n") ? String(text.dropLast()) : text
    }
}

extension Array where Element == String {
    var uniqued: [String] {
        var seen = Set<String>()
        return filter { seen.insert($0).inserted }
    }
}
