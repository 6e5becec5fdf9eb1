import Foundation
import SpeccIR
import SpeccPipeline

/// Compiles a spec written in a test, failing with its diagnostics if it has errors.
enum InlineSpec {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func api(_ yaml: String) throws -> API {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("specc-inline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("spec.yaml")
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        let output = Pipeline.compile(spec: file.path)
        guard let api = output.api, !output.hasErrors else { throw Failure(description: Pipeline.render(output.diagnostics)) }
        return api
    }

    /// Writes `files` under a fresh temporary directory and returns it.
    static func write(_ files: [OutputFile]) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("specc-out-\(UUID().uuidString)")
        for file in files {
            let url = directory.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.contents.utf8).write(to: url)
        }
        return directory.path
    }
}
