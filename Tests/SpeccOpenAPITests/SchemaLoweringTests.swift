import SpeccIR
import Testing

@Suite struct SchemaLoweringTests {
    @Test func openAPI30NullableJoinsTypesAndEnum() throws {
        let output = try Fixtures.compile(yaml: """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                Color:
                  type: string
                  nullable: true
                  enum: [red, green]
                  example: red
            """)
        let color = try #require(output.api?.schemas["Color"])
        #expect(color.types == [.string, .null])
        #expect(color.enumValues == [.string("red"), .string("green"), .null])
        #expect(color.examples == [.string("red")])
    }

    @Test func openAPI30BooleanExclusiveBoundsBecomeNumeric() throws {
        let output = try Fixtures.compile(yaml: """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                Ratio:
                  type: number
                  minimum: 0
                  exclusiveMinimum: true
                  maximum: 1
                  exclusiveMaximum: false
            """)
        let numeric = try #require(output.api?.schemas["Ratio"]?.numeric)
        #expect(numeric.exclusiveMinimum == 0)
        #expect(numeric.minimum == nil)
        #expect(numeric.maximum == 1)
        #expect(numeric.exclusiveMaximum == nil)
    }

    @Test func openAPI31TypeListsConstPrefixItemsAndBooleanSchemas() throws {
        let output = try Fixtures.compile(yaml: """
            openapi: 3.1.0
            info: {title: T, version: '1'}
            components:
              schemas:
                Pair:
                  type: [array, 'null']
                  prefixItems: [{type: string}, {const: 2}]
                  items: false
                Open:
                  type: object
                  additionalProperties: true
                Closed:
                  type: object
                  additionalProperties: false
            """)
        let api = try #require(output.api)
        #expect(output.errors.isEmpty)
        let pair = try #require(api.schemas["Pair"])
        #expect(pair.types == [.array, .null])
        #expect(pair.array?.prefixItems?.count == 2)
        guard case .inline(let second)? = pair.array?.prefixItems?[1] else { Issue.record("expected inline"); return }
        #expect(second.const == .integer(2))
        guard case .inline(let never)? = pair.array?.items else { Issue.record("expected inline"); return }
        #expect(never.not != nil)
        #expect(api.schemas["Open"]?.object?.additionalProperties == nil)
        guard case .inline(let closed)? = api.schemas["Closed"]?.object?.additionalProperties else {
            Issue.record("additionalProperties: false must be kept"); return
        }
        #expect(closed.not != nil)
    }

    @Test func recursiveSchemasAreNamedReferences() throws {
        let output = try Fixtures.compile(yaml: """
            openapi: 3.1.0
            info: {title: T, version: '1'}
            components:
              schemas:
                Node:
                  type: object
                  properties:
                    children:
                      type: array
                      items: {$ref: '#/components/schemas/Node'}
                    parent: {$ref: '#/components/schemas/Node'}
            """)
        let node = try #require(output.api?.schemas["Node"])
        #expect(node.object?.property(named: "parent")?.schema == .named("Node"))
        guard case .inline(let children)? = node.object?.property(named: "children")?.schema else {
            Issue.record("expected inline array"); return
        }
        #expect(children.array?.items == .named("Node"))
    }

    @Test func refWithSiblingsIn31KeepsBoth() throws {
        let output = try Fixtures.compile(yaml: """
            openapi: 3.1.0
            info: {title: T, version: '1'}
            components:
              schemas:
                Id: {type: string}
                Holder:
                  properties:
                    id:
                      $ref: '#/components/schemas/Id'
                      description: The holder's id.
            """)
        guard case .inline(let id)? = output.api?.schemas["Holder"]?.object?.property(named: "id")?.schema else {
            Issue.record("expected inline schema with description"); return
        }
        #expect(id.description == "The holder's id.")
        #expect(id.allOf == [.named("Id")])
    }

    @Test func compositionAndDiscriminatorMappingResolveToNames() throws {
        let output = try Fixtures.compile(yaml: """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                Cat: {type: object, properties: {kind: {type: string}}}
                Dog: {type: object, properties: {kind: {type: string}}}
                Pet:
                  oneOf:
                    - $ref: '#/components/schemas/Cat'
                    - $ref: '#/components/schemas/Dog'
                  discriminator:
                    propertyName: kind
                    mapping:
                      cat: '#/components/schemas/Cat'
                      dog: Dog
            """)
        let pet = try #require(output.api?.schemas["Pet"])
        #expect(pet.oneOf == [.named("Cat"), .named("Dog")])
        #expect(pet.discriminator?.mapping == ["cat": "Cat", "dog": "Dog"])
    }

    @Test func allConstraintsAreKept() throws {
        let output = try Fixtures.compile(yaml: """
            openapi: 3.1.0
            info: {title: T, version: '1'}
            components:
              schemas:
                Name:
                  type: string
                  minLength: 1
                  maxLength: 256
                  pattern: '^[a-z]+$'
                  format: hostname
                  default: abc
                  readOnly: true
                  deprecated: true
                  x-internal: true
                Tags:
                  type: array
                  items: {type: string}
                  minItems: 1
                  maxItems: 10
                  uniqueItems: true
                Count:
                  type: integer
                  multipleOf: 5
                  minimum: 0
                  exclusiveMaximum: 100
            """)
        let api = try #require(output.api)
        let name = try #require(api.schemas["Name"])
        #expect(name.string?.minLength == 1)
        #expect(name.string?.maxLength == 256)
        #expect(name.string?.pattern == "^[a-z]+$")
        #expect(name.format == "hostname")
        #expect(name.defaultValue == .string("abc"))
        #expect(name.readOnly == true)
        #expect(name.deprecated == true)
        #expect(name.extensions?["x-internal"] == .bool(true))
        #expect(api.schemas["Tags"]?.array?.maxItems == 10)
        #expect(api.schemas["Tags"]?.array?.uniqueItems == true)
        #expect(api.schemas["Count"]?.numeric?.multipleOf == 5)
        #expect(api.schemas["Count"]?.numeric?.exclusiveMaximum == 100)
    }
}

@Suite struct NullableCompositionTests {
    @Test func nullableWithoutTypeAddsANullAlternative() throws {
        let output = try Fixtures.compile(yaml: """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                Thing: {type: object}
                EitherOrNull:
                  anyOf: [{type: string}, {$ref: '#/components/schemas/Thing'}]
                  nullable: true
                RefOrNull:
                  allOf: [{$ref: '#/components/schemas/Thing'}]
                  nullable: true
                  description: A thing, or null.
            """)
        let api = try #require(output.api)
        let null = SchemaRef.inline({ var schema = Schema(); schema.types = [.null]; return schema }())
        let either = try #require(api.schemas["EitherOrNull"]?.anyOf)
        #expect(either.count == 3)
        #expect(either.last.map(Self.withoutLocations) == null)
        let refOrNull = try #require(api.schemas["RefOrNull"])
        #expect(refOrNull.allOf == nil)
        #expect(refOrNull.anyOf?.count == 2)
        #expect(refOrNull.description == "A thing, or null.")
    }

    static func withoutLocations(_ ref: SchemaRef) -> SchemaRef {
        guard case .inline(var schema) = ref else { return ref }
        schema.location = nil
        return .inline(schema)
    }
}
