import Foundation
import SpeccIR
import SpeccJSONSchema
import SpeccPipeline
import Testing

/// Stripe's example object for each resource must validate against that resource's schema.
@Suite struct StripeFixtureTests {
    /// Fixtures that contradict Stripe's own schema (checked by hand), with why. Any other failure
    /// is a specc bug.
    static let knownMismatches = [
        // `outbound_payments_payment_method_details` requires `billing_details` and `type`; the
        // fixture has `{destination, type}`, so Stripe's example and Stripe's schema disagree.
        "treasury.outbound_payment",
    ]

    /// In each layout: the per-file documents, and the one `bundle.json` holding them under `$defs`.
    @Test(arguments: [SchemaLayout.files, .bundle])
    func everyFixtureValidatesAgainstItsComponentSchema(_ layout: SchemaLayout) throws {
        let spec = CorpusDocsTests.corpus + "/stripe/spec3.yaml"
        let api = try #require(Pipeline.compile(spec: spec).api)
        let files = JSONSchemaEmitter.emit(api, specName: "stripe", layout: .both)
        let root = try InlineSpec.write(files.filter { $0.path.hasSuffix("/bundle.json") == (layout == .bundle) }) + "/stripe/schemas"
        let fixtures = try JSONDecoder().decode(JSONValue.self, from: Data(contentsOf: URL(fileURLWithPath: CorpusDocsTests.corpus + "/stripe/fixtures3.json")))
        guard case .object(let resources)? = fixtures["resources"] else { Issue.record("fixtures3.json has no resources"); return }
        var checks: [SchemaChecker.Check] = []
        for resource in resources {
            try #require(api.schemas[resource.key] != nil, "no component schema for fixture '\(resource.key)'")
            let file = try #require(files.first { $0.path.hasPrefix("stripe/schemas/components/") && $0.contents.contains("/components/\(resource.key).json\"") })
            let path = String(file.path.dropFirst("stripe/schemas/".count))
            checks.append(.init(schema: layout == .bundle ? try JSONSchemaSeedTests.bundleLocation(of: path) : path, instance: resource.value, expect: "valid", label: resource.key))
        }
        #expect(checks.count == 131)
        let report = try SchemaChecker.run(root: root, metaschema: true, checks: checks)
        #expect(report.metaschema.isEmpty, "\(report.metaschema.prefix(5))")
        let failures = zip(checks, report.checks).filter { !$0.1.ok }
        #expect(failures.map(\.0.label).sorted() == Self.knownMismatches,
                "fixtures failing:\n\(failures.map { "\($0.0.label): \($0.1.detail)" }.joined(separator: "\n"))")
    }
}
