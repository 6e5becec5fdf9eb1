import SpeccIR
import SpeccPipeline
import Testing

@Suite struct ReferenceTests {
    @Test func relativeFileRefsResolveAndKeepComponentNames() throws {
        let api = try Fixtures.api("valid/multi-file/root.yaml")
        let operation = try #require(api.operations.first)
        #expect(operation.parameters.map(\.name) == ["cursor"])
        let errorBody = try #require(operation.responses.first { $0.status == .default }?.content.first?.schema)
        #expect(errorBody == .named("Error"))
        #expect(api.schemas["Error"]?.object?.required == ["message"])
        // common.yaml's Pet collides with the root's own Pet, so it gets a distinct name.
        #expect(api.schemas["Pet"]?.description == "The root's pet.")
        #expect(api.schemas["Pet2"]?.description == "The shared pet.")
    }

    @Test func refBackToTheRootFindsTheRootDocument() throws {
        // Spelled with a `./` segment: the root must still be recognised when common.yaml refers back to it.
        let output = Pipeline.compile(spec: Fixtures.directory + "/./valid/multi-file/root.yaml")
        let api = try #require(output.api)
        #expect(!output.hasErrors, "\(output.diagnostics)")
        #expect(api.schemas["Pet2"]?.object?.property(named: "owner")?.schema == .named("Pet"))
        #expect(api.schemas["Pet3"] == nil)
    }

    @Test func pointerEscapesAndPercentEncodingResolve() throws {
        let api = try Fixtures.api("valid/pointer-escapes.yaml")
        let post = try #require(api.operations.first { $0.method == .post })
        #expect(post.parameters.map(\.name) == ["id"])
        let schema = try #require(post.responses.first?.content.first?.schema)
        guard case .named(let name) = schema, let target = api.schemas[name] else {
            Issue.record("a ref into a path becomes a named schema"); return
        }
        #expect(target.description == "Reached through ~1 and %7B escapes.")
        let get = try #require(api.operations.first { $0.method == .get })
        guard case .named(let idName)? = get.parameters.first?.schema else {
            Issue.record("a ref to a property becomes a named schema"); return
        }
        #expect(idName == "a~b/c")
        #expect(api.schemas[idName]?.types == [.integer])
    }

    @Test func refsOutsideTheRootAreAllowedOnRequest() throws {
        let path = Fixtures.path("broken/ref-outside-root.yaml")
        let output = Pipeline.compile(spec: path, options: .init(allowsRefsOutsideRoot: true))
        #expect(!output.hasErrors, "\(output.diagnostics)")
        // The component is an alias (allOf of one) of the external target, which keeps its own node.
        let alias = try #require(output.api?.schemas["Secret"]?.allOf?.first?.name)
        #expect(output.api?.schemas[alias]?.types == [.string])
    }
}
