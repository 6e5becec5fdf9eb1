import SpeccDiagnostics
import SpeccIR
import SpeccSystem
import SpeccYAML

/// Options of one front-end run.
public struct FrontEndOptions: Sendable {
    /// Allow `$ref`s to files outside the root spec's directory.
    public var allowsRefsOutsideRoot: Bool
    public var limits: YAMLLimits
    /// Report as errors the defects specc can read around (a `$ref` where OpenAPI allows none, a
    /// link to an operation that does not exist), for teams whose specs must be portable.
    public var strict: Bool
    /// Report as warnings the violations of the specification's REQUIREDs that leave the document
    /// readable (see `LenientMode`): `specc diff` reads specs this way, to review what it can.
    public var lenient: Bool
    /// How many threads lower a large document's paths and schemas (the result is the same for
    /// any number): every core by default; fewer when other work fills some, as in a diff.
    public var loweringThreads: Int
    /// From how many path entries and component schemas together those threads are used: below
    /// 64, one thread is as fast.
    public var parallelLoweringThreshold: Int

    public init(allowsRefsOutsideRoot: Bool = false, limits: YAMLLimits = .default, strict: Bool = false, lenient: Bool = false,
                loweringThreads: Int = ProcessInfo.processInfo.activeProcessorCount, parallelLoweringThreshold: Int = 64) {
        self.allowsRefsOutsideRoot = allowsRefsOutsideRoot
        self.limits = limits
        self.strict = strict
        self.lenient = lenient
        self.loweringThreads = loweringThreads
        self.parallelLoweringThreshold = parallelLoweringThreshold
    }
}

/// A file a compilation read, with the `ContentDigest` of the bytes it read; nil for one it
/// tried and could not read or parse.
public struct InputFile: Hashable, Sendable {
    public var path: String
    public var digest: UInt64?

    public init(path: String, digest: UInt64?) {
        self.path = path
        self.digest = digest
    }
}

/// The front end: OpenAPI 3.0, 3.1 and 3.2 YAML or JSON in, the IR and every diagnostic out.
public enum OpenAPIFrontEnd {
    public struct Output: Sendable {
        /// The API, unless the document was too broken to read (unparseable YAML, unsupported version).
        /// Present alongside errors when lowering could continue; callers decide whether to use it.
        public var api: API?
        /// Sorted by location.
        public var diagnostics: [Diagnostic]
        /// Every file the compilation read or tried to read (the root and what refs named), by
        /// path: what its result depends on.
        public var files: [InputFile] = []
        /// Whether the paths and schemas were lowered on several threads (see
        /// `FrontEndOptions.loweringThreads`; the result is the same either way).
        public var loweredInParallel = false

        public var hasErrors: Bool { diagnostics.hasErrors }
    }

    /// Reads the spec at `path` and any files its refs name.
    public static func compile(path: String, options: FrontEndOptions = .init()) -> Output {
        // One spelling per file, so a ref back to the root (`root.yaml#/…` from a shared file)
        // finds the document already loaded rather than loading `./root.yaml` a second time.
        let path = SpecFiles.normalise(path)
        let loaded = SpecFiles.load(path: path, limits: options.limits, threads: options.loweringThreads)
        guard let document = loaded.document else { return Output(api: nil, diagnostics: loaded.diagnostics) }
        return compile(document: document, options: options)
    }

    /// Lowers an already-loaded root document (its file name is used for relative refs).
    public static func compile(document: YAMLDocument, options: FrontEndOptions = .init()) -> Output {
        var sink = DiagnosticSink()
        guard let lowered = lower(document, options: options, sink: &sink) else {
            return Output(api: nil, diagnostics: sink.sorted)
        }
        let (api, context, files) = (lowered.api, lowered.context, lowered.files)
        // Lowering's diagnostics, then the checks that read the whole IR.
        var diagnostics = context.sink
        PathParameterCheck.run(api, sink: &diagnostics)
        DuplicateOperationIDCheck.run(api, sink: &diagnostics)
        EquivalentPathsCheck.run(api, sink: &diagnostics)
        LinkTargetCheck.run(api, sink: &diagnostics)
        RequiredPropertiesCheck(api: api, entries: context.requiredEntries).run(sink: &diagnostics)
        var reported = diagnostics.diagnostics
        if options.strict { reported = reported.map(StrictMode.change.apply) }
        if options.lenient { reported = reported.map(LenientMode.change.apply) }
        return Output(api: api, diagnostics: Diagnostic.sortedForDisplay(reported), files: files.inputs, loweredInParallel: lowered.inParallel)
    }

    /// What lowering leaves before the checks that read the whole IR: the context holds its
    /// diagnostics in the order they were reported.
    struct Lowered {
        let api: API
        let context: LoweringContext
        let files: SpecFiles
        let inParallel: Bool
    }

    /// The document lowered; nil, with the reason in `sink`, when it is no OpenAPI object.
    static func lower(_ document: YAMLDocument, options: FrontEndOptions, sink: inout DiagnosticSink) -> Lowered? {
        guard let root = document.root else {
            sink.error("document-empty", "the document is empty; expected an OpenAPI object", at: .file(document.file))
            return nil
        }
        guard root.isMapping else {
            sink.error("type-mismatch", "the document must be a mapping (an OpenAPI object), not \(root.kindName)", at: root.location)
            return nil
        }
        guard let (version, versionText) = readVersion(root, sink: &sink) else { return nil }
        let files = SpecFiles(rootFile: document.file, allowsRefsOutsideRoot: options.allowsRefsOutsideRoot, limits: options.limits)
        files.register(document)
        let context = LoweringContext(resolver: RefResolver(files: files), version: version, rootFile: document.file)
        context.sink = sink
        let (api, inParallel) = DocumentLowering(context: context, root: root, versionText: versionText, options: options).lower()
        return Lowered(api: api, context: context, files: files, inParallel: inParallel)
    }

    private static func readVersion(_ root: YAMLNode, sink: inout DiagnosticSink) -> (OpenAPIVersion, String)? {
        if let swagger = root["swagger"] {
            sink.error("version-unsupported", "Swagger \(swagger.scalar ?? "2.0") documents are not supported; convert the spec to OpenAPI 3.0, 3.1 or 3.2", at: swagger.location)
            return nil
        }
        guard let node = root["openapi"] else {
            sink.error("missing-field", "the document is missing the required field 'openapi' (for example 'openapi: 3.1.0')", at: root.location)
            return nil
        }
        guard node.isScalar, let text = node.scalar else {
            sink.error("type-mismatch", "'openapi' must be a version string such as 3.1.0, not \(node.kindName)", at: node.location)
            return nil
        }
        guard let version = OpenAPIVersion(text) else {
            let hint = OpenAPIVersion.isNewer(text) ? "; it is newer than specc, which reads up to 3.2"
                : text.split(separator: ".").count == 2 ? "; write the full version, such as \(text).0" : ""
            sink.error("version-unsupported", "unsupported OpenAPI version '\(text)': specc reads 3.0.x, 3.1.x and 3.2.x\(hint)", at: node.location)
            return nil
        }
        return (version, text)
    }
}
