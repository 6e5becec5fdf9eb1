/// One problem found in a user's input: a stable code, a severity, a sentence, where, and optional notes.
public struct Diagnostic: Error, Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable, Comparable {
        case error
        case warning
        case note

        private var rank: Int {
            switch self {
            case .error: 0
            case .warning: 1
            case .note: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// A secondary message attached to a diagnostic, with its own location when it has one.
    public struct Note: Hashable, Sendable, Codable {
        public var message: String
        public var location: SourceLocation?

        public init(_ message: String, at location: SourceLocation? = nil) {
            self.message = message
            self.location = location
        }
    }

    /// Stable, kebab-case identifier (`ref-unresolved`) so tools and tests can match on it.
    public var code: String
    public var severity: Severity
    public var message: String
    public var location: SourceLocation
    public var notes: [Note]

    public init(
        _ severity: Severity, _ code: String, _ message: String,
        at location: SourceLocation, notes: [Note] = []
    ) {
        self.code = code
        self.severity = severity
        self.message = message
        self.location = location
        self.notes = notes
    }

    public static func error(_ code: String, _ message: String, at location: SourceLocation, notes: [Note] = []) -> Diagnostic {
        Diagnostic(.error, code, message, at: location, notes: notes)
    }

    public static func warning(_ code: String, _ message: String, at location: SourceLocation, notes: [Note] = []) -> Diagnostic {
        Diagnostic(.warning, code, message, at: location, notes: notes)
    }

    /// `file:line:col: error: message [code]`, followed by one indented line per note.
    public var description: String {
        var text = "\(location): \(severity.rawValue): \(message) [\(code)]"
        for note in notes {
            let prefix = note.location.map { "\($0): " } ?? ""
            text += "\n\(prefix)note: \(note.message)"
        }
        return text
    }
}
