import SpeccOpenAPI
import SpeccSystem

/// `REV:path` arguments: the spec as it is in a git revision, with the files beside it (for
/// relative `$ref`s), extracted into a temporary folder.
struct GitRevision {
    let revision: String
    /// Where the extracted tree starts; locations under it are shown as `REV:path`.
    let root: String
    /// The spec inside `root`.
    let specPath: String

    /// Nil when `argument` names a file that exists, or is not of the form `REV:path`.
    static func parse(_ argument: String) -> (revision: String, path: String)? {
        guard !FileManager.default.fileExists(atPath: argument), let colon = argument.firstIndex(of: ":"),
              colon != argument.startIndex, argument.index(after: colon) != argument.endIndex else { return nil }
        return (String(argument[..<colon]), String(argument[argument.index(after: colon)...]))
    }

    /// Extracts the spec's folder at `revision` (`git archive`), so sibling files resolve too.
    static func extract(revision: String, path: String) throws -> GitRevision {
        let prefix = try git(["rev-parse", "--show-prefix"]).trimmed()
        let inRepository = SpecPath.normalise(prefix + path)
        let folder = inRepository.split(separator: "/").dropLast().joined(separator: "/")
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("specc-diff-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        let archive = root + "/tree.tar"
        _ = try git(["archive", "--format=tar", "--output=\(archive)", revision, "--", folder.isEmpty ? "." : folder])
        try run(["tar", "-xf", archive, "-C", root])
        try? FileManager.default.removeItem(atPath: archive)
        guard FileManager.default.fileExists(atPath: root + "/" + inRepository) else {
            throw GitError(message: "\(revision):\(path) does not exist")
        }
        return GitRevision(revision: revision, root: root, specPath: root + "/" + inRepository)
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }

    struct GitError: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    @discardableResult
    private static func git(_ arguments: [String]) throws -> String {
        try run(["git"] + arguments)
    }

    @discardableResult
    private static func run(_ arguments: [String]) throws -> String {
        let result = try Subprocess.run(arguments)
        guard result.status == 0 else {
            throw GitError(message: "\(arguments.prefix(2).joined(separator: " ")) failed: \(result.errors.trimmed())")
        }
        return result.output
    }

}
