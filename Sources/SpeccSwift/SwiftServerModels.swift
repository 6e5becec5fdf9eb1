// The template contract for `swift/server`: registration of every operation on a
// `ServerTransport`, with the schemas requests are validated against. Statements are final Swift
// text; templates only indent and place them.

public struct ServerFile: Sendable {
    public let header: String
    /// Modules the file imports besides specc's own (`additionalImports` in the config).
    public var additionalImports: [String] = []
    /// `public`, `package` or `internal`: every declaration's access level.
    public let access: String
    public let apiTitle: String
    /// The validation schemas document (JSON) as a Swift raw string literal.
    public let schemasLiteral: String
    public let operations: [ServerOperationModel]
}

public struct ServerOperationModel: Sendable {
    /// The protocol method's name as declared.
    public let name: String
    /// After a dot (`self.class(…)`), where Swift needs no backticks.
    public var member: String { SwiftNames.bare(name) }
    /// `.get`
    public let method: String
    /// The spec's path template as a literal, `"/events/{event_id}"`.
    public let pathLiteral: String
    public let operationIdLiteral: String
    /// `, security: [[…]]` when the operation requires credentials, else empty.
    public let securityArgument: String
    /// `, produces: ["application/json", …]` when the responses document media types, else empty.
    public let producesArgument: String
    /// `let eventId = try request.requiredParameter(…)`, one per parameter and the body.
    public let inputStatements: [String]
    /// `eventId: eventId, body: body`
    public let arguments: String
    /// `case .ok(let body): return try .body(200, body, contentType: "application/json")`
    public let responseCases: [String]
}
