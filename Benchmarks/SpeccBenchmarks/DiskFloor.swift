import Foundation
import SpeccIR

/// What writing generated files costs at the least on this filesystem: each file written to a
/// temporary beside it and renamed into place, as `specc generate` must, with nothing else done.
enum DiskFloor {
    static func write(_ files: [OutputFile], into root: String) {
        var folders = Set<String>()
        for file in files {
            let path = "\(root)/\(file.path)"
            let folder = (path as NSString).deletingLastPathComponent
            if folders.insert(folder).inserted {
                try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            }
            let temporary = path + ".tmp"
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            file.bytes.withUnsafeBufferPointer { _ = Foundation.write(descriptor, $0.baseAddress, $0.count) }
            close(descriptor)
            rename(temporary, path)
        }
    }

    nonisolated(unsafe) private static var made = 0
    private static let parent = NSTemporaryDirectory() + "specc-bench-\(getpid())"

    /// A new empty folder under the system's temporary one, never one an earlier run wrote into
    /// (removing that would put its writeback inside the next timing).
    static func emptyFolder(_ name: String) -> String {
        made += 1
        let path = "\(parent)/\(made)-\(name)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Every folder `emptyFolder` made.
    static func removeAll() { try? FileManager.default.removeItem(atPath: parent) }
}
