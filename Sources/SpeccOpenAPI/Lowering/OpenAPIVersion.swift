/// The OpenAPI major.minor lines specc reads. 3.1 moved schemas to JSON Schema 2020-12; 3.2 keeps
/// them and adds fields (see `ObjectKind.introducedIn3_2`), so most checks ask "3.1 or later".
enum OpenAPIVersion: Int, Comparable {
    case v3_0, v3_1, v3_2

    /// `3.0.x`, `3.1.x` and `3.2.x` (a patch number is required by the spec).
    init?(_ text: String) {
        guard let (major, minor) = Self.numbers(text) else { return nil }
        switch (major, minor) {
        case ("3", "0"): self = .v3_0
        case ("3", "1"): self = .v3_1
        case ("3", "2"): self = .v3_2
        default: return nil
        }
    }

    /// Major and minor of a well-formed `major.minor.patch`.
    static func numbers(_ text: String) -> (Substring, Substring)? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].allSatisfy(\.isNumber), !parts[2].isEmpty || text.contains("-") else { return nil }
        return (parts[0], parts[1])
    }

    /// Whether `text` is a well-formed version of a later line than specc reads (`3.3.0`, `4.0.0`).
    static func isNewer(_ text: String) -> Bool {
        guard let (major, minor) = numbers(text), let majorNumber = Int(major), let minorNumber = Int(minor) else { return false }
        return majorNumber > 3 || (majorNumber == 3 && minorNumber > 2)
    }

    /// `3.2`: how messages name the line.
    var name: String {
        switch self {
        case .v3_0: "3.0"
        case .v3_1: "3.1"
        case .v3_2: "3.2"
        }
    }

    static func < (lhs: OpenAPIVersion, rhs: OpenAPIVersion) -> Bool { lhs.rawValue < rhs.rawValue }
}
