import SpeccDiagnostics

/// `x-` extensions, keys kept with their `x-` prefix. Dictionary order is not meaningful; emitters sort.
public typealias Extensions = [String: JSONValue]

/// The whole API one spec describes: what every emitter and the diff read.
///
/// Every `$ref` is resolved: parameters, bodies and responses are in place; schemas reach each other
/// through `SchemaRef.named`, looked up in `schemas`.
public struct API: Hashable, Sendable, Codable {
    /// The root spec file as the user named it.
    public var source: String
    /// The `openapi` field as written (`3.0.3`, `3.1.0`, `3.2.0`).
    public var openAPIVersion: String
    /// 3.2 `$self`: the document's own URI, the base its relative references resolve against.
    public var selfURI: String?
    public var info: Info
    public var servers: [Server]
    /// Operations in source order: by path as written, then by method in OpenAPI's order.
    public var operations: [Operation]
    /// 3.1 webhooks; each operation's `path` holds the webhook's name.
    public var webhooks: [Operation]
    /// The named schema graph: component schemas and any other schema a `$ref` points at.
    public var schemas: [String: Schema]
    public var securitySchemes: [SecurityScheme]
    /// Requirements that apply to every operation without its own (`[]` means none).
    public var security: [SecurityRequirement]
    public var tags: [Tag]
    public var externalDocs: ExternalDocs?
    public var extensions: Extensions?

    public init(source: String, openAPIVersion: String, info: Info) {
        self.source = source
        self.openAPIVersion = openAPIVersion
        self.info = info
        self.servers = []
        self.operations = []
        self.webhooks = []
        self.schemas = [:]
        self.securitySchemes = []
        self.security = []
        self.tags = []
    }

    /// Schema names in a stable order, for emitters that walk the graph.
    public var schemaNames: [String] { schemas.keys.sorted() }

    public func securityScheme(named name: String) -> SecurityScheme? {
        securitySchemes.first { $0.name == name }
    }

    /// The requirements that apply to `operation`: its own when it declares any, otherwise the API's.
    public func effectiveSecurity(of operation: Operation) -> [SecurityRequirement] {
        operation.security ?? security
    }
}

public struct Info: Hashable, Sendable, Codable {
    public var title: String
    public var version: String
    public var summary: String?
    public var description: String?
    public var termsOfService: String?
    public var contact: Contact?
    public var license: License?
    public var extensions: Extensions?

    public init(title: String, version: String) {
        self.title = title
        self.version = version
    }
}

public struct Contact: Hashable, Sendable, Codable {
    public var name: String?
    public var url: String?
    public var email: String?

    public init() {}
}

public struct License: Hashable, Sendable, Codable {
    public var name: String
    public var identifier: String?
    public var url: String?

    public init(name: String) { self.name = name }
}

public struct Server: Hashable, Sendable, Codable {
    public var url: String
    /// 3.2: a unique name for the host (`production`, `sandbox`).
    public var name: String?
    public var description: String?
    /// Variables in source order.
    public var variables: [ServerVariable]
    public var extensions: Extensions?
    public var location: SourceLocation?

    public init(url: String, location: SourceLocation?) {
        self.url = url
        self.variables = []
        self.location = location
    }

    /// The URL with every `{variable}` replaced by its default: where requests go unless a user
    /// chooses otherwise.
    public var defaultURL: String {
        var result = url
        for variable in variables {
            result = result.split(separator: "{\(variable.name)}", omittingEmptySubsequences: false).joined(separator: variable.defaultValue)
        }
        return result
    }
}

public struct ServerVariable: Hashable, Sendable, Codable {
    public var name: String
    public var defaultValue: String
    public var enumValues: [String]?
    public var description: String?

    public init(name: String, defaultValue: String) {
        self.name = name
        self.defaultValue = defaultValue
    }
}

public struct Tag: Hashable, Sendable, Codable {
    public var name: String
    /// 3.2: a short display title.
    public var summary: String?
    /// 3.2: the tag this one is nested under; the front end has checked it exists and the
    /// parents form no cycle, so walking up always ends.
    public var parent: String?
    /// 3.2: what sort of tag it is (`nav`, `badge`, `audience`, or any other string).
    public var kind: String?
    public var description: String?
    public var externalDocs: ExternalDocs?
    public var extensions: Extensions?
    public var location: SourceLocation?

    public init(name: String) { self.name = name }
}

public struct ExternalDocs: Hashable, Sendable, Codable {
    public var url: String
    public var description: String?

    public init(url: String) { self.url = url }
}
