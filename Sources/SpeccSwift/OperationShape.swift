import SpeccIR
import SpeccTemplating

/// The Swift face of one operation, shared by the API protocol, the client and the server: the
/// method name, typed parameters and body, and the response enum.
struct OperationShape {
    let operation: Operation
    let name: String
    let responseType: String
    /// What the client passes to its transport and the server to its middlewares.
    let operationIDLiteral: String
    let parameters: [ParameterShape]
    let body: BodyShape?
    let responses: ResponseCases

    /// `eventId: String, limit: Int? = nil`: the client's method, optional values defaulted.
    var callerParameters: String { arguments(defaults: true) }
    /// The protocol requirement's parameters: default values are not allowed there.
    var requirementParameters: String { arguments(defaults: false) }

    private func arguments(defaults: Bool) -> String {
        var parts = parameters.map { "\($0.label): \($0.type)\($0.required ? "" : defaults ? "? = nil" : "?")" }
        if let body { parts.append("body: \(body.type)\(body.required ? "" : defaults ? "? = nil" : "?")") }
        return parts.joined(separator: ", ")
    }

    static func all(api: API, models: ModelCollector) -> [OperationShape] {
        // The client's stored property and the server's registration method share the namespace.
        var methods = NameScope(reserved: ["init", "core", "defaultServerURL", "registerHandlers"])
        return api.operations.map { operation in
            let name = methods.claim(SwiftNames.memberName(operation.operationId ?? "\(operation.method.rawValue) \(operation.path)"))
            return OperationShape(operation, name: name, api: api, models: models)
        }
    }

    private init(_ operation: Operation, name: String, api: API, models: ModelCollector) {
        self.operation = operation
        self.name = name
        let typeStem = SwiftNames.typeName(SwiftNames.bare(name))
        // Claimed with the models, so a schema called `GetEventResponse` cannot collide with it.
        responseType = models.claimTypeName(typeStem + "Response")
        operationIDLiteral = SwiftLiteral.string(operation.operationId ?? operation.displayName)
        var labels = NameScope(reserved: ["body", "query", "headers", "request", "response", "requestBody"])
        parameters = operation.parameters.map { parameter in
            let schema = parameter.schema ?? parameter.content?.first?.schema ?? .inline(Schema())
            return ParameterShape(
                parameter: parameter,
                label: labels.claim(SwiftNames.memberName(parameter.name)),
                type: models.type(for: schema, hint: typeStem + SwiftNames.typeName(parameter.name)).type,
                schema: schema)
        }
        body = BodyShape(operation.requestBody, typeStem: typeStem, models: models)
        responses = ResponseCases(api: api, models: models, typeStem: typeStem, operation: operation)
    }
}

struct ParameterShape {
    let parameter: Parameter
    let label: String
    /// The Swift type, without the `?` an optional parameter adds.
    let type: String
    let schema: SchemaRef
    var required: Bool { parameter.required }
}

/// A request body: JSON and form bodies are typed by their schema, any other media type is `Data`.
struct BodyShape {
    let type: String
    let required: Bool
    /// The media type the client sends.
    let mediaType: String
    /// Every media type the spec lists, which the server accepts.
    let mediaTypes: [String]
    let schema: SchemaRef?
    /// The client's expression turning `body` into bytes.
    let encode: String

    init?(_ requestBody: RequestBody?, typeStem: String, models: ModelCollector) {
        guard let requestBody, let media = requestBody.content.first(where: { $0.schema != nil }) ?? requestBody.content.first else {
            return nil
        }
        required = requestBody.required
        mediaType = media.contentType
        schema = media.schema
        let readable = requestBody.content.filter { BodyShape.kind($0) == BodyShape.kind(media) }
        mediaTypes = readable.map(\.contentType)
        switch BodyShape.kind(media) {
        case .json:
            type = media.schema.map { models.type(for: $0, hint: typeStem + "Body").type } ?? "AnyJSON"
            encode = "JSONCoding.encode(body)"
        case .form:
            type = media.schema.map { models.type(for: $0, hint: typeStem + "Body").type } ?? "[String: AnyJSON]"
            let deep = (media.encoding ?? []).filter { $0.style == .deepObject }.map { SwiftLiteral.string($0.property) }
            encode = deep.isEmpty ? "FormEncoding.encode(body)" : "FormEncoding.encode(body, deepObjectProperties: [\(deep.joined(separator: ", "))])"
        case .bytes:
            type = "Data"
            encode = "body"
        }
    }

    enum Kind { case json, form, bytes }

    static func kind(_ media: MediaType) -> Kind {
        switch media.kind {
        case .json: .json
        case .form: .form
        case .multipart, .binary, .text, .eventStream, .jsonLines, .jsonSequence, .other: .bytes
        }
    }
}
