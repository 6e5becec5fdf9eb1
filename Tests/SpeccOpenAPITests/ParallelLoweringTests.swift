import Foundation
import SpeccDiagnostics
import SpeccIR
@testable import SpeccOpenAPI
import Testing

/// Lowering on several threads must give what lowering in reading order gives: the same IR, the
/// same diagnostics in the same order (before sorting for display, duplicates and all), the same
/// records for the checks, on every spec and broken fixture the project has.
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

    /// Lowering's state when it ends, as the checks and the output are made from it.
    struct Lowered {
        var api: API?
        var diagnostics: [Diagnostic]
        var requiredEntries: [SpeccDiagnostics.SourceLocation: [RequiredPropertiesCheck.Entry]] = [:]
        var referencedSchemes: [String] = []
        var queued = 0
        var files: [InputFile] = []
        var inParallel = false

        /// The parts in which two lowerings differ, by name: printed, the IR runs to megabytes.
        func differences(from other: Lowered) -> [String] {
            var parts: [String] = []
            if api != other.api { parts.append("IR") }
            if diagnostics != other.diagnostics { parts.append("diagnostics") }
            if requiredEntries != other.requiredEntries { parts.append("required entries") }
            if referencedSchemes != other.referencedSchemes { parts.append("security schemes by URI") }
            if queued != other.queued { parts.append("schemas left queued") }
            if files != other.files { parts.append("files read") }
            return parts
        }

        init(_ path: String, _ options: FrontEndOptions) {
            let loaded = SpecFiles.load(path: SpecFiles.normalise(path), limits: options.limits)
            var sink = DiagnosticSink()
            sink.append(contentsOf: loaded.diagnostics)
            guard let document = loaded.document, let lowered = OpenAPIFrontEnd.lower(document, options: options, sink: &sink) else {
                diagnostics = sink.diagnostics
                return
            }
            api = lowered.api
            diagnostics = lowered.context.sink.diagnostics
            requiredEntries = lowered.context.requiredEntries
            referencedSchemes = lowered.context.referencedSecuritySchemes.map { "\($0.key) \($0.scheme)" }
            queued = lowered.context.schemas.pending.count
            files = lowered.files.inputs
            inParallel = lowered.inParallel
        }
    }

    @Test(arguments: specs)
    func givesWhatLoweringInOrderGives(_ spec: String) throws {
        let path = Self.path(spec)
        try #require(FileManager.default.fileExists(atPath: path), "missing: \(path)")
        let inOrder = Lowered(path, Self.inOrder)
        let inParallel = Lowered(path, Self.inParallel)
        #expect(!inOrder.inParallel)
        // The checks and the output are made from these alone.
        #expect(inParallel.differences(from: inOrder) == [])
        #expect(inParallel.diagnostics == inOrder.diagnostics)
    }

    @Test func specsWithComponentRefsOnlyAreLoweredInParallel() throws {
        // Errors in many paths and schemas: equal above only if really lowered on several threads.
        for spec in ["corpus:stripe/spec3.yaml", "corpus:openai/openapi.yaml", "Specs/edge-cases.yaml", "fixture:broken/many-errors-sorted.yaml"] {
            #expect(Lowered(Self.path(spec), Self.inParallel).inParallel, "\(spec)")
        }
        // The default: every core, from 64 paths and schemas on.
        let stripe = OpenAPIFrontEnd.compile(path: Self.path("corpus:stripe/spec3.yaml"))
        #expect(stripe.loweredInParallel == (ProcessInfo.processInfo.activeProcessorCount > 1))
    }

    /// A file the paths come from is read before they are split, so its refs back into the root
    /// need no order.
    @Test func pathsInAnotherFileAreLoweredInParallel() throws {
        let root = """
        openapi: 3.1.0
        info: {title: T, version: '1'}
        paths: {$ref: 'paths.yaml'}
        components:
          schemas:
            Pet: {type: object, required: [name, age], properties: {name: {type: string}}}
        """
        let paths = """
        /pets:
          get:
            responses:
              '200':
                description: ok
                content:
                  application/json:
                    schema: {$ref: 'spec.yaml#/components/schemas/Pet'}
        """
        let (inOrder, inParallel) = try Fixtures.withSpec(yaml: root) { path in
            try paths.write(toFile: (path as NSString).deletingLastPathComponent + "/paths.yaml", atomically: true, encoding: .utf8)
            return (Lowered(path, Self.inOrder), Lowered(path, Self.inParallel))
        }
        #expect(inParallel.inParallel)
        #expect(inParallel.differences(from: inOrder) == [])
        #expect(!inOrder.diagnostics.isEmpty)
    }

    /// A document of OpenAPI `version` whose one operation, `GET /a`, is `operation` (block YAML
    /// from column 0), then `rest` at the top level.
    static func document(_ version: String, operation: String, _ rest: String = "") -> String {
        let indented = operation.split(separator: "\n").map { "      " + $0 }.joined(separator: "\n")
        return "openapi: \(version)\ninfo: {title: T, version: '1'}\npaths:\n  /a:\n    get:\n\(indented)\n\(rest)\n"
    }

    /// An operation answering 200 with the JSON Media Type Object `media`.
    static func answering(_ media: String) -> String {
        "responses: {'200': {description: ok, content: {application/json: \(media)}}}"
    }

    /// What only reading order can settle sends the whole document back to one thread.
    @Test(arguments: [
        // A schema named after where its ref points, with a suffix if that name is taken.
        ("deep-pointer", document("3.1.0", operation: answering("{schema: {$ref: '#/components/schemas/Pet/properties/tag'}}"), """
        components:
          schemas:
            Pet:
              properties:
                tag: {type: string}
            tag: {type: integer}
        """)),
        // A file read for the first time.
        ("other-file", document("3.1.0", operation: "responses: {'200': {$ref: 'missing.yaml#/Response'}}")),
        // A text file read for the first time.
        ("text-file", document("3.1.0", operation: "description: {$ref: 'missing.md'}\nresponses: {'200': {description: ok}}")),
        // A security scheme named by its URI: its name depends on those met before it.
        ("scheme-by-uri", document("3.2.0", operation: "security: [{'#/x-auth/key': []}]\nresponses: {'200': {description: ok}}", """
        x-auth:
          key: {type: apiKey, name: k, in: header}
        """)),
        // A shared media type: its problems are reported where it is first met.
        ("shared-media-type", document("3.2.0", operation: answering("{$ref: '#/components/mediaTypes/Json'}"), """
        components:
          mediaTypes:
            Json: {schema: {type: strin}}
        """)),
    ])
    func orderDependentDocumentsAreLoweredInOrder(_ name: String, _ spec: String) throws {
        let (inOrder, inParallel) = try Fixtures.withSpec(yaml: spec) { path in
            (Lowered(path, Self.inOrder), Lowered(path, Self.inParallel))
        }
        // Read as an OpenAPI document, so it was the order dependence that kept one thread.
        #expect(inOrder.api != nil)
        #expect(!inParallel.inParallel)
        #expect(inParallel.differences(from: inOrder) == [])
    }
}
