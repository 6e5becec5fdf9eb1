/// Collects diagnostics during one compilation so that every problem is reported in a single run.
///
/// A sink belongs to one pass on one thread; passes hand their results on as values.
public struct DiagnosticSink: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public mutating func emit(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    public mutating func error(_ code: String, _ message: String, at location: SourceLocation, notes: [Diagnostic.Note] = []) {
        emit(.error(code, message, at: location, notes: notes))
    }

    public mutating func warning(_ code: String, _ message: String, at location: SourceLocation, notes: [Diagnostic.Note] = []) {
        emit(.warning(code, message, at: location, notes: notes))
    }

    public mutating func append(contentsOf other: [Diagnostic]) {
        diagnostics.append(contentsOf: other)
    }

    public var hasErrors: Bool { diagnostics.hasErrors }

    /// Diagnostics in reading order (file, line, column), duplicates removed; ties keep emission order.
    public var sorted: [Diagnostic] { Diagnostic.sortedForDisplay(diagnostics) }
}

extension Diagnostic {
    /// Reading order: by location, then severity, then message; exact duplicates dropped.
    public static func sortedForDisplay(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        let unique = diagnostics.filter { seen.insert($0).inserted }
        return unique.enumerated().sorted { lhs, rhs in
            if lhs.element.location != rhs.element.location { return lhs.element.location < rhs.element.location }
            if lhs.element.severity != rhs.element.severity { return lhs.element.severity < rhs.element.severity }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }
}

extension Sequence<Diagnostic> {
    /// Whether any diagnostic is an error: what decides a failed run.
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
