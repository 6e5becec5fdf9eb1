import Foundation
import SpeccDiagnostics
import SpeccDiff
import SpeccOpenAPI

/// Two specs' findings, or the diagnostics that stopped either from compiling.
public struct DiffResult: Sendable {
    public var findings: [Finding]
    public var diagnostics: [Diagnostic]

    public var hasErrors: Bool { diagnostics.hasErrors }
}

extension Pipeline {
    /// `old` and `new` through the front end, then compared on the IR.
    public static func diff(old: String, new: String, options: FrontEndOptions = .init(), today: String) -> DiffResult {
        // The two front ends are independent: one per core.
        let outputs = ParallelCompile.run([old, new], options: options)
        let before = outputs[0], after = outputs[1]
        let diagnostics = Diagnostic.sortedForDisplay(before.diagnostics + after.diagnostics)
        guard let oldAPI = before.api, let newAPI = after.api, !before.hasErrors, !after.hasErrors else {
            return DiffResult(findings: [], diagnostics: diagnostics)
        }
        return DiffResult(findings: SpecDiff.compare(old: oldAPI, new: newAPI, today: today), diagnostics: diagnostics)
    }
}

/// Compiles specs concurrently, results in input order.
enum ParallelCompile {
    static func run(_ specs: [String], options: FrontEndOptions) -> [OpenAPIFrontEnd.Output] {
        let slots = Slots(count: specs.count)
        DispatchQueue.concurrentPerform(iterations: specs.count) { index in
            slots.set(index, Pipeline.compile(spec: specs[index], options: options))
        }
        return slots.values
    }

    /// Each slot is written once, by one iteration; the lock guards the array's storage.
    private final class Slots: @unchecked Sendable {
        private var storage: [OpenAPIFrontEnd.Output?]
        private let lock = NSLock()

        init(count: Int) { storage = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ output: OpenAPIFrontEnd.Output) { lock.withLock { storage[index] = output } }

        var values: [OpenAPIFrontEnd.Output] { lock.withLock { storage.map { $0! } } }
    }
}
