import Foundation
import SpeccDiff
import SpeccIR
import SpeccPipeline

/// Small specs for diff tests, compiled through the real front end.
enum DiffSpecs {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func api(_ yaml: String) throws -> API {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("specc-diff-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("spec.yaml")
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        let output = Pipeline.compile(spec: file.path)
        guard let api = output.api, !output.hasErrors else { throw Failure(description: Pipeline.render(output.diagnostics) + yaml) }
        return api
    }

    static func diff(_ old: String, _ new: String, today: String = "2026-11-23", options: DiffOptions = DiffOptions()) throws -> [Finding] {
        SpecDiff.compare(old: try api(old), new: try api(new), today: today, options: options)
    }

    /// A spec with `paths` (YAML, indented as under `paths:`), two shared schemas A and B, and
    /// whatever else `components` adds under `components:`.
    static func spec(_ paths: String, components: String = "", top: String = "") -> String {
        """
        openapi: 3.1.0
        info: {title: Pets, version: "1"}
        \(top)
        paths:
        \(paths)
        components:
          schemas:
            A: {type: object, properties: {a: {type: string}}}
            B: {type: object, properties: {b: {type: integer}}}
        \(components)
        """
    }

    /// One operation whose request body and 200 response body are both `body`: a schema change
    /// inside it shows up once per side of the wire.
    static func bodies(_ body: String) -> String {
        spec("""
              /pets:
                post:
                  operationId: createPet
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema: \(body)
                  responses:
                    "200":
                      description: The pet.
                      content:
                        application/json:
                          schema: \(body)
            """)
    }
}
