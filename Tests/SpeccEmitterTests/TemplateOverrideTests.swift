import Foundation
import SpeccPipeline
import SpeccTemplating
import Testing

@Suite struct TemplateOverrideTests {
    static func folder(_ files: [String: String]) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("specc-templates-\(UUID().uuidString)")
        for (path, text) in files {
            let url = directory.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return directory.path
    }

    @Test func anOverrideReplacesOneTemplateAndTheRestFallBack() throws {
        let directory = try Self.folder(["markdown/index.mustache": "{{% CONTENT_TYPE: TEXT}}\nCUSTOM {{title}} <&>\n"])
        let (templates, diagnostics) = Pipeline.templates(overridesIn: directory)
        #expect(diagnostics.isEmpty)
        let spec = RepositoryFiles.root + "/Specs/strigo-events.yaml"
        let generation = Pipeline.generate(specs: [spec], options: GenerateOptions(templates: try #require(templates)))
        let index = try #require(generation.files.first { $0.path.hasSuffix("docs/index.md") })
        #expect(index.contents == "CUSTOM Strigo Events <&>\n", "text content: nothing HTML-escaped")
        let events = try #require(generation.files.first { $0.path.hasSuffix("docs/events.md") })
        #expect(events.contents.contains("## Retrieve all events"), "the built-in resource template still applies")
    }

    @Test func aBrokenTemplateIsALocatedError() throws {
        let directory = try Self.folder(["markdown/schemas.mustache": "{{% CONTENT_TYPE: TEXT}}\n# Schemas\n{{#schemas}}\n{{name}}\n{{/schema}}\n"])
        let (templates, diagnostics) = Pipeline.templates(overridesIn: directory)
        #expect(templates == nil)
        let error = try #require(diagnostics.first)
        #expect(error.code == "template-syntax")
        #expect(error.location.file == directory + "/markdown/schemas.mustache")
        #expect(error.location.line == 5)
    }

    @Test func anUnknownTemplateNameIsAWarning() throws {
        let directory = try Self.folder(["markdown/indx.mustache": "{{% CONTENT_TYPE: TEXT}}\n"])
        let (templates, diagnostics) = Pipeline.templates(overridesIn: directory)
        #expect(templates != nil)
        #expect(diagnostics.map(\.code) == ["template-unused"])
    }
}
