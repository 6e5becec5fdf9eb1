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

/// A request body: JSON and form bodies are typed by their schema, text is a `String`, and any
/// other media type an `HTTPBody` that streams.
struct BodyShape {
    let type: String
    let required: Bool
    /// The media type the client sends.
    let mediaType: String
    /// Every media type the spec lists, which the server accepts.
    let mediaTypes: [String]
    let schema: SchemaRef?
    /// The client's expression turning `body` into an `HTTPBody`.
    let encode: String
    let kind: Kind

    init?(_ requestBody: RequestBody?, typeStem: String, models: ModelCollector) {
        guard let requestBody, let media = requestBody.content.first(where: { $0.schema != nil }) ?? requestBody.content.first else {
            return nil
        }
        required = requestBody.required
        mediaType = media.contentType
        schema = media.schema
        let readable = requestBody.content.filter { BodyShape.kind($0) == BodyShape.kind(media) }
        mediaTypes = readable.map(\.contentType)
        kind = BodyShape.kind(media)
        switch kind {
        case .json:
            type = media.schema.map { models.type(for: $0, hint: typeStem + "Body").type } ?? "AnyJSON"
            encode = "HTTPBody(try JSONCoding.encode(body))"
        case .form:
            type = media.schema.map { models.type(for: $0, hint: typeStem + "Body").type } ?? "[String: AnyJSON]"
            let deep = (media.encoding ?? []).filter { $0.style == .deepObject }.map { SwiftLiteral.string($0.property) }
            encode = deep.isEmpty ? "HTTPBody(try FormEncoding.encode(body))" : "HTTPBody(try FormEncoding.encode(body, deepObjectProperties: [\(deep.joined(separator: ", "))]))"
        case .text:
            type = "String"
            encode = "HTTPBody(try TextCoding.encode(body, contentType: \(SwiftLiteral.string(media.contentType))))"
        case .stream:
            type = "HTTPBody"
            encode = "body"
        }
    }

    /// How a body travels in Swift: decoded from JSON or form fields, a string, or unread bytes.
    enum Kind { case json, form, text, stream }

    static func kind(_ media: MediaType) -> Kind {
        switch media.kind {
        case .json: .json
        case .form: .form
        case .text: .text
        case .multipart, .binary, .eventStream, .jsonLines, .jsonSequence, .other: .stream
        }
    }
}
