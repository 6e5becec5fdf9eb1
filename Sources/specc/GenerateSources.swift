import ArgumentParser
import SpeccPipeline

struct GenerateSources: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate-sources",
        abstract: "Generate the Swift for one spec into a fixed set of files (what the build plugin runs).",
        discussion: """
            Always writes the same files, so a SwiftPM build-tool plugin can declare them before \
            generating: Types.swift (the models, the API protocol and the response enums; with \
            typesFiles N > 1, Types_0.swift … Types_<N-1>.swift, each type in the file its name \
            hashes to), Client.swift and Server.swift (each just a header when not asked for). Files \
            are replaced atomically and only when their bytes change. A spec or config with errors \
            writes nothing and exits 1, with FILE:LINE:COL diagnostics.

            The config (specc-config.yaml) is optional; each setting is a flag too, which wins:
              generate: [types, client]          --generate types,client    (types, client, server)
              accessModifier: internal           --access-modifier internal (public, package, internal)
              namingStrategy: defensive          --naming-strategy defensive (idiomatic, defensive)
              nameOverrides: {Event: Happening}  --name-override Event=Happening
              typeOverrides:
                schemas: {Money: MyApp.Money}    --schema-override Money=MyApp.Money
                formats: {uuid: Foundation.UUID} --format-override uuid=Foundation.UUID
              additionalImports: [Models]        --additional-import Models
              additionalFileComments: ["swiftlint:disable all"]   --additional-file-comment '…'
              filter:                            --filter-operation, --filter-tag, --filter-path
                operations: [createChatCompletion]
                tags: [Models]
                paths: [/files/{file_id}]
              typesFiles: 16                     --types-files 16
              templates: Templates               --templates DIR (relative to the config in it)

            Example:
              specc generate-sources --spec Sources/App/openapi.yaml --config Sources/App/specc-config.yaml --output .build/generated
            """
    )

    @Option(help: "The OpenAPI spec (YAML or JSON).")
    var spec: String

    @Option(help: "specc-config.yaml: what to generate and how (see above).")
    var config: String?

    @Option(help: "The folder to write the files into.")
    var output: String

    @Option(help: "Comma-separated parts: types, client, server.")
    var generate: String?

    @Option(name: .customLong("access-modifier"), help: "public, package or internal.")
    var accessModifier: String?

    @Option(name: .customLong("naming-strategy"), help: "idiomatic or defensive.")
    var namingStrategy: String?

    @Option(name: .customLong("name-override"), help: "SPEC_NAME=SwiftName (repeatable).")
    var nameOverrides: [String] = []

    @Option(name: .customLong("schema-override"), help: "Schema=ExistingSwiftType (repeatable).")
    var schemaOverrides: [String] = []

    @Option(name: .customLong("format-override"), help: "format=ExistingSwiftType (repeatable).")
    var formatOverrides: [String] = []

    @Option(name: .customLong("additional-import"), help: "A module every file imports (repeatable).")
    var additionalImports: [String] = []

    @Option(name: .customLong("additional-file-comment"), help: "A comment line under every file's header (repeatable).")
    var additionalFileComments: [String] = []

    @Option(name: .customLong("filter-operation"), help: "Only this operationId (repeatable; with the other filters, any may match).")
    var filterOperations: [String] = []

    @Option(name: .customLong("filter-tag"), help: "Only operations with this tag (repeatable).")
    var filterTags: [String] = []

    @Option(name: .customLong("filter-path"), help: "Only operations on this path (repeatable).")
    var filterPaths: [String] = []

    @Option(name: .customLong("types-files"), help: "How many Types_<n>.swift files to spread the types over (1 writes Types.swift).")
    var typesFiles: String?

    @Option(name: .customLong("plugin-types-files"), help: .hidden)
    var pluginTypesFiles: String?

    @Option(help: "A folder of .mustache files overriding built-in templates by name.")
    var templates: String?

    @OptionGroup var frontEnd: FrontEndOptionGroup

    var flags: SourcesFlags {
        var flags = SourcesFlags()
        flags.generate = generate
        flags.accessModifier = accessModifier
        flags.namingStrategy = namingStrategy
        flags.nameOverrides = nameOverrides
        flags.schemaOverrides = schemaOverrides
        flags.formatOverrides = formatOverrides
        flags.additionalImports = additionalImports.isEmpty ? nil : additionalImports
        flags.additionalFileComments = additionalFileComments.isEmpty ? nil : additionalFileComments
        flags.filterOperations = filterOperations
        flags.filterTags = filterTags
        flags.filterPaths = filterPaths
        flags.typesFiles = typesFiles
        flags.pluginTypesFiles = pluginTypesFiles
        flags.templates = templates
        return flags
    }

    func run() throws {
        let generation = Pipeline.generateSources(spec: spec, configPath: config, flags: flags, frontEnd: frontEnd.frontEndOptions)
        StandardError.write(Pipeline.render(generation.diagnostics))
        guard !generation.hasErrors else { throw ExitCode(1) }
        try OutputPlan(generation: generation, root: output).apply()
        try OutputPlan.removeStaleTypesFiles(in: output, keeping: generation)
    }
}
