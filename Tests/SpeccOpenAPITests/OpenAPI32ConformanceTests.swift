import SpeccDiagnostics
import Testing

/// Small OpenAPI 3.2 documents, each built from one MUST or one field's stated constraint in the
/// OpenAPI 3.2.0 text. `section` names the heading of the text the case comes from (the object,
/// then the field or subsection). A valid case must compile without an error or a warning; an
/// invalid one must report an error on `line`, counted from 1 at the first line of its `yaml`.
@Suite struct OpenAPI32ConformanceTests {
    struct Valid: Sendable, CustomTestStringConvertible {
        let name: String
        let section: String
        let yaml: String
        var testDescription: String { name }
    }

    struct Invalid: Sendable, CustomTestStringConvertible {
        let name: String
        let section: String
        let line: Int
        let yaml: String
        var testDescription: String { "\(name) (line \(line))" }
    }

    // MARK: - Documents that must validate

    static let valid: [Valid] = [
        Valid(name: "version-3.2.0", section: "OpenAPI Object: openapi", yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /a:
                get:
                  operationId: a
                  responses:
                    '200':
                      description: ok
            """),
        Valid(name: "version-3.2.1", section: "Versions and Deprecation", yaml: """
            openapi: 3.2.1
            info: {title: T, version: '1'}
            paths:
              /a:
                get:
                  operationId: a
                  responses:
                    '200':
                      description: ok
            """),
        Valid(name: "self-absolute", section: "OpenAPI Object: $self", yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            $self: https://example.com/api/openapi
            paths:
              /a:
                get:
                  operationId: a
                  responses:
                    '200':
                      description: ok
            """),
        Valid(name: "self-relative", section: "Resolving Relative `$self` and `$id`", yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            $self: /api/openapi
            paths:
              /a:
                get:
                  operationId: a
                  responses:
                    '200':
                      description: ok
            """),
        Valid(name: "tag-tree-three-levels", section: "Tag Object: parent, kind, summary", yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            tags:
              - name: store
                summary: Store
                kind: nav
              - name: pets
                summary: Pets
                parent: store
                kind: nav
              - name: cats
                summary: Cats
                parent: pets
                kind: nav
            paths:
              /cats:
                get:
                  operationId: listCats
                  tags: [cats]
                  responses:
                    '200':
                      description: ok
            """),
        Valid(name: "tag-parent-declared-later", section: "Tag Object Example", yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            tags:
              - name: partner
                summary: Partner
                parent: external
                kind: audience
              - name: external
                summary: External
                kind: audience
              - name: beta
                kind: badge
            paths:
              /a:
                get:
                  operationId: a
                  tags: [partner, beta]
                  responses:
                    '200':
                      description: ok
            """),
        Valid(name: "query-operation-with-body", section: "Path Item Object: query", yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /pets/search:
                query:
                  operationId: searchPets
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema:
                          type: object
                          properties:
                            name: {type: string}
                  responses:
                    '200':
                      description: ok
            """),
        Valid(name: "query-beside-get-with-path-parameter", section: "Path Item Object: query", yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /stores/{storeId}/items:
                parameters:
                  - name: storeId
                    in: path
                    required: true
                    schema: {type: string}
                get:
                  operationId: listItems
                  responses:
                    '200':
                      description: ok
                query:
                  operationId: queryItems
                  requestBody:
                    content:
                      text/plain:
                        schema: {type: string}
                  responses:
                    '200':
                      description: ok
            """),
        Valid(name: "additional-operation-copy", section: "Path Item Object: additionalOperations", yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /files/{id}:
                parameters:
                  - name: id
                    in: path
                    required: true
                    schema: {type: string}
                additionalOperations:
                  COPY:
                    operationId: copyFile
                    responses:
                      '201':
                        description: copied
            """),
        Valid(name: "additional-operations-link-purge", section: "Path Item Object: additionalOperations", yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /pages:
                get:
                  operationId: getPages
                  responses:
                    '200':
                      description: ok
                additionalOperations:
                  LINK:
                    operationId: linkPages
                    responses:
                      '204':
                        description: linked
                  PURGE:
                    operationId: purgePages
                    responses:
                      '204':
                        description: purged
            """),
        Valid(name: "querystring-form-object", section: "Parameter Locations (querystring)", yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /search:
                get:
                  operationId: search
                  parameters:
                    - name: filter
                      in: querystring
                      content:
                        application/x-www-form-urlencoded:
                          schema:
                            type: object
                            properties:
                              q: {type: string}
                              limit: {type: integer}
                  responses:
                    '200':
                      description: ok
            """),
        Valid(name: "querystring-on-path-item", section: "Extending Support for Querystring Formats", yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /find:
                parameters:
                  - name: raw
                    in: querystring
                    content:
                      text/plain:
                        schema: {type: string}
                get:
                  operationId: find
                  parameters:
                    - name: X-Trace
                      in: header
                      schema: {type: string}
                  responses:
                    '200':
                      description: ok
            """),
        Valid(name: "querystring-with-path-parameter", section: "Parameter Locations (querystring)", yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /users/{id}/events:
                get:
                  operationId: userEvents
                  parameters:
                    - name: id
                      in: path
                      required: true
                      schema: {type: string}
                    - name: selector
                      in: querystring
                      content:
                        application/json:
                          schema: {type: object}
                  responses:
                    '200':
                      description: ok
            """),
        Valid(name: "querystring-overridden-by-operation", section: "Operation Object: parameters", yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /find:
                parameters:
                  - name: raw
                    in: querystring
                    content:
                      text/plain:
                        schema: {type: string}
                get:
                  operationId: find
                  parameters:
                    - name: raw
                      in: querystring
                      content:
                        application/x-www-form-urlencoded:
                          schema: {type: object}
                  responses:
                    '200':
                      description: ok
            """),
        Valid(name: "style-cookie-in-cookie", section: "Parameter Object: Style Values (cookie)", yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /a:
                get:
                  operationId: a
                  parameters:
                    - name: prefs
                      in: cookie
                      style: cookie
                      explode: true
                      schema:
                        type: object
                        properties:
                          theme: {type: string}
                  responses:
                    '200':
                      description: ok
            """),
        Valid(name: "sse-item-schema-only", section: "Media Type Object: itemSchema; Special Considerations for Server-Sent Events", yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /events:
                get:
                  operationId: events
                  responses:
                    '200':
                      description: events
                      content:
                        text/event-stream:
                          itemSchema:
                            type: object
                            required: [data]
                            properties:
                              data: {type: string}
                              event: {type: string}
            """),
        Valid(name: "jsonl-item-schema", section: "Streaming Sequential Media Types", yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /logs:
                get:
                  operationId: logs
                  responses:
                    '200':
                      description: log lines
                      content:
                        application/jsonl:
                          itemSchema:
                            type: object
                            properties:
                              id: {type: integer}
                              text: {type: string}
            """),
        Valid(name: "json-seq-schema-and-item-schema", section: "Streaming Sequential Media Types", yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /records:
                post:
                  operationId: upload
                  requestBody:
                    content:
                      application/json-seq:
                        schema:
                          type: array
                          items: {type: object}
                        itemSchema:
                          type: object
                  responses:
                    '200':
                      description: ok
            """),
        Valid(name: "multipart-mixed-item-encoding", section: "Encoding By Position", yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /batch:
                get:
                  operationId: batch
                  responses:
                    '200':
                      description: parts
                      content:
                        multipart/mixed:
                          itemSchema:
                            type: object
                          itemEncoding:
                            contentType: application/json
            """),
        Valid(name: "multipart-mixed-prefix-encoding", section: "Media Type Object: prefixEncoding", yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /upload:
                post:
                  operationId: upload
                  requestBody:
                    content:
                      multipart/mixed:
                        schema:
                          type: array
                          items: {type: string}
                        prefixEncoding:
                          - contentType: application/json
                          - contentType: image/png
                        itemEncoding:
                          contentType: text/plain
                  responses:
                    '200':
                      description: ok
            """),
        Valid(name: "encoding-nested-item-encoding", section: "Encoding Object: Nested Encoding", yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /upload:
                post:
                  operationId: upload
                  requestBody:
                    content:
                      multipart/form-data:
                        schema:
                          type: object
                          properties:
                            parts:
                              type: array
                              items: {type: string}
                        encoding:
                          parts:
                            contentType: multipart/mixed
                            itemEncoding:
                              contentType: text/plain
                  responses:
                    '200':
                      description: ok
            """),
        Valid(name: "media-type-component-used-twice", section: "Components Object: mediaTypes", yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /pets:
                post:
                  operationId: addPet
                  requestBody:
                    content:
                      application/json:
                        $ref: '#/components/mediaTypes/Pet'
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          $ref: '#/components/mediaTypes/Pet'
            components:
              mediaTypes:
                Pet:
                  schema:
                    type: object
                    properties:
                      name: {type: string}
            """),
        Valid(name: "media-type-component-dotted-name", section: "Components Object: Fixed Fields (key pattern)", yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /events:
                get:
                  operationId: events
                  responses:
                    '200':
                      description: events
                      content:
                        text/event-stream:
                          $ref: '#/components/mediaTypes/my.org.Event-v1_2'
            components:
              mediaTypes:
                my.org.Event-v1_2:
                  itemSchema:
                    type: object
                    properties:
                      data: {type: string}
            """),
        Valid(name: "response-summary-only", section: "Response Object: summary, description", yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /a:
                delete:
                  operationId: deleteA
                  responses:
                    '204':
                      summary: Deleted
            """),
        Valid(name: "response-summary-and-description", section: "Response Object: summary", yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /a:
                get:
                  operationId: a
                  responses:
                    '200':
                      summary: The item
                      description: The item, with all of its fields.
                      content:
                        application/json:
                          schema: {type: object}
            """),
        Valid(name: "example-data-and-serialized", section: "Example Object: dataValue, serializedValue", yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /a:
                get:
                  operationId: a
                  parameters:
                    - name: tags
                      in: query
                      schema:
                        type: array
                        items: {type: string}
                      examples:
                        two:
                          dataValue: [red, blue]
                          serializedValue: tags=red&tags=blue
                  responses:
                    '200':
                      description: ok
            """),
        Valid(name: "example-data-and-external", section: "Example Object: externalValue", yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /a:
                get:
                  operationId: a
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {type: object}
                          examples:
                            big:
                              summary: A large one
                              dataValue: {name: Tom}
                              externalValue: https://example.com/examples/big.json
            """),
        Valid(name: "example-serialized-only", section: "Example Object: serializedValue", yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /report:
                get:
                  operationId: report
                  responses:
                    '200':
                      description: ok
                      content:
                        text/csv:
                          schema: {type: string}
                          examples:
                            rows:
                              serializedValue: "id,name"
            """),
        Valid(name: "discriminator-default-mapping-name", section: "Discriminator Object: defaultMapping", yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            components:
              schemas:
                Pet:
                  oneOf:
                    - $ref: '#/components/schemas/Cat'
                    - $ref: '#/components/schemas/Other'
                  discriminator:
                    propertyName: petType
                    defaultMapping: Other
                Cat:
                  type: object
                  required: [petType]
                  properties:
                    petType: {const: Cat}
                Other:
                  type: object
                  properties:
                    petType: {type: string}
            """),
        Valid(name: "discriminator-default-mapping-ref", section: "Optional Discriminating Property", yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            components:
              schemas:
                Pet:
                  anyOf:
                    - $ref: '#/components/schemas/Cat'
                    - $ref: '#/components/schemas/Other'
                  discriminator:
                    propertyName: petType
                    mapping:
                      cat: '#/components/schemas/Cat'
                    defaultMapping: '#/components/schemas/Other'
                Cat:
                  type: object
                  properties:
                    petType: {type: string}
                Other:
                  type: object
                  properties:
                    petType: {type: string}
            """),
        Valid(name: "discriminator-required-on-carrier", section: "Discriminator Object: propertyName", yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            components:
              schemas:
                Pet:
                  type: object
                  required: [petType]
                  properties:
                    petType: {type: string}
                  oneOf:
                    - $ref: '#/components/schemas/Cat'
                    - $ref: '#/components/schemas/Dog'
                  discriminator:
                    propertyName: petType
                Cat:
                  type: object
                Dog:
                  type: object
            """),
        Valid(name: "discriminator-required-in-every-branch", section: "Discriminator Object: propertyName", yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            components:
              schemas:
                Pet:
                  oneOf:
                    - $ref: '#/components/schemas/Cat'
                    - $ref: '#/components/schemas/Dog'
                  discriminator:
                    propertyName: petType
                Cat:
                  type: object
                  required: [petType]
                  properties:
                    petType: {type: string}
                Dog:
                  type: object
                  required: [petType]
                  properties:
                    petType: {type: string}
            """),
        Valid(name: "oauth-device-flow", section: "OAuth Flows Object: deviceAuthorization", yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            security:
              - device: [read]
            paths:
              /a:
                get:
                  operationId: a
                  responses:
                    '200':
                      description: ok
            components:
              securitySchemes:
                device:
                  type: oauth2
                  flows:
                    deviceAuthorization:
                      deviceAuthorizationUrl: https://example.com/device
                      tokenUrl: https://example.com/token
                      scopes:
                        read: Read access
            """),
        Valid(name: "oauth2-metadata-url-and-deprecated", section: "Security Scheme Object: oauth2MetadataUrl, deprecated", yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            components:
              securitySchemes:
                oauth:
                  type: oauth2
                  oauth2MetadataUrl: https://example.com/.well-known/oauth-authorization-server
                  deprecated: true
                  flows:
                    clientCredentials:
                      tokenUrl: https://example.com/token
                      scopes: {}
            """),
        Valid(name: "api-key-deprecated", section: "Security Scheme Object: deprecated", yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            components:
              securitySchemes:
                legacyKey:
                  type: apiKey
                  name: X-Api-Key
                  in: header
                  deprecated: true
            """),
        Valid(name: "server-names-unique", section: "Server Object: name", yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            servers:
              - url: https://eu.example.com
                name: eu
              - url: https://us.example.com
                name: us
            paths:
              /a:
                get:
                  operationId: a
                  responses:
                    '200':
                      description: ok
            """),
        Valid(name: "server-name-repeated-in-another-list", section: "Server Object: name", yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            servers:
              - url: https://example.com
                name: main
            paths:
              /a:
                servers:
                  - url: https://a.example.com
                    name: main
                get:
                  operationId: a
                  responses:
                    '200':
                      description: ok
            """),
        Valid(name: "xml-node-types", section: "XML Object: nodeType; XML Node Types", yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            components:
              schemas:
                Book:
                  type: object
                  properties:
                    id:
                      type: integer
                      xml:
                        nodeType: attribute
                    title:
                      type: string
                      xml:
                        nodeType: text
                    note:
                      type: string
                      xml:
                        nodeType: cdata
                Books:
                  type: array
                  xml:
                    nodeType: element
                  items:
                    $ref: '#/components/schemas/Book'
            """),
        Valid(name: "reference-summary-description", section: "Reference Object: summary, description", yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /a:
                get:
                  operationId: a
                  parameters:
                    - $ref: '#/components/parameters/Limit'
                      summary: Page size
                      description: How many items to return.
                  responses:
                    '200':
                      $ref: '#/components/responses/Ok'
                      description: The items.
            components:
              parameters:
                Limit:
                  name: limit
                  in: query
                  schema: {type: integer}
              responses:
                Ok:
                  description: ok
            """),
    ]

    // MARK: - Documents that must fail, with the line of the error

    static let invalid: [Invalid] = [
        // OpenAPI Object
        Invalid(name: "version-3.3.0", section: "OpenAPI Object: openapi; Versions and Deprecation", line: 1, yaml: """
            openapi: 3.3.0
            info: {title: T, version: '1'}
            paths: {}
            """),
        Invalid(name: "self-with-space", section: "OpenAPI Object: $self", line: 3, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            $self: https://example.com/my api
            paths: {}
            """),
        Invalid(name: "self-with-braces", section: "OpenAPI Object: $self", line: 3, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            $self: 'https://example.com/{version}/openapi'
            paths: {}
            """),

        // Tag Object and OpenAPI Object tags
        Invalid(name: "tag-parent-unknown", section: "Tag Object: parent", line: 6, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            tags:
              - name: pets
                summary: Pets
                parent: animals
            paths: {}
            """),
        Invalid(name: "tag-own-parent", section: "Tag Object: parent", line: 5, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            tags:
              - name: pets
                parent: pets
            paths: {}
            """),
        Invalid(name: "tag-parent-cycle-two", section: "Tag Object: parent", line: 7, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            tags:
              - name: root
                kind: nav
              - name: a
                parent: b
              - name: b
                parent: a
            paths: {}
            """),
        Invalid(name: "tag-parent-cycle-three", section: "Tag Object: parent", line: 5, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            tags:
              - name: x
                parent: z
              - name: y
                parent: x
              - name: z
                parent: y
            paths: {}
            """),
        Invalid(name: "tag-name-duplicate", section: "OpenAPI Object: tags", line: 6, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            tags:
              - name: pets
                summary: Pets
              - name: pets
            paths: {}
            """),

        // Path Item Object: additionalOperations
        Invalid(name: "additional-post-uppercase", section: "Path Item Object: additionalOperations", line: 6, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /a:
                additionalOperations:
                  POST:
                    operationId: a
                    responses:
                      '200':
                        description: ok
            """),
        Invalid(name: "additional-query-uppercase", section: "Path Item Object: additionalOperations", line: 6, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /a:
                additionalOperations:
                  QUERY:
                    operationId: a
                    responses:
                      '200':
                        description: ok
            """),
        Invalid(name: "additional-get-uppercase", section: "Path Item Object: additionalOperations", line: 11, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /a:
                additionalOperations:
                  COPY:
                    operationId: copyA
                    responses:
                      '200':
                        description: ok
                  GET:
                    operationId: getA
                    responses:
                      '200':
                        description: ok
            """),
        Invalid(name: "additional-key-with-space", section: "Path Item Object: additionalOperations", line: 6, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /a:
                additionalOperations:
                  'MY METHOD':
                    operationId: a
                    responses:
                      '200':
                        description: ok
            """),
        Invalid(name: "additional-key-with-slash", section: "Path Item Object: additionalOperations", line: 11, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /a:
                get:
                  operationId: getA
                  responses:
                    '200':
                      description: ok
                additionalOperations:
                  'A/B':
                    operationId: ab
                    responses:
                      '200':
                        description: ok
            """),
        Invalid(name: "additional-key-with-brace", section: "Path Item Object: additionalOperations", line: 6, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /a:
                additionalOperations:
                  '{COPY}':
                    operationId: a
                    responses:
                      '200':
                        description: ok
            """),

        // Parameter Object: querystring
        Invalid(name: "querystring-with-schema", section: "Parameter Object: Fixed Fields for use with `schema`", line: 10, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /a:
                get:
                  operationId: a
                  parameters:
                    - name: q
                      in: querystring
                      schema:
                        type: string
                      content:
                        text/plain:
                          schema: {type: string}
                  responses:
                    '200':
                      description: ok
            """),
        Invalid(name: "querystring-without-content", section: "Parameter Locations (querystring)", line: 8, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /a:
                get:
                  operationId: a
                  parameters:
                    - name: q
                      in: querystring
                      description: The whole query string.
                  responses:
                    '200':
                      description: ok
            """),
        Invalid(name: "querystring-with-style", section: "Parameter Object: Fixed Fields for use with `schema`", line: 10, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /a:
                get:
                  operationId: a
                  parameters:
                    - name: q
                      in: querystring
                      style: form
                      content:
                        application/x-www-form-urlencoded:
                          schema: {type: object}
                  responses:
                    '200':
                      description: ok
            """),
        Invalid(name: "querystring-with-explode", section: "Parameter Object: Fixed Fields for use with `schema`", line: 10, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /a:
                get:
                  operationId: a
                  parameters:
                    - name: q
                      in: querystring
                      explode: true
                      content:
                        application/x-www-form-urlencoded:
                          schema: {type: object}
                  responses:
                    '200':
                      description: ok
            """),
        Invalid(name: "querystring-with-allow-reserved", section: "Parameter Object: Fixed Fields for use with `schema`", line: 13, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /a:
                get:
                  operationId: a
                  parameters:
                    - name: q
                      in: querystring
                      content:
                        text/plain:
                          schema: {type: string}
                      allowReserved: true
                  responses:
                    '200':
                      description: ok
            """),
        Invalid(name: "querystring-two-media-types", section: "Parameter Object: Fixed Fields for use with `content`", line: 10, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /a:
                get:
                  operationId: a
                  parameters:
                    - name: q
                      in: querystring
                      content: {text/plain: {schema: {type: string}}, application/json: {schema: {type: object}}}
                  responses:
                    '200':
                      description: ok
            """),
        Invalid(name: "querystring-twice-in-operation", section: "Parameter Locations (querystring)", line: 13, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /a:
                get:
                  operationId: a
                  parameters:
                    - name: first
                      in: querystring
                      content:
                        text/plain:
                          schema: {type: string}
                    - name: second
                      in: querystring
                      content:
                        text/plain:
                          schema: {type: string}
                  responses:
                    '200':
                      description: ok
            """),
        Invalid(name: "querystring-in-path-item-and-operation", section: "Parameter Locations (querystring)", line: 14, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /a:
                parameters:
                  - name: first
                    in: querystring
                    content:
                      text/plain:
                        schema: {type: string}
                get:
                  operationId: a
                  parameters:
                    - name: second
                      in: querystring
                      content:
                        text/plain:
                          schema: {type: string}
                  responses:
                    '200':
                      description: ok
            """),
        Invalid(name: "query-and-querystring-in-operation", section: "Parameter Locations (query)", line: 11, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /a:
                get:
                  operationId: a
                  parameters:
                    - name: limit
                      in: query
                      schema: {type: integer}
                    - name: raw
                      in: querystring
                      content:
                        text/plain:
                          schema: {type: string}
                  responses:
                    '200':
                      description: ok
            """),
        Invalid(name: "querystring-in-path-item-query-in-operation", section: "Parameter Locations (query)", line: 14, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /a:
                parameters:
                  - name: raw
                    in: querystring
                    content:
                      text/plain:
                        schema: {type: string}
                get:
                  operationId: a
                  parameters:
                    - name: limit
                      in: query
                      schema: {type: integer}
                  responses:
                    '200':
                      description: ok
            """),
        Invalid(name: "querystring-without-name", section: "Parameter Object: Common Fixed Fields (name)", line: 8, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /a:
                get:
                  operationId: a
                  parameters:
                    - in: querystring
                      content:
                        text/plain:
                          schema: {type: string}
                  responses:
                    '200':
                      description: ok
            """),

        // Parameter Object: style cookie
        Invalid(name: "style-cookie-in-query", section: "Parameter Object: Style Values (cookie)", line: 10, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /a:
                get:
                  operationId: a
                  parameters:
                    - name: q
                      in: query
                      style: cookie
                      schema: {type: string}
                  responses:
                    '200':
                      description: ok
            """),
        Invalid(name: "style-cookie-in-header", section: "Parameter Object: Style Values (cookie)", line: 10, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /a:
                get:
                  operationId: a
                  parameters:
                    - name: X-Prefs
                      in: header
                      style: cookie
                      schema: {type: string}
                  responses:
                    '200':
                      description: ok
            """),

        // Media Type Object and Encoding Object
        Invalid(name: "encoding-then-prefix-encoding", section: "Media Type Object: encoding, prefixEncoding", line: 14, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /a:
                post:
                  operationId: a
                  requestBody:
                    content:
                      multipart/mixed:
                        schema:
                          type: array
                        encoding:
                          a: {contentType: text/plain}
                        prefixEncoding:
                          - contentType: text/plain
                  responses:
                    '200':
                      description: ok
            """),
        Invalid(name: "item-encoding-then-encoding", section: "Media Type Object: encoding, itemEncoding", line: 14, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /a:
                post:
                  operationId: a
                  requestBody:
                    content:
                      multipart/mixed:
                        itemSchema:
                          type: string
                        itemEncoding:
                          contentType: text/plain
                        encoding:
                          a: {contentType: text/plain}
                  responses:
                    '200':
                      description: ok
            """),
        Invalid(name: "prefix-encoding-not-a-list", section: "Media Type Object: prefixEncoding", line: 12, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /a:
                post:
                  operationId: a
                  requestBody:
                    content:
                      multipart/mixed:
                        schema:
                          type: array
                        prefixEncoding: {contentType: text/plain}
                  responses:
                    '200':
                      description: ok
            """),
        Invalid(name: "prefix-encoding-object-schema", section: "Encoding By Position", line: 12, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /a:
                post:
                  operationId: a
                  requestBody:
                    content:
                      multipart/mixed:
                        schema:
                          type: object
                        prefixEncoding:
                          - contentType: text/plain
                  responses:
                    '200':
                      description: ok
            """),
        Invalid(name: "item-encoding-without-schema", section: "Encoding By Position", line: 10, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /a:
                post:
                  operationId: a
                  requestBody:
                    content:
                      multipart/mixed:
                        itemEncoding:
                          contentType: text/plain
                  responses:
                    '200':
                      description: ok
            """),
        Invalid(name: "nested-encoding-and-item-encoding", section: "Encoding Object: Common Fixed Fields (encoding, itemEncoding)", line: 20, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /a:
                post:
                  operationId: a
                  requestBody:
                    content:
                      multipart/form-data:
                        schema:
                          type: object
                          properties:
                            parts:
                              type: array
                        encoding:
                          parts:
                            contentType: multipart/mixed
                            encoding:
                              a: {contentType: text/plain}
                            itemEncoding:
                              contentType: text/plain
                  responses:
                    '200':
                      description: ok
            """),

        // Components Object: mediaTypes
        Invalid(name: "media-type-ref-missing", section: "Components Object: mediaTypes", line: 12, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /a:
                get:
                  operationId: a
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          $ref: '#/components/mediaTypes/Missing'
            components:
              mediaTypes:
                Pet:
                  schema: {type: object}
            """),
        Invalid(name: "media-type-component-bad-name", section: "Components Object: Fixed Fields (key pattern)", line: 5, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            components:
              mediaTypes:
                'Pet/Item':
                  schema: {type: object}
            """),

        // Example Object
        Invalid(name: "example-serialized-value-mapping", section: "Example Object: serializedValue", line: 14, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /a:
                get:
                  operationId: a
                  responses:
                    '200':
                      description: ok
                      content:
                        text/plain:
                          examples:
                            one:
                              serializedValue: {name: Tom}
            """),
        Invalid(name: "example-data-value-then-value", section: "Example Object: dataValue", line: 15, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /a:
                get:
                  operationId: a
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          examples:
                            one:
                              dataValue: {name: Tom}
                              value: {name: Tom}
            """),
        Invalid(name: "example-value-then-serialized-value", section: "Example Object: serializedValue", line: 15, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /a:
                get:
                  operationId: a
                  responses:
                    '200':
                      description: ok
                      content:
                        text/plain:
                          examples:
                            one:
                              value: hello
                              serializedValue: hello
            """),
        Invalid(name: "example-serialized-then-external", section: "Example Object: externalValue", line: 14, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /a:
                get:
                  operationId: a
                  parameters:
                    - name: flag
                      in: query
                      schema: {type: boolean}
                      examples:
                        enabled:
                          serializedValue: flag=true
                          externalValue: https://example.com/flag.txt
                  responses:
                    '200':
                      description: ok
            """),
        Invalid(name: "example-value-then-external", section: "Example Object: value", line: 15, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /a:
                get:
                  operationId: a
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          examples:
                            one:
                              value: {name: Tom}
                              externalValue: https://example.com/one.json
            """),

        // Discriminator Object
        Invalid(name: "default-mapping-unknown-name", section: "Discriminator Object: defaultMapping", line: 10, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            components:
              schemas:
                Pet:
                  oneOf:
                    - $ref: '#/components/schemas/Cat'
                  discriminator:
                    propertyName: petType
                    defaultMapping: Dog
                Cat:
                  type: object
                  properties:
                    petType: {type: string}
            """),
        Invalid(name: "default-mapping-unresolved-ref", section: "Discriminator Object: defaultMapping", line: 10, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            components:
              schemas:
                Pet:
                  oneOf:
                    - $ref: '#/components/schemas/Cat'
                  discriminator:
                    propertyName: petType
                    defaultMapping: '#/components/schemas/Dog'
                Cat:
                  type: object
                  properties:
                    petType: {type: string}
            """),
        Invalid(name: "optional-property-without-default-mapping", section: "Optional Discriminating Property", line: 10, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            components:
              schemas:
                Pet:
                  oneOf:
                    - $ref: '#/components/schemas/Cat'
                    - $ref: '#/components/schemas/Dog'
                  discriminator:
                    propertyName: petType
                Cat:
                  type: object
                  required: [petType]
                  properties:
                    petType: {type: string}
                Dog:
                  type: object
                  properties:
                    petType: {type: string}
            """),
        Invalid(name: "optional-property-anyof-without-default-mapping", section: "Discriminator Object: propertyName", line: 12, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            components:
              schemas:
                Pet:
                  type: object
                  properties:
                    petType: {type: string}
                  anyOf:
                    - $ref: '#/components/schemas/Cat'
                  discriminator:
                    propertyName: petType
                Cat:
                  type: object
            """),

        // Security Scheme Object, OAuth Flows Object, OAuth Flow Object
        Invalid(name: "device-flow-without-device-url", section: "OAuth Flow Object: deviceAuthorizationUrl", line: 9, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            components:
              securitySchemes:
                device:
                  type: oauth2
                  flows:
                    deviceAuthorization:
                      tokenUrl: https://example.com/token
                      scopes: {}
            """),
        Invalid(name: "device-flow-without-token-url", section: "OAuth Flow Object: tokenUrl", line: 9, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            components:
              securitySchemes:
                device:
                  type: oauth2
                  flows:
                    deviceAuthorization:
                      deviceAuthorizationUrl: https://example.com/device
                      scopes: {}
            """),
        Invalid(name: "device-flow-without-scopes", section: "OAuth Flow Object: scopes", line: 9, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            components:
              securitySchemes:
                device:
                  type: oauth2
                  flows:
                    deviceAuthorization:
                      deviceAuthorizationUrl: https://example.com/device
                      tokenUrl: https://example.com/token
            """),
        Invalid(name: "oauth2-metadata-url-relative", section: "Security Scheme Object: oauth2MetadataUrl", line: 7, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            components:
              securitySchemes:
                oauth:
                  type: oauth2
                  oauth2MetadataUrl: /.well-known/oauth-authorization-server
                  flows:
                    clientCredentials:
                      tokenUrl: https://example.com/token
                      scopes: {}
            """),
        Invalid(name: "security-scheme-deprecated-string", section: "Security Scheme Object: deprecated", line: 9, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            components:
              securitySchemes:
                key:
                  type: apiKey
                  name: X-Key
                  in: header
                  deprecated: 'yes'
            """),

        // Server Object
        Invalid(name: "server-name-duplicate", section: "Server Object: name", line: 7, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            servers:
              - url: https://eu.example.com
                name: main
              - url: https://us.example.com
                name: main
            paths: {}
            """),
        Invalid(name: "server-name-duplicate-in-path-item", section: "Server Object: name", line: 9, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /a:
                servers:
                  - url: https://a.example.com
                    name: a
                  - url: https://b.example.com
                    name: a
                get:
                  operationId: a
                  responses:
                    '200':
                      description: ok
            """),

        // XML Object
        Invalid(name: "xml-node-type-unknown", section: "XML Object: nodeType", line: 8, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            components:
              schemas:
                Book:
                  type: object
                  xml:
                    nodeType: node
            """),
        Invalid(name: "xml-node-type-then-attribute", section: "XML Object: attribute", line: 9, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            components:
              schemas:
                Id:
                  type: string
                  xml:
                    nodeType: attribute
                    attribute: true
            """),
        Invalid(name: "xml-wrapped-then-node-type", section: "XML Object: wrapped", line: 10, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            components:
              schemas:
                Books:
                  type: array
                  items: {type: string}
                  xml:
                    wrapped: true
                    nodeType: element
            """),

        // Rules of earlier versions that still hold
        Invalid(name: "path-parameter-not-required", section: "Parameter Object: Common Fixed Fields (required)", line: 10, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /a/{id}:
                get:
                  operationId: a
                  parameters:
                    - name: id
                      in: path
                      required: false
                      schema: {type: string}
                  responses:
                    '200':
                      description: ok
            """),
        Invalid(name: "response-range-6xx", section: "Responses Object: Patterned Fields", line: 10, yaml: """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              /a:
                get:
                  operationId: a
                  responses:
                    '200':
                      description: ok
                    '6XX':
                      description: odd
            """),
    ]

    // MARK: - Tests

    @Test func validTableHasAtLeastTwentyFiveCases() {
        #expect(Self.valid.count >= 25)
        #expect(Set(Self.valid.map(\.name)).count == Self.valid.count, "valid case names must be unique")
    }

    @Test func invalidTableHasAtLeastTwentyFiveCases() {
        #expect(Self.invalid.count >= 25)
        #expect(Set(Self.invalid.map(\.name)).count == Self.invalid.count, "invalid case names must be unique")
        for item in Self.invalid {
            let lines = item.yaml.split(separator: "\n", omittingEmptySubsequences: false).count
            #expect((1...lines).contains(item.line), "\(item.name): line \(item.line) is outside its \(lines)-line document")
        }
    }

    @Test(arguments: valid)
    func validDocumentCompilesCleanly(_ item: Valid) throws {
        let output = try Fixtures.compile(yaml: item.yaml)
        let problems = output.errors + output.warnings
        #expect(problems.isEmpty, "\(item.name) [\(item.section)] must compile without errors or warnings:\n\(Self.listing(output.diagnostics))")
    }

    @Test(arguments: invalid)
    func invalidDocumentReportsErrorOnLine(_ item: Invalid) throws {
        let output = try Fixtures.compile(yaml: item.yaml)
        let onLine = output.errors.filter { $0.location.file == "spec.yaml" && $0.location.line == item.line }
        #expect(!onLine.isEmpty, "\(item.name) [\(item.section)] must report an error on line \(item.line):\n\(Self.listing(output.diagnostics))")
    }

    private static func listing(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.isEmpty ? "(no diagnostics)" : diagnostics.map(\.description).joined(separator: "\n")
    }
}
