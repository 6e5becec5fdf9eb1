import SpeccSystem
import SpeccYAML

/// What `stat` says of a file that changes whenever its bytes are rewritten: comparing two stamps
/// tells whether a file is still the one a run wrote, without reading it.
struct FileStamp: Equatable, Sendable {
    var size: Int64
    var inode: UInt64
    var modified: Int64
    var modifiedNanoseconds: Int64
    /// The status change time: a writer cannot set it back, as `touch` can the modification time.
    var changed: Int64
    var changedNanoseconds: Int64
}

extension FileSystem {
    /// The stamp of the regular file at `path` (following links); nil if there is none.
    static func stamp(_ path: String) -> FileStamp? {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        #if canImport(Darwin)
        let (modified, changed) = (status.st_mtimespec, status.st_ctimespec)
        #else
        let (modified, changed) = (status.st_mtim, status.st_ctim)
        #endif
        return FileStamp(size: Int64(status.st_size), inode: UInt64(status.st_ino),
                         modified: Int64(modified.tv_sec), modifiedNanoseconds: Int64(modified.tv_nsec),
                         changed: Int64(changed.tv_sec), changedNanoseconds: Int64(changed.tv_nsec))
    }

    /// The digest of the bytes of the file at `path`; nil if it cannot be read.
    static func digest(of path: String) -> UInt64? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var digest = ContentDigest()
        // Chunks are filled completely before they are folded in, so only the last one may end
        // mid-word, as `ContentDigest.add` requires.
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 8)
        defer { buffer.deallocate() }
        while true {
            var filled = 0
            while filled < buffer.count {
                let count = read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
                if count < 0 {
                    if errno == EINTR { continue }
                    return nil
                }
                if count == 0 { break }
                filled += count
            }
            digest.add(UnsafeRawBufferPointer(rebasing: buffer[..<filled]))
            if filled < buffer.count { return digest.finished }
        }
    }
}
