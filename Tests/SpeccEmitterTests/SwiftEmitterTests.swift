import Foundation
import SpeccIR
import SpeccPipeline
@testable import SpeccSwift
import Testing

@Suite struct SwiftEmitterTests {
    /// Every generated file: no space before a line break, one line break at the end; text that
    /// is so already comes back unchanged.
    @Test(arguments: [
        ("struct A {}\n", "struct A {}\n"), ("struct A {}", "struct A {}\n"), ("a  \nb \n\n\n", "a\nb\n"),
        ("", "\n"), ("\n", "\n"), ("x \n", "x\n"), ("  \n  y", "\n  y\n"), ("é \nü", "é\nü\n"),
    ])
    func generatedTextIsTrimmed(_ text: String, _ expected: String) {
        #expect(SwiftEmitter.trimmed(Array(text.utf8)) == Array(expected.utf8))
    }

    @Test func onlyPropertiesOnAValueCycleAreBoxed() {
        let boxed = CycleFinder.boxedEdges(structs: [
            ("Node", [("parent", "Node"), ("owner", "User")]),
            ("User", [("manager", "Employee")]),
            ("Employee", [("user", "User"), ("team", nil)]),
            ("Leaf", [("node", "Node")]),
        ])
        #expect(boxed == ["Node.parent", "User.manager", "Employee.user"])
    }

    @Test(arguments: [
        ("class_id", "classId"), ("X-Request-ID", "xRequestID"), ("default", "`default`"), ("ID", "id"),
        ("2fa_enabled", "_2faEnabled"), ("eventLink", "eventLink"), ("apps.secret", "appsSecret"),
    ])
    func memberNames(_ input: String, _ expected: String) {
        #expect(SwiftNames.memberName(input) == expected)
    }

    @Test(arguments: [("event_category", "EventCategory"), ("apps.secret", "AppsSecret"), ("Client", "ClientType"), ("3ds", "_3ds")])
    func typeNames(_ input: String, _ expected: String) {
        #expect(SwiftNames.typeName(input) == expected)
    }

    @Test(arguments: [("X-Request-ID", "x_Request_ID", "X_Request_ID"), ("pet_record", "pet_record", "Pet_record"), ("2fa", "_2fa", "_2fa"),
                      ("default", "`default`", "Default"), ("self", "self_", "SelfType"), ("-", "_value", "_value"), ("Client", "client", "ClientType"),
                      ("Cat", "cat", "Cat")])
    func defensiveNames(_ input: String, _ member: String, _ type: String) {
        SwiftNames.$rules.withValue(NamingRules(strategy: .defensive)) {
            #expect(SwiftNames.memberName(input) == member)
            #expect(SwiftNames.typeName(input) == type)
        }
    }

    @Test func overridesWinOverEitherStrategy() {
        SwiftNames.$rules.withValue(NamingRules(strategy: .defensive, overrides: ["pet_record": "Animal", "default": "fallback"])) {
            #expect(SwiftNames.typeName("pet_record") == "Animal")
            #expect(SwiftNames.memberName("default") == "fallback")
            #expect(SwiftNames.memberName("Other-name") == "other_name")
        }
    }

    /// The client's and the server's files are built on a thread of their own; the run's naming
    /// rules must reach them there as they reach the models.
    @Test func namingRulesReachTheClientAndTheServer() throws {
        let api = try InlineSpec.api("""
            openapi: 3.1.0
            info: {title: T, version: '1'}
            servers: [{url: 'https://{api_region}.example.com', variables: {api_region: {default: eu}}}]
            paths:
              /pets:
                get:
                  operationId: list_pets
                  security: [{api_key: []}, {partner_token: []}]
                  responses: {'204': {description: Done.}}
            components:
              securitySchemes:
                api_key: {type: apiKey, in: header, name: X-Key}
                partner_token: {type: http, scheme: bearer}
            """)
        let (templates, _) = SpeccTemplatingAccess.templates()
        var options = SwiftOptions(outputs: [.types, .client, .server])
        options.naming = NamingRules(strategy: .defensive, overrides: ["partner_token": "partner"])
        let files = SwiftEmitter.emit(api, specName: "t", sourcePath: "t.yaml", templates: templates, options: options)
        let client = try #require(files.first { $0.path == "t/client/Client.swift" }).contents
        #expect(client.contains("func list_pets("))
        #expect(client.contains("static func api_key("), "the defensive strategy keeps the scheme's name")
        #expect(client.contains("static func partner("), "an override names the scheme")
        #expect(client.contains("api_region: String"), "the server variable keeps its name")
        let server = try #require(files.first { $0.path == "t/server/Server.swift" }).contents
        #expect(server.contains("self.list_pets("))
    }

    /// A deprecated schema's type is declared as `_Name`, which generated code uses, so it compiles
    /// without warnings; the app's `Name` is a deprecated alias.
    @Test func deprecatedSchemasAreDeprecatedAliases() throws {
        let api = try InlineSpec.api("""
            openapi: 3.1.0
            info: {title: T, version: '1'}
            components:
              schemas:
                Old: {type: object, deprecated: true, x-sunset: '2027-01-31', properties: {id: {type: string}}}
                Holder: {type: object, properties: {old: {$ref: '#/components/schemas/Old'}}}
            """)
        let (templates, _) = SpeccTemplatingAccess.templates()
        let files = SwiftEmitter.emit(api, specName: "t", sourcePath: "t.yaml", templates: templates, outputs: [.client])
        let old = try #require(files.first { $0.path == "t/models/_Old.swift" }).contents
        #expect(old.contains("public struct _Old: Codable"))
        #expect(old.contains("@available(*, deprecated, message: \"deprecated by the API; sunset 2027-01-31\")\npublic typealias Old = _Old\n"))
        let holder = try #require(files.first { $0.path == "t/models/Holder.swift" }).contents
        #expect(holder.contains("private let _old: _Old?"), "generated code names the declared type")
    }

    /// The inline types only operations use go in a file per operation in the folder layout, each
    /// with the operation that first needs it (a shared one is declared once); named schemas keep
    /// their own files, and the bundle holds all of them.
    @Test func operationTypesAreAFilePerOperation() throws {
        let api = try InlineSpec.api("""
            openapi: 3.1.0
            info: {title: T, version: '1'}
            paths:
              /pets:
                post:
                  operationId: createPet
                  requestBody:
                    content:
                      application/json:
                        schema: {type: object, properties: {name: {type: string}, kind: {type: string, enum: [cat, dog]}}}
                  responses:
                    '200':
                      description: made
                      content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}
                get:
                  operationId: listPets
                  parameters:
                  - {name: order, in: query, schema: {type: string, enum: [asc, desc]}}
                  responses:
                    '200': {description: the pets, content: {application/json: {schema: {type: object, properties: {pets: {type: array, items: {$ref: '#/components/schemas/Pet'}}}}}}}
            components:
              schemas:
                Pet: {type: object, properties: {tag: {type: object, properties: {label: {type: string}}}}}
                ListPets: {type: array, items: {$ref: '#/components/schemas/Pet'}}
                Server: {type: string}
            """)
        let (templates, _) = SpeccTemplatingAccess.templates()
        let folders = SwiftEmitter.emit(api, specName: "t", sourcePath: "t.yaml", templates: templates, outputs: [.client, .server])
        let models = folders.filter { $0.path.hasPrefix("t/models/") }.map(\.path).sorted()
        #expect(models == ["t/models/APIProtocol.swift", "t/models/ListPets.swift", "t/models/Pet.swift", "t/models/Server_2.swift",
                           "t/models/operations/CreatePet.swift", "t/models/operations/ListPets_2.swift"])
        // One module: SwiftPM refuses two files of one base name, whatever their folders.
        let baseNames = folders.map { $0.path.split(separator: "/").last!.lowercased() }
        #expect(Set(baseNames).count == baseNames.count)
        let create = try #require(folders.first { $0.path == "t/models/operations/CreatePet.swift" }).contents
        #expect(create.contains("public struct CreatePetBody: Codable") && create.contains("public enum CreatePetBodyKind:"))
        #expect(!create.contains("ListPets"))
        let list = try #require(folders.first { $0.path == "t/models/operations/ListPets_2.swift" }).contents
        #expect(list.contains("public enum ListPetsOrder:") && list.contains("public struct ListPetsOkBody:"))
        #expect(list.hasPrefix("// Generated by specc from t.yaml. Do not edit.\n\nimport Foundation\n"))
        let pet = try #require(folders.first { $0.path == "t/models/Pet.swift" }).contents
        #expect(pet.contains("public struct PetTag:"), "an inline type inside a named schema stays with it")

        let bundle = SwiftEmitter.emit(api, specName: "t", sourcePath: "t.yaml", templates: templates, options: SwiftOptions(layout: .bundle))
        let types = try #require(bundle.first { $0.path == "Types.swift" }).contents
        for name in ["CreatePetBody", "CreatePetBodyKind", "ListPetsOrder", "ListPetsOkBody", "PetTag"] {
            #expect(types.components(separatedBy: " \(name):").count == 2, "\(name) declared once in the bundle")
        }
    }

    /// A callback of two expressions is two endpoints: two path members, two default paths, and
    /// validation keys of their own, so neither request is checked against the other's schema.
    @Test func aCallbackOfTwoExpressionsKeepsThemApart() throws {
        let api = try InlineSpec.api("""
            openapi: 3.1.0
            info: {title: T, version: '1'}
            paths:
              /jobs:
                post:
                  operationId: startJob
                  responses: {'202': {description: Started.}}
                  callbacks:
                    done:
                      '{$request.body#/ok}':
                        post:
                          requestBody: {content: {application/json: {schema: {type: object, required: [result], properties: {result: {type: string}}}}}}
                          responses: {'204': {description: Received.}}
                      '{$request.body#/fail}':
                        post:
                          requestBody: {content: {application/json: {schema: {type: object, required: [error], properties: {error: {type: string}}}}}}
                          responses: {'204': {description: Received.}}
            """)
        let (templates, _) = SpeccTemplatingAccess.templates()
        let files = SwiftEmitter.emit(api, specName: "t", sourcePath: "t.yaml", templates: templates, outputs: [.client])
        let webhooks = try #require(files.first { $0.path == "t/client/Webhooks.swift" }).contents
        #expect(webhooks.contains("public init(done: String = \"/startJob/done\", done2: String = \"/startJob/done2\")"))
        #expect(webhooks.contains("path: paths.done, operationID: \"startJob callback 1 done POST\""))
        #expect(webhooks.contains("path: paths.done2, operationID: \"startJob callback 2 done POST\""))
        let types = try #require(files.first { $0.path == "t/models/APIProtocol.swift" }).contents
        #expect(types.contains("public protocol StartJobCallbacks: Sendable"))
    }

    @Test func namesAreDeduplicatedDeterministically() {
        var scope = NameScope(reserved: ["init"])
        #expect(["name", "name", "init", "`default`", "`default`"].map { scope.claim($0) } == ["name", "name2", "init2", "`default`", "default2"])
    }

    @Test func recursiveSpecsGenerateBoxedProperties() throws {
        let api = try InlineSpec.api("""
            openapi: 3.1.0
            info: {title: T, version: '1'}
            components:
              schemas:
                Node:
                  type: object
                  required: [name]
                  properties:
                    name: {type: string}
                    parent: {$ref: '#/components/schemas/Node'}
                    children: {type: array, items: {$ref: '#/components/schemas/Node'}}
            """)
        let (templates, _) = SpeccTemplatingAccess.templates()
        let files = SwiftEmitter.emit(api, specName: "t", sourcePath: "t.yaml", templates: templates, outputs: [.client, .server])
        let node = try #require(files.first { $0.path == "t/models/Node.swift" }).contents
        #expect(node.contains("@Indirect public var parent: Node?"))
        #expect(node.contains("public let children: [Node]?"), "arrays already break the cycle")
        #expect(node.contains("public let name: String\n"))
    }
}

@Suite struct TemplateLookupTests {
    /// A nil field must render as nothing, never as an enclosing model's field of the same name.
    @Test func nilFieldsDoNotFallThroughToTheEnclosingModel() throws {
        let (templates, _) = SpeccTemplatingAccess.templates()
        let property = PropertyModel(doc: nil, name: "id", type: "String", wrapper: "", binding: "let")
        let model = StructModel(doc: "/// The thing.", name: "Thing", properties: [property], initParameters: "id: String", codingKeys: nil, decoder: nil)
        let file = ModelsFile(header: "// header", access: "public", structs: [model], stringEnums: [], unions: [], aliases: [])
        let text = try #require(templates.render(file, template: "swift/models"))
        #expect(text.components(separatedBy: "/// The thing.").count == 2, "the struct's doc appears once:\n\(text)")
        #expect(text.contains("    public let id: String\n"))
    }
}

/// The build plugin's bundle layout (`Types.swift`, `Client.swift`, `Server.swift`) holds the same
/// declarations as the folder layout, doc comments included.
@Suite struct SwiftBundleLayoutTests {
    @Test func typesKeepEveryDocCommentOfTheFolderLayout() throws {
        let spec = RepositoryFiles.root + "/Specs/strigo-events.yaml"
        let api = try #require(Pipeline.compile(spec: spec).api)
        let templates = try #require(Pipeline.templates(overridesIn: nil).0)
        let bundle = SwiftEmitter.emit(api, specName: "s", sourcePath: "s.yaml", templates: templates, options: SwiftOptions(layout: .bundle))
        let folders = SwiftEmitter.emit(api, specName: "s", sourcePath: "s.yaml", templates: templates, options: SwiftOptions(layout: .folders))
        let types = try #require(bundle.first { $0.path == "Types.swift" }?.contents)
        let modelDocs = folders.filter { $0.path.hasPrefix("s/models/") }.flatMap { Self.docLines($0.contents) }
        #expect(!modelDocs.isEmpty)
        #expect(Self.docLines(types).sorted() == modelDocs.sorted())
        // The first model's doc comment, which a text-editing bundler used to drop.
        #expect(types.contains("/// - Remark: Generated from `#/components/schemas/DeleteResult`."))
        #expect(types.components(separatedBy: "import Foundation").count == 2, "one preamble")

        // Split over files, the same declarations, each file with its own preamble.
        let split = SwiftEmitter.emit(api, specName: "s", sourcePath: "s.yaml", templates: templates, options: SwiftOptions(layout: .bundle(typesFiles: 5)))
        let parts = split.filter { $0.path.hasPrefix("Types_") }
        #expect(parts.map(\.path) == (0..<5).map { "Types_\($0).swift" })
        #expect(parts.flatMap { Self.docLines($0.contents) }.sorted() == modelDocs.sorted())
        for part in parts where part.contents.contains("struct ") || part.contents.contains("enum ") {
            #expect(part.contents.components(separatedBy: "import Foundation").count == 2, "\(part.path) has one preamble")
        }
    }

    static func docLines(_ text: String) -> [String] {
        text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.hasPrefix("///") }
    }
}

/// What the Swift output cannot carry is said, where the spec says it, never dropped silently.
@Suite struct SwiftLimitationsTests {
    @Test func multipartBodiesAreLocatedWarnings() throws {
        let api = try InlineSpec.api("""
            openapi: 3.1.0
            info: {title: T, version: '1'}
            paths:
              /a:
                post:
                  requestBody:
                    content:
                      application/json: {schema: {type: object}}
                      application/xml: {schema: {type: object}}
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json: {schema: {type: object}}
                        application/problem+json: {schema: {type: object}}
                        text/csv: {schema: {type: string}}
              /b:
                put:
                  requestBody:
                    content:
                      multipart/form-data: {schema: {type: object}}
                  responses:
                    '204': {description: ok}
              /c:
                put:
                  requestBody:
                    content:
                      multipart/form-data: {schema: {type: object, properties: {file: {type: string, format: binary}}}}
                      not a media type: {}
                  responses:
                    '204': {description: ok}
            """)
        let rendered = SwiftLimitations.diagnostics(api).map { "\($0.location.line):\($0.location.column) \($0.message)" }
        // Several representations are carried (an enum of them), multipart parts typed by the
        // schema's properties; parts of a schema without any, and a media type that is none, are not.
        #expect(rendered == [
            "21:11 the request body of PUT /b in multipart/form-data: its parts are passed untyped (MultipartRawPart): its schema names no properties to type them by",
            "29:11 the request body of PUT /c in not a media type: it is passed as a raw HTTPBody: 'not a media type' is not a media type (type/subtype)",
        ])
    }
}
