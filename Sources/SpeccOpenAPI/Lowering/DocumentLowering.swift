import SpeccDiagnostics
import SpeccIR
import SpeccYAML

/// Lowers the root OpenAPI object, in an order that lets later parts rely on earlier ones:
/// component names first (for schema naming and security checks), then everything that may
/// reference them, then the schema queue.
struct DocumentLowering {
    let context: LoweringContext
    let root: YAMLNode
    let versionText: String
    /// Read for how many threads lower the paths and component schemas, and from how many of
    /// them together (see `ParallelLowering`).
    let options: FrontEndOptions

    /// The API, and whether its paths and schemas were lowered in parallel.
    func lower() -> (api: API, inParallel: Bool) {
        context.checkKnownFields(root, .document, owner: "the document")
        let components = context.mapping(root, "components", in: "the document")
        if let components { context.checkKnownFields(components, .components, owner: "components") }
        collectComponentNames(components)
        var api = API(source: root.document.file, openAPIVersion: versionText, info: context.lowerInfo(root))
        api.selfURI = lowerSelf()
        api.servers = context.lowerServers(root) ?? []
        api.tags = context.lowerTags(root)
        api.externalDocs = context.lowerExternalDocs(root)
        api.extensions = context.extensions(of: root)
        if let security = root["security"] {
            api.security = context.lowerSecurityRequirements(security)
        }
        let paths = context.mapping(root, "paths", in: "the document")
        let parallel = ParallelLowering.lower(context, paths: paths, threads: options.loweringThreads, threshold: options.parallelLoweringThreshold)
        if let parallel {
            api.operations = parallel.operations
            for records in parallel.pathRecords { records.take(into: context) }
        } else if let paths {
            api.operations = context.lowerPathMap(paths)
        }
        if paths == nil, root["paths"] == nil {
            requirePathsOrAlternatives()
        }
        if let webhooks = context.mapping(root, "webhooks", in: "the document") {
            if context.version == .v3_0 {
                context.sink.warning("webhooks-in-3.0", "'webhooks' is an OpenAPI 3.1 field; it is read anyway", at: root.pair("webhooks")!.key.location)
            }
            api.webhooks = context.lowerPathMap(webhooks, isWebhooks: true)
        }
        if let components {
            api.securitySchemes = lowerSecuritySchemes(components)
            validateReusableComponents(components)
        }
        api.securitySchemes += context.referencedSecuritySchemes.map(\.scheme)
        if let parallel {
            for records in parallel.schemaRecords { records.take(into: context) }
            for (name, schema) in parallel.schemas { api.schemas[name] = schema }
        }
        context.drainSchemaQueue(into: &api.schemas)
        return (api, parallel != nil)
    }

    /// 3.2 `$self`: a URI reference (RFC 3986 §4.1), the document's base URI.
    private func lowerSelf() -> String? {
        guard let node = root["$self"], let text = context.stringValue(node, "'$self'") else { return nil }
        guard URIText.isReference(text) else {
            context.sink.error("self-invalid", "'$self' must be a URI reference (RFC 3986), such as https://example.com/openapi.yaml; '\(text)' is not one", at: node.location)
            return nil
        }
        return text
    }

    private func requirePathsOrAlternatives() {
        switch context.version {
        case .v3_0:
            context.missing("paths", in: root, "the document")
        case .v3_1, .v3_2:
            if root["components"] == nil, root["webhooks"] == nil {
                context.sink.error("missing-field", "an OpenAPI \(context.version.name) document needs at least one of 'paths', 'components' or 'webhooks'", at: root.location)
            }
        }
    }

    private func collectComponentNames(_ components: YAMLNode?) {
        guard let components else { return }
        for (section, _, node) in context.entries(components, skippingExtensions: true) where node.isMapping {
            guard let map = context.mapping(components, section, in: "components") else { continue }
            for (name, key, _) in context.entries(map) where !Self.isValidComponentName(name) {
                context.sink.error("component-name", "component name '\(name)' may only use letters, digits, '.', '-' and '_'", at: key.location)
            }
        }
        if let securitySchemes = context.mapping(components, "securitySchemes", in: "components") {
            context.securitySchemeNames = context.entries(securitySchemes).map(\.name)
        }
        if let schemas = context.mapping(components, "schemas", in: "components") {
            for (name, _, node) in context.entries(schemas) {
                context.schemas.registerComponent(name, node: node)
            }
        }
    }

    private func lowerSecuritySchemes(_ components: YAMLNode) -> [SecurityScheme] {
        guard let map = context.mapping(components, "securitySchemes", in: "components") else { return [] }
        return context.entries(map).compactMap { name, _, value in
            context.withResolved(value, "security scheme '\(name)'") { context.lowerSecurityScheme($0, name: name) }
        }
    }

    /// Components not referenced anywhere still get checked, so a broken one is found before use.
    /// (Schemas and security schemes are lowered for the IR itself.)
    private func validateReusableComponents(_ components: YAMLNode) {
        validateEach(components, "parameters", "parameter") { node, _ in _ = context.lowerParameter(node, usedAt: node.location) }
        validateEach(components, "requestBodies", "request body") { node, _ in _ = context.lowerRequestBody(node) }
        validateEach(components, "responses", "response") { node, name in _ = context.lowerResponsesComponent(node, name: name) }
        validateEach(components, "headers", "header") { node, name in _ = context.lowerHeader(node, name: name) }
        validateEach(components, "examples", "example") { node, name in _ = context.lowerExample(node, name: name) }
        validateEach(components, "links", "link") { node, name in _ = context.lowerLink(node, name: name) }
        validateEach(components, "callbacks", "callback") { node, name in _ = context.lowerCallback(node, name: name) }
        validateEach(components, "pathItems", "path item") { node, name in _ = context.lowerPathItem(node, path: name) }
        validateEach(components, "mediaTypes", "media type") { node, name in _ = context.lowerMediaType(node, contentType: name, shared: true) }
    }

    private func validateEach(_ components: YAMLNode, _ section: String, _ noun: String, _ lower: (YAMLNode, String) -> Void) {
        guard let map = context.mapping(components, section, in: "components") else { return }
        for (name, _, value) in context.entries(map) {
            _ = context.withResolved(value, "\(noun) '\(name)'") { lower($0, name) }
        }
    }

    static func isValidComponentName(_ name: String) -> Bool {
        // `^[a-zA-Z0-9.\-_]+$`, on the bytes: every byte of a non-ASCII character is above 0x7F.
        !name.isEmpty && name.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"): true
            default: false
            }
        }
    }
}
