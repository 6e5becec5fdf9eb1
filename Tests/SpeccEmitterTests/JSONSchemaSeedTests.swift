import Foundation
import SpeccIR
import SpeccJSONSchema
import SpeccPipeline
import Testing

/// The committed schemas under `Generated/<spec>/schemas/`, checked by python-jsonschema.
@Suite struct JSONSchemaSeedTests {
    static let specs = ["losant-events", "utilityapi-events", "strigo-events", "secoda-events", "notification-events"]

    static func schemasFolder(_ spec: String) -> String { RepositoryFiles.root + "/Generated/\(spec)/schemas" }

    @Test(arguments: specs)
    func everySchemaPassesTheMetaschema(_ spec: String) throws {
        let report = try SchemaChecker.run(root: Self.schemasFolder(spec), metaschema: true)
        #expect(report.metaschema.isEmpty, "\(report.metaschema)")
    }

    /// Every example body in the spec (the seed page's examples) validates against its schema.
    @Test(arguments: specs)
    func everyExampleBodyValidates(_ spec: String) throws {
        let checks = try Self.exampleChecks(spec)
        #expect(!checks.isEmpty)
        let report = try SchemaChecker.run(root: Self.schemasFolder(spec), metaschema: false, checks: checks)
        for (check, result) in zip(checks, report.checks) {
            #expect(result.ok, "\(check.label): \(result.detail)")
        }
    }

    /// The one-file layout: `bundle.json` alone, passing the metaschema, and judging every example
    /// and every mutated body as the per-file documents do, each at its `$defs` entry.
    @Test(arguments: specs)
    func theBundleJudgesEveryBodyAsTheFilesDo(_ spec: String) throws {
        let api = try #require(Pipeline.compile(spec: RepositoryFiles.root + "/Specs/\(spec).yaml").api)
        let files = JSONSchemaEmitter.emit(api, specName: spec, layout: .bundle)
        #expect(files.map(\.path) == ["\(spec)/schemas/bundle.json"])
        let checks = try (Self.exampleChecks(spec) + Self.mutations.filter { $0.spec == spec }.map(\.check)).map { check in
            var inBundle = check
            inBundle.schema = try Self.bundleLocation(of: check.schema)
            return inBundle
        }
        let report = try SchemaChecker.run(root: try InlineSpec.write(files) + "/\(spec)/schemas", metaschema: true, checks: checks)
        #expect(report.metaschema.isEmpty, "\(report.metaschema)")
        for (check, result) in zip(checks, report.checks) {
            #expect(result.ok, "\(check.label) in the bundle: expected \(check.expect), got \(result.detail)")
        }
    }

    /// `components/Event.json#/properties/x` → `bundle.json#/$defs/components/$defs/Event/properties/x`.
    static func bundleLocation(of schema: String) throws -> String {
        let (file, pointer) = (schema.split(separator: "#", maxSplits: 1).first.map(String.init) ?? schema,
                               schema.split(separator: "#", maxSplits: 1).dropFirst().first.map(String.init) ?? "")
        let parts = file.split(separator: "/")
        try #require(parts.count == 2 && parts[1].hasSuffix(".json"))
        return "bundle.json#/$defs/\(parts[0])/$defs/\(parts[1].dropLast(".json".count))\(pointer)"
    }

    /// A check per example the spec gives for a body or a schema, each expected valid.
    static func exampleChecks(_ spec: String) throws -> [SchemaChecker.Check] {
        let api = try #require(Pipeline.compile(spec: RepositoryFiles.root + "/Specs/\(spec).yaml").api)
        var checks: [SchemaChecker.Check] = []
        for operation in api.operations {
            let stem = try #require(operation.operationId)
            for media in operation.requestBody?.content ?? [] {
                for example in media.examples {
                    guard let value = example.value else { continue }
                    checks.append(.init(schema: "operations/\(stem).request.json", instance: value, expect: "valid", label: "\(stem) request"))
                }
            }
            for response in operation.responses {
                for media in response.content {
                    for example in media.examples {
                        guard let value = example.value else { continue }
                        checks.append(.init(schema: "operations/\(stem).response.\(response.status.key).json", instance: value, expect: "valid",
                                            label: "\(stem) \(response.status.key)"))
                    }
                }
            }
        }
        for name in api.schemaNames {
            let schema = try #require(api.schemas[name])
            for example in schema.examples ?? [] {
                checks.append(.init(schema: "components/\(name).json", instance: example, expect: "valid", label: name))
            }
            for property in schema.object?.properties ?? [] {
                guard case .inline(let inline) = property.schema else { continue }
                let pointer = property.name.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
                for example in inline.examples ?? [] {
                    checks.append(.init(schema: "components/\(name).json#/properties/\(pointer)", instance: example, expect: "valid",
                                        label: "\(name).\(property.name)"))
                }
            }
        }
        return checks
    }

    static let strigoEvent: JSONValue = .object([
        JSONMember("name", .string("My Event")), JSONMember("owner", .string("me@strigo.io")),
        JSONMember("class_id", .string("hd3ALTaLAbhfzmBbf")), JSONMember("date_start", .string("2018-09-20T11:00:00.000Z")),
        JSONMember("date_end", .string("2018-10-30T13:00:00.000Z")),
    ])

    static func replacing(_ key: String, with value: JSONValue?, in object: JSONValue) -> JSONValue {
        guard case .object(var members) = object else { return object }
        members.removeAll { $0.key == key }
        if let value { members.append(JSONMember(key, value)) }
        return .object(members)
    }

    /// Bodies a client might really send wrong, each failing for the reason a user would expect.
    static let mutations: [(spec: String, check: SchemaChecker.Check)] = [
        ("strigo-events", .init(schema: "operations/createEvent.request.json", instance: strigoEvent, expect: "valid", label: "the page's body")),
        ("strigo-events", .init(schema: "operations/createEvent.request.json",
                                instance: replacing("name", with: .string(String(repeating: "n", count: 256)), in: strigoEvent),
                                expect: "valid", label: "a 256-character name is at the limit")),
        ("strigo-events", .init(schema: "operations/createEvent.request.json",
                                instance: replacing("name", with: .string(String(repeating: "n", count: 257)), in: strigoEvent),
                                expect: "maxLength", label: "a 257-character name")),
        ("strigo-events", .init(schema: "operations/createEvent.request.json", instance: replacing("class_id", with: nil, in: strigoEvent),
                                expect: "required", label: "missing class_id")),
        ("strigo-events", .init(schema: "operations/createEvent.request.json",
                                instance: replacing("include_chat", with: .string("yes"), in: strigoEvent), expect: "type", label: "include_chat as a string")),
        ("strigo-events", .init(schema: "operations/getEvent.response.200.json",
                                instance: .object([JSONMember("availability", .string("secret"))]), expect: "enum", label: "unknown availability")),
        ("strigo-events", .init(schema: "operations/modifyEvent.request.json",
                                instance: .object([JSONMember("description", .string(String(repeating: "d", count: 65537)))]),
                                expect: "maxLength", label: "a 65,537-character description")),
        ("utilityapi-events", .init(schema: "operations/updateEvent.request.json",
                                    instance: .object([JSONMember("is_delivered", .string("true"))]), expect: "type", label: "is_delivered as a string")),
        ("losant-events", .init(schema: "operations/deleteEvent.response.200.json",
                                instance: .object([JSONMember("success", .bool(false))]), expect: "const", label: "success must be true")),
        ("notification-events", .init(schema: "operations/triggerEvent.request.json",
                                      instance: .object([JSONMember("context", .string("not an object"))]), expect: "type", label: "context as a string")),
        ("secoda-events", .init(schema: "operations/updateEvent.request.json",
                                instance: .object([JSONMember("teams", .string("e8ac09ed"))]), expect: "type", label: "teams as a string")),
    ]

    @Test(arguments: specs)
    func mutatedBodiesFailForTheExpectedReason(_ spec: String) throws {
        let checks = Self.mutations.filter { $0.spec == spec }.map(\.check)
        try #require(!checks.isEmpty)
        let report = try SchemaChecker.run(root: Self.schemasFolder(spec), metaschema: false, checks: checks)
        for (check, result) in zip(checks, report.checks) {
            #expect(result.ok, "\(check.label): expected \(check.expect), got \(result.detail)")
        }
    }
}
