import SpeccIR
import SpeccOpenAPI
import SpeccPipeline
import Testing

/// A spec split the way DigitalOcean's is: operations, a `components/schemas` map, a `content` map
/// and a `properties` map given as `$ref`s, and descriptions kept in Markdown or YAML files.
@Suite struct NonPortableRefTests {
    static let root = "valid/split/root.yaml"

    @Test func everyNonPortableRefIsFollowedWithOneWarningEach() throws {
        let output = Pipeline.compile(spec: Fixtures.path(Self.root))
        #expect(!output.hasErrors, "\(Fixtures.rendered(output.diagnostics))")
        #expect(output.diagnostics.allSatisfy { $0.code == "ref-not-portable" && $0.severity == .warning })
        #expect(Fixtures.rendered(output.diagnostics).components(separatedBy: "\n").filter { !$0.isEmpty }.map { $0.components(separatedBy: ": warning").first! } == [
            "valid/split/operations/list-pets.yaml:7:13",
            "valid/split/root.yaml:6:11",
            "valid/split/root.yaml:10:13",
            "valid/split/root.yaml:14:13",
            "valid/split/root.yaml:16:13",
            "valid/split/root.yaml:19:11",
            "valid/split/schemas.yaml:5:11",
        ])
        let api = try #require(output.api)
        #expect(api.info.description == "# Pets API\n\nEverything about *pets*: list them, add them.\n")
        #expect(api.tags.first?.description == "Pets in the store.")
        #expect(api.operations.map(\.operationId) == ["listPets", "createPet"])
        // `#/components/schemas/Pet` and `schemas.yaml#/Pet` are one schema, under its component name.
        #expect(api.schemaNames == ["Pet"])
        #expect(api.schemas["Pet"]?.object?.properties.map(\.name) == ["name", "tag"])
        let list = try #require(api.operations.first?.responses.first?.content.first?.schema)
        guard case .inline(let array) = list else { Issue.record("expected an inline array"); return }
        #expect(array.array?.items == .named("Pet"))
        #expect(api.operations.last?.requestBody?.content.first?.schema == .named("Pet"))
    }

    @Test func strictModeMakesThemErrors() throws {
        let output = Pipeline.compile(spec: Fixtures.path(Self.root), options: FrontEndOptions(strict: true))
        #expect(output.diagnostics.count == 7)
        #expect(output.diagnostics.allSatisfy { $0.code == "ref-not-portable" && $0.severity == .error })
    }

    @Test func strictModeMakesALinkToNoOperationAnError() throws {
        let lenient = Pipeline.compile(spec: Fixtures.path("broken/link-target-unknown.yaml"))
        #expect(!lenient.hasErrors)
        let strict = Pipeline.compile(spec: Fixtures.path("broken/link-target-unknown.yaml"), options: FrontEndOptions(strict: true))
        #expect(strict.diagnostics.map(\.severity) == [.error])
        // Only the defects specc reads around are promoted; other warnings stay warnings.
        let duplicate = Pipeline.compile(spec: Fixtures.path("broken/required-duplicate.yaml"), options: FrontEndOptions(strict: true))
        #expect(duplicate.diagnostics.map(\.severity) == [.warning])
    }
}
