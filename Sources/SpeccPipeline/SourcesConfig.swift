import SpeccDiagnostics
import SpeccIR
import SpeccOpenAPI
import SpeccSwift
import SpeccTemplating
import SpeccYAML

/// `specc-config.yaml`, read by `specc generate-sources` and the build plugins:
///
///     generate: [client, server]   # client (the default), server, or both
///     accessModifier: internal     # public (the default), package or internal
///     typeNames:                   # Swift names for named schemas, e.g. to avoid the app's own,
///       Event: StrigoEvent         # or an existing type instead of a generated one
///       Money: MyApp.Money
///     formats:                     # existing types for a format's values
///       uuid: Foundation.UUID
///     additionalFileComments:      # lines under every generated file's header
///       - "swiftlint:disable all"
///     filter:                      # only these operations, and the schemas they need
///       operations: [createChatCompletion]
///       tags: [Models]
///       paths: [/files/{file_id}]
///
/// Every problem is a located diagnostic; an unknown key suggests the closest known one.
public enum SourcesConfig {
    static let keys = ["generate", "accessModifier", "typeNames", "formats", "filter", "additionalFileComments"]
    static let filterKeys = ["operations", "tags", "paths"]

    /// Each name the filter lists, where it is written: checked against the spec once it is read.
    struct FilterEntry {
        let kind: String
        let value: String
        let location: SourceLocation
    }

    public static func load(_ path: String?) -> (options: SwiftOptions?, diagnostics: [Diagnostic]) {
        let (options, _, diagnostics) = loadWithFilter(path)
        return (options, diagnostics)
    }

    static func loadWithFilter(_ path: String?) -> (options: SwiftOptions?, filter: [FilterEntry], diagnostics: [Diagnostic]) {
        var entries: [FilterEntry] = []
        let (options, diagnostics) = parse(path, filter: &entries)
        return (options, entries, diagnostics)
    }

    private static func parse(_ path: String?, filter entries: inout [FilterEntry]) -> (options: SwiftOptions?, diagnostics: [Diagnostic]) {
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
                        diagnostics.append(.error("config-type-names", "\(swiftName.scalar.map { "'\($0)'" } ?? swiftName.kindName) is not a Swift type name (a letter or _, then letters, digits or _; dots between a module and its types)", at: swiftName.location))
                        continue
                    }
                    options.typeNames[schemaName] = text
                }
            case "formats":
                guard value.isMapping else {
                    diagnostics.append(.error("config-formats", "formats maps format names to Swift types, not \(value.kindName)", at: value.location))
                    continue
                }
                for (format, swiftName) in value.pairs {
                    guard let formatName = format.scalar, let text = swiftName.scalar, Self.isTypeName(text) else {
                        diagnostics.append(.error("config-formats", "\(swiftName.scalar.map { "'\($0)'" } ?? swiftName.kindName) is not a Swift type name (a letter or _, then letters, digits or _; dots between a module and its types)", at: swiftName.location))
                        continue
                    }
                    options.formatTypes[formatName] = text
                }
            case "additionalFileComments":
                for item in value.isSequence ? value.items : [value] {
                    guard let text = item.scalar, item.isScalar else {
                        diagnostics.append(.error("config-file-comments", "additionalFileComments lists comment lines, not \(item.kindName)", at: item.location))
                        continue
                    }
                    options.additionalFileComments.append(text)
                }
            case "filter":
                guard value.isMapping else {
                    diagnostics.append(.error("config-filter", "filter is a mapping of operations, tags and paths to lists, not \(value.kindName)", at: value.location))
                    continue
                }
                var filter = OperationFilter()
                for (kind, list) in value.pairs {
                    guard let kindName = kind.scalar, filterKeys.contains(kindName) else {
                        let guess = kind.scalar.flatMap { Suggestion.closest(to: $0, in: filterKeys) }.map { "; did you mean '\($0)'?" } ?? ""
                        diagnostics.append(.error("config-filter", "unknown filter '\(kind.scalar ?? kind.kindName)'\(guess) (known: \(filterKeys.joined(separator: ", ")))", at: kind.location))
                        continue
                    }
                    for item in list.isSequence ? list.items : [list] {
                        guard let text = item.scalar, item.isScalar else {
                            diagnostics.append(.error("config-filter", "filter \(kindName) lists names, not \(item.kindName)", at: item.location))
                            continue
                        }
                        entries.append(FilterEntry(kind: kindName, value: text, location: item.location))
                        switch kindName {
                        case "operations": filter.operationIds.insert(text)
                        case "tags": filter.tags.insert(text)
                        default: filter.paths.insert(text)
                        }
                    }
                }
                options.filter = filter
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

    /// An error for each operationId, tag or path the filter names and the spec does not have,
    /// suggesting the closest it does.
    static func unknownFilterEntries(_ entries: [FilterEntry], in api: API) -> [Diagnostic] {
        let all = api.operations + api.webhooks
        let known: [String: [String]] = [
            "operations": all.compactMap(\.operationId),
            "tags": Array(Set(all.flatMap(\.tags)).union(api.tags.map(\.name))).sorted(),
            "paths": Array(Set(all.map(\.path))).sorted(),
        ]
        return entries.compactMap { entry in
            let names = known[entry.kind] ?? []
            guard !names.contains(entry.value) else { return nil }
            let noun = entry.kind == "operations" ? "operationId" : entry.kind == "tags" ? "tag" : "path"
            let guess = Suggestion.closest(to: entry.value, in: names).map { "; did you mean '\($0)'?" } ?? ""
            return .error("config-filter-unknown", "the spec has no \(noun) '\(entry.value)'\(guess)", at: entry.location)
        }
    }

    /// `Event`, or qualified, `Foundation.UUID`: identifiers joined by dots.
    private static func isTypeName(_ text: String) -> Bool {
        text.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { part in
            guard let first = part.unicodeScalars.first, first == "_" || (first.properties.isAlphabetic && first.isASCII) else { return false }
            return part.unicodeScalars.allSatisfy { $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) }
        }
    }
}

extension Pipeline {
    /// The build plugin's job: one spec and its config → exactly `Types.swift`, `Client.swift` and
    /// `Server.swift` (see `SwiftOptions.Layout.bundle`).
    public static func generateSources(spec: String, config: String?, templates: TemplateSet, frontEnd: FrontEndOptions = .init()) -> Generation {
        let (options, filterEntries, configDiagnostics) = SourcesConfig.loadWithFilter(config)
        var generation = Generation(files: [], diagnostics: configDiagnostics, ownedFolders: [])
        let output = compile(spec: spec, options: frontEnd)
        generation.diagnostics = Diagnostic.sortedForDisplay(generation.diagnostics + output.diagnostics)
        guard let options, var api = output.api, !generation.hasErrors else { return generation }
        if let filter = options.filter {
            // A name the spec does not have is a typo the user wants to hear about, not an empty client.
            let unknown = SourcesConfig.unknownFilterEntries(filterEntries, in: api)
            guard unknown.isEmpty else {
                generation.diagnostics = Diagnostic.sortedForDisplay(generation.diagnostics + unknown)
                return generation
            }
            api = api.filtered(by: filter)
        }
        generation.files = SwiftEmitter.emit(api, specName: specName(spec), sourcePath: spec, templates: templates, options: options)
        generation.diagnostics = Diagnostic.sortedForDisplay(generation.diagnostics + SwiftLimitations.diagnostics(api))
        return generation
    }
}
