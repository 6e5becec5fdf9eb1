import SpeccDiagnostics
import SpeccYAML

/// The kinds of OpenAPI object whose fixed fields are checked, each with its fields, so a key that
/// is no field of its object is never silently ignored. Extensions (`x-…`) are always allowed.
enum ObjectKind: Int, CaseIterable {
    case document, info, contact, license, server, serverVariable, pathItem, operation, externalDocs
    case parameter, header, requestBody, mediaType, encoding, response, link, example, tag
    case components, securityScheme, oauthFlows, oauthFlow, discriminator, xml
    /// Not checked itself (JSON Schema allows any keyword), but a schema keyword written on another
    /// object (`type: string` on a parameter) is a misplacement worth an error.
    case schema

    /// Built once: `checkKnownFields` runs on every object of a large spec.
    var fields: [String] { Self.fieldTable[self]! }

    private static let fieldTable = Dictionary(uniqueKeysWithValues: allCases.map { ($0, $0.declaredFields) })

    private var declaredFields: [String] {
        switch self {
        case .document: ["openapi", "$self", "info", "jsonSchemaDialect", "servers", "paths", "webhooks", "components", "security", "tags", "externalDocs"]
        case .info: ["title", "summary", "description", "termsOfService", "contact", "license", "version"]
        case .contact: ["name", "url", "email"]
        case .license: ["name", "identifier", "url"]
        case .server: ["url", "name", "description", "variables"]
        case .serverVariable: ["enum", "default", "description"]
        case .pathItem: ["$ref", "summary", "description", "get", "put", "post", "delete", "options", "head", "patch", "trace", "query", "additionalOperations", "servers", "parameters"]
        case .operation: ["tags", "summary", "description", "externalDocs", "operationId", "parameters", "requestBody", "responses", "callbacks", "deprecated", "security", "servers"]
        case .externalDocs: ["description", "url"]
        case .parameter: ["name", "in", "description", "required", "deprecated", "allowEmptyValue", "style", "explode", "allowReserved", "schema", "example", "examples", "content"]
        // 3.1.2 lists these; `allowEmptyValue` and `allowReserved` apply to query parameters only.
        case .header: ["description", "required", "deprecated", "style", "explode", "schema", "example", "examples", "content"]
        case .requestBody: ["description", "content", "required"]
        case .mediaType: ["schema", "itemSchema", "example", "examples", "encoding", "prefixEncoding", "itemEncoding"]
        case .encoding: ["contentType", "headers", "encoding", "prefixEncoding", "itemEncoding", "style", "explode", "allowReserved"]
        case .response: ["summary", "description", "headers", "content", "links"]
        case .link: ["operationRef", "operationId", "parameters", "requestBody", "description", "server"]
        case .example: ["summary", "description", "dataValue", "serializedValue", "value", "externalValue"]
        case .tag: ["name", "summary", "description", "externalDocs", "parent", "kind"]
        case .components: ["schemas", "responses", "parameters", "examples", "requestBodies", "headers", "securitySchemes", "links", "callbacks", "pathItems", "mediaTypes"]
        case .securityScheme: ["type", "description", "name", "in", "scheme", "bearerFormat", "flows", "openIdConnectUrl", "oauth2MetadataUrl", "deprecated"]
        case .oauthFlows: ["implicit", "password", "clientCredentials", "authorizationCode", "deviceAuthorization"]
        case .oauthFlow: ["authorizationUrl", "deviceAuthorizationUrl", "tokenUrl", "refreshUrl", "scopes"]
        case .discriminator: ["propertyName", "mapping", "defaultMapping"]
        case .xml: ["nodeType", "name", "namespace", "prefix", "attribute", "wrapped"]
        case .schema: [
            "$schema", "$id", "$ref", "$anchor", "$dynamicRef", "$dynamicAnchor", "$defs", "$comment", "$vocabulary",
            "type", "enum", "const", "format", "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
            "maxLength", "minLength", "pattern", "items", "prefixItems", "contains", "maxContains", "minContains",
            "maxItems", "minItems", "uniqueItems", "properties", "patternProperties", "additionalProperties",
            "propertyNames", "maxProperties", "minProperties", "required", "dependentRequired", "dependentSchemas",
            "unevaluatedItems", "unevaluatedProperties", "allOf", "anyOf", "oneOf", "not", "if", "then", "else",
            "title", "description", "default", "deprecated", "readOnly", "writeOnly", "examples",
            "contentEncoding", "contentMediaType", "contentSchema",
            "discriminator", "xml", "externalDocs", "example", "nullable",
        ]
        }
    }

    /// Each kind's fields, whether 3.2 added them, by `rawValue`: what `hasOnlyKnownFields`
    /// compares keys' bytes with.
    fileprivate static let fieldTables = allCases.map { kind in
        ByteKeyTable(kind.declaredFields.map { (name: $0, value: kind.declaredNewerFields.contains($0)) })
    }

    /// The fields OpenAPI 3.2 added: read in any document, but named in a warning in a 3.0 or 3.1
    /// one, whose tools may not know them.
    var introducedIn3_2: [String] { Self.newerTable[self]! }

    private static let newerTable = Dictionary(uniqueKeysWithValues: allCases.map { ($0, $0.declaredNewerFields) })

    private var declaredNewerFields: [String] {
        switch self {
        case .document: ["$self"]
        case .server: ["name"]
        case .pathItem: ["query", "additionalOperations"]
        case .mediaType: ["itemSchema", "prefixEncoding", "itemEncoding"]
        case .encoding: ["encoding", "prefixEncoding", "itemEncoding"]
        case .response: ["summary"]
        case .example: ["dataValue", "serializedValue"]
        case .tag: ["summary", "parent", "kind"]
        case .components: ["mediaTypes"]
        case .securityScheme: ["oauth2MetadataUrl", "deprecated"]
        case .oauthFlows: ["deviceAuthorization"]
        case .oauthFlow: ["deviceAuthorizationUrl"]
        case .discriminator: ["defaultMapping"]
        case .xml: ["nodeType"]
        default: []
        }
    }

    /// How messages name an object of this kind.
    var noun: String {
        switch self {
        case .document: "the OpenAPI document"
        case .info: "info"
        case .contact: "a contact"
        case .license: "a license"
        case .server: "a server"
        case .serverVariable: "a server variable"
        case .pathItem: "a path item"
        case .operation: "an operation"
        case .externalDocs: "externalDocs"
        case .parameter: "a parameter"
        case .header: "a header"
        case .requestBody: "a request body"
        case .mediaType: "a media type"
        case .encoding: "an encoding"
        case .response: "a response"
        case .link: "a link"
        case .example: "an example"
        case .tag: "a tag"
        case .components: "components"
        case .securityScheme: "a security scheme"
        case .oauthFlows: "OAuth flows"
        case .oauthFlow: "an OAuth flow"
        case .discriminator: "a discriminator"
        case .xml: "an XML object"
        case .schema: "a schema"
        }
    }

    /// The kinds, other than `self`, that have `field` as a fixed field.
    func otherKinds(having field: String) -> [ObjectKind] {
        // The schema first: a schema keyword on another object is the most common misplacement.
        ([.schema] + Self.allCases.filter { $0 != .schema }).filter { $0 != self && $0.fields.contains(field) }
    }
}

extension LoweringContext {
    /// Reports keys of `object` that are neither fixed fields of its kind nor extensions: an error
    /// when the key is a field of another kind of object (misplaced: `allowReserved` on a header,
    /// `type` on a parameter instead of under `schema`), a warning otherwise (`requestbody`, with
    /// "did you mean"), since specc can still read the rest of the object.
    func checkKnownFields(_ object: YAMLNode, _ kind: ObjectKind, owner: String) {
        guard !hasOnlyKnownFields(object, kind) else { return }
        let known = kind.fields
        // In a 3.0 or 3.1 document, the fields 3.2 added are named too; one pass over the keys.
        let newer = version < .v3_2 ? kind.introducedIn3_2 : []
        // Byte comparisons first: this runs on every object of a large spec, and a string is
        // only built for a key that is unknown or newer than the document.
        for (key, _) in object.pairs where !key.scalarHasPrefix("x-") {
            guard !known.contains(where: key.scalarEquals) else {
                if !newer.isEmpty, newer.contains(where: key.scalarEquals), let name = key.scalar {
                    warnNewer("'\(name)' in \(owner)", at: key.location)
                }
                continue
            }
            guard let name = key.scalar else { continue }
            let suggestion = Suggestion.closest(to: name, in: known).map { Diagnostic.Note("did you mean '\($0)'?") }
            let elsewhere = kind.otherKinds(having: name)
            if elsewhere.isEmpty {
                sink.warning("unknown-field", "unknown field '\(name)' in \(owner) is ignored", at: key.location, notes: suggestion.map { [$0] } ?? [])
            } else {
                let places = elsewhere.prefix(3).map(\.noun).joined(separator: ", ")
                sink.error("field-misplaced", "'\(name)' is not a field of \(owner); it is a field of \(places)", at: key.location,
                           notes: (suggestion.map { [$0] } ?? []) + Self.misplacementHint(kind, elsewhere))
            }
        }
    }

    /// Whether every key of `object` is an extension or a field of `kind` this document's version
    /// has: what almost every object of a spec is, so decided on the keys' bytes alone, before
    /// any string is made.
    private func hasOnlyKnownFields(_ object: YAMLNode, _ kind: ObjectKind) -> Bool {
        let fields = ObjectKind.fieldTables[kind.rawValue]
        let newerIsNoted = version < .v3_2
        var clean = true
        object.forEachScalarKey { key in
            guard clean, !key.isExtensionKey else { return }
            guard let isNewer = fields.value(of: key) else { clean = false; return }
            clean = !(isNewer && newerIsNoted)
        }
        return clean
    }

    /// A 3.2 construct in an older document: read, since the author meant it, but named, since
    /// the document's other readers may not know it.
    func warnNewer(_ what: String, at location: SourceLocation) {
        sink.warning("newer-version-field", "\(what) is an OpenAPI 3.2 feature; this is a \(version.name) document (it is read anyway; declare 'openapi: 3.2.0' to use it)", at: location)
    }

    private static func misplacementHint(_ kind: ObjectKind, _ elsewhere: [ObjectKind]) -> [Diagnostic.Note] {
        if elsewhere.contains(.schema), [.parameter, .header, .mediaType].contains(kind) {
            return [.init("schema keywords go under 'schema'")]
        }
        return []
    }
}
