import SpeccDiagnostics
import SpeccIR
import SpeccYAML

extension LoweringContext {
    func lowerSecurityScheme(_ node: YAMLNode, name: String) -> SecurityScheme? {
        let owner = "security scheme '\(name)'"
        guard let typeName = string(node, "type", in: owner, required: true) else { return nil }
        guard let kind = SecurityScheme.Kind(rawValue: typeName), kind != .mutualTLS || version >= .v3_1 else {
            sink.error("security-scheme-type", "\(owner) has unknown type '\(typeName)'; expected apiKey, http, oauth2, openIdConnect\(version >= .v3_1 ? " or mutualTLS" : "")", at: node["type"]!.location)
            return nil
        }
        checkKnownFields(node, .securityScheme, owner: owner)
        var scheme = SecurityScheme(name: name, kind: kind, location: node.location)
        scheme.description = string(node, "description", in: owner)
        scheme.deprecated = bool(node, "deprecated", in: owner) ?? false
        switch kind {
        case .apiKey:
            scheme.parameterName = string(node, "name", in: owner, required: true)
            if let placement = string(node, "in", in: owner, required: true) {
                scheme.parameterLocation = ParameterLocation(rawValue: placement)
                if scheme.parameterLocation == nil || scheme.parameterLocation == .path {
                    sink.error("security-scheme-in", "\(owner) has 'in: \(placement)'; expected query, header or cookie", at: node["in"]!.location)
                }
            }
        case .http:
            scheme.scheme = string(node, "scheme", in: owner, required: true)?.lowercased()
            scheme.bearerFormat = string(node, "bearerFormat", in: owner)
        case .oauth2:
            if let flows = mapping(node, "flows", in: owner) {
                checkKnownFields(flows, .oauthFlows, owner: "the flows of \(owner)")
                scheme.flows = lowerFlows(flows, owner: owner)
            } else {
                missing("flows", in: node, owner)
            }
            if let urlNode = node["oauth2MetadataUrl"], let url = stringValue(urlNode, "'oauth2MetadataUrl' of \(owner)") {
                if URIText.isAbsoluteURL(url) {
                    scheme.oauth2MetadataURL = url
                    if !url.lowercased().hasPrefix("https://") {
                        sink.warning("oauth2-metadata-tls", "'oauth2MetadataUrl' of \(owner) is not https: RFC 8414 metadata must be fetched over TLS", at: urlNode.location)
                    }
                } else {
                    sink.error("oauth2-metadata-url", "'oauth2MetadataUrl' of \(owner) must be an absolute URL (https://…), not '\(url)'", at: urlNode.location)
                }
            }
        case .openIdConnect:
            scheme.openIdConnectURL = string(node, "openIdConnectUrl", in: owner, required: true)
        case .mutualTLS:
            break
        }
        scheme.extensions = extensions(of: node)
        return scheme
    }

    private func lowerFlows(_ flows: YAMLNode, owner: String) -> [OAuthFlow] {
        let kinds: [(String, OAuthFlow.Kind, needsAuthorization: Bool, needsToken: Bool)] = [
            ("implicit", .implicit, true, false),
            ("password", .password, false, true),
            ("clientCredentials", .clientCredentials, false, true),
            ("authorizationCode", .authorizationCode, true, true),
            ("deviceAuthorization", .deviceAuthorization, false, true),
        ]
        return kinds.compactMap { key, kind, needsAuthorization, needsToken in
            guard let node = mapping(flows, key, in: owner) else { return nil }
            let flowOwner = "the \(key) flow of \(owner)"
            checkKnownFields(node, .oauthFlow, owner: flowOwner)
            var flow = OAuthFlow(kind: kind)
            flow.authorizationURL = string(node, "authorizationUrl", in: flowOwner, required: needsAuthorization)
            flow.tokenURL = string(node, "tokenUrl", in: flowOwner, required: needsToken)
            flow.deviceAuthorizationURL = string(node, "deviceAuthorizationUrl", in: flowOwner, required: kind == .deviceAuthorization)
            flow.refreshURL = string(node, "refreshUrl", in: flowOwner)
            if let scopes = mapping(node, "scopes", in: flowOwner, keysAreData: true) {
                flow.scopes = entries(scopes).map { Scope(name: $0.name, description: stringValue($0.value, "scope '\($0.name)'") ?? "") }
            } else {
                missing("scopes", in: node, flowOwner)
            }
            return flow
        }
    }

    /// 3.2 §4.31: a requirement's key that names no component may be the URI of a Security
    /// Scheme Object. Only text that could be one is tried, so a misspelt name still gets
    /// "no security scheme named".
    private static func looksLikeReference(_ key: String) -> Bool {
        key.contains("#") || key.contains("/")
    }

    /// The name the scheme a requirement's URI key points at goes by in the IR: its component
    /// name when the URI lands on one of this document's, else the last segment of its pointer
    /// (made unique), the scheme then joining `api.securitySchemes`. Nil, with the resolver's
    /// error, when the URI does not resolve.
    private func securityScheme(referencedBy reference: String, at key: YAMLNode) -> String? {
        guard let target = resolver.target(ofReference: reference, writtenAt: key, sink: &sink) else { return nil }
        let tokens = target.pointer.tokens
        if target.file == resolver.files.rootFile, tokens.count == 3, tokens[0] == "components", tokens[1] == "securitySchemes",
           securitySchemeNames.contains(tokens[2]) {
            return tokens[2]
        }
        if let known = referencedSecuritySchemes.first(where: { $0.key == target.key }) { return known.scheme.name }
        // The name depends on the schemes met before this one.
        if let orderDependence {
            orderDependence.raise()
            return nil
        }
        var name = tokens.last ?? "scheme"
        var suffix = 2
        while securitySchemeNames.contains(name) || referencedSecuritySchemes.contains(where: { $0.scheme.name == name }) {
            name = "\(tokens.last ?? "scheme")\(suffix)"
            suffix += 1
        }
        guard let scheme = withResolved(target.node, "security scheme '\(reference)'", { lowerSecurityScheme($0, name: name) }) else { return nil }
        referencedSecuritySchemes.append((target.key, scheme))
        return name
    }

    /// A `security` list. Scheme names must exist under `components/securitySchemes` (or, in 3.2,
    /// be the URI of a security scheme).
    func lowerSecurityRequirements(_ node: YAMLNode) -> [SecurityRequirement] {
        guard node.isSequence else {
            sink.error("type-mismatch", "'security' must be a list of requirement objects, not \(node.kindName)", at: node.location)
            return []
        }
        return node.items.compactMap { item in
            guard expectMapping(item, "each security requirement") else { return nil }
            let entries = item.pairs.compactMap { key, value -> SecurityRequirement.Entry? in
                guard var scheme = key.scalar else { return nil }
                if !securitySchemeNames.contains(scheme), version >= .v3_2, Self.looksLikeReference(scheme) {
                    guard let named = securityScheme(referencedBy: scheme, at: key) else { return nil }
                    scheme = named
                } else if !securitySchemeNames.contains(scheme) {
                    let suggestion = Suggestion.closest(to: scheme, in: securitySchemeNames)
                    sink.error("security-scheme-unknown", "no security scheme named '\(scheme)' in components/securitySchemes", at: key.location,
                               notes: suggestion.map { [.init("did you mean '\($0)'?")] } ?? [])
                }
                guard value.isSequence else {
                    sink.error("type-mismatch", "scopes of '\(scheme)' must be a list (use [] for none), not \(value.kindName)", at: value.location)
                    return nil
                }
                return SecurityRequirement.Entry(scheme: scheme, scopes: value.items.compactMap { stringValue($0, "each scope") })
            }
            return SecurityRequirement(entries: entries)
        }
    }
}
