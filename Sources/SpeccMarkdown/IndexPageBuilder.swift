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
                    description: MarkdownText.cell([server.name.map { "**\($0)**" }, server.description].compactMap { $0 }.joined(separator: ": ")),
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
                    heading: String(repeating: "#", count: min(3 + resource.page.depth, 6)),
                    title: resource.page.title, file: resource.page.file, summary: resource.page.summary, description: resource.page.description,
                    operations: zip(resource.page.operations, resource.anchors).map { operation, anchor in
                        OperationLink(
                            title: operation.summary ?? operation.displayName, link: "\(resource.page.file)#\(anchor)",
                            method: operation.method.name, path: MarkdownText.code(operation.path),
                            deprecated: operation.deprecated)
                    })
            },
            tagKinds: tagKinds(resources),
            webhooks: Rows(outbound),
            extensions: Rows(ExtensionRow.rows(api.info.extensions) + ExtensionRow.rows(api.extensions)))
    }

    /// How the OAuth grant is named where people read about it (RFC 6749, RFC 8628).
    private static func flowName(_ kind: OAuthFlow.Kind) -> String {
        switch kind {
        case .implicit: "implicit"
        case .password: "password"
        case .clientCredentials: "clientCredentials"
        case .authorizationCode: "authorizationCode"
        case .deviceAuthorization: "deviceAuthorization (device code: the authorization URL is where a device gets its user code)"
        }
    }

    /// Tags whose 3.2 `kind` is not navigation, grouped by kind in the order the kinds first
    /// appear: what each marks is the list of operations carrying it.
    private func tagKinds(_ resources: [(page: ResourceGrouping.Page, anchors: [String])]) -> [TagKindGroup] {
        let links = Dictionary(resources.flatMap { resource in
            zip(resource.page.operations, resource.anchors).map { ($0.location, "[\($0.summary ?? $0.displayName)](\(resource.page.file)#\($1))") }
        }, uniquingKeysWith: { first, _ in first })
        let files = Dictionary(resources.map { ($0.page.title, $0.page.file) }, uniquingKeysWith: { first, _ in first })
        var kinds: [String] = []
        for tag in api.tags { if let kind = tag.kind, kind != "nav", !kinds.contains(kind) { kinds.append(kind) } }
        return kinds.map { kind in
            TagKindGroup(kind: kind, rows: api.tags.filter { $0.kind == kind }.map { tag in
                let tagged = api.operations.filter { $0.tags.contains(tag.name) }.compactMap { links[$0.location] }
                return TagKindRow(name: files[tag.name].map { "[\(tag.name)](\($0))" } ?? tag.name, summary: tag.summary.flatMap { $0 == tag.name ? nil : $0 },
                                  operations: tagged.isEmpty ? nil : tagged.joined(separator: ", "))
            })
        }
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
            deprecated: scheme.deprecated,
            metadataURL: scheme.oauth2MetadataURL,
            flows: Rows(flows.map { flow in
                FlowRow(kind: Self.flowName(flow.kind), authorizationURL: MarkdownText.cell(flow.deviceAuthorizationURL ?? flow.authorizationURL), tokenURL: MarkdownText.cell(flow.tokenURL))
            }),
            scopes: Rows(scopes.map { ScopeRow(name: MarkdownText.code($0.name), description: MarkdownText.cell($0.description)) }))
    }
}
