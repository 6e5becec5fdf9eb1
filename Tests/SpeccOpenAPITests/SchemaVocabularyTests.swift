import SpeccDiagnostics
import SpeccIR
import Testing

/// The JSON Schema 2020-12 keywords OpenAPI 3.0 lacks, kept in the IR (none is dropped with a
/// warning any more), and JSON Schema's own identifiers (`$id`, `$anchor`, `$dynamicAnchor`)
/// followed by `$ref` and `$dynamicRef` within a document.
@Suite struct SchemaVocabularyTests {
    static func schemas(_ yaml: String) throws -> (API, OpenAPIFrontEndOutput) {
        let output = try Fixtures.compile(yaml: """
            openapi: 3.1.0
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
            \(yaml)
            """)
        #expect(output.errors.isEmpty, "\(output.errors.map(\.message))")
        return (try #require(output.api), output)
    }

    @Test func applicatorsAndAssertionsAreKept() throws {
        let (api, output) = try Self.schemas("""
                Payment:
                  type: object
                  if: {properties: {method: {const: card}}}
                  then: {required: [last4]}
                  else: {required: [iban]}
                  dependentRequired: {billing_address: [billing_name]}
                  dependentSchemas: {iban: {required: [bic]}}
                  unevaluatedProperties: false
                Lines:
                  type: array
                  prefixItems: [{type: string}]
                  contains: {const: primary}
                  minContains: 1
                  maxContains: 2
                  unevaluatedItems: {type: integer}
                Encoded:
                  type: string
                  contentMediaType: application/json
                  contentSchema: {type: object}
            """)
        #expect(output.warnings.isEmpty, "\(output.warnings.map(\.message))")
        let payment = try #require(api.schemas["Payment"])
        #expect(payment.conditional?.condition != nil)
        #expect(payment.conditional?.then != nil && payment.conditional?.otherwise != nil)
        #expect(payment.object?.dependentRequired == [DependentRequirement(property: "billing_address", required: ["billing_name"])])
        #expect(payment.object?.dependentSchemas?.map(\.property) == ["iban"])
        #expect(payment.object?.unevaluatedProperties?.isNever == true)
        let lines = try #require(api.schemas["Lines"]?.array)
        #expect(lines.contains != nil && lines.minContains == 1 && lines.maxContains == 2)
        #expect(lines.unevaluatedItems != nil)
        #expect(api.schemas["Encoded"]?.string?.contentSchema != nil)
    }

    @Test func inertKeywordsAreReportedWhereTheyAreWritten() throws {
        let (_, output) = try Self.schemas("""
                Lonely:
                  then: {required: [a]}
                  maxContains: 2
            """)
        #expect(output.warnings.map(\.code).sorted() == ["schema-keyword-inert", "schema-keyword-inert"])
        #expect(output.warnings.map(\.location.line).sorted() == [7, 8])
    }

    @Test func anAnchorAndAnIdAreReferences() throws {
        let (api, _) = try Self.schemas("""
                Order:
                  type: object
                  properties:
                    total: {$ref: '#money'}
                    line: {$ref: 'https://example.com/line'}
                  $defs:
                    money: {$anchor: money, type: integer, minimum: 1}
                    line:
                      $id: 'https://example.com/line'
                      type: object
                      properties:
                        sku: {$ref: '#/$defs/sku'}
                      $defs:
                        sku: {type: string, minLength: 3}
            """)
        let order = try #require(api.schemas["Order"]?.object)
        let total = try #require(order.property(named: "total")?.schema.name)
        #expect(api.schemas[total]?.numeric?.minimum == 1)
        let line = try #require(order.property(named: "line")?.schema.name)
        // Inside the `$id` resource, `#/$defs/sku` is the resource's own `$defs`.
        let sku = try #require(api.schemas[line]?.object?.property(named: "sku")?.schema.name)
        #expect(api.schemas[sku]?.string?.minLength == 3)
    }

    @Test func anUnknownAnchorIsALocatedError() throws {
        let output = try Fixtures.compile(yaml: """
            openapi: 3.1.0
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                Order: {$ref: '#nowhere'}
            """)
        #expect(output.errors.map(\.code) == ["ref-unresolved"])
        #expect(output.errors.first?.location.line == 6)
    }

    @Test func aDynamicRefIsReadAsItsStaticTargetAndSaysSoWhenAnotherCouldWin() throws {
        let (api, output) = try Self.schemas("""
                Tags:
                  type: array
                  items: {$dynamicRef: '#tag'}
                  $defs:
                    tag: {$dynamicAnchor: tag, type: string}
            """)
        #expect(output.warnings.isEmpty)
        let item = try #require(api.schemas["Tags"]?.array?.items?.name)
        #expect(api.schemas[item]?.types == [.string])

        let (_, ambiguous) = try Self.schemas("""
                Generic:
                  $id: generic
                  type: array
                  items: {$dynamicRef: '#item'}
                  $defs:
                    any: {$dynamicAnchor: item}
                Numbers:
                  $id: numbers
                  $ref: generic
                  $defs:
                    number: {$dynamicAnchor: item, type: number}
            """)
        #expect(ambiguous.warnings.map(\.code) == ["dynamic-ref-static"])
        #expect(ambiguous.warnings.first?.location.line == 9)
    }
}

/// Each keyword the IR keeps is read when it is a schema's only keyword: lowering asks a schema
/// only for the groups of keywords its keys belong to (`SchemaKeywords`), so a keyword left out
/// of its group would be dropped without a word.
@Suite struct LoneKeywordTests {
    static let keywords: [(String, String)] = [
        ("multipleOf", "2"), ("minimum", "1"), ("maximum", "1"), ("exclusiveMinimum", "1"), ("exclusiveMaximum", "1"),
        ("minLength", "1"), ("maxLength", "1"), ("pattern", "'^a'"), ("contentMediaType", "text/plain"), ("contentEncoding", "base64"),
        ("contentSchema", "{type: string}"),
        ("items", "{type: string}"), ("prefixItems", "[{type: string}]"), ("minItems", "1"), ("maxItems", "1"), ("uniqueItems", "true"),
        ("contains", "{type: string}"), ("minContains", "1"), ("maxContains", "1"), ("unevaluatedItems", "false"),
        ("properties", "{a: {type: string}}"), ("required", "[a]"), ("additionalProperties", "false"),
        ("patternProperties", "{'^a': {type: string}}"), ("propertyNames", "{pattern: '^a'}"), ("minProperties", "1"),
        ("maxProperties", "1"), ("dependentRequired", "{a: [b]}"), ("dependentSchemas", "{a: {required: [b]}}"),
        ("unevaluatedProperties", "false"),
        ("if", "{required: [a]}"),
        ("enum", "[a]"), ("const", "a"), ("default", "a"), ("examples", "[a]"), ("example", "a"),
        ("allOf", "[{type: string}]"), ("oneOf", "[{type: string}]"), ("anyOf", "[{type: string}]"), ("not", "{type: string}"),
        ("type", "string"), ("format", "date"), ("title", "A title"), ("description", "A description"), ("readOnly", "true"),
        ("writeOnly", "true"), ("deprecated", "true"), ("externalDocs", "{url: 'https://example.com'}"),
        ("discriminator", "{propertyName: kind}"), ("x-internal", "true"),
    ]

    @Test(arguments: keywords)
    func aLoneKeywordIsKept(_ keyword: String, _ value: String) throws {
        let (api, _) = try SchemaVocabularyTests.schemas("""
                Lone:
                  \(keyword): \(value)
                Empty: {}
            """)
        let lone = try #require(api.schemas["Lone"]), empty = try #require(api.schemas["Empty"])
        #expect(!lone.means(empty), "'\(keyword)' alone was dropped")
    }
}

/// `Schema.means` compares the keyword-bearing types field by field (a whole copy, cleared and
/// compared, was most of a large diff's time): these lists are the fields it knows. A field added
/// to one of the types fails here until `SchemaMeaning` compares it too.
@Suite struct SchemaMeaningFieldTests {
    static func fields(_ value: Any) -> [String] { Mirror(reflecting: value).children.compactMap(\.label) }

    @Test func meaningKnowsEveryStoredField() {
        #expect(Self.fields(Schema()) == [
            "location", "types", "format", "title", "description", "enumValues", "_const", "_defaultValue", "examples",
            "_numeric", "_string", "_array", "_object", "allOf", "oneOf", "anyOf", "not", "_conditional", "_discriminator",
            "readOnly", "writeOnly", "deprecated", "_externalDocs", "extensions",
        ])
        #expect(Self.fields(StringConstraints()) == ["minLength", "maxLength", "pattern", "contentMediaType", "contentEncoding", "contentSchema"])
        #expect(Self.fields(ArrayShape()) == ["items", "prefixItems", "minItems", "maxItems", "uniqueItems", "contains", "minContains", "maxContains", "unevaluatedItems"])
        #expect(Self.fields(ObjectShape()) == ["properties", "required", "additionalProperties", "patternProperties", "propertyNames",
                                               "minProperties", "maxProperties", "dependentRequired", "dependentSchemas", "unevaluatedProperties"])
    }

    @Test func meaningSetsLocationsAsideAndSeesADeepChange() throws {
        let (api, _) = try SchemaVocabularyTests.schemas("""
                A:
                  type: object
                  properties:
                    items: {type: array, items: {type: string, contentSchema: {type: integer}}}
                B:
                  type: object
                  properties:
                    items: {type: array, items: {type: string, contentSchema: {type: integer}}}
                C:
                  type: object
                  properties:
                    items: {type: array, items: {type: string, contentSchema: {type: number}}}
            """)
        let a = try #require(api.schemas["A"]), b = try #require(api.schemas["B"]), c = try #require(api.schemas["C"])
        #expect(a.location != b.location)
        #expect(a.means(b))
        #expect(!a.means(c), "a change four levels down, in a string's contentSchema")
    }
}
