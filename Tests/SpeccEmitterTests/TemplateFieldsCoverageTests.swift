import Foundation
import SpeccIR
import SpeccPipeline
@testable import SpeccSwift
import SpeccTemplating
import Testing

/// The Swift view models list their fields by hand (`SwiftTemplateFields.swift`) so rendering needs
/// no reflection. A stored property missing from that list would render as nothing, silently, so
/// this walks real view models with reflection and checks that every property is listed.
@Suite struct TemplateFieldsCoverageTests {
    @Test func everyStoredPropertyIsAVisibleTemplateField() throws {
        var visited = Set<String>()
        var missing: [String] = []
        let specs = [
            try InlineSpec.api(JSONSchemaConversionTests.petstore30),
            try InlineSpec.api(SwiftNamingCollisionTests.adversarial),
        ] + (try ["strigo-events", "utilityapi-events", "notification-events", "content-kinds", "schema-rules", "order-hooks"].map {
            try #require(Pipeline.compile(spec: RepositoryFiles.root + "/Specs/\($0).yaml").api)
        })
        for api in specs {
            let models = ModelCollector(api: api)
            models.collectAll()
            let shapes = OperationShape.all(api: api, models: models)
            let client = ClientBuilder(api: api, shapes: shapes).file(header: "")
            let server = ServerBuilder(api: api, shapes: shapes).file(header: "")
            let receivers = Receivers(api: api, models: models)
            let operations = APIProtocolBuilder(api: api, shapes: shapes, receivers: receivers, models: models).file(header: "")
            let webhooks = receivers.file(api: api, header: "", access: "public")
            let (drafts, maker) = models.takeStructDrafts()
            let file = ModelsFile(header: "", access: "public", structs: drafts.map(maker.model), stringEnums: models.stringEnums,
                                  unions: models.unions, aliases: models.aliases, tuples: models.tuples)
            for root in [file as Any, client as Any, server as Any, operations as Any, webhooks as Any] { check(root, visited: &visited, missing: &missing) }
        }
        #expect(missing.isEmpty, "not listed in templateField(_:): \(missing.sorted())")
        let source = try #require(RepositoryFiles.read("Sources/SpeccSwift/SwiftTemplateFields.swift"))
        let declared = Set(source.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("extension "), line.hasSuffix(": TemplateFields {") else { return nil }
            return String(line.dropFirst("extension ".count).dropLast(": TemplateFields {".count))
        })
        #expect(visited == declared, "view models the sample specs did not reach: \(declared.subtracting(visited).sorted())")
    }

    private func check(_ value: Any, visited: inout Set<String>, missing: inout [String]) {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .struct, let model = value as? any TemplateFields {
            let type = String(describing: Swift.type(of: model))
            visited.insert(type)
            for child in mirror.children {
                guard let label = child.label else { continue }
                if model.templateField(label) == nil { missing.append("\(type).\(label)") }
            }
        }
        for child in mirror.children { check(child.value, visited: &visited, missing: &missing) }
    }
}
