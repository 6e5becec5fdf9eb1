import SpeccDiagnostics
import SpeccDiff
import SpeccIR
import SpeccOpenAPI

/// Two specs' findings, or the diagnostics that stopped either from compiling.
public struct DiffResult: Sendable {
    public var findings: [Finding]
    public var diagnostics: [Diagnostic]

    public var hasErrors: Bool { diagnostics.hasErrors }
}

extension Pipeline {
    /// `old` and `new` through the front end, then compared on the IR.
    public static func diff(old: String, new: String, options: FrontEndOptions = .init(), today: String, diffOptions: DiffOptions = DiffOptions()) -> DiffResult {
        // The two front ends are independent: one per core.
        let specs = [old, new]
        // Real specs break REQUIREDs that do not stop a review: read them, warning, and compare.
        var lenient = options
        lenient.lenient = true
        // The cores are shared between the two front ends, not given to each.
        lenient.loweringThreads = max(1, options.loweringThreads / specs.count)
        let outputs = ConcurrentMap.map(specs.count) { [lenient] in compile(spec: specs[$0], options: lenient) }
        let before = outputs[0], after = outputs[1]
        let diagnostics = Diagnostic.sortedForDisplay(before.diagnostics + after.diagnostics)
        guard let oldAPI = before.api, let newAPI = after.api, !before.hasErrors, !after.hasErrors else {
            return DiffResult(findings: [], diagnostics: diagnostics)
        }
        return DiffResult(findings: SpecDiff.compare(old: oldAPI, new: newAPI, today: today, options: diffOptions), diagnostics: diagnostics)
    }
}
