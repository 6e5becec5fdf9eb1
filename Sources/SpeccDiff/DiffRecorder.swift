import SpeccDiagnostics

/// Collects findings as the comparisons run.
final class DiffRecorder {
    private(set) var findings: [Finding] = []

    func report(_ rule: String, operation: String?, field: String, _ message: String, old: SourceLocation?, new: SourceLocation?) {
        findings.append(Finding(rule: rule, level: RuleCatalog.level(rule), operation: operation, field: field,
                                message: message, oldLocation: old, newLocation: new))
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
