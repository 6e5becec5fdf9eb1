import Foundation
import SpeccDiff
import SpeccPipeline
import Testing

/// The diff on OpenAPI 3.2's constructs: custom methods are operations like any other, a
/// stream's `itemSchema` is judged like a body schema on its side of the wire, and an upgrade
/// that only rewrites a spec the 3.2 way changes nothing a client or server notices.
@Suite struct OpenAPI32DiffTests {
    static func spec(_ paths: String, tags: String = "") -> String {
        """
        openapi: 3.2.0
        info: {title: Feed, version: "1"}
        \(tags)
        paths:
        \(paths)
        """
    }

    static let purge = """
          /events/{id}:
            get:
              operationId: getEvent
              parameters: [{name: id, in: path, required: true, schema: {type: string}}]
              responses: {"200": {description: The event.}}
            additionalOperations:
              PURGE:
                operationId: purgeEvent
                parameters: [{name: id, in: path, required: true, schema: {type: string}}]
                responses: {"204": {description: Purged.}}
          /events/search:
            query:
              operationId: searchEvents
              requestBody: {content: {application/json: {schema: {type: object}}}}
              responses: {"200": {description: Matches.}}
        """

    static let plain = """
          /events/{id}:
            get:
              operationId: getEvent
              parameters: [{name: id, in: path, required: true, schema: {type: string}}]
              responses: {"200": {description: The event.}}
        """

    @Test func removingACustomMethodOrAQueryOperationRemovesAnOperation() throws {
        let findings = try DiffSpecs.diff(Self.spec(Self.purge), Self.spec(Self.plain))
        let removed = findings.filter { $0.rule == "operation-removed" }
        #expect(removed.map(\.operation) == ["PURGE /events/{id}", "QUERY /events/search"])
        #expect(removed.allSatisfy { $0.level == .breaking })
        let added = try DiffSpecs.diff(Self.spec(Self.plain), Self.spec(Self.purge))
        #expect(added.filter { $0.rule == "operation-added" }.compactMap(\.operation).sorted() == ["PURGE /events/{id}", "QUERY /events/search"])
    }

    /// A stream whose items are `item`, sent (`POST` body) and received (`GET` response).
    static func streams(_ item: String) -> String {
        spec("""
              /events:
                get:
                  operationId: exportEvents
                  responses:
                    "200": {description: Events., content: {application/jsonl: {itemSchema: \(item)}}}
                post:
                  operationId: importEvents
                  requestBody: {required: true, content: {application/jsonl: {itemSchema: \(item)}}}
                  responses: {"202": {description: Read.}}
            """)
    }

    @Test func anItemSchemaChangeIsJudgedOnItsSideOfTheWire() throws {
        let before = "{type: object, properties: {kind: {type: string, enum: [a, b]}}}"
        let after = "{type: object, properties: {kind: {type: string, enum: [a, b, c]}}}"
        let findings = try DiffSpecs.diff(Self.streams(before), Self.streams(after))
        let levels = Dictionary(findings.map { ($0.rule, $0.level) }, uniquingKeysWith: { first, _ in first })
        // A new value is harmless to what a server reads and news to what a client reads.
        #expect(levels["request-enum-value-added"] == .info)
        #expect(levels["response-enum-value-added"] == .warning)
        let narrowed = try DiffSpecs.diff(Self.streams(after), Self.streams(before))
        #expect(narrowed.contains { $0.rule == "request-enum-value-removed" && $0.level == .breaking })
    }

    /// Where both versions type a stream the same way, `schema` and `itemSchema` are each
    /// compared: a whole-stream bound (`maxItems`) is not lost to the item comparison.
    @Test func bothSchemasOfAStreamAreCompared() throws {
        func spec(_ maxItems: Int, _ kinds: String) -> String {
            Self.spec("""
                  /events:
                    get:
                      operationId: exportEvents
                      responses:
                        "200":
                          description: Events.
                          content:
                            application/jsonl:
                              schema: {type: array, maxItems: \(maxItems)}
                              itemSchema: {type: object, properties: {kind: {type: string, enum: [\(kinds)]}}}
                """)
        }
        let rules = Set(try DiffSpecs.diff(spec(10, "a"), spec(20, "a, b")).map(\.rule))
        #expect(rules == ["response-max-items-increased", "response-enum-value-added"])
    }

    @Test func movingATagInTheTreeIsInfo() throws {
        let old = Self.spec(Self.plain, tags: "tags: [{name: Feed}, {name: Admin}, {name: Events, parent: Feed}]")
        let new = Self.spec(Self.plain, tags: "tags: [{name: Feed}, {name: Admin}, {name: Events, parent: Admin}]")
        let findings = try DiffSpecs.diff(old, new)
        #expect(findings.map(\.rule) == ["tag-parent-changed"])
        #expect(findings.first?.level == .info)
        #expect(findings.first?.message == "The tag 'Events' moved from under 'Feed' to under 'Admin'.")
    }

    /// `Specs/content-kinds.yaml` (3.1) against the same API written the 3.2 way: streams typed
    /// by `itemSchema` (an event stream's item the whole event, its JSON data a `contentSchema`),
    /// response summaries. Nothing breaks, and nothing about the wire is reported at all.
    @Test func aSpecAndItsUpgradeTo3_2DifferOnlyInDocumentation() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let old = Pipeline.compile(spec: repository.appendingPathComponent("Specs/content-kinds.yaml").path)
        let upgradePath = try #require(Bundle.module.path(forResource: "content-kinds-3.2", ofType: "yaml", inDirectory: "Upgrades"))
        let new = Pipeline.compile(spec: upgradePath)
        #expect(!new.hasErrors, "\(Pipeline.render(new.diagnostics))")
        #expect(new.api?.openAPIVersion == "3.2.0")
        let findings = SpecDiff.compare(old: try #require(old.api), new: try #require(new.api), today: "2026-12-01")
        #expect(findings.isEmpty, "\(findings.map { "\($0.rule) \($0.operation ?? "") \($0.field): \($0.message)" })")
    }
}
