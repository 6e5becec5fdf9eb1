import Foundation
@testable import SpeccOpenAPI
import SpeccIR
import SpeccPipeline
import Testing

/// What the IR carries of OpenAPI 3.2, read from `Specs/events-feed.yaml` and small documents;
/// and how 3.2 fields read in an older document.
@Suite struct OpenAPI32LoweringTests {
    static func feed() throws -> API {
        let output = Pipeline.compile(spec: Fixtures.repository + "/Specs/events-feed.yaml")
        guard let api = output.api, output.diagnostics.isEmpty else { throw FixtureError(message: Pipeline.render(output.diagnostics)) }
        return api
    }

    @Test func theTagTreeAndItsKinds() throws {
        let api = try Self.feed()
        let tree = TagTree(api.tags)
        #expect(tree.depthFirst == ["Feed", "Events", "Exports", "Search", "Beta"])
        #expect(tree.children(of: "Feed") == ["Events", "Search"])
        #expect(tree.depth(of: "Exports") == 2)
        #expect(api.tags.first { $0.name == "Beta" }?.kind == "badge")
        #expect(api.tags.first { $0.name == "Exports" }?.summary == "Exports and archives")
    }

    @Test func customMethodsAndQueryAreOperations() throws {
        let api = try Self.feed()
        let methods = Dictionary(uniqueKeysWithValues: api.operations.map { ($0.operationId ?? "", $0.method) })
        #expect(methods["searchEvents"] == .query)
        #expect(methods["purgeEvent"] == HTTPMethod(name: "PURGE"))
        #expect(methods["purgeEvent"]?.isFixed == false)
        #expect(api.operations.first { $0.operationId == "purgeEvent" }?.displayName == "PURGE /events/{eventId}")
    }

    @Test func querystringStreamsAndSharedMediaTypes() throws {
        let api = try Self.feed()
        let list = try #require(api.operations.first { $0.operationId == "listEvents" })
        let filter = try #require(list.parameters.first)
        #expect(filter.location == .querystring)
        #expect(filter.content?.first?.kind == .form)
        #expect(filter.examples.first?.serializedValue == "type=order.created&limit=10")
        #expect(filter.examples.first?.value == .object([JSONMember("type", .string("order.created")), JSONMember("limit", .integer(10))]))
        let stream = try #require(api.operations.first { $0.operationId == "streamEvents" }?.responses.first?.content.first)
        #expect(stream.schema == nil)
        #expect(stream.itemSchema != nil)
        // The event's `data` holds JSON: its contentSchema is what each item carries.
        #expect(api.itemSchema(of: stream) == .named("Event"))
        let export = try #require(api.operations.first { $0.operationId == "exportEvents" }?.responses.first?.content.first)
        #expect(export.componentName == "EventLines")
        #expect(api.itemSchema(of: export) == .named("Event"))
        #expect(export.examples.first?.serializedValue?.hasPrefix("{\"id\":\"evt_01HZX3K7QF\"") == true)
    }

    @Test func summariesSchemesServersAndTheDefaultMapping() throws {
        let api = try Self.feed()
        let purge = try #require(api.operations.first { $0.operationId == "purgeEvent" })
        #expect(purge.responses.first?.summary == "Purged.")
        #expect(purge.responses.first?.description == "")
        let oauth = try #require(api.securityScheme(named: "feedOAuth"))
        #expect(oauth.oauth2MetadataURL == "https://auth.example.com/.well-known/oauth-authorization-server")
        #expect(oauth.flows?.first?.kind == .deviceAuthorization)
        #expect(oauth.flows?.first?.deviceAuthorizationURL == "https://auth.example.com/oauth/device_authorization")
        #expect(api.securityScheme(named: "apiKey")?.deprecated == true)
        #expect(api.servers.map(\.name) == ["production", "sandbox"])
        #expect(api.schemas["EventPayload"]?.discriminator?.defaultMapping == "GenericPayload")
        #expect(api.selfURI == "https://api.example.com/openapi/events-feed.yaml")
    }

    /// A 3.1 document may use what 3.2 adds: it is read, with a warning that names the version.
    @Test func aNewerFieldInAnOlderDocumentIsReadWithAWarning() throws {
        let output = try Fixtures.compile(yaml: """
            openapi: 3.1.0
            info: {title: T, version: '1'}
            tags:
              - {name: a, summary: A}
            paths:
              /a:
                query:
                  operationId: findA
                  parameters:
                    - name: q
                      in: querystring
                      content: {application/x-www-form-urlencoded: {schema: {type: object}}}
                  responses:
                    '200': {summary: Found, description: ok}
            """)
        #expect(output.errors.isEmpty, "\(output.diagnostics)")
        let warnings = output.warnings.filter { $0.code == "newer-version-field" }
        #expect(warnings.map(\.location.line) == [4, 7, 11, 14])
        #expect(warnings.first?.message == "'summary' in tag 'a' is an OpenAPI 3.2 feature; this is a 3.1 document (it is read anyway; declare 'openapi: 3.2.0' to use it)")
        #expect(output.api?.operations.first?.method == .query)
        #expect(output.api?.operations.first?.parameters.first?.location == .querystring)
    }

    /// `itemSchema` means something only where items arrive one by one: elsewhere it is ignored,
    /// and said so where it is written.
    @Test func anItemSchemaOnAWholeBodyIsIgnoredWithAWarning() throws {
        let output = try Fixtures.compile(yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /a:
                get:
                  operationId: getA
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          itemSchema: {type: object}
            """)
        #expect(output.errors.isEmpty)
        #expect(output.warnings.map(\.code) == ["item-schema-ignored"])
        #expect(output.warnings.first?.location.line == 12)
    }

    /// Edge cases of 3.2 rules that must not fire: a method differing from a fixed one only in
    /// case (another method: a warning), a required discriminator property written beside a
    /// `$ref`, and a path item's query conflict, reported once however many operations share it.
    @Test func rulesThatMustNotOverreach() throws {
        let output = try Fixtures.compile(yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /a:
                parameters:
                  - {name: raw, in: querystring, content: {text/plain: {schema: {type: string}}}}
                  - {name: limit, in: query, schema: {type: integer}}
                get:
                  operationId: getA
                  responses: {'200': {description: ok}}
                post:
                  operationId: postA
                  responses: {'200': {description: ok}}
                additionalOperations:
                  purge:
                    operationId: purgeA
                    responses: {'204': {description: gone}}
                  post:
                    operationId: lowerPostA
                    responses: {'204': {description: gone}}
            components:
              schemas:
                Pet:
                  oneOf:
                    - {$ref: '#/components/schemas/Cat', required: [kind]}
                    - {$ref: '#/components/schemas/Dog', required: [kind]}
                  discriminator: {propertyName: kind}
                Cat: {type: object, properties: {kind: {type: string}}}
                Dog: {type: object, properties: {kind: {type: string}}}
            """)
        #expect(output.errors.map(\.code) == ["querystring-with-query"], "\(output.diagnostics)")
        #expect(output.errors.first?.location.line == 7)
        #expect(output.warnings.map(\.code) == ["method-case"])
        #expect(output.warnings.first?.location.line == 18)
        #expect(output.api?.operations.map(\.method.name) == ["GET", "POST", "purge", "post"])
    }

    /// `$self` rewrites only references that are absolute: a relative one already resolves on
    /// disk, and a `$self` with no path is a base of `/`.
    @Test func selfRewritesOnlyAbsoluteReferences() {
        #expect(RefResolver.localPart(of: "https://cdn.other.org/s.yaml", selfURI: "https://example.com") == nil)
        #expect(RefResolver.localPart(of: "https://example.com/s.yaml", selfURI: "https://example.com") == "s.yaml")
        #expect(RefResolver.localPart(of: "specs/common.yaml", selfURI: "specs/openapi.yaml") == nil)
        #expect(RefResolver.localPart(of: "/apis/common.yaml", selfURI: "https://example.com/apis/root.yaml") == "common.yaml")
        #expect(RefResolver.localPart(of: "https://example.community/apis/x.yaml", selfURI: "https://example.com/apis/root.yaml") == nil)
        #expect(RefResolver.localPart(of: "https://example.com/apis/root.yaml", selfURI: "https://example.com/apis/root.yaml") == "")
    }

    /// Writes `files` into a fresh folder and compiles the first.
    static func compile(_ files: [(String, String)]) throws -> (api: API?, diagnostics: String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("specc-32-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for (name, text) in files { try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let output = Pipeline.compile(spec: directory.appendingPathComponent(files[0].0).path)
        return (output.api, Pipeline.render(output.diagnostics).replacingOccurrences(of: directory.path + "/", with: ""))
    }

    /// `$self` is the base of references: a ref by the document's published URI, or by a URI
    /// beside it, is the file on disk at the same place; a security requirement may name a
    /// scheme by URI.
    @Test func referencesResolveAgainstSelf() throws {
        let (api, diagnostics) = try Self.compile([
            ("root.yaml", """
                openapi: 3.2.0
                $self: https://example.com/apis/root.yaml
                info: {title: T, version: '1'}
                security:
                  - 'https://example.com/apis/shared.yaml#/components/securitySchemes/token': []
                paths:
                  /a:
                    get:
                      operationId: getA
                      responses:
                        '200':
                          description: ok
                          content:
                            application/json: {schema: {$ref: 'https://example.com/apis/shared.yaml#/components/schemas/Thing'}}
                        '404': {$ref: 'https://example.com/apis/root.yaml#/components/responses/Missing'}
                components:
                  responses:
                    Missing: {description: Not there.}
                """),
            ("shared.yaml", """
                components:
                  schemas:
                    Thing: {type: object, properties: {id: {type: string}}}
                  securitySchemes:
                    token: {type: http, scheme: bearer}
                """),
        ])
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let responses = try #require(api?.operations.first?.responses)
        #expect(responses.map(\.description) == ["ok", "Not there."])
        #expect(responses.first?.content.first?.schema == .named("Thing"))
        #expect(api?.security.first?.entries.first?.scheme == "token")
        #expect(api?.securityScheme(named: "token")?.scheme == "bearer")
    }

    /// A Reference Object's `summary` and `description` override the referenced object's.
    @Test func aReferencesOwnDescriptionWins() throws {
        let output = try Fixtures.compile(yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /a:
                get:
                  operationId: getA
                  parameters:
                    - {$ref: '#/components/parameters/Limit', description: At most 10 here.}
                  responses:
                    '200': {$ref: '#/components/responses/Page', summary: This page}
            components:
              parameters:
                Limit: {name: limit, in: query, description: How many., schema: {type: integer}}
              responses:
                Page: {summary: A page, description: The items.}
            """)
        #expect(output.diagnostics.isEmpty, "\(output.diagnostics)")
        let operation = try #require(output.api?.operations.first)
        #expect(operation.parameters.first?.description == "At most 10 here.")
        #expect(operation.responses.first?.summary == "This page")
        #expect(operation.responses.first?.description == "The items.")
    }
}
