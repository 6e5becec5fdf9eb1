import SpeccDiagnostics
import SpeccIR
import SpeccJSONSchema
import SpeccMarkdown
import SpeccOpenAPI
import SpeccSwift
import SpeccSystem
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
    public var inputs: [InputFile] = []

    public var hasErrors: Bool { diagnostics.hasErrors }
}

/// What `Pipeline.generate(specs:options:writingInto:)` did: the files it generated and how the
/// output root changed, or, when a spec has an error, nothing written.
public struct WrittenGeneration: Sendable {
    /// Every generated file's path relative to the root, sorted.
    public var files: [String]
    /// How the root changed, in path order; empty when nothing was written.
    public var changes: [OutputPlan.Change]
    public var diagnostics: [Diagnostic]
    public var ownedFolders: [String]
    public var inputs: [InputFile]
    /// The first write that failed, in path order; no stale file is removed after one.
    public var failure: WriteFailure?

    public var hasErrors: Bool { diagnostics.hasErrors }
}

extension Pipeline {
    /// `specs` → parse once, lower once, fan out to each emitter. Nothing is written here.
    public static func generate(specs: [String], options: GenerateOptions) -> Generation {
        let compiled = compileAll(specs: specs, options: options)
        var generation = Generation(files: [], diagnostics: compiled.diagnostics, ownedFolders: compiled.ownedFolders, inputs: compiled.inputs)
        for spec in compiled.specs {
            let emitted = emit(spec.api, specName: spec.name, sourcePath: spec.path, options: options)
            generation.files += emitted.files
            generation.diagnostics += emitted.diagnostics
        }
        generation.diagnostics = Diagnostic.sortedForDisplay(generation.diagnostics)
        return generation
    }

    /// What `specc generate` does: every spec's front end first, and only when none has an
    /// error, each file written into `root` as it is produced (see `OutputWriter`), then the stale
    /// ones removed.
    public static func generate(specs: [String], options: GenerateOptions, writingInto root: String) -> WrittenGeneration {
        let compiled = compileAll(specs: specs, options: options)
        var written = WrittenGeneration(files: [], changes: [], diagnostics: compiled.diagnostics, ownedFolders: compiled.ownedFolders, inputs: compiled.inputs)
        guard !compiled.diagnostics.hasErrors else {
            written.diagnostics = Diagnostic.sortedForDisplay(written.diagnostics)
            return written
        }
        let writer = OutputWriter(root: root, ownedFolders: compiled.ownedFolders)
        for spec in compiled.specs {
            written.diagnostics += emit(spec.api, specName: spec.name, sourcePath: spec.path, options: options, into: writer.write)
        }
        written.diagnostics = Diagnostic.sortedForDisplay(written.diagnostics)
        do {
            written.changes = try writer.finish()
        } catch {
            written.failure = error
        }
        written.files = writer.files
        return written
    }

    /// Every spec compiled, with the folders their outputs own; a spec whose name another took
    /// or that has an error is left out of `specs`.
    private static func compileAll(specs: [String], options: GenerateOptions)
        -> (specs: [(name: String, path: String, api: API)], diagnostics: [Diagnostic], ownedFolders: [String], inputs: [InputFile]) {
        var compiled: [(name: String, path: String, api: API)] = []
        var diagnostics: [Diagnostic] = [], ownedFolders: [String] = [], inputs: [InputFile] = []
        var names: [String: String] = [:]
        for spec in specs {
            let name = specName(spec)
            if let other = names[name] {
                diagnostics.append(.error("spec-name-clash", "'\(spec)' and '\(other)' would both generate into '\(name)/'", at: .file(spec)))
                continue
            }
            names[name] = spec
            let output = compile(spec: spec, options: options.frontEnd)
            diagnostics += output.diagnostics
            inputs += output.files
            guard let api = output.api, !output.hasErrors else { continue }
            for emitter in options.emitters {
                for folder in emitter.folders where !ownedFolders.contains("\(name)/\(folder)") {
                    ownedFolders.append("\(name)/\(folder)")
                }
            }
            compiled.append((name, spec, api))
        }
        return (compiled, diagnostics, ownedFolders, inputs)
    }

    /// The files of every emitter `options` names, from one lowered spec: docs and schemas built
    /// beside Swift (whose type naming is one sequential pass the others fill the other core
    /// beside), listed docs and schemas first, in `options`' order, then Swift.
    public static func emit(_ api: API, specName name: String, sourcePath spec: String, options: GenerateOptions) -> (files: [OutputFile], diagnostics: [Diagnostic]) {
        let swift = swiftOutputs(options)
        // Docs and schemas on a thread beside; Swift, the longest, on this one.
        let besides = ConcurrentMap.beside { besideSwift(api, specName: name, sourcePath: spec, options: options) }
        guard !swift.isEmpty else { return (besides.wait().flatMap { $0 }, []) }
        let swiftFiles = SwiftEmitter.emit(api, specName: name, sourcePath: spec, templates: options.templates, outputs: swift)
        return (besides.wait().flatMap { $0 } + swiftFiles, SwiftLimitations.diagnostics(api))
    }

    /// The same files, each passed to `sink` once produced (from either thread), so they can be
    /// written while the rest are made; returns the diagnostics.
    public static func emit(_ api: API, specName name: String, sourcePath spec: String, options: GenerateOptions,
                            into sink: @escaping @Sendable (OutputFile) -> Void) -> [Diagnostic] {
        let swift = swiftOutputs(options)
        let besides = ConcurrentMap.beside {
            for emitter in options.emitters {
                switch emitter {
                case .docs: MarkdownEmitter.emit(api, specName: name, sourcePath: spec, templates: options.templates, into: sink)
                case .schemas: JSONSchemaEmitter.emit(api, specName: name, baseURI: options.schemaBaseURI, layout: options.schemaLayout, into: sink)
                case .client, .server: break
                }
            }
        }
        if !swift.isEmpty { SwiftEmitter.emit(api, specName: name, sourcePath: spec, templates: options.templates, outputs: swift, into: sink) }
        besides.wait()
        return swift.isEmpty ? [] : SwiftLimitations.diagnostics(api)
    }

    private static func swiftOutputs(_ options: GenerateOptions) -> SwiftOutputs {
        var swift: SwiftOutputs = []
        if options.emitters.contains(.client) { swift.insert(.client) }
        if options.emitters.contains(.server) { swift.insert(.server) }
        return swift
    }

    /// Docs and schemas, in `options`' order: what runs beside the Swift emitter.
    private static func besideSwift(_ api: API, specName name: String, sourcePath spec: String, options: GenerateOptions) -> [[OutputFile]] {
        options.emitters.filter { $0 == .docs || $0 == .schemas }.map { emitter in
            emitter == .docs ? MarkdownEmitter.emit(api, specName: name, sourcePath: spec, templates: options.templates)
                : JSONSchemaEmitter.emit(api, specName: name, baseURI: options.schemaBaseURI, layout: options.schemaLayout)
        }
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
