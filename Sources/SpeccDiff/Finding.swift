import SpeccDiagnostics

/// How much a change matters to existing users of the API.
public enum Level: String, Sendable, Codable, CaseIterable, Comparable {
    /// Breaks existing clients on the wire.
    case breaking
    /// Compatible on the wire, but breaks code written against the generated Swift client
    /// (a renamed type or method, a new case in a response enum).
    case source
    /// Likely to surprise someone; review it.
    case warning
    /// Compatible; worth a line in the changelog.
    case info

    private var rank: Int {
        switch self {
        case .breaking: 0
        case .source: 1
        case .warning: 2
        case .info: 3
        }
    }

    /// `breaking < source < warning < info`: sorting puts the worst first.
    public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rank < rhs.rank }

    /// Whether a finding at this level fails a run with `--fail-on threshold`.
    public func fails(at threshold: Level) -> Bool { self <= threshold }
}

/// One change between two versions of a spec, under a stable rule id.
public struct Finding: Sendable, Hashable, Codable {
    public let rule: String
    public let level: Level
    /// `POST /events`, or nil for API-wide changes (servers, components).
    public let operation: String?
    /// Where inside the operation or component: `request body: owner.email`, `query parameter limit`.
    public let field: String
    /// One sentence for people.
    public let message: String
    public let oldLocation: SourceLocation?
    public let newLocation: SourceLocation?
    /// For a change to a named schema: the operations, webhooks and callbacks whose requests or
    /// responses (on the finding's side of the wire) reach it, in either version.
    public var affects: [String] = []

    /// `POST /events request body: owner.email`: operation and field together.
    public var subject: String {
        [operation, field.isEmpty ? nil : field].compactMap { $0 }.joined(separator: " ")
    }
}

extension Finding {
    /// See `SourceLocation.relocated`.
    public func relocated(_ prefixes: [(from: String, to: String)]) -> Finding {
        Finding(rule: rule, level: level, operation: operation, field: field, message: message,
                oldLocation: oldLocation?.relocated(prefixes), newLocation: newLocation?.relocated(prefixes), affects: affects)
    }
}
