import SpeccIR
import SpeccJSONSchema
import SpeccTemplating

/// Builds the server's view model: each operation's registration reads and validates its input,
/// calls the protocol's method and encodes the outcome.
struct ServerBuilder {
    let api: API
    let shapes: [OperationShape]

    func file(header: String) -> ServerFile {
        var entries: [(key: String, schema: SchemaRef)] = []
        var operations: [ServerOperationModel] = []
        for shape in shapes {
            let operationID = shape.operation.operationId ?? shape.operation.displayName
            var statements: [String] = []
            var arguments: [String] = []
            for parameter in shape.parameters {
                let location = parameter.parameter.location.rawValue
                entries.append(("\(operationID) \(location) \(parameter.parameter.name)", parameter.schema))
                let read = parameter.required ? "requiredParameter" : "parameter"
                statements.append("let \(parameter.label) = try request.\(read)(in: \(SwiftLiteral.string(location)), \(SwiftLiteral.string(parameter.parameter.name)), as: \(parameter.type).self, style: \(SwiftLiteral.string(parameter.parameter.style.rawValue)), explode: \(parameter.parameter.explode))")
                arguments.append("\(parameter.label): \(parameter.label)")
            }
            if let body = shape.body {
                if let schema = body.schema { entries.append(("\(operationID) body", schema)) }
                let read = body.required ? "requiredBody" : "body"
                let mediaTypes = body.mediaTypes.map(SwiftLiteral.string).joined(separator: ", ")
                statements.append("let body = try request.\(read)(\(body.type).self, mediaTypes: [\(mediaTypes)])")
                arguments.append("body: body")
            }
            operations.append(ServerOperationModel(
                name: shape.name,
                method: ".\(shape.operation.method.rawValue)",
                pathLiteral: SwiftLiteral.string(shape.operation.path),
                operationIdLiteral: shape.operationIDLiteral,
                inputStatements: statements,
                arguments: arguments.joined(separator: ", "),
                responseCases: shape.responses.serverCases))
        }
        let schemas = ValidationDocument.json(api: api, entries: entries)
        return ServerFile(header: header, apiTitle: api.info.title, schemasLiteral: SwiftLiteral.rawMultiline(schemas), operations: operations)
    }
}
