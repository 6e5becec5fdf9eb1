import SpeccIR
import SpeccTemplating

/// Builds the client's view model: one method per operation, encoding its input and decoding its output.
struct ClientBuilder {
    let api: API
    let shapes: [OperationShape]

    func file(header: String, access: String = "public") -> ClientFile {
        return ClientFile(
            header: header, access: access, apiTitle: api.info.title,
            defaultServerLiteral: SwiftLiteral.string(api.servers.first.map(\.defaultURL).flatMap(ServerURL.parsable) ?? "/"),
            servers: ServerModels.servers(api.servers), operationServers: operationServers(), operations: shapes.map(operation), credentials: credentials())
    }

    /// Operations whose servers differ from the document's (their own or their path's).
    private func operationServers() -> [OperationServersModel] {
        shapes.compactMap { shape in
            guard let servers = shape.operation.servers, !servers.isEmpty, servers != api.servers else { return nil }
            return OperationServersModel(typeName: SwiftNames.typeName(SwiftNames.bare(shape.name)), member: shape.name, servers: ServerModels.servers(servers, indent: "        "))
        }
    }

    private func operation(_ shape: OperationShape) -> OperationModel {
        let operation = shape.operation
        var queryStatements: [String] = []
        var headerStatements: [String] = []
        var cookieParts: [String] = []
        var paramNames: [String: String] = [:]
        for parameter in shape.parameters {
            let label = parameter.label
            paramNames["\(parameter.parameter.location.rawValue):\(parameter.parameter.name)"] = label
            let optional = !parameter.required
            let nameLiteral = SwiftLiteral.string(parameter.parameter.name)
            let style = "." + parameter.parameter.style.rawValue
            let explode = parameter.parameter.explode
            switch parameter.parameter.location {
            case .path:
                break
            case .query:
                let add = "query += ParameterStyle.query(\(nameLiteral), try ParameterValue(\(label)), style: \(style), explode: \(explode))"
                queryStatements.append(optional ? "if let \(label) { \(add) }" : add)
            case .header:
                let add = "headers.append((\(nameLiteral), ParameterStyle.header(try ParameterValue(\(label)), explode: \(explode))))"
                headerStatements.append(optional ? "if let \(label) { \(add) }" : add)
            case .cookie where parameter.parameter.style == .cookie:
                // 3.2's cookie style: the value as the spec's author escaped it, nothing added.
                let add = "cookies += ParameterStyle.cookie(\(nameLiteral), try ParameterValue(\(label)), explode: \(explode))"
                cookieParts.append(optional ? "if let \(label) { \(add) }" : add)
            case .cookie:
                // Form style, percent-encoded: a cookie value may not hold spaces, commas or semicolons.
                let add = "cookies += ParameterStyle.query(\(nameLiteral), try ParameterValue(\(label)), style: .form, explode: false)"
                cookieParts.append(optional ? "if let \(label) { \(add) }" : add)
            case .querystring:
                let add = Self.querystring(parameter.parameter, label: label)
                queryStatements.append(optional ? "if let \(label) { \(add) }" : add)
            }
        }
        let pathExpression = Self.pathExpression(operation, labels: paramNames)
        if !cookieParts.isEmpty {
            headerStatements.insert("var cookies: [String] = []", at: 0)
            headerStatements += cookieParts
            headerStatements.append("if !cookies.isEmpty { headers.append((\"Cookie\", cookies.joined(separator: \"; \"))) }")
        }
        let bodyStatements: [String]
        var contentType = shape.body.map { body in
            body.required ? SwiftLiteral.string(body.mediaType) : "requestBody == nil ? nil : \(SwiftLiteral.string(body.mediaType))"
        } ?? "nil"
        if let body = shape.body, let representations = body.representations {
            bodyStatements = representations.clientEncode(required: body.required)
            contentType = "contentType"
        } else if let body = shape.body, body.coding.encodesContentType {
            let encode = body.coding.clientEncode
            bodyStatements = body.required ? ["let encoded = \(encode)", "let requestBody: HTTPBody? = encoded.body"]
                : ["let encoded = try body.map { body in \(encode) }", "let requestBody: HTTPBody? = encoded?.body"]
            contentType = body.required ? "encoded.contentType" : "encoded?.contentType"
        } else if let body = shape.body {
            let encode = body.coding.clientEncode
            if body.kind == .binary {
                bodyStatements = ["let requestBody: HTTPBody? = body"]
            } else if !body.required {
                let throwing = encode.contains("try ")
                bodyStatements = ["let requestBody: HTTPBody? = \(throwing ? "try " : "")body.map { body in \(encode) }"]
            } else {
                bodyStatements = ["let requestBody: HTTPBody? = \(encode)"]
            }
        } else {
            bodyStatements = ["let requestBody: HTTPBody? = nil"]
        }
        var model = OperationModel(
            doc: DocComment.block(Self.doc(shape), indent: "    "),
            name: shape.name,
            parameters: shape.callerParameters,
            responseType: shape.responseType,
            operationIdLiteral: shape.operationIDLiteral,
            method: operation.method.swiftExpression,
            pathExpression: pathExpression,
            queryDeclaration: queryStatements.isEmpty ? "let query: [String] = []" : "var query: [String] = []",
            queryStatements: queryStatements,
            headerDeclaration: headerStatements.isEmpty ? "let headers: [(String, String)] = []" : "var headers: [(String, String)] = []",
            headerStatements: headerStatements,
            bodyStatements: bodyStatements,
            acceptExpression: shape.accept?.clientExpression
                ?? (shape.producedMediaTypes.isEmpty ? "nil" : SwiftLiteral.string(shape.producedMediaTypes.joined(separator: ", "))),
            contentTypeExpression: contentType,
            switchCases: shape.responses.switchCases,
            baseURLExpression: (shape.operation.servers.map { !$0.isEmpty && $0 != api.servers } ?? false) ? "self.operationServerURLs.\(SwiftNames.bare(shape.name))" : "nil")
        if operation.deprecated {
            model.deprecationAttribute = "@available(*, deprecated, message: \(DeprecationMessage.literal(operation.extensions)))"
        }
        return model
    }

    /// `"/events/" + ParameterStyle.path(…)`: literal segments and encoded parameters.
    private static func pathExpression(_ operation: Operation, labels: [String: String]) -> String {
        var parts: [String] = []
        var literal = ""
        var variable: String?
        for character in operation.path {
            if character == "{" {
                variable = ""
            } else if character == "}", let name = variable {
                if !literal.isEmpty { parts.append(SwiftLiteral.string(literal)); literal = "" }
                let parameter = operation.parameters.first { $0.location == .path && $0.name == name }
                let label = labels["path:\(name)"] ?? SwiftNames.memberName(name)
                parts.append("ParameterStyle.path(\(SwiftLiteral.string(name)), try ParameterValue(\(label)), style: .\((parameter?.style ?? .simple).rawValue), explode: \(parameter?.explode ?? false))")
                variable = nil
            } else if variable != nil {
                variable!.append(character)
            } else {
                literal.append(character)
            }
        }
        if !literal.isEmpty || parts.isEmpty { parts.append(SwiftLiteral.string(literal)) }
        return parts.joined(separator: " + ")
    }

    /// The statement that makes a 3.2 `querystring` parameter the whole query: its fields for a
    /// form (honouring `deepObject` encodings, as a form body does), else its JSON or its text.
    static func querystring(_ parameter: Parameter, label: String) -> String {
        let media = parameter.content?.first
        switch QuerystringContent(media) {
        case .form:
            let deep = (media?.encoding ?? []).filter { $0.style == .deepObject }.map { SwiftLiteral.string($0.property) }
            return "query += try FormEncoding.queryItems(\(label)\(deep.isEmpty ? "" : ", deepObjectProperties: [\(deep.joined(separator: ", "))]"))"
        case .json: return "query.append(try QueryStringValue.json(\(label)))"
        case .text: return "query.append(QueryStringValue.text(\(label)))"
        }
    }


    /// The operation's words, and a deprecation line for it and for each deprecated parameter
    /// (Swift cannot deprecate one argument of a method).
    static func doc(_ shape: OperationShape) -> [String] {
        let operation = shape.operation
        return DocComment.lines([operation.summary, operation.description, "`\(operation.displayName)`"])
            + (operation.deprecated ? ["- Warning: Deprecated."] : [])
            + shape.parameters.filter(\.parameter.deprecated).map { parameter in
                let advice = parameter.parameter.description.map { " " + $0.split(whereSeparator: \.isNewline).joined(separator: " ") } ?? ""
                return "- Parameter \(SwiftNames.bare(parameter.label)): Deprecated by the API.\(advice)"
            }
    }

    private func credentials() -> [CredentialModel] {
        var names = NameScope()
        return api.securitySchemes.compactMap { scheme in
            let name = names.claim(SwiftNames.memberName(scheme.name))
            let doc = DocComment.lines([scheme.description, "- Remark: Generated from `#/components/securitySchemes/\(scheme.name)`."])
                + (scheme.deprecated ? ["- Warning: Deprecated by the API: prefer another scheme."] : [])
            let literalName = SwiftLiteral.string(scheme.parameterName ?? "")
            switch (scheme.kind, scheme.parameterLocation) {
            case (.http, _) where scheme.scheme == "basic":
                return CredentialModel(doc: DocComment.block(doc, indent: "    "), signature: "\(name)(username: String, password: String)", body: "AuthenticationMiddleware(.basic(username: username, password: password))")
            case (.http, _), (.oauth2, _), (.openIdConnect, _):
                return CredentialModel(doc: DocComment.block(doc, indent: "    "), signature: "\(name)(token: String)", body: "AuthenticationMiddleware(.bearer(token))")
            case (.apiKey, .query?):
                return CredentialModel(doc: DocComment.block(doc, indent: "    "), signature: "\(name)(key: String)", body: "AuthenticationMiddleware(.query(name: \(literalName), value: key))")
            case (.apiKey, .cookie?):
                return CredentialModel(doc: DocComment.block(doc, indent: "    "), signature: "\(name)(key: String)", body: "AuthenticationMiddleware(.cookie(name: \(literalName), value: key))")
            case (.apiKey, _):
                return CredentialModel(doc: DocComment.block(doc, indent: "    "), signature: "\(name)(key: String)", body: "AuthenticationMiddleware(.header(name: \(literalName), value: key))")
            case (.mutualTLS, _):
                return nil
            }
        }
    }
}
