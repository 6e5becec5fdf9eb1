// The template contract for `swift/client`: the client and one method per operation. Statements
// are final Swift text; templates only indent and place them.

public struct ClientFile: Sendable {
    public let header: String
    /// Modules the file imports besides specc's own (`additionalImports` in the config).
    public var additionalImports: [String] = []
    /// `public`, `package` or `internal`: every declaration's access level.
    public let access: String
    public let apiTitle: String
    /// The first server's URL with its variables' defaults, as a Swift string literal.
    public let defaultServerLiteral: String
    public let servers: [ServerModel]
    /// Operations with servers of their own; empty when none has any.
    public let operationServers: [OperationServersModel]
    public var hasOperationServers: Bool { !operationServers.isEmpty }
    /// `getAgent: URL = URL(string: "https://agent.example.com")!, …`: `OperationServerURLs.init`'s parameters.
    public var operationServerURLsParameters: String {
        operationServers.map { "\($0.member): URL = URL(string: \($0.servers.first?.defaultLiteral ?? "\"/\""))!" }.joined(separator: ", ")
    }
    public let operations: [OperationModel]
    public let credentials: [CredentialModel]
}

/// One server as a function of its variables (`Servers.server1(region:)`).
public struct ServerModel: Sendable {
    /// The first of its list: no blank line before it.
    public let isFirst: Bool
    public let doc: String?
    /// `server1`, `server2`…
    public let name: String
    /// `region: Server1Region = .us, version: String = "v1"`.
    public let parameters: String
    /// The template as written, as a Swift string literal.
    public let urlLiteral: String
    /// `[("region", region.rawValue), ("version", version)]`.
    public let variables: String
    /// The URL at the variables' defaults, as a Swift string literal.
    public let defaultLiteral: String
    public let enums: [ServerVariableEnumModel]
}

/// A server variable that lists its values (`enum` in the spec).
public struct ServerVariableEnumModel: Sendable {
    public let doc: String?
    public let name: String
    /// `case eu`, or `case euWest = "eu-west"` where the name is not the value.
    public let cases: [String]
}

/// The servers of one operation (`servers` on it or its path), which its requests go to.
public struct OperationServersModel: Sendable {
    /// `GetAgent`: the namespace in `Servers`.
    public let typeName: String
    /// `getAgent`: the member of `OperationServerURLs`.
    public let member: String
    public let servers: [ServerModel]
}

public struct CredentialModel: Sendable {
    /// The doc comment, ready to place: `/// ` lines, indented for where the declaration goes.
    public let doc: String?
    /// `orgApiKey(token: String)`
    public let signature: String
    /// `AuthenticationMiddleware(.bearer(token))`
    public let body: String
}

public struct OperationModel: Sendable {
    /// The doc comment, ready to place: `/// ` lines, indented for where the declaration goes.
    public let doc: String?
    public let name: String
    public let parameters: String
    public let responseType: String
    public let operationIdLiteral: String
    public let method: String
    public let pathExpression: String
    /// `var query: [String] = []` or `let …` when nothing is added.
    public let queryDeclaration: String
    public let queryStatements: [String]
    public let headerDeclaration: String
    public let headerStatements: [String]
    /// `let requestBody: Data? = nil` or the encoding statement.
    /// Lines setting `requestBody` (and, for a body of several representations, `contentType`).
    public let bodyStatements: [String]
    /// The Content-Type to send: `nil`, a literal, or `requestBody == nil ? nil : "…"` for an optional body.
    /// The `Accept` header's value: the media types the responses document (`nil`: none).
    public let acceptExpression: String
    public let contentTypeExpression: String
    public let switchCases: [String]
    /// Where this operation's requests go when its servers are its own (`self.operationServerURLs.x`), else `nil`.
    public let baseURLExpression: String
    /// `@available(*, deprecated, message: …)` for an operation the spec deprecates: on the
    /// client's method only, so a server implementing it and the generated code compile quietly.
    public var deprecationAttribute: String? = nil
}

public struct ResponseCaseModel: Sendable {
    /// The doc comment, ready to place: `/// ` lines, indented for where the declaration goes.
    public let doc: String?
    public let declaration: String
}
