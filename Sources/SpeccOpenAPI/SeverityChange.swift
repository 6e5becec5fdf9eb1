import SpeccDiagnostics

/// A reading mode that moves some diagnostics, by code, from one severity to another: `--strict`
/// (`StrictMode`) and the lenient read of `specc diff` (`LenientMode`).
struct SeverityChange: Sendable {
    let codes: Set<String>
    let from: Diagnostic.Severity
    let to: Diagnostic.Severity

    func apply(_ diagnostic: Diagnostic) -> Diagnostic {
        guard diagnostic.severity == from, codes.contains(diagnostic.code) else { return diagnostic }
        var changed = diagnostic
        changed.severity = to
        return changed
    }
}
