import Foundation
import SpeccPipeline
import Testing

/// The five seed specs must be clean for specc and for an independent validator.
@Suite struct SeedSpecTests {
    static let specs = Pipeline.specFiles(in: RepositoryFiles.root + "/Specs")

    @Test(arguments: specs)
    func speccReportsNothing(_ spec: String) {
        let output = Pipeline.compile(spec: spec)
        #expect(output.diagnostics.isEmpty, "\(Pipeline.render(output.diagnostics))")
    }

    @Test(arguments: specs)
    func openAPISpecValidatorAccepts(_ spec: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", """
            import sys
            from openapi_spec_validator import validate
            from openapi_spec_validator.readers import read_from_filename
            document, _ = read_from_filename(sys.argv[1])
            validate(document)
            """, spec]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "openapi-spec-validator rejected \(spec):\n\(message)")
    }
}
