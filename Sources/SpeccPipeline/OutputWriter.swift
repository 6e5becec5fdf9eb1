import SpeccIR
import SpeccSystem

/// Writes a run's files into the output root as the emitters produce them, from any thread, with
/// `OutputPlan`'s guarantees: each file replaced atomically and only when its bytes change, and,
/// once every file is in, the stale ones removed from the folders the run owns. A file is held
/// only until it is written, so the run never holds all of its output at once.
final class OutputWriter: @unchecked Sendable {
    private let root: String
    private let ownedFolders: [String]
    private let owned: [String]
    private let listed: Set<String>
    private let lock = Lock()
    private var folders: Set<String> = []
    private var written: Set<String> = []
    private var changes: [OutputPlan.Change] = []
    private var failures: [(path: String, error: WriteFailure)] = []

    init(root: String, ownedFolders: [String]) {
        let root = FileSystem.outputRoot(root)
        self.root = root
        self.ownedFolders = ownedFolders
        owned = ownedFolders.map { $0 + "/" }
        listed = Set(OutputPlan.listing(of: ownedFolders, root: root))
    }

    /// Writes `file` unless it is on disk already; a failure is kept for `finish`.
    func write(_ file: OutputFile) {
        let change = OutputPlan.change(writing: file.bytes, to: file.path, root: root, owned: owned, listed: listed)
        var failure: WriteFailure?
        if let change {
            do {
                if case .create = change { try createFolder(of: file.path) }
                try FileSystem.atomicWrite(file.bytes, to: "\(root)/\(file.path)")
            } catch {
                failure = error
            }
        }
        lock.withLock {
            written.insert(file.path)
            if let failure {
                failures.append((file.path, failure))
            } else if let change {
                changes.append(change)
            }
        }
    }

    /// Every path handed to `write`, sorted.
    var files: [String] { lock.withLock { written.sorted() } }

    /// Removes the stale files once every file is written, and returns every change in path
    /// order. Throws the first failed write in path order, removing nothing after one.
    func finish() throws(WriteFailure) -> [OutputPlan.Change] {
        let (failures, changes, written) = lock.withLock { (self.failures, self.changes, self.written) }
        if let first = failures.min(by: { $0.path < $1.path }) { throw first.error }
        let stale = listed.subtracting(written).sorted()
        try OutputPlan.remove(stale, root: root, ownedFolders: ownedFolders)
        return (changes + stale.map { .remove($0) }).sorted { $0.path < $1.path }
    }

    /// Creates the folder `relative` goes in, once per folder however many files go there; under
    /// the lock, so no other file of that folder is written before it exists.
    private func createFolder(of relative: String) throws(WriteFailure) {
        let folder = FileSystem.folder(of: "\(root)/\(relative)")
        try lock.withLock { () throws(WriteFailure) in
            guard !folders.contains(folder) else { return }
            try FileSystem.createFolder(folder)
            folders.insert(folder)
        }
    }
}
