import SpeccDiagnostics
import SpeccIR
import SpeccOpenAPI
import SpeccSystem

/// The one entry point the CLI, tests and benchmarks share: `SpecFile → YAMLDocument → API → outputs`.
public enum Pipeline {
    /// Front end only: the spec at `path` lowered to the IR, with every diagnostic.
    public static func compile(spec path: String, options: FrontEndOptions = .init()) -> OpenAPIFrontEnd.Output {
        OpenAPIFrontEnd.compile(path: path, options: options)
    }

    /// The IR as stable, pretty JSON with sorted keys: the contract emitters and `specc diff` read.
    public static func irJSON(_ api: API) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(api)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Diagnostics as a compiler prints them, one per line (notes indented below), plus a summary.
    public static func render(_ diagnostics: [Diagnostic]) -> String {
        var text = diagnostics.map(\.description).joined(separator: "\n")
        if !diagnostics.isEmpty { text += "\n" }
        return text
    }

    /// `2 errors, 1 warning` style counts.
    public static func summary(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        return "\(plural(errors, "error")), \(plural(warnings, "warning"))"
    }
}
