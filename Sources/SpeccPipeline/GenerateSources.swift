import Foundation
import SpeccDiagnostics
import SpeccIR
import SpeccOpenAPI
import SpeccSwift

extension Pipeline {
    /// `generate-sources`: the config at `configPath` with `flags` over it, then the files.
    public static func generateSources(spec: String, configPath: String?, flags: SourcesFlags, frontEnd: FrontEndOptions = .init()) -> Generation {
        var (loaded, diagnostics) = SourcesConfig.load(configPath)
        if var config = loaded {
            diagnostics += config.apply(flags)
            if !diagnostics.hasErrors {
                var generation = generateSources(spec: spec, config: config, frontEnd: frontEnd)
                generation.diagnostics = Diagnostic.sortedForDisplay(diagnostics + generation.diagnostics)
                return generation
            }
        }
        return Generation(files: [], diagnostics: Diagnostic.sortedForDisplay(diagnostics), ownedFolders: [])
    }

    /// The build plugin's job: one spec and its config → exactly `Types.swift` (or
    /// `Types_0.swift` … as `typesFiles` says), `Client.swift` and `Server.swift` (see
    /// `SwiftOptions.Layout.bundle`).
    public static func generateSources(spec: String, config: SourcesConfig, frontEnd: FrontEndOptions = .init()) -> Generation {
        var generation = Generation(files: [], diagnostics: config.warnings(), ownedFolders: [])
        let (templates, templateDiagnostics) = Pipeline.templates(overridesIn: config.templates)
        let output = compile(spec: spec, options: frontEnd)
        generation.diagnostics = Diagnostic.sortedForDisplay(generation.diagnostics + templateDiagnostics + output.diagnostics)
        guard let templates, var api = output.api, !generation.hasErrors else { return generation }
        if let filter = config.options.filter {
            // A name the spec does not have is a typo the user wants to hear about, not an empty client.
            let unknown = config.unknownFilterEntries(in: api)
            guard unknown.isEmpty else {
                generation.diagnostics = Diagnostic.sortedForDisplay(generation.diagnostics + unknown)
                return generation
            }
            api = api.filtered(by: filter)
        }
        generation.files = SwiftEmitter.emit(api, specName: specName(spec), sourcePath: spec, templates: templates, options: config.options)
        generation.diagnostics = Diagnostic.sortedForDisplay(generation.diagnostics + SwiftLimitations.diagnostics(api))
        return generation
    }
}

extension OutputPlan {
    /// `Types.swift` and `Types_<n>.swift` files in `root` the generation no longer writes (the
    /// count changed), removed so no type is declared twice in a committed `GeneratedSources/`.
    public static func removeStaleTypesFiles(in root: String, keeping generation: Generation) throws {
        let written = Set(generation.files.map(\.path))
        for name in (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? [] where !written.contains(name) {
            let stem = name.hasSuffix(".swift") ? name.dropLast(".swift".count) : ""
            let isTypesFile = stem == "Types" || (stem.hasPrefix("Types_") && Int(stem.dropFirst("Types_".count)) != nil)
            if isTypesFile { try FileManager.default.removeItem(atPath: "\(root)/\(name)") }
        }
    }
}
