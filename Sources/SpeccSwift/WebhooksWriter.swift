import SpeccTemplating

/// `Templates/swift/webhooks.mustache` written in Swift (see `ModelsWriter`): each receiver
/// protocol's registration on a `ServerTransport`, and where its requests arrive.
struct WebhooksWriter: SwiftFileWriter {
    private(set) var text = TextWriter()

    mutating func write(_ file: WebhooksFile) {
        let access = file.access
        text.line(file.header)
        guard file.hasReceivers else { return }
        text.line()
        text.swiftImports(openAPIRuntime: true, additionalImports: file.additionalImports)
        for receiver in file.receivers {
            text.line()
            text.line("extension ", receiver.protocolName, " {")
            text.line("    /// Receives these requests from ", file.apiTitle, " on any `ServerTransport`, each checked against the")
            text.append("""
                    /// spec before its method runs, as `registerHandlers(on:)` checks requests to the API: its
                    /// parameters and body must parse and match their schemas (400 with `application/problem+json`
                    /// naming the field and the rule), the body must be a declared media type (415) and within
                    /// `options.maxBodyBytes` (413).
                    ///
                    /// - Parameters:
                    ///   - transport: Where the requests arrive.

                """)
            text.line("    ///   - paths: The path each request arrives at: the URL you gave ", file.apiTitle, ".")
            text.append("""
                    ///   - middlewares: Run in order around every request, before validation (check the
                    ///     sender's signature here).
                    ///   - options: The body size limit and the error hook.

                """)
            text.line("    ", access, " func ", receiver.registerName, "(on transport: any ServerTransport, paths: ", receiver.pathsType, " = ", receiver.pathsType,
                      "(), middlewares: [any ServerMiddleware] = [], options: ServerOptions = ServerOptions()) throws {")
            text.line("        let server = ServerCore(transport: transport, pathPrefix: \"\", middlewares: middlewares, options: options, schemas: WebhookSchemas.shared)")
            for registration in receiver.registrations { ServerWriter.registration(registration, into: &text) }
            text.line("        try server.registerUndeclaredMethods()")
            text.line("    }")
            text.line("}")
            text.line()
            text.line("/// Where each request of `", receiver.protocolName, "` arrives, each at `/` and its name unless set.")
            text.line(access, " struct ", receiver.pathsType, ": Sendable {")
            for path in receiver.paths {
                text.line(path.doc)
                text.line("    ", access, " var ", path.member, ": String")
            }
            text.line()
            text.line("    ", access, " init(", receiver.pathsParameters, ") {")
            for path in receiver.paths { text.line("        self.", path.member, " = ", path.member) }
            text.line("    }")
            text.line("}")
        }
        text.line()
        text.line("/// The spec's schemas, which received requests are checked against before a handler runs.")
        text.line("enum WebhookSchemas {")
        text.line("    static let shared = ValidationSchemas(json: ", file.schemasLiteral, ")")
        text.line("}")
    }
}
