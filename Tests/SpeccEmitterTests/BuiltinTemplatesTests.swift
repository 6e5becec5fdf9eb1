import SpeccTemplating
import Testing

/// `Sources/SpeccTemplating/BuiltinTemplates.swift` embeds `Templates/`; it must never go stale.
@Suite struct BuiltinTemplatesTests {
    static let generatedFile = "Sources/SpeccTemplating/BuiltinTemplates.swift"

    @Test func embeddedTemplatesMatchTemplatesFolder() throws {
        var files: [String: String] = [:]
        for path in RepositoryFiles.files(under: "Templates") where path.hasSuffix(".mustache") {
            files[path] = RepositoryFiles.read("Templates/" + path)
        }
        #expect(!files.isEmpty)
        let expected = BuiltinTemplateSource.swiftSource(for: files)
        let committed = RepositoryFiles.read(Self.generatedFile) ?? ""
        if RepositoryFiles.isRecording, committed != expected {
            try RepositoryFiles.write(expected, to: Self.generatedFile)
            Issue.record("rewrote \(Self.generatedFile); rebuild and run the tests again")
            return
        }
        #expect(committed == expected, "\(Self.generatedFile) is stale; run `swift run specc templates embed`\n\(RepositoryFiles.firstDifference(expected: committed, actual: expected))")
    }

    @Test func everyTemplateParses() throws {
        // Built-ins are parsed only when one renders (an override, or a writer's fallback), so a
        // syntax error in one would show no diagnostic: it is caught here instead.
        for (name, source) in BuiltinTemplates.all {
            #expect(throws: Never.self, "\(name)") { _ = try MustacheTemplate(parsing: source.text) }
        }
    }

    @Test func everyTemplateDeclaresTextContent() {
        // Mustache escapes HTML by default, which would corrupt Markdown and Swift.
        for (name, source) in BuiltinTemplates.all {
            #expect(source.text.hasPrefix("{{% CONTENT_TYPE: TEXT}}"), "\(name)")
        }
    }
}
