import Foundation
import SpeccDiff
import Testing

/// Where a change is felt: the exchanges a named schema's change reaches, webhooks and callbacks
/// judged with the roles swapped, and references that moved to a schema of the same shape.
@Suite struct DiffUseSiteTests {
    static func spec(_ pet: String, webhook: String = "{type: object}") -> String {
        """
        openapi: 3.1.0
        info: {title: Pets, version: "1"}
        paths:
          /pets:
            get:
              operationId: listPets
              responses:
                "200": {description: Pets., content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Pet'}}}}}
            post:
              operationId: createPet
              requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}
              responses:
                "201": {description: Made.}
              callbacks:
                onAdopted:
                  '{$request.body#/callback}':
                    post:
                      requestBody: {content: {application/json: {schema: \(webhook)}}}
                      responses: {"200": {description: Received.}}
          /owners:
            get:
              operationId: listOwners
              responses:
                "200": {description: Owners., content: {application/json: {schema: {$ref: '#/components/schemas/Owner'}}}}
        webhooks:
          petBorn:
            post:
              requestBody: {content: {application/json: {schema: \(webhook)}}}
              responses: {"200": {description: Received.}}
        components:
          schemas:
            Owner: {type: object, properties: {pets: {type: array, items: {$ref: '#/components/schemas/Pet'}}}}
            Pet: \(pet)
        """
    }

    /// A change to a shared schema is reported once, naming every exchange that sees it on that
    /// side of the wire, through other schemas too.
    @Test func aNamedSchemaChangeNamesTheExchangesItReaches() throws {
        let findings = try DiffSpecs.diff(Self.spec("{type: object, properties: {name: {type: string, maxLength: 20}}}"),
                                          Self.spec("{type: object, properties: {name: {type: string, maxLength: 10}}}"))
        #expect(findings.map(\.rule).sorted() == ["request-max-length-decreased", "response-max-length-decreased"])
        let request = try #require(findings.first { $0.rule.hasPrefix("request-") })
        #expect(request.field == "schema Pet: name")
        #expect(request.affects == ["POST /pets"])
        let response = try #require(findings.first { $0.rule.hasPrefix("response-") })
        #expect(response.affects == ["GET /owners", "GET /pets"])
        let text = DiffReport.render([request], format: .text)
        #expect(text.contains("maxLength decreased from 20 to 10. (affects POST /pets) [request-max-length-decreased]"), "\(text)")
        let json = try JSONSerialization.jsonObject(with: Data(DiffReport.render([response], format: .json).utf8)) as! [String: Any]
        #expect((json["findings"] as? [[String: Any]])?.first?["affects"] as? [String] == ["GET /owners", "GET /pets"])
    }

    /// The API sends webhooks and callbacks: a narrower payload breaks no consumer, a wider one
    /// may (as a response would), and the report says which exchange.
    @Test func webhookAndCallbackPayloadsAreJudgedAsResponses() throws {
        let pet = "{type: object}"
        let narrower = try DiffSpecs.diff(Self.spec(pet, webhook: "{type: object, properties: {id: {type: string}}}"),
                                          Self.spec(pet, webhook: "{type: object, properties: {id: {type: string, maxLength: 8}}}"))
        #expect(narrower.map { "\($0.operation ?? "") \($0.rule) \($0.level)" }.sorted() == [
            "POST /pets callback onAdopted POST {$request.body#/callback} response-max-length-added info",
            "webhook POST petBorn response-max-length-added info",
        ])
        let wider = try DiffSpecs.diff(Self.spec(pet, webhook: "{type: object, properties: {kind: {enum: [cat]}}}"),
                                       Self.spec(pet, webhook: "{type: object, properties: {kind: {enum: [cat, dog]}}}"))
        #expect(wider.map { "\($0.rule) \($0.level)" } == ["response-enum-value-added warning", "response-enum-value-added warning"])
    }

    /// A payload schema named in components is compared once, on the side its exchanges give it.
    @Test func aNamedPayloadSchemaIsOnTheResponseSide() throws {
        func spec(_ event: String) -> String {
            Self.spec("{type: object}", webhook: "{$ref: '#/components/schemas/Event'}") + "\n    Event: \(event)"
        }
        let findings = try DiffSpecs.diff(spec("{type: object, required: [id], properties: {id: {type: string}}}"), spec("{type: object, properties: {id: {type: string}}}"))
        #expect(findings.map { "\($0.rule) \($0.level)" } == ["response-property-became-optional breaking"])
        #expect(findings.first?.affects == ["POST /pets callback onAdopted POST {$request.body#/callback}", "webhook POST petBorn"])
    }

    /// A `$ref` that moved to another schema of the same shape (a rename, a copy) is no change;
    /// an allOf whose one base moved is compared as that base.
    @Test func aReferenceMovedToTheSameShapeIsNoChange() throws {
        func spec(_ body: String, extra: String = "") -> String {
            DiffSpecs.bodies(body) + "\n    Base: {type: object, properties: {id: {type: string}}}\n    Base2: {type: object, properties: {id: {type: string}}}\n    Base3: {type: object, required: [id], properties: {id: {type: string}}}\(extra)"
        }
        #expect(try DiffSpecs.diff(spec("{anyOf: [{$ref: '#/components/schemas/Base'}, {type: string}]}"),
                                   spec("{anyOf: [{$ref: '#/components/schemas/Base2'}, {type: string}]}")).isEmpty)
        #expect(try DiffSpecs.diff(spec("{allOf: [{$ref: '#/components/schemas/Base'}], description: The pet.}"),
                                   spec("{allOf: [{$ref: '#/components/schemas/Base2'}], description: The pet.}")).isEmpty)
        let moved = try DiffSpecs.diff(spec("{allOf: [{$ref: '#/components/schemas/Base'}], description: The pet.}"),
                                       spec("{allOf: [{$ref: '#/components/schemas/Base3'}], description: The pet.}"))
        #expect(moved.map(\.rule).sorted() == ["request-property-became-required", "response-property-became-required"], "\(moved.map(\.message))")
    }

    /// A 3.1 `$ref` with siblings (a description, an `x-` key) is that reference, in a union as
    /// anywhere; its `default` is the sibling that counts.
    @Test func aReferenceWithSiblingsIsTheReference() throws {
        func findings(_ old: String, _ new: String) throws -> [String] {
            try DiffSpecs.diff(DiffSpecs.bodies("{type: object, properties: {field: \(old)}}"), DiffSpecs.bodies("{type: object, properties: {field: \(new)}}"))
                .map { "\($0.rule) \($0.level)" }.sorted()
        }
        #expect(try findings("{oneOf: [{$ref: '#/components/schemas/A'}, {type: string}]}",
                             "{oneOf: [{$ref: '#/components/schemas/A', description: The A., x-note: kept}, {type: string}]}").isEmpty)
        #expect(try findings("{$ref: '#/components/schemas/A'}", "{$ref: '#/components/schemas/A', description: The A.}").isEmpty)
        #expect(try findings("{$ref: '#/components/schemas/A', default: {a: x}}", "{$ref: '#/components/schemas/A', default: {a: y}}")
            == ["request-default-changed breaking", "response-default-changed info"])
    }

    /// `X` → `anyOf: [Y, null]`: the null is one finding, and X against Y the rest.
    @Test func aSchemaReplacedByANullableUnionIsNullPlusTheNewSchema() throws {
        let findings = try DiffSpecs.diff(DiffSpecs.bodies("{type: object, properties: {field: {type: string}}}"),
                                          DiffSpecs.bodies("{type: object, properties: {field: {anyOf: [{type: integer}, {type: 'null'}]}}}"))
        #expect(findings.map(\.rule).sorted() == ["request-nullable-added", "request-type-changed", "response-nullable-added", "response-type-changed"])
    }

    /// A parameter and a property removed after their sunset dates: expected, so no worse than
    /// any removal.
    @Test func removalsAfterTheSunsetAreOrdinaryRemovals() throws {
        let before = DiffSpecs.bodies("{type: object, properties: {a: {type: string, deprecated: true, x-sunset: '2020-01-01'}}}")
        let after = DiffSpecs.bodies("{type: object}")
        #expect(try DiffSpecs.diff(before, after).map { "\($0.rule) \($0.level)" }.sorted() == ["request-property-removed warning", "response-property-removed warning"])
    }
}
