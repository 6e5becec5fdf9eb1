import ArgumentParser
import SpeccPipeline

struct GenerateSources: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate-sources",
        abstract: "Generate Types.swift, Client.swift and Server.swift for one spec (what the build plugin runs).",
        discussion: """
            Always writes the same three files, so a SwiftPM build-tool plugin can declare them before \
            generating: Types.swift (the models, the API protocol and the response enums), Client.swift \
            and Server.swift (each just a header when the config does not ask for it). Files are \
            replaced atomically and only when their bytes change. A spec or config with errors writes \
            nothing and exits 1, with FILE:LINE:COL diagnostics.

            The config (specc-config.yaml) is optional:
              generate: [client, server]   # client (default), server, or both
              accessModifier: internal     # public (default), package or internal
              typeNames: {Event: StrigoEvent}   # Swift names for named schemas (qualified: an existing type)
              formats: {uuid: Foundation.UUID}  # existing types for a format's values
              additionalFileComments: ["swiftlint:disable all"]   # lines under each file's header
              filter:                      # only these operations, and the schemas they need
                operations: [createChatCompletion]
                tags: [Models]
                paths: [/files/{file_id}]

            Example:
              specc generate-sources --spec Sources/App/openapi.yaml --config Sources/App/specc-config.yaml --output .build/generated
            """
    )

    @Option(help: "The OpenAPI spec (YAML or JSON).")
    var spec: String

    @Option(help: "specc-config.yaml: what to generate and the access level.")
    var config: String?

    @Option(help: "The folder to write Types.swift, Client.swift and Server.swift into.")
    var output: String

    @OptionGroup var frontEnd: FrontEndOptionGroup

    func run() throws {
        let (templates, templateDiagnostics) = Pipeline.templates(overridesIn: nil)
        StandardError.write(Pipeline.render(templateDiagnostics))
        guard let templates else { throw ExitCode(1) }
        let generation = Pipeline.generateSources(spec: spec, config: config, templates: templates, frontEnd: frontEnd.frontEndOptions)
        StandardError.write(Pipeline.render(generation.diagnostics))
        guard !generation.hasErrors else { throw ExitCode(1) }
        let plan = OutputPlan(generation: generation, root: output)
        try plan.apply()
    }
}
