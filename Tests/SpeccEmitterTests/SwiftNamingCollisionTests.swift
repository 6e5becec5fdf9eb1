import Foundation
import SpeccIR
import SpeccPipeline
@testable import SpeccSwift
import Testing

/// Specs whose names collide with each other, with Swift, or with what the client declares.
@Suite struct SwiftNamingCollisionTests {
    static let adversarial = """
        openapi: 3.1.0
        info: {title: Collisions, version: '1'}
        servers: [{url: 'https://example.com/my api'}]
        paths:
          /things/{id}:
            get:
              operationId: getThing
              parameters:
                - {name: id, in: path, required: true, schema: {type: string}}
                - {name: ID, in: query, schema: {type: string}}
                - {name: class, in: header, schema: {type: string}}
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/GetThingResponse'}
        components:
          schemas:
            GetThingResponse: {type: object, properties: {default: {type: string}, '': {type: string}}}
            Authentication: {type: object, properties: {class: {type: string}, Class: {type: integer}}}
            Client: {type: string, enum: ['', '+', undocumented, Undocumented, a-b, a_b]}
            a.b: {type: object, properties: {x: {type: string}}}
            A_B: {type: object, properties: {y: {type: string}}}
            Error: {type: object, properties: {message: {type: string}}}
        """

    static func declaredTypes(_ files: [OutputFile]) -> [String] {
        let pattern = try! NSRegularExpression(pattern: #"^public (?:indirect )?(?:struct|enum|typealias) ([A-Za-z_][A-Za-z0-9_]*)"#, options: .anchorsMatchLines)
        return files.flatMap { file in
            pattern.matches(in: file.contents, range: NSRange(file.contents.startIndex..., in: file.contents)).map {
                String(file.contents[Range($0.range(at: 1), in: file.contents)!])
            }
        }
    }

    @Test func everyDeclaredTypeIsUnique() throws {
        let api = try InlineSpec.api(Self.adversarial)
        let (templates, _) = SpeccTemplatingAccess.templates()
        let files = SwiftEmitter.emit(api, specName: "c", sourcePath: "c.yaml", templates: templates, outputs: [.client, .server])
        let names = Self.declaredTypes(files)
        #expect(Set(names).count == names.count, "duplicates in \(names.sorted())")
        #expect(names.contains("Authentication") && names.contains("AuthenticationType"))
        #expect(names.contains("ClientType") && names.contains("GetThingResponse") && names.contains("GetThingResponse2"))
        let paths = files.map { $0.path.lowercased() }
        #expect(Set(paths).count == paths.count, "file names collide on a case-insensitive file system")
        let client = try #require(files.first { $0.path.hasSuffix("Client.swift") }).contents
        #expect(client.contains(#"URL(string: "https://example.com/my%20api")!"#))
        #expect(client.contains("public func getThing(id: String, id2: String? = nil, `class`: String? = nil)"))
    }

    @Test(arguments: ["oai-examples/petstore-expanded.yaml", "oai-examples/uspto.yaml", "oai-examples/link-example.yaml", "stripe/spec3.yaml"])
    func corpusClientsDeclareEachTypeOnce(_ spec: String) throws {
        let api = try #require(Pipeline.compile(spec: CorpusDocsTests.corpus + "/" + spec).api)
        let (templates, _) = SpeccTemplatingAccess.templates()
        let names = Self.declaredTypes(SwiftEmitter.emit(api, specName: "c", sourcePath: spec, templates: templates, outputs: [.client, .server]))
        #expect(Set(names).count == names.count)
    }
}
