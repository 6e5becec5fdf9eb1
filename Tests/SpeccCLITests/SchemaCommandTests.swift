import Foundation
import Testing

@Suite struct SchemaCommandTests {
    static let repository = GenerateCommandTests.repository

    @Test func printsABundledSchemaForARequestBody() throws {
        let result = try CLIRunner.run(["schema", "Specs/strigo-events.yaml", "--operation", "createEvent", "--request"], in: Self.repository)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(json?["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect(json?["$ref"] as? String == "#/$defs/EventCreate")
        let defs = json?["$defs"] as? [String: Any]
        let create = defs?["EventCreate"] as? [String: Any]
        let name = (create?["properties"] as? [String: Any])?["name"] as? [String: Any]
        #expect(name?["maxLength"] as? Int == 256)
    }

    @Test func namesTheAvailableOperationsWhenOneIsUnknown() throws {
        let result = try CLIRunner.run(["schema", "Specs/strigo-events.yaml", "--operation", "createEvnt", "--request"], in: Self.repository)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("no operation with operationId 'createEvnt' (available: listEvents, createEvent"))
    }

    @Test func requiresExactlyOneBodySelector() throws {
        let result = try CLIRunner.run(["schema", "Specs/strigo-events.yaml", "--operation", "createEvent"], in: Self.repository)
        #expect(result.status == 64)
    }
}
