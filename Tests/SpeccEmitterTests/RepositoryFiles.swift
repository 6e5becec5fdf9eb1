import Foundation

/// Paths in this repository, for tests that compare generated files with committed ones.
enum RepositoryFiles {
    static let root: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    static var isRecording: Bool { ProcessInfo.processInfo.environment["SPECC_RECORD"] == "1" }

    /// Regular files below `folder` (relative to the repository), relative to it, sorted.
    static func files(under folder: String) -> [String] {
        let base = root + "/" + folder
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return [] }
        var files: [String] = []
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue,
               !(path as NSString).lastPathComponent.hasPrefix(".") {
                files.append(path)
            }
        }
        return files.sorted()
    }

    static func read(_ relative: String) -> String? {
        try? String(contentsOfFile: root + "/" + relative, encoding: .utf8)
    }

    static func write(_ text: String, to relative: String) throws {
        let url = URL(fileURLWithPath: root + "/" + relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// The first lines where two texts differ, as a small unified-style excerpt.
    static func firstDifference(expected: String, actual: String, context: Int = 3) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        guard let index = zip(old, new).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset
                ?? (old.count != new.count ? min(old.count, new.count) : nil) else { return "(identical)" }
        var lines = ["@@ line \(index + 1) @@"]
        for i in max(0, index - context)..<index { lines.append("  " + old[i]) }
        for i in index..<min(old.count, index + context) { lines.append("- " + old[i]) }
        for i in index..<min(new.count, index + context) { lines.append("+ " + new[i]) }
        return lines.joined(separator: "\n")
    }
}
