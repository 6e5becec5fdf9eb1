import Foundation
import SpeccDiagnostics
import SpeccIR
import SpeccPipeline

/// Locates the fixture files copied into the test bundle.
enum Fixtures {
    static let directory: String = Bundle.module.resourceURL!.appendingPathComponent("Fixtures").path
    /// The repository this test target is in.
    static let repository: String = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    static func path(_ relative: String) -> String { directory + "/" + relative }

    static func names(in folder: String, extensions: Set<String>) -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: path(folder))) ?? []
        return files.filter { extensions.contains(($0 as NSString).pathExtension) }.sorted()
    }

    /// Diagnostics as the CLI prints them, with the fixture directory made relative.
    static func rendered(_ diagnostics: [Diagnostic]) -> String {
        Pipeline.render(diagnostics).replacingOccurrences(of: directory + "/", with: "")
    }

    /// Compiles a valid fixture and fails loudly with its diagnostics if it has errors.
    static func api(_ relative: String) throws -> API {
        let output = Pipeline.compile(spec: path(relative))
        guard let api = output.api, !output.hasErrors else {
            throw FixtureError(message: rendered(output.diagnostics))
        }
        return api
    }

    /// Writes `text` as a spec in a temporary folder, runs `body` on its path, removes the folder.
    static func withSpec<T>(yaml text: String, name: String = "spec.yaml", _ body: (String) throws -> T) throws -> T {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("specc-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return try body(file.path)
    }

    /// Writes `text` as a temporary spec and compiles it.
    static func compile(yaml text: String, name: String = "spec.yaml") throws -> OpenAPIFrontEndOutput {
        let output = try withSpec(yaml: text, name: name) { Pipeline.compile(spec: $0) }
        return OpenAPIFrontEndOutput(api: output.api, diagnostics: output.diagnostics.map {
            var diagnostic = $0
            diagnostic.location.file = ($0.location.file as NSString).lastPathComponent
            return diagnostic
        })
    }
}

struct OpenAPIFrontEndOutput {
    var api: API?
    var diagnostics: [Diagnostic]
    var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}

struct FixtureError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
