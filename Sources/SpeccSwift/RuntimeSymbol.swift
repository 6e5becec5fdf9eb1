/// Every type or module name generated Swift uses without declaring it, from the Swift standard
/// library, Foundation, OpenAPIRuntime and SpeccRuntime: the one declaration of them. No generated
/// type may take one of these names (it would shadow the symbol in every file of the module), so
/// the reserved type names derive from this list, and a test reads every golden and fails if
/// generated code names a type that is neither declared in it nor listed here.
public enum RuntimeSymbol: String, CaseIterable, Sendable {
    // The Swift standard library.
    case string = "String", int = "Int", int32 = "Int32", int64 = "Int64", double = "Double", float = "Float", bool = "Bool", error = "Error"
    case decoder = "Decoder", encoder = "Encoder", codable = "Codable", sendable = "Sendable", hashable = "Hashable"
    case rawRepresentable = "RawRepresentable", caseIterable = "CaseIterable", codingKey = "CodingKey", decodingError = "DecodingError", encodingError = "EncodingError"
    // Foundation.
    case foundation = "Foundation", date = "Date", data = "Data", url = "URL"
    // OpenAPIRuntime.
    case openAPIRuntime = "OpenAPIRuntime", clientTransport = "ClientTransport", clientMiddleware = "ClientMiddleware"
    case serverTransport = "ServerTransport", serverMiddleware = "ServerMiddleware", httpBody = "HTTPBody"
    case serverSentEvent = "ServerSentEvent", serverSentEventWithJSONData = "ServerSentEventWithJSONData"
    case multipartBody = "MultipartBody", multipartRawPart = "MultipartRawPart"
    // SpeccRuntime.
    case speccRuntime = "SpeccRuntime", textCoding = "TextCoding", itemStream = "ItemStream", itemCoding = "ItemCoding", anyJSON = "AnyJSON", indirect = "Indirect", jsonCoding = "JSONCoding", formEncoding = "FormEncoding"
    case parameterStyle = "ParameterStyle", parameterValue = "ParameterValue", clientCore = "ClientCore"
    case authenticationMiddleware = "AuthenticationMiddleware", undocumentedResponse = "UndocumentedResponse"
    case serverCore = "ServerCore", serverOptions = "ServerOptions", serverResponse = "ServerResponse"
    case validationSchemas = "ValidationSchemas", securityEntry = "SecurityEntry"
    case formPart = "FormPart", multipartParts = "MultipartParts", partRules = "PartRules", multipartCoding = "MultipartCoding"
    case partReader = "PartReader", serverURLs = "ServerURLs", anyCodingKey = "AnyCodingKey", queryStringValue = "QueryStringValue"

    public var name: String { rawValue }
}

/// The names generated code declares for itself, beside the spec's own types.
public enum GeneratedDeclaration: String, CaseIterable, Sendable {
    case client = "Client", apiProtocol = "APIProtocol", authentication = "Authentication", serverSchemas = "ServerSchemas"
    case servers = "Servers", operationServerURLs = "OperationServerURLs"
    case webhooks = "Webhooks", webhookPaths = "WebhookPaths", webhookSchemas = "WebhookSchemas"
    case codingKeys = "CodingKeys"

    public var name: String { rawValue }
}
