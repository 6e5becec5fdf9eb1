import SpeccDiff
import Testing

/// Every schema rule, on both sides of the wire: the same change inside a request body and a
/// response body gives the `request-` and the `response-` rule, at their mirrored levels.
@Suite struct SchemaRuleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let change: String
        /// The request and response bodies, before and after (YAML flow).
        let old: String
        let new: String
        let message: String
        var testDescription: String { change }
    }

    /// A change to the property `field` of an object body.
    static func field(_ change: String, _ old: String, _ new: String, _ message: String) -> Case {
        Case(change: change, old: "{type: object, properties: {field: \(old)}}", new: "{type: object, properties: {field: \(new)}}", message: message)
    }

    static let cases: [Case] = [
        field("type-changed", "{type: string}", "{type: boolean}", "The type changed from string to boolean."),
        field("type-widened", "{type: integer}", "{type: number}", "The type widened from integer to number."),
        field("type-narrowed", "{type: number}", "{type: integer}", "The type narrowed from number to integer."),
        field("nullable-added", "{type: string}", "{type: [string, \"null\"]}", "null is now allowed."),
        field("nullable-removed", "{type: [string, \"null\"]}", "{type: string}", "null is no longer allowed."),
        field("format-added", "{type: string}", "{type: string, format: uuid}", "The format uuid was added."),
        field("format-removed", "{type: string, format: uuid}", "{type: string}", "The format uuid was removed."),
        field("format-changed", "{type: string, format: uuid}", "{type: string, format: email}", "The format changed from uuid to email."),
        field("enum-value-added", "{type: string, enum: [cat, dog]}", "{type: string, enum: [cat, dog, eel]}", "The enum value \"eel\" was added."),
        field("enum-value-removed", "{type: string, enum: [cat, dog]}", "{type: string, enum: [cat]}", "The enum value \"dog\" was removed."),
        field("enum-added", "{type: string}", "{type: string, enum: [cat, dog]}", "The values became restricted to \"cat\", \"dog\"."),
        field("enum-removed", "{type: string, enum: [cat, dog]}", "{type: string}", "The enum restriction was removed."),
        field("const-added", "{type: string}", "{type: string, const: cat}", "The value must now be \"cat\"."),
        field("const-removed", "{type: string, const: cat}", "{type: string}", "The constant restriction was removed."),
        field("const-changed", "{type: string, const: cat}", "{type: string, const: dog}", "The constant changed from \"cat\" to \"dog\"."),
        field("pattern-added", "{type: string}", "{type: string, pattern: '^[a-z]+$'}", "The pattern ^[a-z]+$ was added."),
        field("pattern-removed", "{type: string, pattern: '^[a-z]+$'}", "{type: string}", "The pattern ^[a-z]+$ was removed."),
        field("pattern-changed", "{type: string, pattern: '^[a-z]+$'}", "{type: string, pattern: '^[a-z]*$'}", "The pattern changed from ^[a-z]+$ to ^[a-z]*$."),
        field("multiple-of-added", "{type: number}", "{type: number, multipleOf: 0.5}", "multipleOf 0.5 was added."),
        field("multiple-of-removed", "{type: number, multipleOf: 2}", "{type: number}", "multipleOf 2 was removed."),
        field("multiple-of-changed", "{type: number, multipleOf: 2}", "{type: number, multipleOf: 3}", "multipleOf changed from 2 to 3."),
        field("unique-items-added", "{type: array, items: {type: string}}", "{type: array, items: {type: string}, uniqueItems: true}", "Items must now be unique."),
        field("unique-items-removed", "{type: array, items: {type: string}, uniqueItems: true}", "{type: array, items: {type: string}}", "Items no longer need to be unique."),
        field("default-changed", "{type: integer, default: 10}", "{type: integer, default: 20}", "The default changed from 10 to 20."),
        Case(change: "property-added-required", old: "{type: object, properties: {a: {type: string}}}",
             new: "{type: object, required: [b], properties: {a: {type: string}, b: {type: string}}}", message: "The required property b was added."),
        Case(change: "property-added", old: "{type: object, properties: {a: {type: string}}}",
             new: "{type: object, properties: {a: {type: string}, b: {type: string}}}", message: "The optional property b was added."),
        Case(change: "property-removed", old: "{type: object, properties: {a: {type: string}, b: {type: string}}}",
             new: "{type: object, properties: {a: {type: string}}}", message: "The optional property b was removed."),
        Case(change: "required-property-removed", old: "{type: object, required: [b], properties: {a: {type: string}, b: {type: string}}}",
             new: "{type: object, properties: {a: {type: string}}}", message: "The required property b was removed."),
        Case(change: "closed-property-removed", old: "{type: object, additionalProperties: false, properties: {a: {type: string}, b: {type: string}}}",
             new: "{type: object, additionalProperties: false, properties: {a: {type: string}}}",
             message: "The optional property b was removed from a schema that takes no others."),
        Case(change: "property-became-required", old: "{type: object, properties: {a: {type: string}}}",
             new: "{type: object, required: [a], properties: {a: {type: string}}}", message: "The property a became required."),
        Case(change: "property-became-optional", old: "{type: object, required: [a], properties: {a: {type: string}}}",
             new: "{type: object, properties: {a: {type: string}}}", message: "The property a became optional."),
        field("property-became-read-only", "{type: string}", "{type: string, readOnly: true}", "The property field became readOnly."),
        field("property-became-write-only", "{type: string}", "{type: string, writeOnly: true}", "The property field became writeOnly."),
        field("property-deprecated", "{type: string}", "{type: string, deprecated: true}", "The property field was deprecated."),
        Case(change: "additional-properties-restricted", old: "{type: object, properties: {a: {type: string}}}",
             new: "{type: object, properties: {a: {type: string}}, additionalProperties: false}", message: "Properties not listed are no longer allowed (additionalProperties: false)."),
        Case(change: "additional-properties-allowed", old: "{type: object, additionalProperties: false}", new: "{type: object}", message: "Properties not listed are now allowed."),
        // Alternatives no value can match both of: see `overlappingAlternatives` for the others.
        field("one-of-alternative-added", "{oneOf: [{type: string}]}", "{oneOf: [{type: string}, {type: integer}]}", "oneOf gained 1 inline alternative."),
        field("one-of-alternative-removed", "{oneOf: [{$ref: '#/components/schemas/A'}, {$ref: '#/components/schemas/B'}]}", "{oneOf: [{$ref: '#/components/schemas/A'}]}", "oneOf lost B."),
        field("discriminated-alternative-added",
              "{oneOf: [{$ref: '#/components/schemas/A'}], discriminator: {propertyName: a}}",
              "{oneOf: [{$ref: '#/components/schemas/A'}, {$ref: '#/components/schemas/B'}], discriminator: {propertyName: a}}", "oneOf gained B."),
        field("open-enum-value-added", "{anyOf: [{type: string}, {type: string, enum: [gpt-4]}]}",
              "{anyOf: [{type: string}, {type: string, enum: [gpt-4, gpt-5]}]}", "The enum value \"gpt-5\" was added."),
        field("any-of-alternative-added", "{anyOf: [{type: string}]}", "{anyOf: [{type: string}, {type: integer}]}", "anyOf gained 1 inline alternative."),
        field("any-of-alternative-removed", "{anyOf: [{$ref: '#/components/schemas/A'}, {$ref: '#/components/schemas/B'}]}", "{anyOf: [{$ref: '#/components/schemas/B'}]}", "anyOf lost A."),
        // Parts that merge into one object are compared as that object (see
        // allOfIsComparedAsTheObjectItMakes); these are parts no merge can read: a union.
        field("all-of-part-added", "{allOf: [{$ref: '#/components/schemas/A'}]}",
              "{allOf: [{$ref: '#/components/schemas/A'}, {anyOf: [{required: [a]}, {required: [b]}]}]}", "allOf gained 1 inline alternative."),
        field("all-of-part-removed", "{allOf: [{$ref: '#/components/schemas/A'}, {anyOf: [{required: [a]}, {required: [b]}]}]}",
              "{allOf: [{$ref: '#/components/schemas/A'}]}", "allOf lost 1 inline alternative."),
        field("discriminator-changed",
              "{oneOf: [{$ref: '#/components/schemas/A'}, {$ref: '#/components/schemas/B'}], discriminator: {propertyName: a}}",
              "{oneOf: [{$ref: '#/components/schemas/A'}, {$ref: '#/components/schemas/B'}], discriminator: {propertyName: b}}",
              "The discriminator on a changed (now on b)."),
    ] + keywordCases + boundCases

    /// The 2020-12 applicators: each judged by what it does to the set of valid values.
    static let keywordCases: [Case] = [
        field("format-annotation-changed", "{type: integer, format: int64}", "{type: integer, format: unixtime}",
              "The format changed from int64 to unixtime, which no validator checks."),
        field("one-of-added", "{type: object}", "{type: object, oneOf: [{required: [k], properties: {k: {const: a}}}, {required: [k], properties: {k: {const: b}}}]}",
              "The value must now match exactly one of 2 alternatives (oneOf)."),
        field("one-of-removed", "{type: object, oneOf: [{required: [a]}, {required: [b]}]}", "{type: object}", "The oneOf of 2 alternatives was removed."),
        field("any-of-added", "{type: object}", "{type: object, anyOf: [{required: [a]}, {required: [b]}]}",
              "The value must now match at least one of 2 alternatives (anyOf)."),
        field("any-of-removed", "{type: object, anyOf: [{required: [a]}, {required: [b]}]}", "{type: object}", "The anyOf of 2 alternatives was removed."),
        field("property-removed-before-sunset", "{type: object, properties: {a: {type: string, deprecated: true, x-sunset: '2099-01-01'}}}",
              "{type: object}", "The property a was removed before its sunset date 2099-01-01."),
        field("property-sunset-brought-forward", "{type: string, deprecated: true, x-sunset: '2099-06-01'}", "{type: string, deprecated: true, x-sunset: '2099-01-01'}",
              "The property's sunset date moved from 2099-06-01 to 2099-01-01."),
        field("items-forbidden", "{type: array, prefixItems: [{type: string}], items: {type: string}}",
              "{type: array, prefixItems: [{type: string}], items: false}", "No item is allowed here any more (the array became shorter)."),
        field("items-allowed", "{type: array, prefixItems: [{type: string}], items: false}",
              "{type: array, prefixItems: [{type: string}]}", "Items are now allowed here (the array may be longer)."),
        field("contains-added", "{type: array, items: {type: string}}", "{type: array, items: {type: string}, contains: {const: primary}}",
              "The array must now contain a matching item (contains)."),
        field("contains-removed", "{type: array, items: {type: string}, contains: {const: primary}}", "{type: array, items: {type: string}}",
              "The array no longer needs to contain a matching item."),
        field("contains-changed", "{type: array, contains: {const: a}, maxContains: 1}", "{type: array, contains: {const: b}, maxContains: 1}",
              "The schema that items are counted against (contains, with maxContains) changed."),
        field("not-added", "{type: string}", "{type: string, not: {const: ''}}", "A 'not' exclusion was added."),
        field("not-removed", "{type: string, not: {const: ''}}", "{type: string}", "The 'not' exclusion was removed."),
        field("not-changed", "{type: string, not: {const: a}}", "{type: string, not: {const: b}}", "The 'not' exclusion changed."),
        Case(change: "conditional-added", old: "{type: object}", new: "{type: object, if: {required: [a]}, then: {required: [b]}}",
             message: "An if/then/else rule was added."),
        Case(change: "conditional-removed", old: "{type: object, if: {required: [a]}, then: {required: [b]}}", new: "{type: object}",
             message: "The if/then/else rule was removed."),
        Case(change: "conditional-changed", old: "{type: object, if: {required: [a]}, then: {required: [b]}}",
             new: "{type: object, if: {required: [c]}, then: {required: [b]}}", message: "The condition of the if/then/else rule changed."),
        Case(change: "dependent-required-added", old: "{type: object}", new: "{type: object, dependentRequired: {a: [b]}}",
             message: "b became required when a is present."),
        Case(change: "dependent-required-removed", old: "{type: object, dependentRequired: {a: [b]}}", new: "{type: object}",
             message: "b is no longer required when a is present."),
        Case(change: "dependent-schema-added", old: "{type: object}", new: "{type: object, dependentSchemas: {a: {required: [b]}}}",
             message: "A rule for objects with a was added (dependentSchemas)."),
        Case(change: "dependent-schema-removed", old: "{type: object, dependentSchemas: {a: {required: [b]}}}", new: "{type: object}",
             message: "The rule for objects with a was removed (dependentSchemas)."),
        Case(change: "unevaluated-properties-restricted", old: "{type: object, properties: {a: {type: string}}}",
             new: "{type: object, properties: {a: {type: string}}, unevaluatedProperties: false}",
             message: "Properties no other keyword describes are no longer allowed (unevaluatedProperties: false)."),
        Case(change: "unevaluated-properties-allowed", old: "{type: object, unevaluatedProperties: false}", new: "{type: object}",
             message: "Properties no other keyword describes are now allowed."),
        field("unevaluated-items-restricted", "{type: array, prefixItems: [{type: string}]}", "{type: array, prefixItems: [{type: string}], unevaluatedItems: false}",
              "Items no other keyword describes are no longer allowed (unevaluatedItems: false)."),
        field("unevaluated-items-allowed", "{type: array, unevaluatedItems: false}", "{type: array}", "Items no other keyword describes are now allowed."),
        Case(change: "pattern-property-added", old: "{type: object}", new: "{type: object, patternProperties: {'^x_': {type: string}}}",
             message: "Properties matching ^x_ became constrained."),
        Case(change: "pattern-property-removed", old: "{type: object, patternProperties: {'^x_': {type: string}}}", new: "{type: object}",
             message: "Properties matching ^x_ are no longer constrained."),
        Case(change: "property-names-added", old: "{type: object}", new: "{type: object, propertyNames: {pattern: '^[a-z]+$'}}",
             message: "Property names became constrained (propertyNames)."),
        Case(change: "property-names-removed", old: "{type: object, propertyNames: {pattern: '^[a-z]+$'}}", new: "{type: object}",
             message: "Property names are no longer constrained."),
        field("content-encoding-changed", "{type: string}", "{type: string, contentEncoding: base64}", "The string's encoding changed from none to base64."),
        field("content-media-type-changed", "{type: string, contentMediaType: application/json}", "{type: string, contentMediaType: application/xml}",
              "The string's content changed from application/json to application/xml."),
        field("content-media-type-added", "{type: string}", "{type: string, contentMediaType: application/json}",
              "The string's content is now documented as application/json."),
        field("content-media-type-removed", "{type: string, contentMediaType: application/json}", "{type: string}",
              "The string's content is no longer documented (was application/json)."),
    ]

    /// Four cases per bound keyword: added, removed, tightened, loosened.
    static var boundCases: [Case] {
        let bounds: [(keyword: String, rule: String, upper: Bool, base: String)] = [
            ("maxLength", "max-length", true, "type: string"), ("minLength", "min-length", false, "type: string"),
            ("maximum", "maximum", true, "type: number"), ("minimum", "minimum", false, "type: number"),
            ("exclusiveMaximum", "exclusive-maximum", true, "type: number"), ("exclusiveMinimum", "exclusive-minimum", false, "type: number"),
            ("maxItems", "max-items", true, "type: array, items: {type: string}"), ("minItems", "min-items", false, "type: array, items: {type: string}"),
            ("maxProperties", "max-properties", true, "type: object"), ("minProperties", "min-properties", false, "type: object"),
            ("maxContains", "max-contains", true, "type: array, contains: {type: string}"), ("minContains", "min-contains", false, "type: array, contains: {type: string}"),
        ]
        return bounds.flatMap { bound in
            let (tighter, looser) = bound.upper ? (5, 10) : (10, 5)
            return [
                field("\(bound.rule)-added", "{\(bound.base)}", "{\(bound.base), \(bound.keyword): 5}", "\(bound.keyword) 5 was added."),
                field("\(bound.rule)-removed", "{\(bound.base), \(bound.keyword): 5}", "{\(bound.base)}", "\(bound.keyword) 5 was removed."),
                field("\(bound.rule)-\(bound.upper ? "decreased" : "increased")", "{\(bound.base), \(bound.keyword): \(looser)}", "{\(bound.base), \(bound.keyword): \(tighter)}",
                      "\(bound.keyword) \(bound.upper ? "decreased" : "increased") from \(looser) to \(tighter)."),
                field("\(bound.rule)-\(bound.upper ? "increased" : "decreased")", "{\(bound.base), \(bound.keyword): \(tighter)}", "{\(bound.base), \(bound.keyword): \(looser)}",
                      "\(bound.keyword) \(bound.upper ? "increased" : "decreased") from \(tighter) to \(looser)."),
            ]
        }
    }

    @Test(arguments: cases)
    func bothSidesOfTheWire(_ testCase: Case) throws {
        let findings = try DiffSpecs.diff(DiffSpecs.bodies(testCase.old), DiffSpecs.bodies(testCase.new))
        #expect(Set(findings.map(\.rule)) == ["request-" + testCase.change, "response-" + testCase.change], "\(findings)")
        for finding in findings {
            #expect(finding.message == testCase.message)
            #expect(finding.operation == "POST /pets")
            #expect(finding.newLocation != nil || finding.oldLocation != nil)
        }
        let request = findings.first { $0.rule.hasPrefix("request-") }, response = findings.first { $0.rule.hasPrefix("response-") }
        #expect(request?.field.hasPrefix("request body") == true)
        #expect(response?.field.hasPrefix("response 200 body") == true)
    }

    /// The direction rule itself: narrowing breaks requests, widening breaks responses.
    @Test func narrowingBreaksRequestsAndWideningBreaksResponses() throws {
        let narrowed = try DiffSpecs.diff(DiffSpecs.bodies("{type: object, properties: {field: {type: string, maxLength: 10}}}"),
                                          DiffSpecs.bodies("{type: object, properties: {field: {type: string, maxLength: 5}}}"))
        #expect(narrowed.map { "\($0.rule) \($0.level)" }.sorted() == ["request-max-length-decreased breaking", "response-max-length-decreased info"])
        let widened = try DiffSpecs.diff(DiffSpecs.bodies("{type: object, properties: {field: {type: string, enum: [a]}}}"),
                                         DiffSpecs.bodies("{type: object, properties: {field: {type: string, enum: [a, b]}}}"))
        // Except where clients must tolerate the wider value anyway: a new enum value (specc's
        // clients decode it as `undocumented`) is a warning, unless clients are closed.
        #expect(widened.map { "\($0.rule) \($0.level)" }.sorted() == ["request-enum-value-added info", "response-enum-value-added warning"])
        let closed = try DiffSpecs.diff(DiffSpecs.bodies("{type: object, properties: {field: {type: string, enum: [a]}}}"),
                                        DiffSpecs.bodies("{type: object, properties: {field: {type: string, enum: [a, b]}}}"), options: DiffOptions(closedEnums: true))
        #expect(closed.map { "\($0.rule) \($0.level)" }.sorted() == ["request-enum-value-added info", "response-enum-value-added breaking"])
    }

    /// A new variant of a discriminated union is told apart by its discriminator, as an unknown
    /// enum value is: a warning in responses unless clients are closed; an undiscriminated one
    /// still breaks them. A value added beside "any string" was always allowed.
    @Test func newVariantsAndOpenEnumValues() throws {
        let old = DiffSpecs.bodies("{type: object, properties: {field: {oneOf: [{$ref: '#/components/schemas/A'}], discriminator: {propertyName: a}}}}")
        let new = DiffSpecs.bodies("{type: object, properties: {field: {oneOf: [{$ref: '#/components/schemas/A'}, {$ref: '#/components/schemas/B'}], discriminator: {propertyName: a}}}}")
        #expect(try DiffSpecs.diff(old, new).map { "\($0.rule) \($0.level)" }.sorted()
            == ["request-discriminated-alternative-added info", "response-discriminated-alternative-added warning"])
        #expect(try DiffSpecs.diff(old, new, options: DiffOptions(closedEnums: true)).map { "\($0.rule) \($0.level)" }.sorted()
            == ["request-discriminated-alternative-added info", "response-discriminated-alternative-added breaking"])
        let undiscriminated = try DiffSpecs.diff(DiffSpecs.bodies("{type: object, properties: {field: {oneOf: [{type: string}]}}}"),
                                                 DiffSpecs.bodies("{type: object, properties: {field: {oneOf: [{type: string}, {type: integer}]}}}"))
        #expect(undiscriminated.map { "\($0.rule) \($0.level)" }.sorted() == ["request-one-of-alternative-added info", "response-one-of-alternative-added breaking"])
        // The enum is closed once no alternative takes any string.
        let closed = try DiffSpecs.diff(DiffSpecs.bodies("{type: object, properties: {field: {anyOf: [{type: string, maxLength: 3}, {type: string, enum: [gpt-4]}]}}}"),
                                        DiffSpecs.bodies("{type: object, properties: {field: {anyOf: [{type: string, maxLength: 3}, {type: string, enum: [gpt-4, gpt-5]}]}}}"))
        #expect(closed.map(\.rule).sorted() == ["request-enum-value-added", "response-enum-value-added"])
    }

    /// Schema changes asserted by their own tests rather than by `cases` (more than one finding).
    static let testedElsewhere = ["one-of-overlap-added"]

    /// oneOf wants exactly one match: alternatives that can both match one value reject it. Told
    /// from types, constants and required properties; a discriminator says which applies.
    @Test func overlappingAlternatives() throws {
        func findings(_ old: String, _ new: String) throws -> [String] {
            try DiffSpecs.diff(DiffSpecs.bodies("{type: object, properties: {field: \(old)}}"), DiffSpecs.bodies("{type: object, properties: {field: \(new)}}"))
                .map { "\($0.rule) \($0.level)" }.sorted()
        }
        // Two open objects: `{"a": 1, "b": 2}` matches both, and so does `{}` here.
        #expect(try findings("{oneOf: [{$ref: '#/components/schemas/A'}]}", "{oneOf: [{$ref: '#/components/schemas/A'}, {$ref: '#/components/schemas/B'}]}")
            == ["request-one-of-alternative-added info", "request-one-of-overlap-added breaking",
                "response-one-of-alternative-added breaking", "response-one-of-overlap-added info"])
        // The old body now matches both new alternatives.
        #expect(try findings("{type: object, properties: {a: {type: string}}}",
                             "{oneOf: [{type: object, properties: {a: {type: string}}}, {type: object, required: [a], properties: {a: {type: string}}}]}")
            .contains("request-one-of-overlap-added breaking"))
        // Told apart: distinct constants of a required property, types, a closed object.
        let kinds = "{oneOf: [{type: object, required: [kind], properties: {kind: {const: cat}}}, {type: object, required: [kind], properties: {kind: {const: dog}}}]}"
        #expect(try findings("{oneOf: [{type: object, required: [kind], properties: {kind: {const: cat}}}]}", kinds) == ["request-one-of-alternative-added info", "response-one-of-alternative-added breaking"])
        let closed = "{oneOf: [{type: object, additionalProperties: false, properties: {a: {type: string}}}, {type: object, required: [b]}]}"
        #expect(try findings("{oneOf: [{type: object, additionalProperties: false, properties: {a: {type: string}}}]}", closed)
            == ["request-one-of-alternative-added info", "response-one-of-alternative-added breaking"])
        // A discriminator picks the alternative.
        #expect(try findings("{oneOf: [{$ref: '#/components/schemas/A'}], discriminator: {propertyName: a}}",
                             "{oneOf: [{$ref: '#/components/schemas/A'}, {$ref: '#/components/schemas/B'}], discriminator: {propertyName: a}}")
            == ["request-discriminated-alternative-added info", "response-discriminated-alternative-added warning"])
    }

    /// The same meaning, spelled differently: nullability as a union with null, an empty pattern.
    @Test func nullAsAUnionAndAnEmptyPatternReadAsWhatTheyMean() throws {
        let nullable = try DiffSpecs.diff(DiffSpecs.bodies("{type: object, properties: {field: {type: string}}}"),
                                          DiffSpecs.bodies("{type: object, properties: {field: {anyOf: [{type: string}, {type: 'null'}]}}}"))
        #expect(nullable.map { "\($0.rule) \($0.message)" }.sorted()
            == ["request-nullable-added null is now allowed (anyOf with null).", "response-nullable-added null is now allowed (anyOf with null)."])
        let back = try DiffSpecs.diff(DiffSpecs.bodies("{type: object, properties: {field: {anyOf: [{type: string}, {type: 'null'}]}}}"),
                                      DiffSpecs.bodies("{type: object, properties: {field: {type: string}}}"))
        #expect(back.map(\.rule).sorted() == ["request-nullable-removed", "response-nullable-removed"])
        #expect(try DiffSpecs.diff(DiffSpecs.bodies("{type: object, properties: {field: {type: string}}}"),
                                   DiffSpecs.bodies("{type: object, properties: {field: {type: string, pattern: ''}}}")).isEmpty)
    }

    /// A parameter is text on the wire: integer to string accepts all it did; a body's field does not.
    @Test func aParameterBecomingAStringIsSourceOnlyButABodyFieldIsNot() throws {
        let body = try DiffSpecs.diff(DiffSpecs.bodies("{type: object, properties: {field: {type: integer}}}"),
                                      DiffSpecs.bodies("{type: object, properties: {field: {type: string}}}"))
        #expect(body.map(\.rule).sorted() == ["request-type-changed", "response-type-changed"])
        func query(_ schema: String) -> String {
            DiffSpecs.spec("""
                  /pets:
                    get:
                      parameters: [{name: limit, in: query, schema: \(schema)}]
                      responses: {"204": {description: ok}}
                """)
        }
        let parameter = try DiffSpecs.diff(query("{type: integer}"), query("{type: string}"))
        #expect(parameter.map { "\($0.rule) \($0.level)" } == ["request-parameter-became-string source"])
        // A string with constraints no longer takes every integer: the schema comparison judges it.
        let constrained = try DiffSpecs.diff(query("{type: integer}"), query("{type: string, pattern: '^[a-z]+$'}"))
        #expect(constrained.map(\.rule).contains("request-type-changed"))
    }

    /// `required` on a readOnly property applies to responses only, on a writeOnly one to
    /// requests only: a required readOnly property added breaks no request, and dropping readOnly
    /// from a required property makes requests need it.
    @Test func requiredFollowsReadOnlyAndWriteOnly() throws {
        func findings(_ old: String, _ new: String) throws -> [String] {
            try DiffSpecs.diff(DiffSpecs.bodies(old), DiffSpecs.bodies(new)).map { "\($0.rule) \($0.level)" }.sorted()
        }
        #expect(try findings("{type: object, properties: {a: {type: string}}}",
                             "{type: object, required: [id], properties: {a: {type: string}, id: {type: string, readOnly: true}}}")
            == ["request-property-added info", "response-property-added-required info"])
        #expect(try findings("{type: object, required: [id], properties: {id: {type: string, readOnly: true}}}",
                             "{type: object, required: [id], properties: {id: {type: string}}}")
            == ["request-property-became-required breaking"])
        #expect(try findings("{type: object, properties: {a: {type: string}}}",
                             "{type: object, required: [secret], properties: {a: {type: string}, secret: {type: string, writeOnly: true}}}")
            == ["request-property-added-required breaking", "response-property-added info"])
    }

    /// An `allOf` is the object its parts make: an object split into `allOf: [Core, rest]` with
    /// the same properties and `required`, or a `$ref` wrapped with an annotation-only part, is no
    /// change; a real change inside the split is still found, as itself.
    @Test func allOfIsComparedAsTheObjectItMakes() throws {
        let whole = "{type: object, required: [a], properties: {a: {type: string}, b: {type: integer}}}"
        let split = "{allOf: [{$ref: '#/components/schemas/A'}, {type: object, required: [a], properties: {b: {type: integer}}}]}"
        #expect(try DiffSpecs.diff(DiffSpecs.bodies(whole), DiffSpecs.bodies(split)).isEmpty)
        #expect(try DiffSpecs.diff(DiffSpecs.bodies(split), DiffSpecs.bodies(whole)).isEmpty)
        #expect(try DiffSpecs.diff(DiffSpecs.bodies("{$ref: '#/components/schemas/A'}"),
                                   DiffSpecs.bodies("{allOf: [{$ref: '#/components/schemas/A'}, {description: The A.}]}")).isEmpty)
        let changed = try DiffSpecs.diff(DiffSpecs.bodies(whole),
                                         DiffSpecs.bodies("{allOf: [{$ref: '#/components/schemas/A'}, {type: object, properties: {b: {type: string}}}]}"))
        #expect(changed.map { "\($0.rule) \($0.field)" }.sorted() == [
            "request-property-became-optional request body: a", "request-type-changed request body: b",
            "response-property-became-optional response 200 body: a", "response-type-changed response 200 body: b",
        ])
    }

    /// A schema used only as an allOf part is judged inside the objects its users make: a
    /// property it lost that every user adds back is no change, and a change to what a user
    /// then accepts is reported there (OpenAI's `service_tier` moving out of a shared part).
    @Test func aSharedPartIsJudgedWhereItIsUsed() throws {
        func spec(part: String, response: String) -> String {
            """
            openapi: 3.1.0
            info: {title: T, version: '1'}
            paths:
              /r:
                get:
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Response'}
            components:
              schemas:
                Shared: \(part)
                Response:
                  allOf:
                    - {$ref: '#/components/schemas/Shared'}
                    - \(response)
            """
        }
        let before = spec(part: "{type: object, properties: {model: {type: string}, tier: {type: string, enum: [auto, default]}}}",
                          response: "{type: object, properties: {id: {type: string}}}")
        let moved = spec(part: "{type: object, properties: {model: {type: string}}}",
                         response: "{type: object, properties: {id: {type: string}, tier: {type: string, enum: [auto, default]}}}")
        let movedFindings = try DiffSpecs.diff(before, moved)
        #expect(movedFindings.isEmpty, "\(movedFindings.map(\.message))")
        let widened = spec(part: "{type: object, properties: {model: {type: string}}}",
                           response: "{type: object, properties: {id: {type: string}, tier: {type: string, enum: [auto, default, flex]}}}")
        #expect(try DiffSpecs.diff(before, widened).map { "\($0.rule) \($0.field) \($0.message)" }
            == ["response-enum-value-added schema Response: tier The enum value \"flex\" was added."])
    }

    /// What a removed property breaks depends on the side and on the schema around it.
    @Test func aRemovedPropertyIsJudgedByWhatRelied() throws {
        func levels(_ old: String, _ new: String) throws -> [String] {
            try DiffSpecs.diff(DiffSpecs.bodies(old), DiffSpecs.bodies(new)).map { "\($0.rule) \($0.level)" }.sorted()
        }
        // Optional: clients tolerate its absence; the server ignores it from old clients.
        #expect(try levels("{type: object, properties: {a: {type: string}, b: {type: string}}}", "{type: object, properties: {a: {type: string}}}")
            == ["request-property-removed warning", "response-property-removed warning"])
        // Required: a response client relied on it.
        #expect(try levels("{type: object, required: [b], properties: {b: {type: string}}}", "{type: object}")
            == ["request-required-property-removed warning", "response-required-property-removed breaking"])
        // From a closed schema: old clients that send it now fail; a required one still breaks responses.
        #expect(try levels("{type: object, required: [b], additionalProperties: false, properties: {a: {type: string}, b: {type: string}}}",
                           "{type: object, additionalProperties: false, properties: {a: {type: string}}}")
            == ["request-closed-property-removed breaking", "response-required-property-removed breaking"])
    }

    /// A request default that changes gives clients that omit the value the other behaviour.
    @Test func aRequestDefaultChangeBreaks() throws {
        let findings = try DiffSpecs.diff(DiffSpecs.bodies("{type: object, properties: {order: {type: string, default: ascending}}}"),
                                          DiffSpecs.bodies("{type: object, properties: {order: {type: string, default: descending}}}"))
        #expect(findings.map { "\($0.rule) \($0.level)" }.sorted() == ["request-default-changed breaking", "response-default-changed info"])
    }
}
