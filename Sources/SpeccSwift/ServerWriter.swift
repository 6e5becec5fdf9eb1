import SpeccTemplating

/// `Templates/swift/server.mustache` written in Swift (see `ModelsWriter`): every operation's
/// registration on a `ServerTransport`, and the schemas requests are checked against.
struct ServerWriter: SwiftFileWriter {
    private(set) var text = TextWriter()

    mutating func write(_ file: ServerFile) {
        text.swiftFileStart(header: file.header, openAPIRuntime: true, additionalImports: file.additionalImports)
        text.line()
        text.line("extension APIProtocol {")
        text.line("    /// Serves ", file.apiTitle, " on any `ServerTransport` (a Hummingbird `Router` through")
        text.append("""
                /// swift-openapi-hummingbird, Vapor through swift-openapi-vapor, …).
                ///
                /// Each request is checked against the spec before its method runs: the credentials its
                /// security requirements name must be present (and pass `options.authenticate`, if set: 401),
                /// parameters and body must parse and match their schemas (400 with `application/problem+json`
                /// naming the field and the rule), the body must be a declared media type (415) and within
                /// `options.maxBodyBytes` (413). An error thrown by a method becomes a bare 500;
                /// `options.onHandlerError` sees it.
                ///
                /// - Parameters:
                ///   - transport: Where requests arrive.
                ///   - pathPrefix: Put before every path (`/api/v1`); none by default.
                ///   - middlewares: Run in order around every request, before validation.
                ///   - options: The body size limit and the error hook.

            """)
        text.line("    ", file.access, " func registerHandlers(on transport: any ServerTransport, pathPrefix: String = \"\", middlewares: [any ServerMiddleware] = [], options: ServerOptions = ServerOptions()) throws {")
        text.line("        let server = ServerCore(transport: transport, pathPrefix: pathPrefix, middlewares: middlewares, options: options, schemas: ServerSchemas.shared)")
        for operation in file.operations { Self.registration(operation, into: &text) }
        text.line("        try server.registerUndeclaredMethods()")
        text.line("    }")
        text.line("}")
        text.line()
        text.line("/// The spec's schemas, which requests are checked against before a handler runs.")
        text.line("enum ServerSchemas {")
        text.line("    static let shared = ValidationSchemas(json: ", file.schemasLiteral, ")")
        text.line("}")
    }

    /// One operation's registration, inside a `registerHandlers` (the webhooks' receivers too).
    static func registration(_ operation: ServerOperationModel, into text: inout TextWriter) {
        text.line("        try server.register(", operation.method, ", path: ", operation.pathLiteral, ", operationID: ", operation.operationIdLiteral,
                  operation.securityArgument, operation.producesArgument, ") { request in")
        for statement in operation.inputStatements { text.line("            ", statement) }
        text.line("            switch try await self.", operation.member, "(", operation.arguments, ") {")
        for response in operation.responseCases { text.line("            ", response) }
        text.line("            }")
        text.line("        }")
    }
}
