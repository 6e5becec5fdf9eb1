import Foundation
import SpeccPipeline
import Testing

/// The record a writing `specc generate` leaves: it is replayed only while rerunning would
/// change nothing, and any change to what the run read or wrote makes the next run a full one.
@Suite struct RerunCacheTests {
    /// A spec split over two files, with a warning, generated into an output folder, with the
    /// record saved in a cache folder of its own.
    struct Workspace {
        let directory: String
        var spec: String { directory + "/split.yaml" }
        var operation: String { directory + "/list-pets.yaml" }
        var root: String { directory + "/out" }
        var cacheFolder: String { directory + "/cache" }
        let options: GenerateOptions

        init(templates: String? = nil) throws {
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("specc-rerun-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try Self.write("""
                openapi: 3.1.0
                info: {title: Split, version: '1'}
                paths:
                  /pets:
                    get: {$ref: 'list-pets.yaml'}
                """, to: directory + "/split.yaml")
            try Self.write("operationId: listPets\nresponses: {'200': {description: ok}}\n", to: directory + "/list-pets.yaml")
            options = GenerateOptions(templates: try #require(Pipeline.templates(overridesIn: templates).0))
        }

        func cache(_ options: GenerateOptions? = nil) -> RerunCache {
            RerunCache(folder: cacheFolder, root: root, specs: [spec], options: options ?? self.options)
        }

        /// A full run: generate, write, record. Returns the diagnostics as printed.
        @discardableResult
        func generate() throws -> String {
            let generation = Pipeline.generate(specs: [spec], options: options)
            try OutputPlan(generation: generation, root: root).apply()
            let diagnostics = Pipeline.render(generation.diagnostics)
            cache().save(generation, diagnostics: diagnostics)
            return diagnostics
        }

        static func write(_ text: String, to path: String) throws {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
    }

    @Test func aRunThatWouldChangeNothingReplaysItsDiagnostics() throws {
        let workspace = try Workspace()
        #expect(workspace.cache().replay() == nil, "no record yet")
        let diagnostics = try workspace.generate()
        #expect(diagnostics.contains("[ref-not-portable]"))
        let replay = try #require(workspace.cache().replay())
        #expect(replay.diagnostics == diagnostics)
        #expect(replay.fileCount == Pipeline.generate(specs: [workspace.spec], options: workspace.options).files.count)
    }

    @Test func aReferencedFileIsComparedByItsBytes() throws {
        let workspace = try Workspace()
        try workspace.generate()
        let original = try String(contentsOfFile: workspace.operation, encoding: .utf8)
        try Workspace.write(original.replacingOccurrences(of: "ok", with: "fine"), to: workspace.operation)
        #expect(workspace.cache().replay() == nil, "the file a $ref names changed")
        try Workspace.write(original, to: workspace.operation)
        #expect(workspace.cache().replay() != nil, "the same bytes again, though written later")
    }

    @Test func anOutputRewrittenOrAddedMakesAFullRun() throws {
        let workspace = try Workspace()
        try workspace.generate()
        let index = workspace.root + "/split/docs/index.md"
        let text = try String(contentsOfFile: index, encoding: .utf8)
        try Workspace.write(text, to: index)
        #expect(workspace.cache().replay() == nil, "rewritten, even with the same bytes: only a run reading it can tell")
        try workspace.generate()
        let stray = workspace.root + "/split/docs/notes.md"
        try Workspace.write("mine\n", to: stray)
        #expect(workspace.cache().replay() == nil, "a full run removes the stray file")
        try FileManager.default.removeItem(atPath: stray)
        #expect(workspace.cache().replay() != nil)
        try FileManager.default.removeItem(atPath: index)
        #expect(workspace.cache().replay() == nil, "a full run writes the missing file")
    }

    @Test func otherOptionsOrTemplatesMakeAFullRun() throws {
        let templates = FileManager.default.temporaryDirectory.appendingPathComponent("specc-rerun-templates-\(UUID().uuidString)").path
        try Workspace.write("{{% CONTENT_TYPE: TEXT}}\n# {{title}}\n", to: templates + "/markdown/index.mustache")
        let workspace = try Workspace(templates: templates)
        try workspace.generate()
        #expect(workspace.cache().replay() != nil)
        var docsOnly = workspace.options
        docsOnly.emitters = [.docs]
        #expect(workspace.cache(docsOnly).replay() == nil)
        var otherURI = workspace.options
        otherURI.schemaBaseURI = "https://example.com/schemas/"
        #expect(workspace.cache(otherURI).replay() == nil)
        try Workspace.write("{{% CONTENT_TYPE: TEXT}}\n# {{title}}!\n", to: templates + "/markdown/index.mustache")
        let edited = try #require(Pipeline.templates(overridesIn: templates).0)
        var withEdited = workspace.options
        withEdited.templates = edited
        #expect(workspace.cache(withEdited).replay() == nil, "an override's bytes changed")
    }

    @Test func aDamagedOrForgottenRecordMakesAFullRun() throws {
        let workspace = try Workspace()
        try workspace.generate()
        let record = try String(contentsOfFile: workspace.cache().file, encoding: .utf8)
        try Workspace.write(String(record.dropLast(3)), to: workspace.cache().file)
        #expect(workspace.cache().replay() == nil, "a torn record")
        try workspace.generate()
        workspace.cache().forget()
        #expect(workspace.cache().replay() == nil)
    }
}

extension RerunCacheTests {
    /// The record keeps the digests of the bytes the front end read: a file edited while the run
    /// was generating makes the next run a full one, which reads the edit.
    @Test func anInputEditedDuringTheRunMakesTheNextRunAFullOne() throws {
        let workspace = try Workspace()
        let generation = Pipeline.generate(specs: [workspace.spec], options: workspace.options)
        try Workspace.write("operationId: listPets\nresponses: {'200': {description: edited}}\n", to: workspace.operation)
        try OutputPlan(generation: generation, root: workspace.root).apply()
        workspace.cache().save(generation, diagnostics: Pipeline.render(generation.diagnostics))
        #expect(workspace.cache().replay() == nil)
    }
}
