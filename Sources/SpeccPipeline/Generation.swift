import Foundation
import SpeccDiagnostics
import SpeccIR
import SpeccJSONSchema
import SpeccMarkdown
import SpeccOpenAPI
import SpeccSwift
import SpeccTemplating

/// What to generate and with which templates.
public struct GenerateOptions: Sendable {
    public var emitters: [Emitter]
    public var templates: TemplateSet
    public var frontEnd: FrontEndOptions
    /// The URI the emitted JSON Schemas' `$id`s start with; nil for the spec's own (see
    /// `JSONSchemaEmitter.baseURI(of:)`).
    public var schemaBaseURI: String?
    public var schemaLayout: SchemaLayout

    public init(emitters: [Emitter] = Emitter.allCases, templates: TemplateSet, frontEnd: FrontEndOptions = .init(),
                schemaBaseURI: String? = nil, schemaLayout: SchemaLayout = .files) {
        self.emitters = emitters
        self.templates = templates
        self.frontEnd = frontEnd
        self.schemaBaseURI = schemaBaseURI
        self.schemaLayout = schemaLayout
    }
}

/// The result of generating from a set of specs: every file, every diagnostic, and which folders
/// the run owns (where stale files may be removed).
public struct Generation: Sendable {
    public var files: [OutputFile]
    public var diagnostics: [Diagnostic]
    /// Paths relative to the output root, such as `strigo-events/docs`.
    public var ownedFolders: [String]
    /// Every file the specs' compilations read or tried to read: what the files depend on
    /// besides the options and specc itself.
    public var inputs: [String] = []

    public var hasErrors: Bool { diagnostics.hasErrors }
}

extension Pipeline {
    /// `specs` → parse once, lower once, fan out to each emitter. Nothing is written here.
    public static func generate(specs: [String], options: GenerateOptions) -> Generation {
        var generation = Generation(files: [], diagnostics: [], ownedFolders: [])
        var names: [String: String] = [:]
        for spec in specs {
            let name = specName(spec)
            if let other = names[name] {
                generation.diagnostics.append(.error("spec-name-clash", "'\(spec)' and '\(other)' would both generate into '\(name)/'", at: .file(spec)))
                continue
            }
            names[name] = spec
            let output = compile(spec: spec, options: options.frontEnd)
            generation.diagnostics += output.diagnostics
            generation.inputs += output.files
            guard let api = output.api, !output.hasErrors else { continue }
            for emitter in options.emitters {
                for folder in emitter.folders where !generation.ownedFolders.contains("\(name)/\(folder)") {
                    generation.ownedFolders.append("\(name)/\(folder)")
                }
            }
            let emitted = emit(api, specName: name, sourcePath: spec, options: options)
            generation.files += emitted.files
            generation.diagnostics += emitted.diagnostics
        }
        generation.diagnostics = Diagnostic.sortedForDisplay(generation.diagnostics)
        return generation
    }

    /// The files of every emitter `options` names, from one lowered spec: docs and schemas built
    /// beside Swift (whose type naming is one sequential pass the others fill the other core
    /// beside), listed docs and schemas first, in `options`' order, then Swift.
    public static func emit(_ api: API, specName name: String, sourcePath spec: String, options: GenerateOptions) -> (files: [OutputFile], diagnostics: [Diagnostic]) {
        var swift: SwiftOutputs = []
        if options.emitters.contains(.client) { swift.insert(.client) }
        if options.emitters.contains(.server) { swift.insert(.server) }
        // Docs and schemas on a thread beside; Swift, the longest, on this one.
        let others = options.emitters.filter { $0 == .docs || $0 == .schemas }
        let besides = ConcurrentMap.beside {
            others.map { emitter -> [OutputFile] in
                emitter == .docs ? MarkdownEmitter.emit(api, specName: name, sourcePath: spec, templates: options.templates)
                    : JSONSchemaEmitter.emit(api, specName: name, baseURI: options.schemaBaseURI, layout: options.schemaLayout)
            }
        }
        guard !swift.isEmpty else { return (besides.wait().flatMap { $0 }, []) }
        let swiftFiles = SwiftEmitter.emit(api, specName: name, sourcePath: spec, templates: options.templates, outputs: swift)
        return (besides.wait().flatMap { $0 } + swiftFiles, SwiftLimitations.diagnostics(api))
    }

    /// `Specs/strigo-events.yaml` → `strigo-events`.
    public static func specName(_ path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = file.lastIndex(of: "."), dot != file.startIndex else { return file }
        return String(file[..<dot])
    }

    /// The spec files of a folder (`.yaml`, `.yml`, `.json`), sorted.
    public static func specFiles(in directory: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") || $0.hasSuffix(".json") }
            .sorted().map { directory == "." ? $0 : "\(directory)/\($0)" }
    }
}
