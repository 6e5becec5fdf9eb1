import SpeccIR
import SpeccPipeline
import Testing

/// Regenerates every output from `Specs/` and compares it with `Generated/` byte for byte.
/// `SPECC_RECORD=1 swift test --filter GoldenTests` rewrites the goldens and fails the run, so a
/// re-record is never silent.
@Suite struct GoldenTests {
    @Test func generatedFolderMatchesSpecs() throws {
        let specs = Pipeline.specFiles(in: RepositoryFiles.root + "/Specs")
        try #require(specs.count == 11, "expected the five seed specs, content-kinds.yaml, edge-cases.yaml, events-feed.yaml, order-hooks.yaml, schema-rules.yaml and swift-names.yaml, found \(specs)")
        let (templates, templateDiagnostics) = Pipeline.templates(overridesIn: nil)
        #expect(templateDiagnostics.isEmpty)
        var generation = Pipeline.generate(specs: specs, options: GenerateOptions(templates: try #require(templates)))
        #expect(generation.diagnostics.isEmpty, "\(Pipeline.render(generation.diagnostics))")
        // Headers name the spec as the README's command does (`Specs/x.yaml`), not by absolute path.
        generation.files = generation.files.map {
            OutputFile(path: $0.path, contents: $0.contents.replacingOccurrences(of: RepositoryFiles.root + "/", with: ""))
        }

        if RepositoryFiles.isRecording {
            for file in generation.files where RepositoryFiles.read("Generated/" + file.path) != file.contents {
                try RepositoryFiles.write(file.contents, to: "Generated/" + file.path)
                Issue.record("re-recorded Generated/\(file.path)")
            }
            return
        }
        var mismatches: [String] = []
        for file in generation.files {
            let golden = RepositoryFiles.read("Generated/" + file.path)
            if golden != file.contents {
                mismatches.append("Generated/\(file.path):\n" + RepositoryFiles.firstDifference(expected: golden ?? "", actual: file.contents))
            }
        }
        let expectedPaths = Set(generation.files.map(\.path))
        for folder in generation.ownedFolders {
            for path in RepositoryFiles.files(under: "Generated/" + folder) where !expectedPaths.contains("\(folder)/\(path)") {
                mismatches.append("Generated/\(folder)/\(path): no longer generated")
            }
        }
        #expect(mismatches.isEmpty, "goldens differ (SPECC_RECORD=1 to rewrite):\n\(mismatches.prefix(3).joined(separator: "\n\n"))")
    }
}
