import SpeccDiagnostics

/// Collects findings as the comparisons run.
final class DiffRecorder {
    private(set) var findings: [Finding] = []
    let options: DiffOptions
    /// What every comparison of this pair reads: the schemas used only as `allOf` parts.
    let parts: AllOfParts
    /// Which schema comparisons can find nothing, skipped.
    let unchanged: UnchangedSchemas
    /// `YYYY-MM-DD`, for `x-sunset` dates.
    let today: String

    init(options: DiffOptions, parts: AllOfParts, unchanged: UnchangedSchemas, today: String) {
        self.options = options
        self.parts = parts
        self.unchanged = unchanged
        self.today = today
    }

    /// A recorder for a trial comparison whose findings are only counted.
    func scratch() -> DiffRecorder { DiffRecorder(options: options, parts: parts, unchanged: unchanged, today: today) }

    func report(_ rule: String, operation: String?, field: String, _ message: String, old: SourceLocation?, new: SourceLocation?,
                affects: [String] = []) {
        var level = RuleCatalog.level(rule)
        if options.closedEnums, RuleCatalog.closedEnumRules.contains(rule) { level = .breaking }
        findings.append(Finding(rule: rule, level: level, operation: operation, field: field,
                                message: message, oldLocation: old, newLocation: new, affects: affects))
    }
}

/// How `specc diff` judges what depends on the clients in use.
public struct DiffOptions: Sendable {
    /// Clients reject enum values and discriminated-union variants they do not know: a new one
    /// in a response breaks them.
    public var closedEnums: Bool

    public init(closedEnums: Bool = false) {
        self.closedEnums = closedEnums
    }
}

/// Where a schema sits: a base (`request body`, `schema Event`) and a path inside it (`owner.email`,
/// `tags[]`).
struct FieldPath {
    let base: String
    var path = ""

    func property(_ name: String) -> FieldPath {
        FieldPath(base: base, path: path.isEmpty ? name : path + "." + name)
    }

    func appending(_ suffix: String) -> FieldPath {
        FieldPath(base: base, path: path + suffix)
    }

    var text: String { path.isEmpty ? base : "\(base): \(path)" }
}
