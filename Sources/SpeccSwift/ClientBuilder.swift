import SpeccIR
import SpeccTemplating

/// Builds the client's view model: one method per operation, typed input and output.
struct ClientBuilder {
    let api: API
    let models: ModelCollector

    func file(header: String) -> ClientFile {
        var methods = NameScope(reserved: ["init", "core", "defaultServerURL"])
        let operations = api.operations.map { operation in
            self.operation(operation, name: methods.claim(SwiftNames.memberName(operation.operationId ?? "\(operation.method.rawValue) \(operation.path)")))
        }
        let servers = api.servers.map { ServerModel(literal: SwiftLiteral.string($0.defaultURL), description: $0.description ?? $0.url) }
        return ClientFile(
            header: header, apiTitle: api.info.title,
            defaultServerLiteral: SwiftLiteral.string(api.servers.first.map(\.defaultURL).flatMap(ServerURL.parsable) ?? "/"),
            servers: servers, operations: operations, credentials: credentials())
    }

    private func operation(_ operation: Operation, name: String) -> OperationModel {
        let typeStem = SwiftNames.typeName(SwiftNames.bare(name))
        // Claimed with the models, so a schema called `GetEventResponse` cannot collide with it.
        let responseType = models.claimTypeName(typeStem + "Response")
        var labels = NameScope(reserved: ["body", "query", "headers", "request", "response", "requestBody"])
        var signature: [String] = []
        var queryStatements: [String] = []
        var headerStatements: [String] = []
        var cookieParts: [String] = []
        var paramNames: [String: String] = [:]
        for parameter in operation.parameters {
            let label = labels.claim(SwiftNames.memberName(parameter.name))
            paramNames["\(parameter.location.rawValue):\(parameter.name)"] = label
            let schema = parameter.schema ?? parameter.content?.first?.schema ?? .inline(Schema())
            let mapped = models.type(for: schema, hint: typeStem + SwiftNames.typeName(parameter.name))
            let optional = !parameter.required
            signature.append("\(label): \(mapped.type)\(optional ? "? = nil" : "")")
            let nameLiteral = SwiftLiteral.string(parameter.name)
            let style = SwiftLiteral.string(parameter.style.rawValue)
            switch parameter.location {
            case .path:
                break
            case .query:
                let add = "query += ParameterStyle.query(\(nameLiteral), try ParameterValue(\(label)), style: \(style), explode: \(parameter.explode))"
                queryStatements.append(optional ? "if let \(label) { \(add) }" : add)
            case .header:
                let add = "headers.append((\(nameLiteral), ParameterStyle.header(try ParameterValue(\(label)), explode: \(parameter.explode))))"
                headerStatements.append(optional ? "if let \(label) { \(add) }" : add)
            case .cookie:
                let add = "cookies.append(\(nameLiteral) + \"=\" + ParameterStyle.header(try ParameterValue(\(label)), explode: false))"
                cookieParts.append(optional ? "if let \(label) { \(add) }" : add)
            }
        }
        let pathExpression = Self.pathExpression(operation, labels: paramNames)
        if !cookieParts.isEmpty {
            headerStatements.insert("var cookies: [String] = []", at: 0)
            headerStatements += cookieParts
            headerStatements.append("if !cookies.isEmpty { headers.append((\"Cookie\", cookies.joined(separator: \"; \"))) }")
        }
        let (bodyStatement, contentType) = bodyEncoding(operation, typeStem: typeStem, signature: &signature)
        let responses = ResponseCases(api: api, models: models, typeStem: typeStem, operation: operation)
        return OperationModel(
            doc: DocComment.block(Self.doc(operation), indent: "    "),
            name: name,
            parameters: signature.joined(separator: ", "),
            responseType: responseType,
            responseCases: responses.cases,
            operationIdLiteral: SwiftLiteral.string(operation.operationId ?? operation.displayName),
            method: ".\(operation.method.rawValue)",
            pathExpression: pathExpression,
            queryDeclaration: queryStatements.isEmpty ? "let query: [String] = []" : "var query: [String] = []",
            queryStatements: queryStatements,
            headerDeclaration: headerStatements.isEmpty ? "let headers: [(String, String)] = []" : "var headers: [(String, String)] = []",
            headerStatements: headerStatements,
            bodyStatement: bodyStatement,
            contentTypeExpression: contentType.map { type in
                operation.requestBody?.required == true ? SwiftLiteral.string(type) : "requestBody == nil ? nil : \(SwiftLiteral.string(type))"
            } ?? "nil",
            switchCases: responses.switchCases)
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
                parts.append("ParameterStyle.path(\(SwiftLiteral.string(name)), try ParameterValue(\(label)), style: \(SwiftLiteral.string(parameter?.style.rawValue ?? "simple")), explode: \(parameter?.explode ?? false))")
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

    private func bodyEncoding(_ operation: Operation, typeStem: String, signature: inout [String]) -> (String, String?) {
        guard let body = operation.requestBody, let media = body.content.first(where: { $0.schema != nil }) ?? body.content.first else {
            return ("let requestBody: Data? = nil", nil)
        }
        let optional = !body.required
        let mediaType = media.contentType
        let type: String
        let encode: String
        if mediaType.contains("json") {
            type = media.schema.map { models.type(for: $0, hint: typeStem + "Body").type } ?? "AnyJSON"
            encode = "JSONCoding.encode(body)"
        } else if mediaType == "application/x-www-form-urlencoded" {
            type = media.schema.map { models.type(for: $0, hint: typeStem + "Body").type } ?? "[String: AnyJSON]"
            let deep = (media.encoding ?? []).filter { $0.style == .deepObject }.map { SwiftLiteral.string($0.property) }
            encode = deep.isEmpty ? "FormEncoding.encode(body)" : "FormEncoding.encode(body, deepObjectProperties: [\(deep.joined(separator: ", "))])"
        } else {
            type = "Data"
            encode = "body"
        }
        signature.append("body: \(type)\(optional ? "? = nil" : "")")
        let statement: String
        if type == "Data" {
            statement = "let requestBody: Data? = body"
        } else if optional {
            statement = "let requestBody: Data? = try body.map { body in try \(encode) }"
        } else {
            statement = "let requestBody: Data? = try \(encode)"
        }
        return (statement, mediaType)
    }

    private static func doc(_ operation: Operation) -> [String] {
        DocComment.lines([operation.summary, operation.description, "`\(operation.displayName)`"])
            + (operation.deprecated ? ["- Warning: Deprecated."] : [])
    }

    private func credentials() -> [CredentialModel] {
        var names = NameScope()
        return api.securitySchemes.compactMap { scheme in
            let name = names.claim(SwiftNames.memberName(scheme.name))
            let doc = DocComment.lines([scheme.description, "- Remark: Generated from `#/components/securitySchemes/\(scheme.name)`."])
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
