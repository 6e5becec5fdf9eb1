/// A position in a source file: 1-based line and column, as editors and compilers print them.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The file as the user named it (or as a `$ref` resolved it), never made absolute behind their back.
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// A location for a whole file, used when no better position exists (an unreadable file).
    public static func file(_ path: String) -> SourceLocation {
        SourceLocation(file: path, line: 1, column: 1)
    }

    /// A command-line flag's value (`--types-files`): line 0, printed as the flag alone.
    public static func argument(_ flag: String) -> SourceLocation {
        SourceLocation(file: flag, line: 0, column: 0)
    }

    public var description: String { line == 0 ? file : "\(file):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

/// Encoded as the `file:line:column` string people read, not an object of three fields.
extension SourceLocation: Codable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count >= 3, let line = Int(parts[parts.count - 2]), let column = Int(parts[parts.count - 1]) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "expected file:line:column, found \(text)"))
        }
        self.init(file: parts.dropLast(2).joined(separator: ":"), line: line, column: column)
    }
}

extension SourceLocation {
    /// The same position with its file's leading `from` replaced by `to` (the first that applies):
    /// how a spec read from a temporary copy is shown under the name the user gave.
    public func relocated(_ prefixes: [(from: String, to: String)]) -> SourceLocation {
        guard let (from, to) = prefixes.first(where: { file.hasPrefix($0.from) }) else { return self }
        return SourceLocation(file: to + file.dropFirst(from.count), line: line, column: column)
    }
}

extension Diagnostic {
    /// See `SourceLocation.relocated`; notes too.
    public func relocated(_ prefixes: [(from: String, to: String)]) -> Diagnostic {
        var copy = self
        copy.location = location.relocated(prefixes)
        copy.notes = notes.map { Note($0.message, at: $0.location?.relocated(prefixes)) }
        return copy
    }
}
