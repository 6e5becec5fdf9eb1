import SpeccIR
import SpeccJSONSchema
import SpeccTemplating

/// Builds the server's view model: each operation's registration reads and validates its input,
/// calls the protocol's method and encodes the outcome.
struct ServerBuilder {
    let api: API
    let shapes: [OperationShape]

    func file(header: String, access: String = "public") -> ServerFile {
        var entries: [(key: String, schema: SchemaRef)] = []
        let operations = shapes.map { shape in
            Self.registration(shape, path: SwiftLiteral.string(shape.operation.path), security: Self.security(api.effectiveSecurity(of: shape.operation), api: api), entries: &entries)
        }
        let schemas = SwiftLiteral.rawMultiline(utf8: ValidationDocument.utf8(api: api, entries: entries))
        return ServerFile(header: header, access: access, apiTitle: api.info.title, schemasLiteral: schemas, operations: operations)
    }

    /// One operation's registration: read and check each input, call the method, encode the
    /// outcome. `path` is a Swift expression; the schemas the checks name are added to `entries`.
    static func registration(_ shape: OperationShape, path: String, security: String?, entries: inout [(key: String, schema: SchemaRef)]) -> ServerOperationModel {
        let operationID = shape.operation.operationId ?? shape.operation.displayName
        var statements: [String] = []
        var arguments: [String] = []
        for parameter in shape.parameters {
            // The key is written once, here: into the schemas document and into the call.
            let key = ValidationKey.parameter(operationID, parameter.parameter)
            entries.append((key, parameter.schema))
            let name = SwiftLiteral.string(parameter.parameter.name)
            if parameter.parameter.location == .querystring {
                let content = QuerystringContent(parameter.parameter.content?.first)
                let read = parameter.required ? "requiredQuerystring" : "querystring"
                statements.append("let \(parameter.label) = try request.\(read)(\(name), as: \(parameter.type).self, content: .\(content.rawValue), schema: \(SwiftLiteral.string(key)))")
            } else {
                let read = parameter.required ? "requiredParameter" : "parameter"
                statements.append("let \(parameter.label) = try request.\(read)(in: .\(parameter.parameter.location.rawValue), \(name), as: \(parameter.type).self, style: .\(parameter.parameter.style.rawValue), explode: \(parameter.parameter.explode), schema: \(SwiftLiteral.string(key)))")
            }
            arguments.append("\(SwiftNames.label(parameter.label)): \(parameter.label)")
        }
        if let body = shape.body {
            // The keys are written once, here: into the schemas document and into the call.
            func validation(_ coding: BodyCoding, schema: SchemaRef?, key: String) -> BodyCoding.Validation {
                if coding.kind == .multipart {
                    let parts = coding.checkedParts.map { part in
                        let partKey = ValidationKey.part(key, part.name)
                        entries.append((partKey, part.schema))
                        return (name: part.name, key: partKey)
                    }
                    return parts.isEmpty ? .none : .parts(parts)
                }
                // Other bodies are checked only when read whole, before the handler runs.
                guard coding.kind.isValidated, let schema else { return .none }
                entries.append((key, schema))
                return .schema(key: key)
            }
            if let representations = body.representations {
                statements += representations.serverRead(required: body.required) { representation in
                    validation(representation.coding, schema: representation.media.schema,
                               key: ValidationKey.body(operationID, mediaType: representation.media.contentType))
                }
            } else {
                let checked = validation(body.coding, schema: body.schema, key: ValidationKey.body(operationID))
                statements.append("let body = " + body.coding.serverRead(required: body.required, mediaTypes: body.mediaTypes, validation: checked))
            }
            arguments.append("body: body")
        }
        if let accept = shape.accept {
            statements.append("let \(AcceptChoice.label) = try request.accepted(\(accept.typeName).self)")
            arguments.append("\(AcceptChoice.label): \(AcceptChoice.label)")
        }
        return ServerOperationModel(
            name: shape.name,
            method: shape.operation.method.swiftExpression,
            pathLiteral: path,
            operationIdLiteral: shape.operationIDLiteral,
            securityArgument: security.map { ", security: \($0)" } ?? "",
            producesArgument: shape.producedMediaTypes.isEmpty ? "" : ", produces: [" + shape.producedMediaTypes.map(SwiftLiteral.string).joined(separator: ", ") + "]",
            inputStatements: statements,
            arguments: arguments.joined(separator: ", "),
            responseCases: shape.responses.serverCases)
    }

    /// `[[SecurityEntry("orgApiKey", .authorization("bearer"), scopes: [])]]`, or nil when the
    /// operation may be called anonymously.
    static func security(_ requirements: [SecurityRequirement], api: API) -> String? {
        guard !requirements.isEmpty, !requirements.contains(where: \.isAnonymous) else { return nil }
        let alternatives = requirements.map { requirement in
            "[" + requirement.entries.map { entry in
                let scopes = entry.scopes.map(SwiftLiteral.string).joined(separator: ", ")
                return "SecurityEntry(\(SwiftLiteral.string(entry.scheme)), \(source(entry.scheme, api: api)), scopes: [\(scopes)])"
            }.joined(separator: ", ") + "]"
        }
        return "[" + alternatives.joined(separator: ", ") + "]"
    }

    private static func source(_ schemeName: String, api: API) -> String {
        guard let scheme = api.securityScheme(named: schemeName) else { return ".transport" }
        let name = SwiftLiteral.string(scheme.parameterName ?? "")
        switch (scheme.kind, scheme.parameterLocation) {
        case (.http, _): return ".authorization(\(SwiftLiteral.string(scheme.scheme ?? "bearer")))"
        case (.oauth2, _), (.openIdConnect, _): return ".authorization(\"bearer\")"
        case (.apiKey, .query?): return ".query(\(name))"
        case (.apiKey, .cookie?): return ".cookie(\(name))"
        case (.apiKey, _): return ".header(\(name))"
        case (.mutualTLS, _): return ".transport"
        }
    }
}

/// Names a schema in the server's validation document: written by the generator into both the
/// document and the call that reads it, so the two cannot disagree.
enum ValidationKey {
    static func parameter(_ operationID: String, _ parameter: Parameter) -> String {
        "\(operationID) \(parameter.location.rawValue) \(parameter.name)"
    }

    static func body(_ operationID: String) -> String { "\(operationID) body" }

    /// One representation's schema, for a body of several.
    static func body(_ operationID: String, mediaType: String) -> String { "\(operationID) body \(mediaType)" }

    /// One part's schema, in a multipart body whose key is `body`.
    static func part(_ body: String, _ name: String) -> String { "\(body) part \(name)" }
}
