import SpeccIR

/// Builds `markdown/index`: overview, servers, authentication, and links to every page.
struct IndexPageBuilder {
    let api: API
    let header: String
    let schemeAnchors: [String: String]

    func page(resources: [(page: ResourceGrouping.Page, anchors: [String])], outbound: [OperationLink] = []) -> IndexPage {
        IndexPage(
            header: header,
            title: api.info.title,
            version: api.info.version,
            summary: api.info.summary,
            description: api.info.description,
            termsOfService: api.info.termsOfService,
            contact: contact,
            license: api.info.license.map { license in
                license.url.map { "[\(license.name)](\($0))" } ?? license.identifier.map { "\(license.name) (\($0))" } ?? license.name
            },
            servers: Rows(api.servers.map { server in
                ServerRow(
                    url: MarkdownText.code(server.url),
                    description: MarkdownText.cell(server.description),
                    variables: MarkdownText.cell(server.variables.map { variable in
                        var text = "\(MarkdownText.code(variable.name)) default \(MarkdownText.code(variable.defaultValue))"
                        if let values = variable.enumValues { text += ", one of " + values.map(MarkdownText.code).joined(separator: ", ") }
                        if let description = variable.description { text += ": \(description)" }
                        return text
                    }.joined(separator: "; ")))
            }),
            securitySchemes: Rows(api.securitySchemes.map(section)),
            pages: resources.map { resource in
                PageLink(
                    title: resource.page.title, file: resource.page.file, description: resource.page.description,
                    operations: zip(resource.page.operations, resource.anchors).map { operation, anchor in
                        OperationLink(
                            title: operation.summary ?? operation.displayName, link: "\(resource.page.file)#\(anchor)",
                            method: operation.method.rawValue.uppercased(), path: MarkdownText.code(operation.path),
                            deprecated: operation.deprecated)
                    })
            },
            webhooks: Rows(outbound),
            extensions: Rows(ExtensionRow.rows(api.info.extensions) + ExtensionRow.rows(api.extensions)))
    }

    private var contact: String? {
        guard let contact = api.info.contact else { return nil }
        let parts = [contact.name, contact.email.map { "<\($0)>" }, contact.url].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    private func section(_ scheme: SecurityScheme) -> SecuritySchemeSection {
        let kind: String
        switch scheme.kind {
        case .apiKey:
            kind = "API key in \(scheme.parameterLocation?.rawValue ?? "header") \(MarkdownText.code(scheme.parameterName ?? ""))"
        case .http:
            kind = "HTTP \(scheme.scheme ?? "")" + (scheme.bearerFormat.map { " (\($0))" } ?? "")
        case .oauth2: kind = "OAuth 2.0"
        case .openIdConnect: kind = "OpenID Connect (\(scheme.openIdConnectURL ?? ""))"
        case .mutualTLS: kind = "Mutual TLS"
        }
        let flows = scheme.flows ?? []
        var seenScopes = Set<String>()
        let scopes = flows.flatMap(\.scopes).filter { seenScopes.insert($0.name).inserted }
        return SecuritySchemeSection(
            name: scheme.name, anchor: schemeAnchors[scheme.name] ?? MarkdownText.slug(scheme.name), kind: kind,
            description: scheme.description,
            flows: Rows(flows.map { FlowRow(kind: $0.kind.rawValue, authorizationURL: MarkdownText.cell($0.authorizationURL), tokenURL: MarkdownText.cell($0.tokenURL)) }),
            scopes: Rows(scopes.map { ScopeRow(name: MarkdownText.code($0.name), description: MarkdownText.cell($0.description)) }))
    }
}
