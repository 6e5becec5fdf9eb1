import SpeccTemplating

/// `Templates/swift/client.mustache` written in Swift (see `ModelsWriter`): the client, one method
/// per operation, the servers as functions of their variables, and the credentials.
struct ClientWriter: SwiftFileWriter {
    private(set) var text = TextWriter()

    mutating func write(_ file: ClientFile) {
        let access = file.access
        text.swiftFileStart(header: file.header, openAPIRuntime: true, additionalImports: file.additionalImports)
        text.line()
        text.line("/// A client for ", file.apiTitle, ": one method per operation, sent through any `ClientTransport`")
        text.line("/// (`URLSessionTransport`, the AsyncHTTPClient transport, …) and its `ClientMiddleware`s.")
        text.line(access, " struct Client: APIProtocol {")
        text.line("    /// The spec's first server, its variables at their defaults (see `Servers` for the others).")
        text.line("    ", access, " static let defaultServerURL = URL(string: ", file.defaultServerLiteral, ")!")
        text.line()
        text.line("    let core: ClientCore")
        if file.hasOperationServers { text.line("    let operationServerURLs: OperationServerURLs") }
        text.line()
        text.append("""
                /// - Parameters:
                ///   - serverURL: Where requests go; paths are appended to it.
                ///   - transport: Sends the requests (for example `URLSessionTransport()`).
                ///   - middlewares: Run in order around every request; credentials from `Authentication`.
                ///   - maxResponseBytes: The most a JSON or text response body may hold (binary bodies
                ///     stream, whatever their size).

            """)
        if file.hasOperationServers { text.line("    ///   - operationServerURLs: Where the operations with servers of their own send requests.") }
        text.line("    ", access, " init(serverURL: URL = Client.defaultServerURL, transport: any ClientTransport, middlewares: [any ClientMiddleware] = [],")
        text.line("                    maxResponseBytes: Int = 16 << 20",
                  file.hasOperationServers ? ", operationServerURLs: OperationServerURLs = OperationServerURLs()" : "", ") {")
        text.line("        self.core = ClientCore(serverURL: serverURL, transport: transport, middlewares: middlewares, maxResponseBytes: maxResponseBytes)")
        if file.hasOperationServers { text.line("        self.operationServerURLs = operationServerURLs") }
        text.line("    }")
        for operation in file.operations { self.operation(operation, access) }
        text.line("}")
        text.line()
        text.line("/// The servers the spec lists, as functions of their variables; pass one to `Client(serverURL:)`.")
        text.line(access, " enum Servers {")
        servers(file.servers, access, indent: "    ")
        for group in file.operationServers {
            text.line()
            text.line("    /// The servers of `", group.member, "`.")
            text.line("    ", access, " enum ", group.typeName, " {")
            servers(group.servers, access, indent: "        ")
            text.line("    }")
        }
        text.line("}")
        if file.hasOperationServers {
            text.line()
            text.line("/// Where each operation with servers of its own sends its requests: its first server, at the")
            text.line("/// variables' defaults, unless set.")
            text.line(access, " struct OperationServerURLs: Sendable {")
            for group in file.operationServers { text.line("    ", access, " var ", group.member, ": URL") }
            text.line()
            text.line("    ", access, " init(", file.operationServerURLsParameters, ") {")
            for group in file.operationServers { text.line("        self.", group.member, " = ", group.member) }
            text.line("    }")
            text.line("}")
        }
        text.line()
        text.line("/// Credentials for the spec's security schemes, as middlewares to pass to `Client`.")
        text.line(access, " enum Authentication {")
        for credential in file.credentials {
            if let doc = credential.doc { text.line(doc) }
            text.line("    ", access, " static func ", credential.signature, " -> AuthenticationMiddleware {")
            text.line("        ", credential.body)
            text.line("    }")
        }
        text.line("}")
    }

    private mutating func operation(_ operation: OperationModel, _ access: String) {
        text.line()
        if let doc = operation.doc { text.line(doc) }
        if let attribute = operation.deprecationAttribute { text.line("    ", attribute) }
        text.line("    ", access, " func ", operation.name, "(", operation.parameters, ") async throws -> ", operation.responseType, " {")
        text.line("        try await self.core.call(", operation.operationIdLiteral, ") { call in")
        text.line("            ", operation.queryDeclaration)
        for statement in operation.queryStatements { text.line("            ", statement) }
        text.line("            ", operation.headerDeclaration)
        for statement in operation.headerStatements { text.line("            ", statement) }
        for statement in operation.bodyStatements { text.line("            ", statement) }
        text.line("            let request = ClientCore.request(", operation.method, ", path: ", operation.pathExpression,
                  ", query: query, headers: headers, contentType: ", operation.contentTypeExpression, ", accept: ", operation.acceptExpression, ")")
        text.line("            let response = try await call.send(request, body: requestBody, baseURL: ", operation.baseURLExpression, ")")
        text.line("            switch response.status {")
        for item in operation.switchCases { text.line("            ", item) }
        text.line("            }")
        text.line("        }")
        text.line("    }")
    }

    /// Each server as a function of its variables, with the enums of the variables that list
    /// their values; `indent` is where the function is declared.
    private mutating func servers(_ servers: [ServerModel], _ access: String, indent: String) {
        for server in servers {
            if !server.isFirst { text.line() }
            if let doc = server.doc { text.line(doc) }
            text.line(indent, access, " static func ", server.name, "(", server.parameters, ") throws -> URL {")
            text.line(indent, "    try ServerURLs.url(", server.urlLiteral, ", variables: ", server.variables, ")")
            text.line(indent, "}")
            for variable in server.enums {
                text.line()
                if let doc = variable.doc { text.line(doc) }
                text.line(indent, access, " enum ", variable.name, ": String, Sendable, CaseIterable {")
                for item in variable.cases { text.line(indent, "    ", item) }
                text.line(indent, "}")
            }
        }
    }
}
