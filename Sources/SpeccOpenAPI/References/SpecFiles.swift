import SpeccDiagnostics
import SpeccSystem
import SpeccYAML

/// Every file a compilation reads: the root spec and the files its `$ref`s name, each loaded once.
///
/// Paths are kept as the user would write them (the root as given, others joined to it and
/// normalised), so diagnostics point at files the user recognises.
final class SpecFiles {
    let rootFile: String
    /// The directory refs may not leave (the root's own directory, absolute and normalised).
    let rootDirectory: String
    let allowsRefsOutsideRoot: Bool
    let limits: YAMLLimits
    private var loaded: [String: YAMLDocument?] = [:]
    private var texts: [String: String?] = [:]
    private var textDigests: [String: UInt64] = [:]

    init(rootFile: String, allowsRefsOutsideRoot: Bool, limits: YAMLLimits) {
        self.rootFile = rootFile
        self.rootDirectory = Self.absolute(Self.directory(of: rootFile))
        self.allowsRefsOutsideRoot = allowsRefsOutsideRoot
        self.limits = limits
    }

    /// Adds a document already loaded by the caller (the root), so it is not read twice.
    func register(_ document: YAMLDocument) {
        loaded[document.file] = document
    }

    /// Every file read or tried, parsed or as text, by path, each with the digest of the bytes
    /// read (nil for one that could not be read or parsed).
    var inputs: [InputFile] {
        let parsed = loaded.map { InputFile(path: $0.key, digest: $0.value?.sourceDigest) }
        let read = texts.keys.map { InputFile(path: $0, digest: textDigests[$0]) }
        return (parsed + read).sorted { $0.path < $1.path }
    }

    /// The document at `path` (already normalised), loading it on first use. Problems go to `sink`
    /// at `location`, the reference that asked for the file; a failed file is not retried.
    func document(at path: String, referencedFrom location: SourceLocation, sink: inout DiagnosticSink) -> YAMLDocument? {
        if let cached = loaded[path] { return cached }
        let result = Self.load(path: path, limits: limits, referencedFrom: location)
        sink.append(contentsOf: result.diagnostics)
        loaded[path] = result.document
        return result.document
    }

    /// The document at `path` if it was loaded (or tried: `.some(nil)`), loading nothing.
    func loadedDocument(at path: String) -> YAMLDocument?? {
        loaded[path]
    }

    /// The text at `path` if it was read (or tried), reading nothing.
    func readText(at path: String) -> String?? {
        texts[path]
    }

    /// The text of a file read as text, not parsed (a Markdown description), once per path.
    func text(at path: String, referencedFrom location: SourceLocation, sink: inout DiagnosticSink) -> String? {
        if let cached = texts[path] { return cached }
        var text: String?
        switch FileBytes.read(path) {
        case .success(let bytes):
            textDigests[path] = ContentDigest.of(bytes)
            if let decoded = String(validating: bytes, as: UTF8.self) {
                text = decoded
            } else {
                sink.error("file-unreadable", "'\(path)' is not UTF-8 text", at: location)
            }
        case .failure(let failure):
            sink.error("file-unreadable", Self.reason(failure, path), at: location)
        }
        texts[path] = text
        return text
    }

    /// Whether a referenced file is parsed (YAML or JSON) rather than read as text, by its name.
    static func isStructured(_ file: String) -> Bool {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        guard let dot = name.lastIndex(of: ".") else { return true }
        return ["yaml", "yml", "json"].contains(name[name.index(after: dot)...].lowercased())
    }

    /// Reads and parses one file; a read failure is located at `location` (or the file itself).
    static func load(path: String, limits: YAMLLimits, threads: Int = 1, referencedFrom location: SourceLocation? = nil) -> YAMLLoader.Result {
        switch FileBytes.read(path) {
        case .success(let bytes):
            return YAMLLoader.load(bytes: bytes, file: path, limits: limits, threads: threads)
        case .failure(let failure):
            return YAMLLoader.Result(document: nil, diagnostics: [.error("file-unreadable", reason(failure, path), at: location ?? .file(path))])
        }
    }

    private static func reason(_ failure: FileBytes.Failure, _ path: String) -> String {
        switch failure {
        case .notFound: "no such file '\(path)'"
        case .unreadable(let why): "cannot read '\(path)': \(why)"
        }
    }

    /// Whether `path` lies inside the root spec's directory.
    func isInsideRoot(_ path: String) -> Bool {
        let absolute = Self.absolute(path)
        return absolute == rootDirectory || absolute.hasPrefix(rootDirectory.hasSuffix("/") ? rootDirectory : rootDirectory + "/")
    }

    static func directory(of file: String) -> String {
        guard let slash = file.lastIndex(of: "/") else { return "." }
        return slash == file.startIndex ? "/" : String(file[..<slash])
    }

    /// `base/relative` with `.` and `..` segments resolved lexically.
    static func join(_ base: String, _ relative: String) -> String {
        if relative.hasPrefix("/") { return normalise(relative) }
        return normalise(base == "." ? relative : base + "/" + relative)
    }

    static func normalise(_ path: String) -> String { SpecPath.normalise(path) }

    static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? normalise(path) : normalise(FileManager.default.currentDirectoryPath + "/" + path)
    }
}
