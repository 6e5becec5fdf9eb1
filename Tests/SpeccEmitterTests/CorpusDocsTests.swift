import Foundation
import SpeccPipeline
import Testing

/// Real specs generate docs without error (not committed as goldens).
@Suite(.serialized) struct CorpusDocsTests {
    static let corpus: String = ProcessInfo.processInfo.environment["SPECC_CORPUS"]
        ?? RepositoryFiles.root + "/Tests/Corpus"

    static let specs = [
        "oai-examples/api-with-examples.yaml", "oai-examples/callback-example.yaml", "oai-examples/link-example.yaml",
        "oai-examples/petstore.yaml", "oai-examples/petstore-expanded.yaml", "oai-examples/uspto.yaml", "stripe/spec3.yaml",
    ]

    @Test(arguments: specs)
    func docsGenerate(_ spec: String) throws {
        let path = Self.corpus + "/" + spec
        try #require(FileManager.default.fileExists(atPath: path), "corpus file missing: \(path)")
        let (templates, _) = Pipeline.templates(overridesIn: nil)
        let generation = Pipeline.generate(specs: [path], options: GenerateOptions(templates: try #require(templates)))
        #expect(!generation.hasErrors, "\(Pipeline.render(generation.diagnostics))")
        let name = Pipeline.specName(path)
        let paths = Set(generation.files.map(\.path))
        #expect(paths.contains("\(name)/docs/index.md"))
        #expect(paths.contains("\(name)/docs/schemas.md"))
        for file in generation.files {
            #expect(!file.contents.isEmpty)
            // Every link to a schema anchor must land on an anchor the schemas page defines.
            #expect(!file.contents.contains("](schemas.md#)"), "\(file.path) has an empty schema anchor")
        }
    }

    /// A 2,900-file spec with non-portable refs generates every output, and each is complete.
    @Test func digitalOceanGeneratesAllFourOutputs() throws {
        let (templates, _) = Pipeline.templates(overridesIn: nil)
        let spec = Self.corpus + "/digitalocean/specification/DigitalOcean-public.v2.yaml"
        let generation = Pipeline.generate(specs: [spec], options: GenerateOptions(templates: try #require(templates)))
        #expect(!generation.hasErrors, "\(Pipeline.render(generation.diagnostics.filter { $0.severity == .error }))")
        let name = Pipeline.specName(spec)
        let paths = Set(generation.files.map(\.path))
        for expected in ["docs/index.md", "docs/droplets.md", "client/Client.swift", "server/Server.swift", "models/APIProtocol.swift",
                         "schemas/operations/droplets_list.response.200.json"] {
            #expect(paths.contains("\(name)/\(expected)"), "missing \(expected)")
        }
        let client = try #require(generation.files.first { $0.path == "\(name)/client/Client.swift" }?.contents)
        #expect(client.contains("public func dropletsList("))
    }

    @Test func stripeGetsOnePagePerResource() throws {
        let (templates, _) = Pipeline.templates(overridesIn: nil)
        let generation = Pipeline.generate(specs: [Self.corpus + "/stripe/spec3.yaml"], options: GenerateOptions(templates: try #require(templates)))
        let pages = Set(generation.files.map { ($0.path as NSString).lastPathComponent })
        #expect(pages.contains("customers.md"))
        #expect(pages.contains("charges.md"))
        #expect(!pages.contains("v1.md"), "the shared /v1 prefix is not a resource")
    }
}
