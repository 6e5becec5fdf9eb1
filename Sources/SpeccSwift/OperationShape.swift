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
    /// The media types the caller may choose among, when the responses come in several.
    let accept: AcceptChoice?
    /// Every media type the operation's responses document, in order, once each: the client's
    /// `Accept` and what the server checks a request's `Accept` against.
    var producedMediaTypes: [String] { Self.producedMediaTypes(operation) }

    static func producedMediaTypes(_ operation: Operation) -> [String] {
        var seen = Set<String>()
        return operation.responses.flatMap(\.content).map(\.contentType).filter { seen.insert($0).inserted }
    }

    /// `eventId: String, limit: Int? = nil`: the client's method, optional values defaulted.
    var callerParameters: String { arguments(defaults: true) }
    /// The protocol requirement's parameters: default values are not allowed there.
    var requirementParameters: String { arguments(defaults: false) }

    private func arguments(defaults: Bool) -> String {
        var parts = parameters.map { "\($0.label): \($0.type)\($0.required ? "" : defaults ? "? = nil" : "?")" }
        if let body { parts.append("body: \(body.type)\(body.required ? "" : defaults ? "? = nil" : "?")") }
        if let accept { parts.append("\(AcceptChoice.label): [\(accept.typeName)]\(defaults ? " = \(accept.typeName).allCases" : "")") }
        return parts.joined(separator: ", ")
    }

    static func all(api: API, models: ModelCollector) -> [OperationShape] {
        // The client's stored property and the server's registration method share the namespace.
        all(api.operations, reserving: ["init", "core", "defaultServerURL", "registerHandlers"], api: api, models: models)
    }

    /// Shapes for `operations` whose methods share one protocol, beside the `reserved` names;
    /// `names`, when given, are what each method is named from (else its operationId).
    static func all(_ operations: [Operation], names: [String]? = nil, reserving reserved: [String], api: API, models: ModelCollector) -> [OperationShape] {
        var methods = NameScope(reserved: reserved)
        return operations.enumerated().map { index, operation in
            let stem = names?[index] ?? operation.operationId ?? "\(operation.method.field) \(operation.path)"
            let name = methods.claim(SwiftNames.memberName(stem))
            return OperationShape(operation, name: name, api: api, models: models)
        }
    }

    private init(_ operation: Operation, name: String, api: API, models: ModelCollector) {
        self.operation = operation
        self.name = name
        let typeStem = SwiftNames.typeName(SwiftNames.bare(name))
        models.currentOperation = typeStem
        defer { models.currentOperation = nil }
        // Claimed with the models, so a schema called `GetEventResponse` cannot collide with it.
        responseType = models.claimTypeName(typeStem + "Response")
        operationIDLiteral = SwiftLiteral.string(operation.operationId ?? operation.displayName)
        var reserved = ["body", "query", "headers", "request", "response", "requestBody", "encoded"]
        accept = AcceptChoice(operation, typeName: { models.claimTypeName(typeStem + "Accept") })
        if accept != nil { reserved.append(AcceptChoice.label) }
        var labels = NameScope(reserved: reserved)
        parameters = operation.parameters.map { parameter in
            let schema = parameter.schema ?? parameter.content?.first?.schema ?? .inline(Schema())
            return ParameterShape(
                parameter: parameter,
                label: labels.claim(SwiftNames.memberName(parameter.name)),
                type: models.type(for: schema, hint: typeStem + SwiftNames.typeName(parameter.name)).type,
                schema: schema)
        }
        body = BodyShape(operation.requestBody, typeStem: typeStem, api: api, models: models)
        responses = ResponseCases(api: api, models: models, typeStem: typeStem, operation: operation)
    }
}

struct ParameterShape {
    let parameter: Parameter
    let label: String
    /// The Swift type, without the `?` an optional parameter adds.
    let type: SwiftType
    let schema: SchemaRef
    var required: Bool { parameter.required }
}

/// A request body: its first media type with a schema (else its first) as `BodyCoding` types it;
/// the server accepts every listed media type that Swift carries the same way.
struct BodyShape {
    let coding: BodyCoding
    /// Set when the body comes in several media types Swift carries differently.
    let representations: Representations?
    let required: Bool
    /// Every media type the spec lists that is carried like the first, which the server accepts.
    let mediaTypes: [String]
    let schema: SchemaRef?

    var type: SwiftType { representations.map { .named($0.typeName) } ?? coding.type }
    var kind: BodyCoding.Kind { coding.kind }
    /// The media type the client sends.
    var mediaType: String { coding.sentContentType }

    init?(_ requestBody: RequestBody?, typeStem: String, api: API, models: ModelCollector) {
        guard let requestBody, let media = BodyCoding.representative(requestBody.content) else {
            return nil
        }
        required = requestBody.required
        schema = media.schema
        coding = BodyCoding(media, direction: .request, api: api, models: models, hint: typeStem + "Body")
        representations = Representations(requestBody.content, direction: .request, typeName: { models.claimTypeName(typeStem + "Body") }, api: api, models: models, hint: typeStem + "Body")
        mediaTypes = requestBody.content.filter { BodyCoding.carriedAlike($0.kind, media.kind) }.map(\.contentType)
    }
}
