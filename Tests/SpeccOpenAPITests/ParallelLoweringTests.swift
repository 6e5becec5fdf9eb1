import Foundation
import SpeccDiagnostics
import SpeccOpenAPI
import Testing

/// Lowering on several threads must give what lowering in reading order gives: the same IR, the
/// same diagnostics in the same order, on every spec and broken fixture the project has.
@Suite struct ParallelLoweringTests {
    /// One thread, as lowering in order does.
    static let inOrder = FrontEndOptions(loweringThreads: 1)
    /// Three threads from the first path on, so even small fixtures are split among workers.
    static let inParallel = FrontEndOptions(loweringThreads: 3, parallelLoweringThreshold: 0)

    static let specs: [String] = {
        let specs = (try? FileManager.default.contentsOfDirectory(atPath: Fixtures.repository + "/Specs")) ?? []
        let fixtures = FileManager.default.enumerator(atPath: Fixtures.directory)?.compactMap { $0 as? String } ?? []
        return specs.filter { $0.hasSuffix(".yaml") }.map { "Specs/" + $0 }.sorted()
            + fixtures.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.map { "fixture:" + $0 }.sorted()
            + ["stripe/spec3.yaml", "openai/openapi.yaml", "digitalocean/specification/DigitalOcean-public.v2.yaml", "oai-examples/callback-example.yaml"]
                .map { "corpus:" + $0 }
    }()

    static func path(_ spec: String) -> String {
        if spec.hasPrefix("fixture:") { return Fixtures.path(String(spec.dropFirst("fixture:".count))) }
        if spec.hasPrefix("corpus:") { return CorpusTests.corpus + "/" + spec.dropFirst("corpus:".count) }
        return Fixtures.repository + "/" + spec
    }

    @Test(arguments: specs)
    func givesWhatLoweringInOrderGives(_ spec: String) throws {
        let path = Self.path(spec)
        try #require(FileManager.default.fileExists(atPath: path), "missing: \(path)")
        let inOrder = OpenAPIFrontEnd.compile(path: path, options: Self.inOrder)
        let inParallel = OpenAPIFrontEnd.compile(path: path, options: Self.inParallel)
        #expect(!inOrder.loweredInParallel)
        #expect(Fixtures.rendered(inParallel.diagnostics) == Fixtures.rendered(inOrder.diagnostics))
        #expect(inParallel.api == inOrder.api)
        #expect(inParallel.files == inOrder.files)
    }

    @Test func largeSpecsWithComponentRefsAreLoweredInParallel() throws {
        for spec in ["corpus:stripe/spec3.yaml", "corpus:openai/openapi.yaml", "Specs/edge-cases.yaml"] {
            #expect(OpenAPIFrontEnd.compile(path: Self.path(spec), options: Self.inParallel).loweredInParallel, "\(spec)")
        }
        // The default: every core, from 64 paths and schemas on.
        let stripe = OpenAPIFrontEnd.compile(path: Self.path("corpus:stripe/spec3.yaml"))
        #expect(stripe.loweredInParallel == (ProcessInfo.processInfo.activeProcessorCount > 1))
    }

    /// What only reading order can settle sends the whole document back to one thread.
    @Test(arguments: [
        // A schema named after where its ref points, with a suffix if that name is taken.
        ("deep-pointer", """
        paths:
          /a:
            get:
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Pet/properties/tag'}
        components:
          schemas:
            Pet:
              properties:
                tag: {type: string}
            tag: {type: integer}
        """),
        // A file read for the first time.
        ("other-file", """
        paths:
          /a:
            get:
              responses:
                '200': {$ref: 'missing.yaml#/Response'}
        """),
    ])
    func orderDependentDocumentsAreLoweredInOrder(_ name: String, _ body: String) throws {
        let (inOrder, inParallel) = try Fixtures.withSpec(yaml: "openapi: 3.1.0\ninfo: {title: T, version: '1'}\n" + body + "\n") { path in
            (OpenAPIFrontEnd.compile(path: path, options: Self.inOrder), OpenAPIFrontEnd.compile(path: path, options: Self.inParallel))
        }
        #expect(!inParallel.loweredInParallel)
        #expect(inParallel.api == inOrder.api)
        #expect(inParallel.diagnostics == inOrder.diagnostics)
    }
}
