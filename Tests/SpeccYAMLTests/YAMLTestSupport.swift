import SpeccDiagnostics
import SpeccYAML

enum YAMLTestSupport {
    struct LoadFailure: Error, CustomStringConvertible {
        let diagnostics: [Diagnostic]
        var description: String { diagnostics.map(\.description).joined(separator: "\n") }
    }

    static func load(_ text: String, limits: YAMLLimits = .default) throws -> YAMLDocument {
        let result = YAMLLoader.load(bytes: Array(text.utf8), file: "test.yaml", limits: limits)
        guard let document = result.document else { throw LoadFailure(diagnostics: result.diagnostics) }
        return document
    }

    static func diagnostics(_ text: String, limits: YAMLLimits = .default) -> [Diagnostic] {
        YAMLLoader.load(bytes: Array(text.utf8), file: "test.yaml", limits: limits).diagnostics
    }
}
