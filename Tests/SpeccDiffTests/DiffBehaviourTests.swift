import Foundation
import SpeccDiff
import Testing

/// What the diff must not report, where it reports, and how it prints.
@Suite struct DiffBehaviourTests {
    static let block = """
        openapi: 3.1.0
        info:
          title: Pets
          version: "1"
        paths:
          /pets:
            get:
              operationId: listPets
              responses:
                "200":
                  description: Pets.
                  content:
                    application/json:
                      schema:
                        type: array
                        items:
                          $ref: '#/components/schemas/Pet'
        components:
          schemas:
            Pet:
              type: object
              required: [name]
              properties:
                name: {type: string, maxLength: 20}
                tag: {type: string}
        """

    /// The diff skips comparing what is written the same in both versions, but not where what
    /// it refers to changed: a oneOf spelled the same whose alternatives now overlap, through a
    /// schema that itself only refers to the one that changed, is still reported.
    @Test func anUnchangedSchemaIsComparedWhenWhatItReachesChanged() throws {
        func spec(_ kindOfB: String) -> String {
            DiffSpecs.spec("""
                  /pets:
                    get:
                      operationId: getPet
                      responses:
                        "200":
                          description: The pet.
                          content:
                            application/json:
                              schema: {oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]}
                """, components: """
                    Cat: {type: object, required: [kind], properties: {kind: {const: cat}}}
                    Dog: {allOf: [{$ref: '#/components/schemas/DogShape'}]}
                    DogShape: {type: object, required: [kind], properties: {kind: {const: \(kindOfB)}}}
                """)
        }
        // The const at DogShape, where it changed, and the overlap at the oneOf that did not.
        #expect(try DiffSpecs.diff(spec("dog"), spec("cat")).map(\.rule).sorted() == ["response-const-changed", "response-one-of-overlap-added"])
        // Moved down the file, with nothing else changed: nothing to report.
        #expect(try DiffSpecs.diff(spec("dog"), "\n\n" + spec("dog")).isEmpty)
    }

    @Test func reorderingAndReformattingReportNothing() throws {
        let reordered = """
            components: {schemas: {Pet: {properties: {tag: {type: string}, name: {maxLength: 20, type: string}}, required: [name], type: object}}}
            info: {version: "1", title: Pets}
            openapi: 3.1.0
            paths: {/pets: {get: {responses: {"200": {content: {application/json: {schema: {items: {$ref: '#/components/schemas/Pet'}, type: array}}}, description: "Pets."}}, operationId: listPets}}}
            """
        #expect(try DiffSpecs.diff(Self.block, reordered).isEmpty)
    }

    @Test func aRenamedSchemaWithTheSameShapeIsOnlyASourceChange() throws {
        let renamed = Self.block.replacingOccurrences(of: "schemas/Pet'", with: "schemas/Animal'").replacingOccurrences(of: "    Pet:", with: "    Animal:")
        let findings = try DiffSpecs.diff(Self.block, renamed)
        #expect(findings.map(\.rule) == ["schema-renamed"])
        #expect(findings.first?.level == .source)
        #expect(findings.first?.message == "The schema Pet was renamed to Animal; its shape is unchanged.")
        // A rename that also changes the shape is a removal, an addition and the wire change.
        let reshaped = renamed.replacingOccurrences(of: "maxLength: 20", with: "maxLength: 10")
        #expect(try DiffSpecs.diff(Self.block, reshaped).map(\.rule).sorted() == ["response-max-length-decreased", "schema-added", "schema-removed"])
    }

    @Test func aSharedSchemaChangeIsReportedOnceWhereItIsDefined() throws {
        let twoUses = Self.block + "\n" + """
              Owner:
                type: object
                properties:
                  pets: {type: array, items: {$ref: '#/components/schemas/Pet'}}
            """
        let changed = twoUses.replacingOccurrences(of: "maxLength: 20", with: "maxLength: 30")
        let findings = try DiffSpecs.diff(twoUses, changed)
        #expect(findings.map(\.rule) == ["response-max-length-increased"])
        #expect(findings.first?.operation == nil)
        #expect(findings.first?.field == "schema Pet: name")
        #expect(findings.first?.level == .breaking)
    }

    @Test func aSchemaUsedOnBothSidesIsJudgedOnBoth() throws {
        let both = Self.block.replacingOccurrences(of: "    get:\n", with: """
                post:
                  operationId: addPet
                  requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}
                  responses: {"201": {description: Added.}}
                get:

            """)
        let findings = try DiffSpecs.diff(both, both.replacingOccurrences(of: "maxLength: 20", with: "maxLength: 10"))
        #expect(findings.map { "\($0.level) \($0.rule)" } == ["breaking request-max-length-decreased", "info response-max-length-decreased"])
    }

    /// Stripe's "or the empty string" rewrite: one finding per side, not a type, bound and
    /// composition finding each.
    @Test func wrappingASchemaInAnAnyOfIsOneChange() throws {
        let plain = DiffSpecs.bodies("{type: object, properties: {field: {type: string, maxLength: 5000}}}")
        let wrapped = DiffSpecs.bodies("{type: object, properties: {field: {anyOf: [{type: string, maxLength: 5000}, {type: string, enum: ['']}]}}}")
        let widened = try DiffSpecs.diff(plain, wrapped)
        #expect(widened.map { "\($0.level) \($0.rule)" } == ["breaking response-any-of-alternative-added", "info request-any-of-alternative-added"])
        #expect(widened.first?.message == "The schema became one of 2 anyOf alternatives.")
        let narrowed = try DiffSpecs.diff(wrapped, plain)
        #expect(narrowed.map { "\($0.level) \($0.rule)" } == ["breaking request-any-of-alternative-removed", "info response-any-of-alternative-removed"])
        #expect(narrowed.first?.message == "The anyOf of 2 alternatives narrowed to one of them.")
        // Wrapped and changed at once: not the same shape, so each difference is reported.
        let changed = DiffSpecs.bodies("{type: object, properties: {field: {anyOf: [{type: string, maxLength: 100}, {type: string, enum: ['']}]}}}")
        #expect(try DiffSpecs.diff(plain, changed).map(\.rule).contains("request-max-length-removed"))
    }

    /// A scheme no requirement uses can change without breaking anyone.
    @Test func anUnusedSecuritySchemeMayChange() throws {
        let unused = Self.block + "\n  securitySchemes:\n    key: {type: apiKey, in: header, name: X-Key}"
        #expect(try DiffSpecs.diff(unused, unused.replacingOccurrences(of: "X-Key", with: "X-Api-Key")).isEmpty)
    }

    @Test func recursiveSchemasTerminate() throws {
        let tree = """
            openapi: 3.1.0
            info: {title: Trees, version: "1"}
            paths:
              /tree:
                get:
                  responses: {"200": {description: A tree., content: {application/json: {schema: {$ref: '#/components/schemas/Node'}}}}}
            components:
              schemas:
                Node: {type: object, properties: {children: {type: array, items: {$ref: '#/components/schemas/Node'}}, label: {type: string}}}
            """
        let renamed = tree.replacingOccurrences(of: "Node", with: "Vertex").replacingOccurrences(of: "label: {type: string}", with: "label: {type: integer}")
        let findings = try DiffSpecs.diff(tree, renamed)
        #expect(findings.map(\.rule).sorted() == ["response-type-changed", "schema-added", "schema-removed"])
    }

    static let sample: (old: String, new: String) = (
        DiffSpecs.bodies("{type: object, properties: {name: {type: string, maxLength: 10}}}"),
        DiffSpecs.bodies("{type: object, required: [name], properties: {name: {type: string, maxLength: 5}, tag: {type: string}}}")
    )

    @Test func textReportIsLocatedAndSummarised() throws {
        let findings = try DiffSpecs.diff(Self.sample.old, Self.sample.new)
        let text = DiffReport.render(findings, format: .text)
        // The temporary spec's path differs per run; the rest of each line does not.
        let lines = text.split(separator: "\n").map { line in
            line.range(of: ".yaml:").map { String(line[$0.upperBound...]) } ?? String(line)
        }
        #expect(lines == [
            "12:73: breaking: POST /pets request body: name: maxLength decreased from 10 to 5. [request-max-length-decreased]",
            "12:73: breaking: POST /pets request body: name: The property name became required. [request-property-became-required]",
            "12:108: info: POST /pets request body: tag: The optional property tag was added. [request-property-added]",
            "18:75: info: POST /pets response 200 body: name: maxLength decreased from 10 to 5. [response-max-length-decreased]",
            "18:75: info: POST /pets response 200 body: name: The property name became required. [response-property-became-required]",
            "18:110: info: POST /pets response 200 body: tag: The optional property tag was added. [response-property-added]",
            "2 breaking, 0 source, 0 warning, 4 info",
        ])
        #expect(text.hasPrefix("/"))
        #expect(text.contains("spec.yaml:"))
    }

    @Test func markdownAndJSONReports() throws {
        let findings = try DiffSpecs.diff(Self.sample.old, Self.sample.new)
        let markdown = DiffReport.render(findings, format: .markdown)
        #expect(markdown.hasPrefix("### API changes\n\n**2 breaking, 0 source, 0 warning, 4 info**\n\n#### Breaking (2)\n\n| Where | Change | Rule |\n| --- | --- | --- |\n"))
        #expect(markdown.contains("| POST /pets request body: name | maxLength decreased from 10 to 5. | `request-max-length-decreased` |"))
        #expect(markdown.contains("#### Info (4)"))
        #expect(!markdown.contains("#### Warnings"))
        let json = try JSONSerialization.jsonObject(with: Data(DiffReport.render(findings, format: .json).utf8)) as! [String: Any]
        #expect((json["summary"] as? [String: Int]) == ["breaking": 2, "source": 0, "warning": 0, "info": 4])
        let first = try #require((json["findings"] as? [[String: String]])?.first)
        #expect(first["rule"] == "request-max-length-decreased")
        #expect(first["operation"] == "POST /pets")
        #expect(first["field"] == "request body: name")
        #expect(first["newLocation"]?.hasSuffix("spec.yaml:12:73") == true, "\(first)")
        #expect(DiffReport.render([], format: .text) == "No changes.\n")
    }

    @Test func theCatalogueHasEveryTestedRuleAndNoUntestedOnes() {
        let tested = Set((SchemaRuleTests.cases.map(\.change) + SchemaRuleTests.testedElsewhere).flatMap { ["request-" + $0, "response-" + $0] })
            .union(OperationRuleTests.cases.map(\.rule)).union(["schema-renamed"])
        let catalogue = Set(RuleCatalog.all.map(\.id))
        #expect(catalogue.count >= 60)
        #expect(catalogue.subtracting(tested).isEmpty, "untested: \(catalogue.subtracting(tested).sorted())")
        #expect(tested.subtracting(catalogue).isEmpty, "not in the catalogue: \(tested.subtracting(catalogue).sorted())")
    }
}
