import Foundation

/// How a set of generated files differs from what is on disk, and applying that difference.
///
/// Files are written only when their bytes change, each through a temporary file renamed into
/// place, so a reader never sees half a file. Files are removed only inside folders the run owns.
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
    private let contents: [String: String]

    public init(generation: Generation, root: String) {
        self.root = root
        var contents: [String: String] = [:]
        var changes: [Change] = []
        for file in generation.files {
            contents[file.path] = file.contents
            let existing = FileManager.default.contents(atPath: "\(root)/\(file.path)")
            if existing == nil {
                changes.append(.create(file.path))
            } else if existing != Data(file.contents.utf8) {
                changes.append(.update(file.path))
            }
        }
        for folder in generation.ownedFolders {
            for path in Self.files(under: "\(root)/\(folder)") {
                let relative = "\(folder)/\(path)"
                if contents[relative] == nil { changes.append(.remove(relative)) }
            }
        }
        self.changes = changes.sorted { $0.path < $1.path }
        self.contents = contents
    }

    public var isUpToDate: Bool { changes.isEmpty }

    /// Applies every change. Throws on the first I/O failure, leaving files not yet reached as they were.
    public func apply() throws {
        var createdFolders = Set<String>()
        for change in changes {
            let path = "\(root)/\(change.path)"
            switch change {
            case .create(let relative), .update(let relative):
                let folder = (path as NSString).deletingLastPathComponent
                if createdFolders.insert(folder).inserted {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                }
                try Self.atomicWrite(contents[relative]!, to: path)
            case .remove:
                try FileManager.default.removeItem(atPath: path)
            }
        }
    }

    /// Writes beside the target, then renames over it: readers see the old file or the new one,
    /// never half of either. Plain POSIX calls, because Foundation's `Data.write` adds its own temp
    /// file and an fsync per file, which dominated writing a large client's thousands of files.
    static func atomicWrite(_ text: String, to path: String) throws {
        let temporary = (path as NSString).deletingLastPathComponent + "/." + (path as NSString).lastPathComponent + ".specc-tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw writeError("cannot create \(temporary)") }
        var bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeMutableBytes { write(descriptor, $0.baseAddress! + written, $0.count - written) }
            if count < 0 {
                if errno == EINTR { continue }
                let error = writeError("cannot write \(temporary)")
                close(descriptor)
                unlink(temporary)
                throw error
            }
            written += count
        }
        bytes.removeAll()
        close(descriptor)
        guard rename(temporary, path) == 0 else {
            let error = writeError("cannot move \(temporary) to \(path)")
            unlink(temporary)
            throw error
        }
    }

    private static func writeError(_ message: String) -> any Error {
        CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "\(message): \(String(cString: strerror(errno)))"])
    }

    /// Regular files below `folder`, relative to it, sorted; none if it does not exist.
    static func files(under folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: "\(folder)/\(path)", isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(path)
            }
        }
        return files.sorted()
    }
}
