import Foundation
import SpeccIR
import SpeccMarkdown
import SpeccPipeline
import SpeccSwift
import SpeccTemplating
import Testing

/// The built-in templates' Swift specialisations write byte for byte what the templates render:
/// each spec's output with the built-ins (the specialised path) equals its output with the very
/// same template texts given as user overrides (so Mustache renders them), in every layout and
/// access level the options offer.
@Suite struct NativeWriterTests {
    /// Every template that has a specialisation, overridden by its own built-in text.
    static func mustacheOnly() throws -> TemplateSet {
        let names = ["swift/models", "swift/operations", "swift/server", "swift/client", "swift/webhooks", "markdown/index", "markdown/resource", "markdown/operation", "markdown/schemas"]
        let overrides = Dictionary(uniqueKeysWithValues: names.map { name in
            (name, (path: "override/\(name).mustache", text: BuiltinTemplates.all[name]!.text))
        })
        let (templates, diagnostics) = TemplateSet.make(overrides: overrides)
        #expect(diagnostics.isEmpty)
        return try #require(templates)
    }

    static let specs: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: RepositoryFiles.root + "/Specs")) ?? [])
        .filter { $0.hasSuffix(".yaml") }.sorted().map { "Specs/" + $0 }
        + ["Tests/Corpus/stripe/spec3.yaml", "Tests/Corpus/openai/openapi.yaml"]

    static func api(_ spec: String) throws -> API {
        let output = Pipeline.compile(spec: RepositoryFiles.root + "/" + spec)
        return try #require(output.api)
    }

    @Test func specsAreFound() { #expect(Self.specs.count >= 13) }

    @Test(arguments: specs)
    func specialisedSwiftEqualsTheTemplates(_ spec: String) throws {
        let api = try Self.api(spec)
        let builtIn = try #require(Pipeline.templates(overridesIn: nil).0)
        let viaMustache = try Self.mustacheOnly()
        var layouts: [SwiftOptions] = [SwiftOptions()]
        var bundle = SwiftOptions(access: .package, layout: .bundle(typesFiles: 4))
        bundle.additionalImports = ["Models"]
        layouts.append(bundle)
        let pages = MarkdownEmitter.emit(api, specName: "s", sourcePath: spec, templates: builtIn)
        let pagesViaMustache = MarkdownEmitter.emit(api, specName: "s", sourcePath: spec, templates: viaMustache)
        #expect(pages.map(\.path) == pagesViaMustache.map(\.path))
        for (one, other) in zip(pages, pagesViaMustache) where one.contents != other.contents {
            Issue.record("\(spec) \(one.path) differs from its template's rendering:\n\(firstDifference(one.contents, other.contents))")
            return
        }
        for options in layouts {
            let fast = SwiftEmitter.emit(api, specName: "s", sourcePath: spec, templates: builtIn, options: options)
            let slow = SwiftEmitter.emit(api, specName: "s", sourcePath: spec, templates: viaMustache, options: options)
            #expect(fast.map(\.path) == slow.map(\.path))
            for (one, other) in zip(fast, slow) where one.contents != other.contents {
                Issue.record("\(spec) \(one.path) differs from its template's rendering:\n\(firstDifference(one.contents, other.contents))")
                return
            }
        }
    }

    private func firstDifference(_ one: String, _ other: String) -> String {
        let lines = one.split(separator: "\n", omittingEmptySubsequences: false), others = other.split(separator: "\n", omittingEmptySubsequences: false)
        let index = zip(lines, others).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(lines.count, others.count)
        return "line \(index + 1):\n  specialised: \(index < lines.count ? lines[index] : "<end>")\n  template:    \(index < others.count ? others[index] : "<end>")"
    }
}
