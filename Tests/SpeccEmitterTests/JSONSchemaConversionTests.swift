import Foundation
import SpeccIR
import SpeccJSONSchema
import Testing

@Suite struct JSONSchemaConversionTests {
    static let petstore30 = """
        openapi: 3.0.3
        info: {title: Pets, version: '1'}
        paths:
          /pets:
            post:
              operationId: addPet
              requestBody:
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Pet'}
              responses:
                '201': {description: created}
        components:
          schemas:
            Cat:
              type: object
              required: [petType]
              properties:
                petType: {type: string}
                meows: {type: boolean}
            Dog:
              type: object
              required: [petType, barks]
              properties:
                petType: {type: string}
                barks: {type: boolean}
            Pet:
              oneOf:
                - $ref: '#/components/schemas/Cat'
                - $ref: '#/components/schemas/Dog'
              discriminator:
                propertyName: petType
                mapping:
                  cat: '#/components/schemas/Cat'
                  dog: '#/components/schemas/Dog'
            Color:
              type: string
              nullable: true
              enum: [red, green]
              example: red
              x-internal: true
              externalDocs: {url: 'https://example.com'}
            Ratio:
              type: number
              minimum: 0
              exclusiveMinimum: true
              readOnly: true
        """

    static func component(_ name: String, _ files: [OutputFile]) throws -> JSONValue {
        let file = try #require(files.first { $0.path == "pets/schemas/components/\(name).json" })
        return try JSONDecoder().decode(JSONValue.self, from: Data(file.contents.utf8))
    }

    @Test func openAPI30MeaningIsConvertedExactly() throws {
        let files = JSONSchemaEmitter.emit(try InlineSpec.api(Self.petstore30), specName: "pets")
        let color = try Self.component("Color", files)
        #expect(color["type"] == .array([.string("string"), .string("null")]))
        #expect(color["enum"] == .array([.string("red"), .string("green"), .null]))
        #expect(color["examples"] == .array([.string("red")]))
        #expect(color["x-internal"] == nil)
        #expect(color["externalDocs"] == nil)
        #expect(color["$schema"] == .string("https://json-schema.org/draft/2020-12/schema"))
        #expect(color["$id"] == .string("https://specc.invalid/pets/schemas/components/Color.json"))
        let ratio = try Self.component("Ratio", files)
        #expect(ratio["exclusiveMinimum"] == .integer(0))
        #expect(ratio["minimum"] == nil)
        #expect(ratio["readOnly"] == .bool(true))
        let pet = try Self.component("Pet", files)
        #expect(pet["discriminator"] == nil)
        #expect(pet["oneOf"] == .array([.object([JSONMember("$ref", .string("Cat.json"))]), .object([JSONMember("$ref", .string("Dog.json"))])]))
    }

    @Test func discriminatorMappingStaysEnforceable() throws {
        let files = JSONSchemaEmitter.emit(try InlineSpec.api(Self.petstore30), specName: "pets")
        let root = try InlineSpec.write(files) + "/pets/schemas"
        let cat: JSONValue = .object([JSONMember("petType", .string("cat")), JSONMember("meows", .bool(true))])
        // Matches Dog's shape (Cat allows any extra property) yet says it is a cat: only the
        // discriminator rule can reject it.
        let dogCalledCat: JSONValue = .object([JSONMember("petType", .string("cat")), JSONMember("barks", .bool(true)), JSONMember("meows", .string("no"))])
        let report = try SchemaChecker.run(root: root, metaschema: true, checks: [
            .init(schema: "operations/addPet.request.json", instance: cat, expect: "valid", label: "a cat"),
            .init(schema: "operations/addPet.request.json", instance: dogCalledCat, expect: "type", label: "a dog called cat"),
            .init(schema: "operations/addPet.request.json", instance: .object([JSONMember("meows", .bool(true))]), expect: "required", label: "no petType"),
        ])
        #expect(report.metaschema.isEmpty, "\(report.metaschema)")
        for result in report.checks { #expect(result.ok, "\(result.detail)") }
    }

    @Test func openAPI31SchemasPassThrough() throws {
        let api = try InlineSpec.api("""
            openapi: 3.1.0
            info: {title: T, version: '1'}
            components:
              schemas:
                Pair:
                  type: [array, 'null']
                  prefixItems: [{type: string}, {const: 2}]
                  items: false
                  x-note: dropped
                Tree:
                  type: object
                  additionalProperties: false
                  properties:
                    children: {type: array, items: {$ref: '#/components/schemas/Tree'}}
                    label: {type: string, pattern: '^[a-z]+$', contentMediaType: text/plain}
            """)
        let files = JSONSchemaEmitter.emit(api, specName: "pets")
        let pair = try Self.component("Pair", files)
        #expect(pair["items"] == .bool(false))
        #expect(pair["x-note"] == nil)
        #expect(pair["type"] == .array([.string("array"), .string("null")]))
        let tree = try Self.component("Tree", files)
        #expect(tree["additionalProperties"] == .bool(false))
        #expect(tree["properties"]?["children"]?["items"] == .object([JSONMember("$ref", .string("Tree.json"))]))
        let report = try SchemaChecker.run(root: try InlineSpec.write(files) + "/pets/schemas", metaschema: true, checks: [
            .init(schema: "components/Tree.json", instance: .object([JSONMember("children", .array([.object([JSONMember("label", .string("a"))])]))]),
                  expect: "valid", label: "recursive"),
            .init(schema: "components/Tree.json", instance: .object([JSONMember("extra", .integer(1))]), expect: "additionalProperties", label: "closed"),
        ])
        #expect(report.metaschema.isEmpty, "\(report.metaschema)")
        for result in report.checks { #expect(result.ok, "\(result.detail)") }
    }

    @Test func bundleIsSelfContained() throws {
        let api = try InlineSpec.api(Self.petstore30)
        let bundle = JSONSchemaEmitter.bundle(.named("Pet"), api: api)
        let value = try JSONDecoder().decode(JSONValue.self, from: Data(bundle.utf8))
        #expect(value["$ref"] == .string("#/$defs/Pet"))
        guard case .object(let defs)? = value["$defs"] else { Issue.record("no $defs"); return }
        #expect(Set(defs.map(\.key)) == ["Cat", "Dog", "Pet"])
        #expect(bundle.range(of: "\"Cat\"")!.lowerBound < bundle.range(of: "\"Dog\"")!.lowerBound, "keys are sorted in the file")
        #expect(!bundle.contains(".json\""), "no reference leaves the bundle")
    }
}
