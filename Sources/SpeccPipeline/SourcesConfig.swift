import SpeccDiagnostics
import SpeccOpenAPI
import SpeccSwift
import SpeccTemplating
import SpeccYAML

/// `specc-config.yaml`, read by `specc generate-sources` and the build plugins:
///
///     generate: [client, server]   # client (the default), server, or both
///     accessModifier: internal     # public (the default), package or internal
///     typeNames:                   # Swift names for named schemas, e.g. to avoid the app's own
///       Event: StrigoEvent
///
/// Every problem is a located diagnostic; an unknown key suggests the closest known one.
public enum SourcesConfig {
    static let keys = ["generate", "accessModifier", "typeNames"]

    public static func load(_ path: String?) -> (options: SwiftOptions?, diagnostics: [Diagnostic]) {
        var options = SwiftOptions(outputs: .client, access: .public, layout: .bundle)
        guard let path else { return (options, []) }
        let bytes: [UInt8]
        switch FileBytes.read(path) {
        case .success(let read): bytes = read
        case .failure(let failure): return (nil, [.error("config-unreadable", "cannot read the config: \(failure)", at: .file(path))])
        }
        let loaded = YAMLLoader.load(bytes: bytes, file: path)
        guard let document = loaded.document, !loaded.diagnostics.hasErrors else { return (nil, loaded.diagnostics) }
        // An empty file means every default.
        guard let root = document.root else { return (options, loaded.diagnostics) }
        guard root.isMapping else {
            return (nil, [.error("config-not-mapping", "the config must be a mapping of settings (generate, accessModifier), not \(root.kindName)", at: root.location)])
        }
        var diagnostics = loaded.diagnostics
        for (key, value) in root.pairs {
            switch key.scalar {
            case "generate":
                let items = value.isSequence ? value.items : [value]
                var outputs: SwiftOutputs = []
                for item in items {
                    switch item.scalar {
                    case "client": outputs.insert(.client)
                    case "server": outputs.insert(.server)
                    default:
                        diagnostics.append(.error("config-generate", "generate takes client and/or server, not \(item.scalar.map { "'\($0)'" } ?? item.kindName)", at: item.location))
                    }
                }
                if outputs.isEmpty && items.isEmpty {
                    diagnostics.append(.error("config-generate", "generate needs at least one of client, server", at: value.location))
                }
                options.outputs = outputs
            case "accessModifier":
                guard let text = value.scalar, let access = SwiftOptions.Access(rawValue: text) else {
                    diagnostics.append(.error("config-access", "accessModifier is public, package or internal, not \(value.scalar.map { "'\($0)'" } ?? value.kindName)", at: value.location))
                    continue
                }
                options.access = access
            case "typeNames":
                guard value.isMapping else {
                    diagnostics.append(.error("config-type-names", "typeNames maps schema names to Swift type names, not \(value.kindName)", at: value.location))
                    continue
                }
                for (schema, swiftName) in value.pairs {
                    guard let schemaName = schema.scalar, let text = swiftName.scalar, Self.isTypeName(text) else {
                        diagnostics.append(.error("config-type-names", "\(swiftName.scalar.map { "'\($0)'" } ?? swiftName.kindName) is not a Swift type name (a letter or _, then letters, digits or _)", at: swiftName.location))
                        continue
                    }
                    options.typeNames[schemaName] = text
                }
            default:
                let name = key.scalar ?? key.kindName
                // A near miss (`generat`) or a shortened name (`access`).
                let guess = Suggestion.closest(to: name, in: keys) ?? keys.first { !name.isEmpty && $0.lowercased().hasPrefix(name.lowercased()) }
                let suggestion = guess.map { "; did you mean '\($0)'?" } ?? ""
                diagnostics.append(.error("config-unknown-key", "unknown setting '\(name)'\(suggestion) (known: \(keys.joined(separator: ", ")))", at: key.location))
            }
        }
        return diagnostics.hasErrors ? (nil, diagnostics) : (options, diagnostics)
    }

    private static func isTypeName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first == "_" || (first.properties.isAlphabetic && first.isASCII) else { return false }
        return text.unicodeScalars.allSatisfy { $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) }
    }
}

extension Pipeline {
    /// The build plugin's job: one spec and its config → exactly `Types.swift`, `Client.swift` and
    /// `Server.swift` (see `SwiftOptions.Layout.bundle`).
    public static func generateSources(spec: String, config: String?, templates: TemplateSet, frontEnd: FrontEndOptions = .init()) -> Generation {
        let (options, configDiagnostics) = SourcesConfig.load(config)
        var generation = Generation(files: [], diagnostics: configDiagnostics, ownedFolders: [])
        let output = compile(spec: spec, options: frontEnd)
        generation.diagnostics = Diagnostic.sortedForDisplay(generation.diagnostics + output.diagnostics)
        guard let options, let api = output.api, !generation.hasErrors else { return generation }
        generation.files = SwiftEmitter.emit(api, specName: specName(spec), sourcePath: spec, templates: templates, options: options)
        generation.diagnostics = Diagnostic.sortedForDisplay(generation.diagnostics + SwiftLimitations.diagnostics(api))
        return generation
    }
}
