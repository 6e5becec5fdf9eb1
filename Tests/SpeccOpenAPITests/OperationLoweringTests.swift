import SpeccIR
import Testing

@Suite struct OperationLoweringTests {
    static let petstore = """
        openapi: 3.1.0
        info: {title: Pets, version: 1.10}
        servers:
          - url: https://{region}.example.com/v1
            variables:
              region: {default: eu, enum: [eu, us]}
        security:
          - bearer: []
        paths:
          /pets/{petId}:
            parameters:
              - {name: petId, in: path, required: true, schema: {type: string}}
              - {name: verbose, in: query, schema: {type: boolean}}
            get:
              operationId: getPet
              tags: [pets]
              parameters:
                - {name: verbose, in: query, required: true, schema: {type: string}}
                - {name: ids, in: query, style: pipeDelimited, explode: false, schema: {type: array, items: {type: string}}}
              responses:
                200:
                  description: The pet.
                  headers:
                    Retry-After: {schema: {type: integer}, required: true}
                  content:
                    application/json:
                      schema: {type: object}
                      examples:
                        cat: {summary: A cat, value: {name: Tom}}
                "404": {description: Not found}
                4XX: {description: Client error}
                default: {description: Anything else}
                x-note: ignored
            delete:
              deprecated: true
              security: []
              responses:
                '204': {description: Deleted}
          /pets:
            post:
              security:
                - oauth: [pets:write, pets:read]
              requestBody:
                required: true
                content:
                  application/x-www-form-urlencoded:
                    schema: {type: object, properties: {name: {type: string}}}
              responses:
                '201': {description: Created}
        webhooks:
          petAdded:
            post:
              responses:
                '200': {description: ok}
        components:
          securitySchemes:
            bearer: {type: http, scheme: Bearer, bearerFormat: JWT}
            oauth:
              type: oauth2
              flows:
                clientCredentials:
                  tokenUrl: https://example.com/token
                  scopes: {pets:write: Write pets, pets:read: Read pets}
        """

    @Test func operationsKeepSourceOrderAndResolvedDetails() throws {
        let output = try Fixtures.compile(yaml: Self.petstore)
        #expect(output.diagnostics.isEmpty, "\(output.diagnostics)")
        let api = try #require(output.api)
        #expect(api.info.version == "1.10", "a plain scalar read as a string keeps its text")
        #expect(api.operations.map(\.displayName) == ["GET /pets/{petId}", "DELETE /pets/{petId}", "POST /pets"])
        #expect(api.webhooks.map(\.path) == ["petAdded"])
        #expect(api.servers.first?.variables.first?.enumValues == ["eu", "us"])
        #expect(api.servers.first?.defaultURL == "https://eu.example.com/v1")
    }

    @Test func pathLevelParametersMergeAndOperationOverrides() throws {
        let api = try #require(try Fixtures.compile(yaml: Self.petstore).api)
        let get = api.operations[0]
        #expect(get.parameters.map(\.name) == ["petId", "verbose", "ids"])
        let verbose = try #require(get.parameters.first { $0.name == "verbose" })
        #expect(verbose.required, "the operation's own definition wins")
        let ids = try #require(get.parameters.first { $0.name == "ids" })
        #expect(ids.style == .pipeDelimited)
        #expect(ids.explode == false)
        let petId = try #require(get.parameters.first { $0.name == "petId" })
        #expect(petId.style == .simple && petId.explode == false, "defaults are applied for path parameters")
        #expect(verbose.style == .form && verbose.explode, "defaults are applied for query parameters")
    }

    @Test func responsesReadPlainAndQuotedStatusKeys() throws {
        let api = try #require(try Fixtures.compile(yaml: Self.petstore).api)
        let responses = api.operations[0].responses
        #expect(responses.map(\.status) == [.code(200), .code(404), .range(4), .default])
        #expect(responses[0].headers.first?.name == "Retry-After")
        #expect(responses[0].headers.first?.required == true)
        #expect(responses[0].content.first?.examples.first?.value == .object([JSONMember("name", .string("Tom"))]))
    }

    @Test func securityIsInheritedOverriddenOrRemoved() throws {
        let api = try #require(try Fixtures.compile(yaml: Self.petstore).api)
        let (get, delete, post) = (api.operations[0], api.operations[1], api.operations[2])
        #expect(api.effectiveSecurity(of: get).map { $0.entries.map(\.scheme) } == [["bearer"]])
        #expect(api.effectiveSecurity(of: delete).isEmpty)
        #expect(delete.deprecated)
        #expect(api.effectiveSecurity(of: post).first?.entries.first?.scopes == ["pets:write", "pets:read"])
        #expect(api.securityScheme(named: "bearer")?.scheme == "bearer")
        #expect(api.securityScheme(named: "oauth")?.flows?.first?.scopes.map(\.name) == ["pets:write", "pets:read"])
        #expect(post.requestBody?.required == true)
        #expect(post.requestBody?.content.first?.contentType == "application/x-www-form-urlencoded")
    }
}
