/// `Templates/swift/server.mustache` written in Swift (see `ModelsWriter`): every operation's
/// registration on a `ServerTransport`, and the schemas requests are checked against.
struct ServerWriter {
    private var out = ""

    static func render(_ file: ServerFile) -> String {
        var writer = ServerWriter()
        writer.out.reserveCapacity(file.schemasLiteral.utf8.count + (1 << 14))
        writer.file(file)
        return writer.out
    }

    private mutating func line(_ parts: String...) {
        for part in parts { out += part }
        out += "\n"
    }

    private mutating func file(_ file: ServerFile) {
        line(file.header)
        line()
        line("import Foundation")
        line("import OpenAPIRuntime")
        line("@_spi(Generated) import SpeccRuntime")
        for module in file.additionalImports { line("import ", module) }
        line()
        line("extension APIProtocol {")
        line("    /// Serves ", file.apiTitle, " on any `ServerTransport` (a Hummingbird `Router` through")
        out += """
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

            """
        line("    ", file.access, " func registerHandlers(on transport: any ServerTransport, pathPrefix: String = \"\", middlewares: [any ServerMiddleware] = [], options: ServerOptions = ServerOptions()) throws {")
        line("        let server = ServerCore(transport: transport, pathPrefix: pathPrefix, middlewares: middlewares, options: options, schemas: ServerSchemas.shared)")
        for operation in file.operations {
            line("        try server.register(", operation.method, ", path: ", operation.pathLiteral, ", operationID: ", operation.operationIdLiteral,
                 operation.securityArgument, operation.producesArgument, ") { request in")
            for statement in operation.inputStatements { line("            ", statement) }
            line("            switch try await self.", operation.member, "(", operation.arguments, ") {")
            for response in operation.responseCases { line("            ", response) }
            line("            }")
            line("        }")
        }
        line("        try server.registerUndeclaredMethods()")
        line("    }")
        line("}")
        line()
        line("/// The spec's schemas, which requests are checked against before a handler runs.")
        line("enum ServerSchemas {")
        line("    static let shared = ValidationSchemas(json: ", file.schemasLiteral, ")")
        line("}")
    }
}
