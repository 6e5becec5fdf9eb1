import SpeccDiagnostics
import SpeccIR
import SpeccSystem

/// `specc-config.yaml`'s settings as `generate-sources` flags, raw as typed: applied over the
/// config (a flag replaces its setting; `--name-override` and the type overrides add to the
/// config's maps), through the same checks, so a bad flag gets the error a bad config line gets,
/// located at the flag.
public struct SourcesFlags: Sendable {
    public var generate: String?
    public var accessModifier: String?
    public var namingStrategy: String?
    public var nameOverrides: [String] = []
    public var schemaOverrides: [String] = []
    public var formatOverrides: [String] = []
    public var additionalImports: [String]?
    public var additionalFileComments: [String]?
    public var filterOperations: [String] = []
    public var filterTags: [String] = []
    public var filterPaths: [String] = []
    public var typesFiles: String?
    /// What the build plugins pass: the count they declared outputs for, which the config must
    /// agree with (a user's `--types-files` simply wins).
    public var pluginTypesFiles: String?
    public var templates: String?

    public init() {}
}

extension SourcesConfig {
    /// The config with `flags` applied, and the problems with them.
    public mutating func apply(_ flags: SourcesFlags) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if let generate = flags.generate {
            generateLocation = .argument("--generate")
            let items = generate.split(separator: ",", omittingEmptySubsequences: true)
                .map { ConfigValue(flag: "--generate", $0.trimmed()) }
            diagnostics += setOutputs(items, at: .argument("--generate"))
        }
        if let access = flags.accessModifier { diagnostics += setAccess(ConfigValue(flag: "--access-modifier", access)) }
        if let strategy = flags.namingStrategy { diagnostics += setNamingStrategy(ConfigValue(flag: "--naming-strategy", strategy)) }
        for (flag, values) in [("--name-override", flags.nameOverrides), ("--schema-override", flags.schemaOverrides), ("--format-override", flags.formatOverrides)] {
            for value in values {
                guard let (name, swiftName) = ConfigValue.pair(flag: flag, value) else {
                    diagnostics.append(.error("config-flag", "\(flag) takes NAME=SWIFT_NAME, not '\(value)'", at: .argument(flag)))
                    continue
                }
                switch flag {
                case "--name-override": diagnostics += setNameOverride(name, swiftName)
                case "--schema-override": diagnostics += setTypeOverride("schemas", name, swiftName)
                default: diagnostics += setTypeOverride("formats", name, swiftName)
                }
            }
        }
        if let imports = flags.additionalImports {
            diagnostics += setImports(imports.map { ConfigValue(flag: "--additional-import", $0) })
        }
        if let comments = flags.additionalFileComments {
            diagnostics += setFileComments(comments.map { ConfigValue(flag: "--additional-file-comment", $0) })
        }
        let filters = [("operations", "--filter-operation", flags.filterOperations), ("tags", "--filter-tag", flags.filterTags), ("paths", "--filter-path", flags.filterPaths)]
        if filters.contains(where: { !$0.2.isEmpty }) {
            // The command line's filter is the whole filter, not an addition to the config's.
            options.filter = nil
            filterEntries = []
            for (kind, flag, values) in filters where !values.isEmpty {
                diagnostics += addFilter(kind, values.map { ConfigValue(flag: flag, $0) })
            }
        }
        if let text = flags.typesFiles { diagnostics += setTypesFiles(ConfigValue(flag: "--types-files", text)) }
        if let text = flags.pluginTypesFiles {
            let configured = typesFiles
            diagnostics += setTypesFiles(ConfigValue(flag: "--plugin-types-files", text))
            if let configured, let typesFiles, configured != typesFiles {
                // The build plugin declared the files it read from the config's own line before
                // specc ran; a mismatch means it could not read that line as written.
                diagnostics.append(.error("config-types-files", "the build plugin read typesFiles as \(typesFiles), the config says \(configured): write it as 'typesFiles: \(configured)' on a line of its own, which the plugin reads", at: .argument("--plugin-types-files")))
            }
        }
        if let templates = flags.templates { diagnostics += setTemplates(ConfigValue(flag: "--templates", templates), path: templates) }
        return diagnostics
    }
}
