import SpeccDiagnostics
import SpeccYAML

/// The fixed fields of each OpenAPI object, for catching misspelled keys (`requestbody`), which
/// would otherwise be silently ignored. Extensions (`x-…`) are always allowed.
enum KnownFields {
    static let document = ["openapi", "info", "jsonSchemaDialect", "servers", "paths", "webhooks", "components", "security", "tags", "externalDocs"]
    static let info = ["title", "summary", "description", "termsOfService", "contact", "license", "version"]
    static let server = ["url", "description", "variables"]
    static let pathItem = ["$ref", "summary", "description", "get", "put", "post", "delete", "options", "head", "patch", "trace", "servers", "parameters"]
    static let operation = ["tags", "summary", "description", "externalDocs", "operationId", "parameters", "requestBody", "responses", "callbacks", "deprecated", "security", "servers"]
    static let parameter = ["name", "in", "description", "required", "deprecated", "allowEmptyValue", "style", "explode", "allowReserved", "schema", "example", "examples", "content"]
    static let header = ["description", "required", "deprecated", "allowEmptyValue", "style", "explode", "allowReserved", "schema", "example", "examples", "content"]
    static let requestBody = ["description", "content", "required"]
    static let mediaType = ["schema", "example", "examples", "encoding"]
    static let response = ["description", "headers", "content", "links"]
    static let components = ["schemas", "responses", "parameters", "examples", "requestBodies", "headers", "securitySchemes", "links", "callbacks", "pathItems"]
    static let securityScheme = ["type", "description", "name", "in", "scheme", "bearerFormat", "flows", "openIdConnectUrl"]
    static let tag = ["name", "description", "externalDocs"]
}

extension LoweringContext {
    /// Warns about keys of `object` that are neither fixed fields of its type nor extensions.
    func checkKnownFields(_ object: YAMLNode, _ known: [String], owner: String) {
        // Byte comparisons first: this runs on every object of a large spec, and a string is
        // only built for a key that is actually unknown.
        for (key, _) in object.pairs where !key.scalarHasPrefix("x-") && !known.contains(where: key.scalarEquals) {
            guard let name = key.scalar else { continue }
            let suggestion = Suggestion.closest(to: name, in: known)
            sink.warning("unknown-field", "unknown field '\(name)' in \(owner) is ignored", at: key.location,
                         notes: suggestion.map { [.init("did you mean '\($0)'?")] } ?? [])
        }
    }
}
