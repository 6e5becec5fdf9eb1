import SpeccSystem

/// The few file operations generating thousands of files needs, as plain POSIX calls: Foundation's
/// versions probe, stat and copy around each one, which dominated writing a large client.
enum FileSystem {
    /// Regular files below `folder` (and links to them), relative to it, sorted; none if it does
    /// not exist. Reads each directory's entries once, and stats an entry only when it is a link
    /// or the directory does not say what it is.
    static func files(under folder: String) -> [String] {
        var files: [String] = []
        collect(folder, prefix: "", into: &files)
        return files.sorted()
    }

    private static func collect(_ folder: String, prefix: String, into files: inout [String]) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard name != ".", name != ".." else { continue }
            let path = "\(folder)/\(name)"
            var type = Int32(entry.pointee.d_type)
            if type == Int32(DT_UNKNOWN) {
                var status = stat()
                guard lstat(path, &status) == 0 else { continue }
                type = status.st_mode & S_IFMT == S_IFDIR ? Int32(DT_DIR) : status.st_mode & S_IFMT == S_IFLNK ? Int32(DT_LNK) : Int32(DT_REG)
            }
            // A link is listed when it names a regular file and never followed into a folder, as
            // Foundation's enumerator does: removing stale files must not reach outside the output.
            if type == Int32(DT_LNK) {
                var status = stat()
                guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { continue }
                type = Int32(DT_REG)
            }
            let isDirectory = type == Int32(DT_DIR), isFile = type == Int32(DT_REG)
            if isDirectory {
                collect(path, prefix: prefix + name + "/", into: &files)
            } else if isFile {
                files.append(prefix + name)
            }
        }
    }

    /// Whether the file at `path` holds exactly `bytes`; false if it cannot be read. Stops at the
    /// first difference, without reading the rest.
    static func holds(_ bytes: [UInt8], at path: String) -> Bool {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return bytes.withUnsafeBufferPointer { expected in
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            var offset = 0
            while true {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
                if count < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                if count == 0 { return offset == expected.count }
                guard offset + count <= expected.count,
                      buffer.withUnsafeBytes({ memcmp($0.baseAddress!, expected.baseAddress! + offset, count) }) == 0 else { return false }
                offset += count
            }
        }
    }

    /// The folder holding `path`: what comes before its last `/`, trailing slashes aside; "/" for a
    /// file in the root, "" for a bare name. Foundation's `deletingLastPathComponent` also collapses
    /// doubled slashes, which specc's paths do not have (`outputRoot` trims the root they start
    /// from), at tens of thousands of instructions a call (it bridges to `NSString` and normalises
    /// the whole path): 8% of the instructions of generating Stripe.
    static func folder(of path: String) -> String {
        let path = withoutTrailingSlashes(path)
        guard let last = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return last == path.startIndex ? "/" : String(path[..<last])
    }

    /// An output root as the user wrote it, without the trailing slashes a shell's completion adds,
    /// so that the paths made from it (`root/relative`) and the messages naming them have no `//`.
    static func outputRoot(_ root: String) -> String { String(withoutTrailingSlashes(root)) }

    /// `path` without its trailing slashes, "/" itself kept.
    private static func withoutTrailingSlashes(_ path: String) -> Substring {
        var path = Substring(path)
        while path.utf8.count > 1, path.utf8.last == UInt8(ascii: "/") { path.removeLast() }
        return path
    }

    /// The hidden file beside `path` its new bytes are written to before the rename.
    static func temporaryPath(for path: String) -> String {
        guard let last = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return ".\(path).specc-tmp" }
        let next = path.utf8.index(after: last)
        return "\(path[..<next]).\(path[next...]).specc-tmp"
    }

    /// Whether `path` is a folder, or a link to one.
    static func isFolder(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }

    /// Whether anything is at `path`.
    static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    /// Creates `folder` and any missing parents.
    static func createFolder(_ folder: String) throws(WriteFailure) {
        if mkdir(folder, 0o755) == 0 { return }
        switch errno {
        case EEXIST:
            guard isFolder(folder) else {
                errno = ENOTDIR
                throw error("cannot create \(folder)")
            }
        case ENOENT:
            let parent = Self.folder(of: folder)
            guard !parent.isEmpty, parent != folder else { throw error("cannot create \(folder)") }
            try createFolder(parent)
            guard mkdir(folder, 0o755) == 0 || errno == EEXIST else { throw error("cannot create \(folder)") }
        default:
            throw error("cannot create \(folder)")
        }
    }

    /// Writes beside the target, then renames over it: readers see the old file or the new one,
    /// never half of either. One open, the writes, one close and one rename; no fsync, as a
    /// build's outputs need none.
    static func atomicWrite(_ contents: [UInt8], to path: String) throws(WriteFailure) {
        let temporary = temporaryPath(for: path)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw error("cannot create \(temporary)") }
        let failure: WriteFailure? = contents.withUnsafeBufferPointer { bytes in
            var written = 0
            while written < bytes.count {
                let count = write(descriptor, bytes.baseAddress! + written, bytes.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    return error("cannot write \(temporary)")
                }
                written += count
            }
            return nil
        }
        close(descriptor)
        if let failure {
            unlink(temporary)
            throw failure
        }
        guard rename(temporary, path) == 0 else {
            let failure = error("cannot move \(temporary) to \(path)")
            unlink(temporary)
            throw failure
        }
    }

    static func remove(_ path: String) throws(WriteFailure) {
        guard unlink(path) == 0 else { throw error("cannot remove \(path)") }
    }

    private static func error(_ message: String) -> WriteFailure {
        WriteFailure("\(message): \(String(cString: strerror(errno)))")
    }
}
