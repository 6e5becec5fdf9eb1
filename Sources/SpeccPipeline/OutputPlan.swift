import SpeccIR
import SpeccSystem

/// How a set of generated files differs from what is on disk, and applying that difference.
///
/// Files are written only when their bytes change, each through a temporary file renamed into
/// place, so a reader never sees half a file. Files are removed only inside folders the run owns,
/// with the folders below those that the removals leave empty.
public struct OutputPlan: Sendable {
    public enum Change: Equatable, Sendable {
        case create(String)
        case update(String)
        case remove(String)

        public var path: String {
            switch self {
            case .create(let path), .update(let path), .remove(let path): path
            }
        }

        public var verb: String {
            switch self {
            case .create: "missing"
            case .update: "changed"
            case .remove: "stale"
            }
        }
    }

    public let root: String
    public let changes: [Change]
    private let contents: [String: [UInt8]]
    private let ownedFolders: [String]

    public init(generation: Generation, root: String) {
        let root = FileSystem.outputRoot(root)
        self.root = root
        var contents: [String: [UInt8]] = [:]
        for file in generation.files { contents[file.path] = file.bytes }
        var changes: [Change] = []
        // What the folders the run owns hold, listed once: a file missing from them is new
        // without a probe of its own, and one the run no longer writes is stale.
        var listed: Set<String> = []
        for relative in Self.listing(of: generation.ownedFolders, root: root) {
            listed.insert(relative)
            if contents[relative] == nil { changes.append(.remove(relative)) }
        }
        let owned = generation.ownedFolders.map { $0 + "/" }
        // One check per path, of what `contents` holds for it; reading every file back on a
        // rerun is the work here, so on every core.
        let files = Array(contents), onDisk = listed
        changes += ConcurrentMap.map(files.count) { index -> Change? in
            Self.change(writing: files[index].value, to: files[index].key, root: root, owned: owned, listed: onDisk)
        }.compactMap { $0 }
        self.changes = changes.sorted { $0.path < $1.path }
        self.contents = contents
        self.ownedFolders = generation.ownedFolders
    }

    public var isUpToDate: Bool { changes.isEmpty }

    /// What writing `bytes` to `relative` changes: nothing when the file holds it already. Whether
    /// a file exists is read from `listed` (the owned folders' files, listed once; `owned` their
    /// paths with a trailing slash) where it can be, without a probe of its own.
    static func change(writing bytes: [UInt8], to relative: String, root: String, owned: [String], listed: Set<String>) -> Change? {
        let path = "\(root)/\(relative)"
        let exists = owned.contains { relative.hasPrefix($0) } ? listed.contains(relative) : FileSystem.exists(path)
        if !exists { return .create(relative) }
        return FileSystem.holds(bytes, at: path) ? nil : .update(relative)
    }

    /// The files of the folders `generation` owns, relative to `root`: listed once per run.
    static func listing(of ownedFolders: [String], root: String) -> [String] {
        ownedFolders.flatMap { folder in FileSystem.files(under: "\(root)/\(folder)").map { "\(folder)/\($0)" } }
    }

    /// Applies every change: folders first, then the files, written on every core, then the
    /// removals. Throws the first failure in path order; a file whose write failed is left as it
    /// was, and no removal is made after a failed write.
    public func apply() throws(WriteFailure) {
        let root = root, contents = contents
        let writes = changes.filter { if case .remove = $0 { false } else { true } }
        for folder in Set(writes.map { FileSystem.folder(of: "\(root)/\($0.path)") }).sorted() {
            try FileSystem.createFolder(folder)
        }
        let failures = ConcurrentMap.map(writes.count) { index -> WriteFailure? in
            do throws(WriteFailure) {
                try FileSystem.atomicWrite(contents[writes[index].path]!, to: "\(root)/\(writes[index].path)")
                return nil
            } catch {
                return error
            }
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
        var stale: [String] = []
        for case .remove(let path) in changes { stale.append(path) }
        try Self.remove(stale, root: root, ownedFolders: ownedFolders)
    }

    /// Removes `paths` (below `root`), then the folders below the owned folders holding them that
    /// the removals leave empty; a folder still holding anything stays.
    static func remove(_ paths: [String], root: String, ownedFolders: [String]) throws(WriteFailure) {
        var emptied: Set<String> = []
        for path in paths {
            try FileSystem.remove("\(root)/\(path)")
            guard let owner = ownedFolders.first(where: { path.hasPrefix($0 + "/") }) else { continue }
            var folder = FileSystem.folder(of: path)
            while folder.count > owner.count {
                emptied.insert(folder)
                folder = FileSystem.folder(of: folder)
            }
        }
        // Deepest first, so a parent is tried once its children are gone.
        for folder in emptied.sorted(by: { $0.count > $1.count }) { rmdir("\(root)/\(folder)") }
    }
}
