import Foundation
import SpeccPipeline
import Testing

/// The real public specs vendored in `Tests/Corpus` (Stripe, the OpenAPI Initiative's examples,
/// OpenAI, DigitalOcean). They are part of every clone; a missing corpus fails rather than skips.
@Suite(.serialized) struct CorpusTests {
    static let corpus: String = ProcessInfo.processInfo.environment["SPECC_CORPUS"] ?? Fixtures.repository + "/Tests/Corpus"

    static let specs = [
        "oai-examples/api-with-examples.yaml", "oai-examples/callback-example.yaml", "oai-examples/link-example.yaml",
        "oai-examples/petstore.yaml", "oai-examples/petstore-expanded.yaml", "oai-examples/uspto.yaml",
        "stripe/spec3.yaml", "stripe/spec3-2023-07-18.yaml",
    ]

    @Test(arguments: specs)
    func validatesCleanlyAndLowersDeterministically(_ spec: String) throws {
        let path = Self.corpus + "/" + spec
        try #require(FileManager.default.fileExists(atPath: path), "corpus file missing: \(path)")
        let first = Pipeline.compile(spec: path)
        #expect(first.diagnostics.isEmpty, "\(Pipeline.render(first.diagnostics))")
        let api = try #require(first.api)
        #expect(!api.operations.isEmpty)
        let second = Pipeline.compile(spec: path)
        #expect(try Pipeline.irJSON(api) == Pipeline.irJSON(try #require(second.api)))
    }

    /// Large specs with real defects: zero errors, and exactly the warnings their defects deserve.
    static let warnedSpecs: [String: [String: Int]] = [
        // 661 operations, tag descriptions, content and properties maps given as `$ref`s; four
        // links to operationIds that do not exist; three `required` names no schema defines.
        "digitalocean/specification/DigitalOcean-public.v2.yaml": ["ref-not-portable": 667, "link-target-unknown": 4, "required-not-in-properties": 3],
        // A 3.1 spec still writing 3.0's `nullable`; `required: [id, name, created_at, status, id, …]`.
        "openai/openapi.yaml": ["nullable-in-3.1": 111, "required-duplicate": 4, "required-not-in-properties": 12],
        "openai/openapi-2026-05-13.yaml": ["nullable-in-3.1": 111, "required-duplicate": 4, "required-not-in-properties": 6],
    ]

    @Test(arguments: warnedSpecs.keys.sorted())
    func readsWithWarningsOnlyAndLowersDeterministically(_ spec: String) throws {
        let path = Self.corpus + "/" + spec
        try #require(FileManager.default.fileExists(atPath: path), "corpus file missing: \(path)")
        let first = Pipeline.compile(spec: path)
        #expect(!first.hasErrors, "\(Pipeline.render(first.diagnostics.filter { $0.severity == .error }))")
        let counts = Dictionary(first.diagnostics.map { ($0.code, 1) }, uniquingKeysWith: +)
        #expect(counts == Self.warnedSpecs[spec])
        let api = try #require(first.api)
        let second = Pipeline.compile(spec: path)
        #expect(try Pipeline.irJSON(api) == Pipeline.irJSON(try #require(second.api)))
    }

    @Test func digitalOceanHasItsOperationsFromEveryFile() throws {
        let api = try #require(Pipeline.compile(spec: Self.corpus + "/digitalocean/specification/DigitalOcean-public.v2.yaml").api)
        #expect(api.operations.count > 600)
        #expect(api.operations.contains { $0.operationId == "droplets_list" && $0.path == "/v2/droplets" })
        // The introduction is a Markdown string in description.yml, reached through a tag's `$ref`.
        #expect(api.tags.first { $0.name == "Public APIs Introduction" }?.description?.hasPrefix("The DigitalOcean API allows you") == true)
    }

    @Test func stripeHasEveryOperationAndSchema() throws {
        let api = try #require(Pipeline.compile(spec: Self.corpus + "/stripe/spec3.yaml").api)
        #expect(api.operations.count == 468)
        #expect(api.schemas["customer"] != nil)
        #expect(api.securitySchemes.map(\.name).sorted() == ["basicAuth", "bearerAuth"])
        let createCustomer = try #require(api.operations.first { $0.operationId == "PostCustomers" })
        #expect(createCustomer.requestBody?.content.first?.contentType == "application/x-www-form-urlencoded")
    }

    @Test func callbacksAndLinksAreLowered() throws {
        let callbacks = try #require(Pipeline.compile(spec: Self.corpus + "/oai-examples/callback-example.yaml").api)
        let callback = try #require(callbacks.operations.first?.callbacks?.first)
        #expect(callback.name == "onData")
        #expect(callback.expression == "{$request.query.callbackUrl}/data")
        #expect(callback.operations.first?.method == .post)
        let links = try #require(Pipeline.compile(spec: Self.corpus + "/oai-examples/link-example.yaml").api)
        let linked = links.operations.flatMap(\.responses).flatMap { $0.links ?? [] }
        #expect(linked.contains { $0.operationId == "getRepository" })
    }
}
