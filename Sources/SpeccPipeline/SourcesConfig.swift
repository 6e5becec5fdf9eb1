import SpeccDiagnostics
import SpeccIR
import SpeccSwift
import SpeccSystem
import SpeccYAML

/// `specc-config.yaml`, read by `specc generate-sources` and the build plugins:
///
///     generate: [types, client]    # types, client, server (default: types and client)
///     accessModifier: internal     # public (the default), package or internal
///     namingStrategy: idiomatic    # idiomatic (the default) or defensive
///     nameOverrides:               # the spec's name → the Swift name, wherever it is used
///       Event: StrigoEvent
///       created_at: createdAt
///     typeOverrides:               # existing types instead of generated ones
///       schemas: {Money: MyApp.Money}
///       formats: {uuid: Foundation.UUID}
///     additionalImports: [EventsModels]      # modules every generated file imports
///     additionalFileComments: ["swiftlint:disable all"]   # lines under every file's header
///     filter:                      # only these operations, and the schemas they need
///       operations: [createChatCompletion]
///       tags: [Models]
///       paths: [/files/{file_id}]
///     typesFiles: 16               # the build plugin's Types_0.swift … Types_15.swift
///     templates: Templates         # a folder of .mustache overrides, beside this file
///
/// Every problem is a located diagnostic; an unknown key or value suggests the closest known one.
/// `generate-sources` takes each setting as a flag too (`SourcesFlags`), checked the same way.
public struct SourcesConfig: Sendable {
    static let keys = ["generate", "accessModifier", "namingStrategy", "nameOverrides", "typeOverrides", "additionalImports",
                       "additionalFileComments", "filter", "typesFiles", "templates"]
    static let filterKeys = ["operations", "tags", "paths"]
    static let typeOverrideKeys = ["schemas", "formats"]
    static let outputNames: [(name: String, output: SwiftOutputs)] = [("types", .types), ("client", .client), ("server", .server)]

    public var options = SwiftOptions(outputs: [.types, .client], access: .public, layout: .bundle(typesFiles: 1))
    /// The folder of template overrides, as a path the process can open.
    public var templates: String?
    /// The number of `Types_<n>.swift` files the config asks for, if it says.
    public var typesFiles: Int?
    /// Each name the filter lists, where it is written: checked against the spec once it is read.
    var filterEntries: [FilterEntry] = []
    /// Where `generate` was written, for the warning about a client without its types.
    var generateLocation: SourceLocation?

    struct FilterEntry {
        let kind: String
        let value: String
        let location: SourceLocation
    }

    public init() {}

    /// The config at `path` (every default when nil), or nil with the errors that stop it.
    public static func load(_ path: String?) -> (config: SourcesConfig?, diagnostics: [Diagnostic]) {
        var config = SourcesConfig()
        guard let path else { return (config, []) }
        let bytes: [UInt8]
        switch FileBytes.read(path) {
        case .success(let read): bytes = read
        case .failure(let failure): return (nil, [.error("config-unreadable", "cannot read the config: \(failure)", at: .file(path))])
        }
        let loaded = YAMLLoader.load(bytes: bytes, file: path)
        guard let document = loaded.document, !loaded.diagnostics.hasErrors else { return (nil, loaded.diagnostics) }
        // An empty file means every default.
        guard let root = document.root else { return (config, loaded.diagnostics) }
        guard root.isMapping else {
            return (nil, [.error("config-not-mapping", "the config must be a mapping of settings (generate, accessModifier, …), not \(root.kindName)", at: root.location)])
        }
        var diagnostics = loaded.diagnostics
        let directory = FileSystem.folder(of: path)
        for (key, value) in root.pairs {
            diagnostics += config.read(key: key, value: value, configDirectory: directory)
        }
        return diagnostics.hasErrors ? (nil, diagnostics) : (config, diagnostics)
    }

    private mutating func read(key: YAMLNode, value: YAMLNode, configDirectory: String) -> [Diagnostic] {
        switch key.scalar {
        case "generate":
            generateLocation = value.location
            return setOutputs(ConfigValue.items(value), at: value.location)
        case "accessModifier": return setAccess(ConfigValue(value))
        case "namingStrategy": return setNamingStrategy(ConfigValue(value))
        case "nameOverrides":
            guard value.isMapping else { return [Self.notA("nameOverrides", "a mapping of the spec's names to Swift names", value)] }
            return value.pairs.flatMap { setNameOverride(ConfigValue($0.key), ConfigValue($0.value)) }
        case "typeOverrides":
            guard value.isMapping else { return [Self.notA("typeOverrides", "a mapping with schemas and formats", value)] }
            return value.pairs.flatMap { kind, map -> [Diagnostic] in
                guard let kindName = kind.scalar, Self.typeOverrideKeys.contains(kindName) else {
                    return [Self.unknown("typeOverrides key", kind, among: Self.typeOverrideKeys, code: "config-type-overrides")]
                }
                guard map.isMapping else { return [Self.notA("typeOverrides \(kindName)", "a mapping of names to Swift types", map)] }
                return map.pairs.flatMap { setTypeOverride(kindName, ConfigValue($0.key), ConfigValue($0.value)) }
            }
        case "additionalImports": return setImports(ConfigValue.items(value))
        case "additionalFileComments": return setFileComments(ConfigValue.items(value))
        case "filter":
            guard value.isMapping else { return [Self.notA("filter", "a mapping of operations, tags and paths to lists", value)] }
            var diagnostics: [Diagnostic] = []
            for (kind, list) in value.pairs {
                guard let kindName = kind.scalar, Self.filterKeys.contains(kindName) else {
                    diagnostics.append(Self.unknown("filter", kind, among: Self.filterKeys, code: "config-filter"))
                    continue
                }
                diagnostics += addFilter(kindName, ConfigValue.items(list))
            }
            return diagnostics
        case "typesFiles": return setTypesFiles(ConfigValue(value))
        case "templates":
            guard let text = value.scalar, value.isScalar else { return [Self.notA("templates", "a folder's path", value)] }
            return setTemplates(ConfigValue(value), path: text.hasPrefix("/") || configDirectory.isEmpty ? text : "\(configDirectory)/\(text)")
        case "typeNames", "formats":
            // The spellings of an earlier version: say where they went.
            let moved = key.scalar == "typeNames" ? "nameOverrides (a new name) or typeOverrides.schemas (an existing type)" : "typeOverrides.formats"
            return [.error("config-unknown-key", "'\(key.scalar!)' is now \(moved)", at: key.location)]
        default:
            let name = key.scalar ?? key.kindName
            // A near miss (`generat`) or a shortened name (`access`).
            let guess = Suggestion.closest(to: name, in: Self.keys) ?? Self.keys.first { !name.isEmpty && $0.lowercased().hasPrefix(name.lowercased()) }
            let suggestion = guess.map { "; did you mean '\($0)'?" } ?? ""
            return [.error("config-unknown-key", "unknown setting '\(name)'\(suggestion) (known: \(Self.keys.joined(separator: ", ")))", at: key.location)]
        }
    }

    // MARK: The settings, each checked once for both sources

    mutating func setOutputs(_ items: [ConfigValue], at location: SourceLocation) -> [Diagnostic] {
        var outputs: SwiftOutputs = []
        var diagnostics: [Diagnostic] = []
        let names = Self.outputNames.map(\.name)
        for item in items {
            guard let output = Self.outputNames.first(where: { $0.name == item.text })?.output else {
                let guess = item.text.flatMap { Suggestion.closest(to: $0, in: names) }.map { "; did you mean '\($0)'?" } ?? ""
                diagnostics.append(.error("config-generate", "generate takes types, client and server, not \(item.described)\(guess)", at: item.location))
                continue
            }
            outputs.insert(output)
        }
        if items.isEmpty {
            diagnostics.append(.error("config-generate", "generate needs at least one of types, client, server", at: location))
        }
        options.outputs = outputs
        return diagnostics
    }

    mutating func setAccess(_ value: ConfigValue) -> [Diagnostic] {
        guard let text = value.text, let access = SwiftOptions.Access(rawValue: text) else {
            return [.error("config-access", "accessModifier is public, package or internal, not \(value.described)", at: value.location)]
        }
        options.access = access
        return []
    }

    mutating func setNamingStrategy(_ value: ConfigValue) -> [Diagnostic] {
        let names = NamingRules.Strategy.allCases.map(\.rawValue)
        guard let text = value.text, let strategy = NamingRules.Strategy(rawValue: text) else {
            let guess = value.text.flatMap { Suggestion.closest(to: $0, in: names) }.map { "; did you mean '\($0)'?" } ?? ""
            return [.error("config-naming-strategy", "namingStrategy is idiomatic or defensive, not \(value.described)\(guess)", at: value.location)]
        }
        options.naming.strategy = strategy
        return []
    }

    mutating func setNameOverride(_ name: ConfigValue, _ swiftName: ConfigValue) -> [Diagnostic] {
        guard let original = name.text, !original.isEmpty else {
            return [.error("config-name-overrides", "nameOverrides maps the spec's names, not \(name.described)", at: name.location)]
        }
        guard let text = swiftName.text, Self.isIdentifier(text) else {
            return [.error("config-name-overrides", "\(swiftName.described) is not a Swift name (a letter or _, then letters, digits or _)", at: swiftName.location)]
        }
        if let problem = NamingRules.problem(withOverride: text) {
            return [.error("config-name-overrides", "\(problem): choose another name for '\(original)'", at: swiftName.location)]
        }
        options.naming.overrides[original] = text
        return []
    }

    mutating func setTypeOverride(_ kind: String, _ name: ConfigValue, _ swiftType: ConfigValue) -> [Diagnostic] {
        guard let key = name.text, !key.isEmpty else {
            return [.error("config-type-overrides", "typeOverrides \(kind) maps names, not \(name.described)", at: name.location)]
        }
        guard let text = swiftType.text, Self.isTypeName(text) else {
            return [.error("config-type-overrides", "\(swiftType.described) is not a Swift type name (a letter or _, then letters, digits or _; dots between a module and its types)", at: swiftType.location)]
        }
        if kind == "schemas" { options.existingTypes[key] = text } else { options.formatTypes[key] = text }
        return []
    }

    mutating func setImports(_ items: [ConfigValue]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        options.additionalImports = []
        for item in items {
            guard let text = item.text, Self.isTypeName(text) else {
                diagnostics.append(.error("config-imports", "additionalImports lists module names, not \(item.described)", at: item.location))
                continue
            }
            if !options.additionalImports.contains(text) { options.additionalImports.append(text) }
        }
        return diagnostics
    }

    mutating func setFileComments(_ items: [ConfigValue]) -> [Diagnostic] {
        options.additionalFileComments = []
        return items.compactMap { item in
            guard let text = item.text else {
                return .error("config-file-comments", "additionalFileComments lists comment lines, not \(item.described)", at: item.location)
            }
            options.additionalFileComments.append(text)
            return nil
        }
    }

    mutating func addFilter(_ kind: String, _ items: [ConfigValue]) -> [Diagnostic] {
        var filter = options.filter ?? OperationFilter()
        defer { options.filter = filter }
        return items.compactMap { item in
            guard let text = item.text else {
                return .error("config-filter", "filter \(kind) lists names, not \(item.described)", at: item.location)
            }
            filterEntries.append(FilterEntry(kind: kind, value: text, location: item.location))
            switch kind {
            case "operations": filter.operationIds.insert(text)
            case "tags": filter.tags.insert(text)
            default: filter.paths.insert(text)
            }
            return nil
        }
    }

    mutating func setTypesFiles(_ value: ConfigValue) -> [Diagnostic] {
        let range = SwiftOptions.Layout.typesFilesRange
        guard let text = value.text, let count = Int(text), range.contains(count) else {
            return [.error("config-types-files", "typesFiles is a whole number from \(range.lowerBound) to \(range.upperBound), not \(value.described)", at: value.location)]
        }
        typesFiles = count
        options.layout = .bundle(typesFiles: count)
        return []
    }

    mutating func setTemplates(_ value: ConfigValue, path: String) -> [Diagnostic] {
        guard FileSystem.isFolder(path) else {
            return [.error("config-templates", "the template folder '\(value.text ?? path)' does not exist", at: value.location)]
        }
        templates = path
        return []
    }

    // MARK: Checks

    /// Settings valid alone that make code which cannot compile together: a client or server
    /// without its models and without the module that has them.
    func conflicts() -> [Diagnostic] {
        guard !options.outputs.contains(.types), !options.outputs.isEmpty, options.additionalImports.isEmpty else { return [] }
        return [.error("config-generate-no-types",
                       "generate lists no 'types', which the client and server are written against: add 'types', or name the module that has them under additionalImports",
                       at: generateLocation ?? .argument("--generate"))]
    }

    /// An error for each operationId, tag or path the filter names and the spec does not have,
    /// suggesting the closest it does.
    func unknownFilterEntries(in api: API) -> [Diagnostic] {
        let all = api.operations + api.webhooks
        let known: [String: [String]] = [
            "operations": all.compactMap(\.operationId),
            "tags": Array(Set(all.flatMap(\.tags)).union(api.tags.map(\.name))).sorted(),
            "paths": Array(Set(all.map(\.path))).sorted(),
        ]
        return filterEntries.compactMap { entry in
            let names = known[entry.kind] ?? []
            guard !names.contains(entry.value) else { return nil }
            let noun = entry.kind == "operations" ? "operationId" : entry.kind == "tags" ? "tag" : "path"
            let guess = Suggestion.closest(to: entry.value, in: names).map { "; did you mean '\($0)'?" } ?? ""
            return .error("config-filter-unknown", "the spec has no \(noun) '\(entry.value)'\(guess)", at: entry.location)
        }
    }

    static func notA(_ setting: String, _ expected: String, _ node: YAMLNode) -> Diagnostic {
        .error("config-\(kebab(setting.split(separator: " ").first.map(String.init) ?? setting))", "\(setting) is \(expected), not \(node.kindName)", at: node.location)
    }

    static func unknown(_ what: String, _ node: YAMLNode, among known: [String], code: String) -> Diagnostic {
        let guess = node.scalar.flatMap { Suggestion.closest(to: $0, in: known) }.map { "; did you mean '\($0)'?" } ?? ""
        return .error(code, "unknown \(what) '\(node.scalar ?? node.kindName)'\(guess) (known: \(known.joined(separator: ", ")))", at: node.location)
    }

    /// `nameOverrides` → `name-overrides`, for diagnostic codes.
    private static func kebab(_ name: String) -> String {
        name.reduce(into: "") { result, character in
            if character.isUppercase { result += "-" + character.lowercased() } else { result.append(character) }
        }
    }

    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first == "_" || (first.properties.isAlphabetic && first.isASCII) else { return false }
        return text.unicodeScalars.allSatisfy { $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) }
    }

    /// `Event`, or qualified, `Foundation.UUID`: identifiers joined by dots.
    static func isTypeName(_ text: String) -> Bool {
        text.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { isIdentifier(String($0)) }
    }
}
