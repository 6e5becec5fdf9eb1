import ArgumentParser
import SpeccIR
import SpeccJSONSchema
import SpeccPipeline

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print one self-contained JSON Schema (2020-12) for a body or a component.",
        discussion: """
            The schema is bundled: every schema it refers to is included under $defs, so it can be \
            used on its own (in a gateway, a test, another language's validator).

            Examples:
              specc schema Specs/strigo-events.yaml --operation createEvent --request
              specc schema Specs/strigo-events.yaml --operation getEvent --response 200
              specc schema Specs/strigo-events.yaml --component Event
            """
    )

    @Argument(help: "An OpenAPI 3.0, 3.1 or 3.2 file.")
    var spec: String

    @Option(help: "The operationId whose body schema to print.")
    var operation: String?

    @Flag(help: "The operation's request body.")
    var request = false

    @Option(help: "The status key of the response body to print (200, 4XX, default).")
    var response: String?

    @Option(help: "A named schema to print instead of an operation's body.")
    var component: String?

    @OptionGroup var frontEnd: FrontEndOptionGroup

    func validate() throws {
        switch (operation, component) {
        case (nil, nil): throw ValidationError("Name an --operation (with --request or --response CODE) or a --component.")
        case (_?, _?): throw ValidationError("Use either --operation or --component, not both.")
        case (_?, nil) where request == (response != nil):
            throw ValidationError("With --operation, give exactly one of --request and --response CODE.")
        default: break
        }
    }

    func run() throws {
        let output = Pipeline.compile(spec: spec, options: frontEnd.frontEndOptions)
        StandardError.write(Pipeline.render(output.diagnostics))
        guard let api = output.api, !output.hasErrors else { throw ExitCode(1) }
        let schema = try select(in: api)
        print(JSONSchemaEmitter.bundle(schema, api: api), terminator: "")
    }

    private func select(in api: API) throws -> SchemaRef {
        if let component {
            guard api.schemas[component] != nil else {
                throw failure("no schema named '\(component)'", candidates: api.schemaNames)
            }
            return .named(component)
        }
        let operationId = operation!
        guard let found = api.operations.first(where: { $0.operationId == operationId }) else {
            throw failure("no operation with operationId '\(operationId)'", candidates: api.operations.compactMap(\.operationId))
        }
        if request {
            guard let body = found.requestBody, let schema = JSONSchemaEmitter.bodySchema(body.content, api: api) else {
                throw failure("\(found.displayName) has no request body schema", candidates: [])
            }
            return schema
        }
        guard let status = response.flatMap(ResponseStatus.init(key:)), let match = found.responses.first(where: { $0.status == status }) else {
            throw failure("\(found.displayName) has no response '\(response ?? "")'", candidates: found.responses.map(\.status.key))
        }
        guard let schema = JSONSchemaEmitter.bodySchema(match.content, api: api) else {
            throw failure("response '\(match.status.key)' of \(found.displayName) has no body schema", candidates: [])
        }
        return schema
    }

    private func failure(_ message: String, candidates: [String]) -> ExitCode {
        var text = "specc: \(message)"
        if !candidates.isEmpty { text += " (available: \(candidates.joined(separator: ", ")))" }
        StandardError.write(text + "\n")
        return ExitCode(1)
    }
}
