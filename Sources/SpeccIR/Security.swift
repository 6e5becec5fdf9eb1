import SpeccDiagnostics

public struct SecurityScheme: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable {
        case apiKey, http, oauth2, openIdConnect, mutualTLS
    }

    /// The key under `components/securitySchemes`.
    public var name: String
    public var kind: Kind
    public var description: String?
    /// apiKey: the header, query or cookie parameter name.
    public var parameterName: String?
    /// apiKey: where the key goes.
    public var parameterLocation: ParameterLocation?
    /// http: `bearer`, `basic`, … (lowercased, as RFC 7235 scheme names are case-insensitive).
    public var scheme: String?
    public var bearerFormat: String?
    public var flows: [OAuthFlow]?
    public var openIdConnectURL: String?
    /// oauth2, 3.2: where the authorization server's RFC 8414 metadata is.
    public var oauth2MetadataURL: String?
    /// 3.2: clients should move off this scheme.
    public var deprecated: Bool = false
    public var extensions: Extensions?
    public var location: SourceLocation

    public init(name: String, kind: Kind, location: SourceLocation) {
        self.name = name
        self.kind = kind
        self.location = location
    }
}

public struct OAuthFlow: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable {
        case implicit, password, clientCredentials, authorizationCode
        /// 3.2: RFC 8628, for devices without a browser.
        case deviceAuthorization
    }

    public var kind: Kind
    public var authorizationURL: String?
    /// deviceAuthorization: where the device asks for its user code.
    public var deviceAuthorizationURL: String?
    public var tokenURL: String?
    public var refreshURL: String?
    /// Scopes in source order.
    public var scopes: [Scope]

    public init(kind: Kind) {
        self.kind = kind
        self.scopes = []
    }
}

public struct Scope: Hashable, Sendable, Codable {
    public var name: String
    public var description: String

    public init(name: String, description: String) {
        self.name = name
        self.description = description
    }
}

/// One alternative way to authenticate: every listed scheme is needed together.
/// An empty requirement means anonymous access is allowed.
public struct SecurityRequirement: Hashable, Sendable, Codable {
    public struct Entry: Hashable, Sendable, Codable {
        public var scheme: String
        /// OAuth scopes, or roles for other scheme types.
        public var scopes: [String]

        public init(scheme: String, scopes: [String]) {
            self.scheme = scheme
            self.scopes = scopes
        }
    }

    public var entries: [Entry]

    public init(entries: [Entry]) { self.entries = entries }

    public var isAnonymous: Bool { entries.isEmpty }
}
