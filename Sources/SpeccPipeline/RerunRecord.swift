import SpeccOpenAPI

/// What one `specc generate` that wrote its outputs depended on and left on disk. A later run
/// with the same fingerprint, whose inputs still hold the same bytes and whose outputs are still
/// the files this one wrote, would change nothing: it replays the record instead of generating.
struct RerunRecord: Equatable {
    /// A file the run read, with the digest of the bytes it read; nil for one it tried and could
    /// not read: creating it changes the result.
    typealias Input = InputFile

    struct Output: Equatable {
        /// Relative to the output root.
        var path: String
        var stamp: FileStamp
    }

    /// The digest of everything besides files the run depended on (see `RerunCache`).
    var fingerprint: UInt64
    var inputs: [Input]
    var outputs: [Output]
    var ownedFolders: [String]
    /// The diagnostics the run printed, rendered.
    var diagnostics: String

    private static let header = "specc rerun record 1"

    /// The record as lines of text (the diagnostics as a counted block, as they span lines); nil
    /// if a path holds a line break, which the format cannot carry.
    var text: String? {
        let paths = inputs.map(\.path) + outputs.map(\.path) + ownedFolders
        guard !paths.contains(where: { $0.contains("\n") }) else { return nil }
        var lines = [Self.header, "fingerprint \(String(fingerprint, radix: 16))"]
        lines += ownedFolders.map { "folder \($0)" }
        lines += inputs.map { "input \($0.digest.map { String($0, radix: 16) } ?? "-") \($0.path)" }
        lines += outputs.map { output in
            let stamp = output.stamp
            return "output \(stamp.size) \(stamp.inode) \(stamp.modified) \(stamp.modifiedNanoseconds) \(stamp.changed) \(stamp.changedNanoseconds) \(output.path)"
        }
        lines.append("diagnostics \(diagnostics.utf8.count)")
        return lines.joined(separator: "\n") + "\n" + diagnostics + "end\n"
    }

    /// Reads what `text` wrote; nil for anything else (another version's record, a torn write).
    init?(text: String) {
        var rest = Substring(text)
        func line() -> Substring? {
            guard let end = rest.firstIndex(of: "\n") else { return nil }
            defer { rest = rest[rest.index(after: end)...] }
            return rest[..<end]
        }
        /// The line's first `count` space-separated fields, then the rest (a path, which may hold spaces).
        func fields(_ line: Substring, _ count: Int) -> [Substring]? {
            let parts = line.split(separator: " ", maxSplits: count, omittingEmptySubsequences: false)
            return parts.count == count + 1 ? parts : nil
        }
        guard line() == Self.header[...], let first = line(), let fingerprint = fields(first, 1),
              fingerprint[0] == "fingerprint", let value = UInt64(fingerprint[1], radix: 16) else { return nil }
        self.fingerprint = value
        (inputs, outputs, ownedFolders, diagnostics) = ([], [], [], "")
        while let next = line() {
            guard let kind = next.split(separator: " ", maxSplits: 1).first else { return nil }
            switch kind {
            case "folder":
                guard let parts = fields(next, 1) else { return nil }
                ownedFolders.append(String(parts[1]))
            case "input":
                guard let parts = fields(next, 2) else { return nil }
                let digest = parts[1] == "-" ? nil : UInt64(parts[1], radix: 16)
                guard digest != nil || parts[1] == "-" else { return nil }
                inputs.append(Input(path: String(parts[2]), digest: digest))
            case "output":
                guard let parts = fields(next, 7) else { return nil }
                let numbers = parts[1...6].compactMap { Int64($0) }
                guard numbers.count == 6, let inode = UInt64(parts[2]) else { return nil }
                let stamp = FileStamp(size: numbers[0], inode: inode, modified: numbers[2], modifiedNanoseconds: numbers[3],
                                      changed: numbers[4], changedNanoseconds: numbers[5])
                outputs.append(Output(path: String(parts[7]), stamp: stamp))
            case "diagnostics":
                guard let parts = fields(next, 1), let count = Int(parts[1]) else { return nil }
                let utf8 = rest.utf8
                guard let end = utf8.index(utf8.startIndex, offsetBy: count, limitedBy: utf8.endIndex),
                      utf8[end...].elementsEqual("end\n".utf8) else { return nil }
                diagnostics = String(rest[..<end])
                return
            default:
                return nil
            }
        }
        return nil
    }

    init(fingerprint: UInt64, inputs: [Input], outputs: [Output], ownedFolders: [String], diagnostics: String) {
        self.fingerprint = fingerprint
        self.inputs = inputs
        self.outputs = outputs
        self.ownedFolders = ownedFolders
        self.diagnostics = diagnostics
    }
}
