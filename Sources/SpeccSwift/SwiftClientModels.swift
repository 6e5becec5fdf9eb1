// The template contract for `swift/client`: the client and one method per operation. Statements
// are final Swift text; templates only indent and place them.

public struct ClientFile: Sendable {
    public let header: String
    /// `public`, `package` or `internal`: every declaration's access level.
    public let access: String
    public let apiTitle: String
    /// The first server's URL with its variables' defaults, as a Swift string literal.
    public let defaultServerLiteral: String
    public let servers: [ServerModel]
    public let operations: [OperationModel]
    public let credentials: [CredentialModel]
}

public struct ServerModel: Sendable {
    public let literal: String
    public let description: String
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
}

public struct ResponseCaseModel: Sendable {
    /// The doc comment, ready to place: `/// ` lines, indented for where the declaration goes.
    public let doc: String?
    public let declaration: String
}
