import SpeccIR
import SpeccOpenAPI
import SpeccSystem
import SpeccYAML

/// Lets a `specc generate` that would change nothing finish without generating: the run before
/// it left a record (outside the output, one per output folder and working directory) of what it
/// read and wrote. When specc, the options and the spec list are the same, every input still
/// holds the bytes it had, and every output is still the file that run wrote (same size, inode
/// and times, and nothing else in the folders the run owns), the record's diagnostics are
/// printed again and nothing is generated. Anything else, or no record, is a full run, which
/// leaves a new record. `--check` never reads one: it compares bytes.
public struct RerunCache: Sendable {
    /// The record's path.
    public let file: String
    private let root: String
    private let fingerprint: UInt64

    /// What a replay prints.
    public struct Replay: Sendable {
        public var diagnostics: String
        public var fileCount: Int
    }

    /// The cache for generating `specs` into `root` with `options`, kept in `folder`.
    public init(folder: String, root: String, specs: [String], options: GenerateOptions) {
        let directory = FileManager.default.currentDirectoryPath
        self.file = "\(folder)/\(String(ContentDigest("\(directory)\u{0}\(root)").finished, radix: 16)).rerun"
        self.root = root
        self.fingerprint = Self.fingerprint(directory: directory, root: root, specs: specs, options: options)
    }

    /// `SPECC_CACHE_DIR`, else specc's folder in the user's cache folder; nil if there is none.
    public static var defaultFolder: String? {
        if let folder = ProcessInfo.processInfo.environment["SPECC_CACHE_DIR"], !folder.isEmpty { return folder }
        return FileManager.default.urls(for: .cachesDirectory, in: .userDomainMask).first?.appendingPathComponent("specc").path
    }

    /// The recorded run's output, if a run now would change nothing.
    public func replay() -> Replay? {
        guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8),
              let record = RerunRecord(text: text), record.fingerprint == fingerprint else { return nil }
        for input in record.inputs where FileSystem.digest(of: input.path) != input.digest { return nil }
        // The owned folders must hold exactly what the run wrote: a file added to one would be
        // removed as stale by a full run.
        var listed: [String] = []
        for folder in record.ownedFolders {
            listed += FileSystem.files(under: "\(root)/\(folder)").map { "\(folder)/\($0)" }
        }
        let owned = record.ownedFolders.map { $0 + "/" }
        let expected = record.outputs.map(\.path).filter { path in owned.contains { path.hasPrefix($0) } }
        guard listed.sorted() == expected.sorted() else { return nil }
        for output in record.outputs where FileSystem.stamp("\(root)/\(output.path)") != output.stamp { return nil }
        return Replay(diagnostics: record.diagnostics, fileCount: record.outputs.count)
    }

    /// Records `generation`, just written into the root, with its rendered diagnostics. Best
    /// effort: a cache that cannot be written only makes the next run a full one.
    public func save(_ generation: Generation, diagnostics: String) {
        save(files: generation.files.map(\.path), inputs: generation.inputs, ownedFolders: generation.ownedFolders, diagnostics: diagnostics)
    }

    /// Records a run that wrote as it generated.
    public func save(_ written: WrittenGeneration, diagnostics: String) {
        save(files: written.files, inputs: written.inputs, ownedFolders: written.ownedFolders, diagnostics: diagnostics)
    }

    private func save(files: [String], inputs: [InputFile], ownedFolders: [String], diagnostics: String) {
        var outputs: [RerunRecord.Output] = []
        for file in files {
            guard let stamp = FileSystem.stamp("\(root)/\(file)") else { return }
            outputs.append(RerunRecord.Output(path: file, stamp: stamp))
        }
        // The digests of the bytes the front end read, not of the files now: an input edited
        // during the run makes the next run a full one.
        let inputs = Set(inputs).sorted { $0.path < $1.path }
        let record = RerunRecord(fingerprint: fingerprint, inputs: inputs, outputs: outputs,
                                 ownedFolders: ownedFolders, diagnostics: diagnostics)
        guard let text = record.text else { return }
        try? FileSystem.createFolder(FileSystem.folder(of: file))
        try? FileSystem.atomicWrite(Array(text.utf8), to: file)
    }

    /// Removes the record, so the next run is a full one.
    public func forget() { unlink(file) }

    /// Everything a run's result depends on besides its input files: specc itself (its
    /// executable's stamp), where it runs and writes, the specs, and every option, with the bytes
    /// of each template override.
    private static func fingerprint(directory: String, root: String, specs: [String], options: GenerateOptions) -> UInt64 {
        let frontEnd = options.frontEnd
        var parts = [
            executableStamp, directory, root, specs.joined(separator: "\u{1}"),
            options.emitters.map(\.rawValue).joined(separator: ","),
            "\(frontEnd.allowsRefsOutsideRoot) \(frontEnd.limits.maxDepth) \(frontEnd.limits.maxAliasExpansion) \(frontEnd.strict) \(frontEnd.lenient)",
            options.schemaBaseURI.map { "uri \($0)" } ?? "no uri", options.schemaLayout.rawValue,
        ]
        for (name, path) in options.templates.origins.sorted(by: { $0.key < $1.key }) where !options.templates.isBuiltIn(name) {
            parts.append("\(name) \(path) \(FileSystem.digest(of: path).map { String($0) } ?? "-")")
        }
        return ContentDigest(parts.joined(separator: "\u{0}")).finished
    }

    private static var executableStamp: String {
        #if os(Linux)
        let path = "/proc/self/exe"
        #else
        let path = Bundle.main.executablePath ?? CommandLine.arguments[0]
        #endif
        guard let stamp = FileSystem.stamp(path) else { return "unknown specc \(UUID())" }
        return "\(stamp.size) \(stamp.inode) \(stamp.modified) \(stamp.modifiedNanoseconds)"
    }
}
