import SpeccIR
import Testing

/// What each part of a multipart body carries, decided once in the IR: its media type from the
/// `encoding` map or OpenAPI's defaults, and how often it may appear.
@Suite struct MultipartPartsTests {
    static let spec = """
        openapi: 3.1.0
        info: {title: T, version: '1'}
        paths:
          /a:
            post:
              requestBody:
                content:
                  multipart/form-data:
                    schema:
                      allOf:
                        - {$ref: '#/components/schemas/Base'}
                        - type: object
                          required: [tags]
                          properties:
                            file: {type: string, format: binary}
                            audio: {type: string, contentMediaType: audio/wav}
                            encoded: {type: string, contentEncoding: base64}
                            count: {type: integer}
                            flag: {type: boolean}
                            mode: {enum: [a, b]}
                            meta: {type: object}
                            tags: {type: array, items: {type: string}}
                            files: {type: array, items: {type: string, format: binary}}
                            grid: {type: array, items: {type: array, items: {type: integer}}}
                            custom: {type: string}
                            model: {anyOf: [{type: string}, {type: string, enum: [whisper-1]}]}
                            strategy: {anyOf: [{type: string, enum: [auto]}, {type: object}]}
                            optionalFile: {anyOf: [{type: string, format: binary}, {type: 'null'}]}
                            image: {anyOf: [{type: string, format: binary}, {type: array, items: {type: string, format: binary}}]}
                            config: {type: string, contentMediaType: application/json}
                            anything: {type: array}
                            seed: {anyOf: [{type: integer}, {type: 'null'}]}
                    encoding:
                      custom: {contentType: 'application/xml, text/xml', headers: {X-Rate: {schema: {type: integer}}}}
              responses:
                '204': {description: ok}
        components:
          schemas:
            Base:
              type: object
              required: [name]
              properties:
                name: {type: string}
        """

    @Test func eachPartHasItsMediaTypeAndMultiplicity() throws {
        let api = try #require(try Fixtures.compile(yaml: Self.spec).api)
        let media = try #require(api.operations.first?.requestBody?.content.first)
        let parts = try #require(api.multipartParts(of: media, direction: .request))
        let summary = parts.map { "\($0.name) \($0.contentType) \($0.kind) \($0.multiplicity)" }
        // The allOf parts' properties in order: Base's first.
        #expect(summary == [
            "name text/plain text exactlyOnce",
            "file application/octet-stream binary atMostOnce",
            "audio audio/wav binary atMostOnce",
            "encoded application/octet-stream binary atMostOnce",
            "count text/plain text atMostOnce",
            "flag text/plain text atMostOnce",
            "mode text/plain text atMostOnce",
            "meta application/json json atMostOnce",
            "tags text/plain text atLeastOnce",
            "files application/octet-stream binary anyNumber",
            "grid application/json json anyNumber",
            "custom application/xml text atMostOnce",
            // A union of primitives is text (OpenAI's model names); one with an object is JSON.
            "model text/plain text atMostOnce",
            "strategy application/json json atMostOnce",
            // Through null branches (FastAPI's optional file) and a value-or-array union (OpenAI's image).
            "optionalFile application/octet-stream binary atMostOnce",
            "image application/octet-stream binary anyNumber",
            // A string holding JSON is sent as the text it is.
            "config application/json text atMostOnce",
            "anything application/json json anyNumber",
            "seed text/plain text atMostOnce",
        ])
        #expect(parts.first { $0.name == "custom" }?.headers.map(\.name) == ["X-Rate"])
        #expect(api.multipartAllowsUnknownParts(media))
    }

    /// One operation whose request body has `content` (YAML, as under `content:`).
    static func api(content: String) throws -> API {
        let indented = content.split(separator: "\n", omittingEmptySubsequences: false).map { "              " + $0 }.joined(separator: "\n")
        return try #require(try Fixtures.compile(yaml: """
            openapi: 3.1.0
            info: {title: T, version: '1'}
            paths:
              /a:
                post:
                  requestBody:
                    content:
            \(indented)
                  responses:
                    '204': {description: ok}
            """).api)
    }

    /// `required` binds a readOnly part in responses only, a writeOnly one in requests only.
    @Test func requiredFollowsReadOnlyAndWriteOnly() throws {
        let api = try Self.api(content: """
            multipart/form-data:
              schema:
                type: object
                required: [id, secret, file]
                properties:
                  id: {type: string, readOnly: true}
                  secret: {type: string, writeOnly: true}
                  file: {type: string, format: binary}
            """)
        let media = try #require(api.operations.first?.requestBody?.content.first)
        func multiplicities(_ direction: BodyDirection) -> [String] {
            (api.multipartParts(of: media, direction: direction) ?? []).map { "\($0.name) \($0.multiplicity)" }
        }
        #expect(multiplicities(.request) == ["id atMostOnce", "secret exactlyOnce", "file exactlyOnce"])
        #expect(multiplicities(.response) == ["id exactlyOnce", "secret atMostOnce", "file exactlyOnce"])
    }

    @Test func aClosedSchemaTakesNoOtherPartsAndABodyWithoutPropertiesHasNoTypedParts() throws {
        let api = try Self.api(content: """
            multipart/form-data: {schema: {type: object, additionalProperties: false, properties: {a: {type: string}}}}
            multipart/mixed: {schema: {type: object}}
            application/json: {schema: {type: object, properties: {a: {type: string}}}}
            """)
        let content = try #require(api.operations.first?.requestBody?.content)
        #expect(!api.multipartAllowsUnknownParts(content[0]))
        #expect(api.multipartParts(of: content[1], direction: .request) == nil)
        #expect(api.multipartParts(of: content[2], direction: .request) == nil, "only multipart bodies have parts")
    }
}
