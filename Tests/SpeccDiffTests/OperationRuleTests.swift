import SpeccDiff
import Testing

/// Every operation, parameter, body, response, security, server and component rule, each with a
/// pair of small specs.
@Suite struct OperationRuleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let rule: String
        let level: Level
        let old: String
        let new: String
        let message: String
        var testDescription: String { rule }
    }

    static func op(_ extra: String = "", path: String = "/pets/{petId}", method: String = "get", id: String = "getPet",
                   parameters: String = "[{name: petId, in: path, required: true, schema: {type: string}}]",
                   responses: String = "{\"200\": {description: The pet.}}") -> String {
        """
          \(path):
            \(method):
              operationId: \(id)
              parameters: \(parameters)
              responses: \(responses)
        \(extra.split(separator: "\n").map { "      " + $0 }.joined(separator: "\n"))
        """
    }

    static let pet = "[{name: petId, in: path, required: true, schema: {type: string}}"
    static let json = "{application/json: {schema: {$ref: '#/components/schemas/A'}}}"
    static let keyScheme = "  securitySchemes:\n    key: {type: apiKey, in: header, name: X-Key}\n    oauth: {type: oauth2, flows: {clientCredentials: {tokenUrl: 'https://a.test/token', scopes: {read: r, write: w}}}}"

    static func s(_ paths: String, top: String = "", security: Bool = false) -> String {
        DiffSpecs.spec(paths, components: security ? keyScheme : "", top: top)
    }

    static let cases: [Case] = [
        Case(rule: "operation-added", level: .info, old: s(op()), new: s(op() + "\n" + op(method: "delete", id: "deletePet").split(separator: "\n").dropFirst().joined(separator: "\n")),
             message: "The operation was added."),
        Case(rule: "operation-removed", level: .breaking, old: s(op() + "\n" + op(path: "/owners", id: "o", parameters: "[]")), new: s(op()),
             message: "The operation was removed without being deprecated first."),
        Case(rule: "operation-removed-before-sunset", level: .breaking, old: s(op("deprecated: true\nx-sunset: '2099-01-01'") + "\n" + op(path: "/owners", id: "o", parameters: "[]")),
             new: s(op(path: "/owners", id: "o", parameters: "[]")), message: "The deprecated operation was removed before its sunset date 2099-01-01."),
        Case(rule: "sunset-operation-removed", level: .info, old: s(op("deprecated: true\nx-sunset: '2020-01-01'") + "\n" + op(path: "/owners", id: "o", parameters: "[]")),
             new: s(op(path: "/owners", id: "o", parameters: "[]")), message: "The deprecated operation was removed after its sunset date 2020-01-01."),
        Case(rule: "deprecated-operation-removed", level: .warning, old: s(op("deprecated: true") + "\n" + op(path: "/owners", id: "o", parameters: "[]")),
             new: s(op(path: "/owners", id: "o", parameters: "[]")), message: "The deprecated operation was removed; it had no x-sunset date."),
        // An x-sunset that is no date is no sunset: never compared as truncated text.
        Case(rule: "deprecated-operation-removed", level: .warning, old: s(op("deprecated: true\nx-sunset: invalid-date") + "\n" + op(path: "/owners", id: "o", parameters: "[]")),
             new: s(op(path: "/owners", id: "o", parameters: "[]")),
             message: "The deprecated operation was removed; it had no x-sunset date ('invalid-date' is not a YYYY-MM-DD date)."),
        Case(rule: "operation-deprecated", level: .info, old: s(op()), new: s(op("deprecated: true")), message: "The operation was deprecated."),
        Case(rule: "operation-undeprecated", level: .info, old: s(op("deprecated: true")), new: s(op()), message: "The operation is no longer deprecated."),
        Case(rule: "sunset-brought-forward", level: .warning, old: s(op("deprecated: true\nx-sunset: '2099-06-01'")), new: s(op("deprecated: true\nx-sunset: '2099-01-01'")),
             message: "The sunset date moved from 2099-06-01 to 2099-01-01."),
        Case(rule: "operation-id-changed", level: .source, old: s(op()), new: s(op(id: "fetchPet")), message: "The operationId changed from getPet to fetchPet."),
        Case(rule: "path-parameter-renamed", level: .source, old: s(op()),
             new: s(op(path: "/pets/{id}", parameters: "[{name: id, in: path, required: true, schema: {type: string}}]")),
             message: "The path parameter petId was renamed to id."),
        Case(rule: "request-parameter-added-required", level: .breaking, old: s(op()), new: s(op(parameters: pet + ", {name: q, in: query, required: true, schema: {type: string}}]")),
             message: "The required query parameter q was added."),
        Case(rule: "request-parameter-added", level: .info, old: s(op()), new: s(op(parameters: pet + ", {name: q, in: query, schema: {type: string}}]")),
             message: "The optional query parameter q was added."),
        Case(rule: "request-parameter-removed", level: .warning, old: s(op(parameters: pet + ", {name: X-Trace, in: header, schema: {type: string}}]")), new: s(op()),
             message: "The header parameter X-Trace was removed."),
        Case(rule: "request-parameter-became-required", level: .breaking, old: s(op(parameters: pet + ", {name: q, in: query, schema: {type: string}}]")),
             new: s(op(parameters: pet + ", {name: q, in: query, required: true, schema: {type: string}}]")), message: "The parameter q became required."),
        Case(rule: "request-parameter-became-optional", level: .info, old: s(op(parameters: pet + ", {name: q, in: query, required: true, schema: {type: string}}]")),
             new: s(op(parameters: pet + ", {name: q, in: query, schema: {type: string}}]")), message: "The parameter q became optional."),
        Case(rule: "request-parameter-style-changed", level: .breaking, old: s(op(parameters: pet + ", {name: q, in: query, schema: {type: array, items: {type: string}}}]")),
             new: s(op(parameters: pet + ", {name: q, in: query, explode: false, schema: {type: array, items: {type: string}}}]")),
             message: "The serialisation changed from form exploded to form."),
        Case(rule: "request-parameter-became-string", level: .source, old: s(op(parameters: pet + ", {name: q, in: query, schema: {type: integer}}]")),
             new: s(op(parameters: pet + ", {name: q, in: query, schema: {type: string}}]")),
             message: "The parameter q changed from integer to string; every value sent before is still valid."),
        Case(rule: "request-parameter-deprecated", level: .info, old: s(op(parameters: pet + ", {name: q, in: query, schema: {type: string}}]")),
             new: s(op(parameters: pet + ", {name: q, in: query, deprecated: true, schema: {type: string}}]")), message: "The parameter q was deprecated."),
        Case(rule: "request-body-added-required", level: .breaking, old: s(op(method: "put")), new: s(op("requestBody: {required: true, content: \(json)}", method: "put")),
             message: "A required request body was added."),
        Case(rule: "request-body-added", level: .info, old: s(op(method: "put")), new: s(op("requestBody: {content: \(json)}", method: "put")),
             message: "An optional request body was added."),
        Case(rule: "request-body-removed", level: .warning, old: s(op("requestBody: {content: \(json)}", method: "put")), new: s(op(method: "put")),
             message: "The request body was removed."),
        Case(rule: "request-body-became-required", level: .breaking, old: s(op("requestBody: {content: \(json)}", method: "put")),
             new: s(op("requestBody: {required: true, content: \(json)}", method: "put")), message: "The request body became required."),
        Case(rule: "request-body-became-optional", level: .info, old: s(op("requestBody: {required: true, content: \(json)}", method: "put")),
             new: s(op("requestBody: {content: \(json)}", method: "put")), message: "The request body became optional."),
        Case(rule: "request-media-type-added", level: .info, old: s(op("requestBody: {content: \(json)}", method: "put")),
             new: s(op("requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/A'}}, application/xml: {schema: {$ref: '#/components/schemas/A'}}}}", method: "put")),
             message: "The media type application/xml was added."),
        Case(rule: "request-media-type-removed", level: .breaking,
             old: s(op("requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/A'}}, application/xml: {schema: {$ref: '#/components/schemas/A'}}}}", method: "put")),
             new: s(op("requestBody: {content: \(json)}", method: "put")), message: "The media type application/xml was removed."),
        Case(rule: "response-status-added", level: .source, old: s(op()), new: s(op(responses: "{\"200\": {description: The pet.}, \"404\": {description: No such pet.}}")),
             message: "The response 404 was added."),
        Case(rule: "response-success-status-removed", level: .breaking, old: s(op(responses: "{\"200\": {description: The pet.}, \"202\": {description: Later.}}")), new: s(op()),
             message: "The response 202 was removed."),
        Case(rule: "response-status-removed", level: .warning, old: s(op(responses: "{\"200\": {description: The pet.}, \"404\": {description: No such pet.}}")), new: s(op()),
             message: "The response 404 was removed."),
        Case(rule: "response-media-type-added", level: .info, old: s(op(responses: "{\"200\": {description: The pet., content: \(json)}}")),
             new: s(op(responses: "{\"200\": {description: The pet., content: {application/json: {schema: {$ref: '#/components/schemas/A'}}, text/csv: {}}}}")),
             message: "The media type text/csv was added."),
        Case(rule: "response-media-type-removed", level: .breaking, old: s(op(responses: "{\"200\": {description: The pet., content: {application/json: {schema: {$ref: '#/components/schemas/A'}}, text/csv: {}}}}")),
             new: s(op(responses: "{\"200\": {description: The pet., content: \(json)}}")), message: "The media type text/csv was removed."),
        Case(rule: "response-header-added", level: .info, old: s(op()), new: s(op(responses: "{\"200\": {description: The pet., headers: {ETag: {schema: {type: string}}}}}")),
             message: "The header ETag was added."),
        Case(rule: "response-header-removed", level: .warning, old: s(op(responses: "{\"200\": {description: The pet., headers: {ETag: {schema: {type: string}}}}}")), new: s(op()),
             message: "The header ETag was removed."),
        Case(rule: "response-required-header-removed", level: .breaking, old: s(op(responses: "{\"200\": {description: The pet., headers: {ETag: {required: true, schema: {type: string}}}}}")),
             new: s(op()), message: "The required header ETag was removed."),
        Case(rule: "response-header-became-optional", level: .breaking, old: s(op(responses: "{\"200\": {description: The pet., headers: {ETag: {required: true, schema: {type: string}}}}}")),
             new: s(op(responses: "{\"200\": {description: The pet., headers: {etag: {schema: {type: string}}}}}")), message: "The header ETag is no longer always sent."),
        Case(rule: "security-requirement-added", level: .breaking, old: s(op(), security: true), new: s(op("security: [{key: []}]"), security: true),
             message: "Credentials are now required: key."),
        Case(rule: "security-requirement-removed", level: .info, old: s(op("security: [{key: []}]"), security: true), new: s(op(), security: true),
             message: "Credentials are no longer required."),
        Case(rule: "security-alternative-added", level: .info, old: s(op("security: [{key: []}]"), security: true), new: s(op("security: [{key: []}, {oauth: [read]}]"), security: true),
             message: "Authenticating with oauth (read) is now accepted."),
        Case(rule: "security-alternative-removed", level: .breaking, old: s(op("security: [{key: []}, {oauth: [read]}]"), security: true), new: s(op("security: [{key: []}]"), security: true),
             message: "Authenticating with oauth (read) is no longer accepted."),
        Case(rule: "security-scope-added", level: .breaking, old: s(op("security: [{oauth: [read]}]"), security: true), new: s(op("security: [{oauth: [read, write]}]"), security: true),
             message: "Now also required: oauth: write."),
        Case(rule: "security-scope-removed", level: .info, old: s(op("security: [{oauth: [read, write]}]"), security: true), new: s(op("security: [{oauth: [read]}]"), security: true),
             message: "No longer required: oauth: write."),
        Case(rule: "security-scheme-changed", level: .breaking, old: s(op("security: [{key: []}]"), security: true),
             new: DiffSpecs.spec(op("security: [{key: []}]"), components: keyScheme.replacingOccurrences(of: "name: X-Key", with: "name: X-Api-Key")),
             message: "The security scheme changed from apiKey in header X-Key to apiKey in header X-Api-Key."),
        Case(rule: "security-scheme-deprecated", level: .info, old: s(op("security: [{key: []}]"), security: true),
             new: DiffSpecs.spec(op("security: [{key: []}]"), components: keyScheme.replacingOccurrences(of: "name: X-Key}", with: "name: X-Key, deprecated: true}")),
             message: "The security scheme was deprecated: clients should move to another."),
        Case(rule: "tag-parent-changed", level: .info, old: s(op(), top: "tags: [{name: pets}, {name: a}, {name: b, parent: a}]"),
             new: s(op(), top: "tags: [{name: pets}, {name: a}, {name: b, parent: pets}]"), message: "The tag 'b' moved from under 'a' to under 'pets'."),
        Case(rule: "server-added", level: .info, old: s(op(), top: "servers: [{url: 'https://a.test'}]"), new: s(op(), top: "servers: [{url: 'https://a.test'}, {url: 'https://b.test'}]"),
             message: "The server https://b.test was added."),
        Case(rule: "server-removed", level: .warning, old: s(op(), top: "servers: [{url: 'https://a.test'}, {url: 'https://b.test'}]"), new: s(op(), top: "servers: [{url: 'https://a.test'}]"),
             message: "The server https://b.test was removed."),
        Case(rule: "default-server-changed", level: .warning, old: s(op(), top: "servers: [{url: 'https://a.test'}, {url: 'https://b.test'}]"),
             new: s(op(), top: "servers: [{url: 'https://b.test'}, {url: 'https://a.test'}]"), message: "The first server changed from https://a.test to https://b.test."),
        Case(rule: "request-parameter-removed-before-sunset", level: .breaking,
             old: s(op(parameters: pet + ", {name: q, in: query, deprecated: true, x-sunset: '2099-01-01', schema: {type: string}}]")), new: s(op()),
             message: "The query parameter q was removed before its sunset date 2099-01-01."),
        Case(rule: "request-parameter-sunset-brought-forward", level: .warning,
             old: s(op(parameters: pet + ", {name: q, in: query, deprecated: true, x-sunset: '2099-06-01', schema: {type: string}}]")),
             new: s(op(parameters: pet + ", {name: q, in: query, deprecated: true, x-sunset: '2099-01-01', schema: {type: string}}]")),
             message: "The parameter's sunset date moved from 2099-06-01 to 2099-01-01."),
        Case(rule: "response-link-added", level: .info, old: s(op()),
             new: s(op(responses: "{\"200\": {description: The pet., links: {owner: {operationId: getPet}}}}")), message: "The link owner was added."),
        Case(rule: "response-link-removed", level: .warning, old: s(op(responses: "{\"200\": {description: The pet., links: {owner: {operationId: getPet}}}}")),
             new: s(op()), message: "The link owner was removed."),
        Case(rule: "response-link-changed", level: .warning,
             old: s(op(responses: "{\"200\": {description: The pet., links: {owner: {operationId: getPet, parameters: {petId: '$response.body#/owner'}}}}}")),
             new: s(op(responses: "{\"200\": {description: The pet., links: {owner: {operationId: getPet, parameters: {petId: '$response.body#/id'}}}}}")),
             message: "The link owner now leads to getPet or passes other values."),
        Case(rule: "request-examples-changed", level: .info,
             old: s(op("requestBody: {content: {application/json: {schema: {type: object}, example: {a: 1}}}}", method: "post")),
             new: s(op("requestBody: {content: {application/json: {schema: {type: object}, example: {a: 2}}}}", method: "post")),
             message: "Examples changed: example changed."),
        Case(rule: "response-examples-changed", level: .info,
             old: s(op(responses: "{\"200\": {description: The pet., content: {application/json: {schema: {type: object}, examples: {one: {value: {a: 1}}}}}}}")),
             new: s(op(responses: "{\"200\": {description: The pet., content: {application/json: {schema: {type: object}, examples: {two: {value: {a: 1}}}}}}}")),
             message: "Examples changed: two added, one removed."),
        Case(rule: "webhook-added", level: .info, old: s(op()), new: s(op(), top: "webhooks: {petBorn: {post: {requestBody: {content: {application/json: {schema: {type: object}}}}, responses: {\"200\": {description: ok}}}}}"),
             message: "The webhook was added."),
        Case(rule: "webhook-removed", level: .warning, old: s(op(), top: "webhooks: {petBorn: {post: {requestBody: {content: {application/json: {schema: {type: object}}}}, responses: {\"200\": {description: ok}}}}}"),
             new: s(op()), message: "The webhook was removed: consumers no longer receive it."),
        Case(rule: "callback-added", level: .info, old: s(op()),
             new: s(op("callbacks: {onBirth: {'{$request.query.url}': {post: {requestBody: {content: {application/json: {schema: {type: object}}}}, responses: {\"200\": {description: ok}}}}}}")),
             message: "The callback was added."),
        Case(rule: "callback-removed", level: .warning,
             old: s(op("callbacks: {onBirth: {'{$request.query.url}': {post: {requestBody: {content: {application/json: {schema: {type: object}}}}, responses: {\"200\": {description: ok}}}}}}")),
             new: s(op()), message: "The callback was removed: consumers no longer receive it."),
        Case(rule: "schema-added", level: .info, old: s(op()), new: s(op(), security: false).replacingOccurrences(of: "    B: {", with: "    C: {type: string}\n    B: {"),
             message: "The schema C was added."),
        Case(rule: "schema-removed", level: .source, old: s(op()).replacingOccurrences(of: "    B: {", with: "    C: {type: string}\n    B: {"), new: s(op()),
             message: "The schema C was removed."),
    ]

    /// An x-sunset that is no date is not compared with one that is.
    @Test func anInvalidSunsetIsNeverComparedAsADate() throws {
        let findings = try DiffSpecs.diff(Self.s(Self.op("deprecated: true\nx-sunset: invalid-date")), Self.s(Self.op("deprecated: true\nx-sunset: '9999-08-10'")))
        #expect(findings.isEmpty, "\(findings.map(\.message))")
        #expect(try DiffSpecs.diff(Self.s(Self.op("deprecated: true\nx-sunset: '2099-13-01'")), Self.s(Self.op("deprecated: true\nx-sunset: '2099-01-01'"))).isEmpty)
        // A date-time keeps its date.
        #expect(try DiffSpecs.diff(Self.s(Self.op("deprecated: true\nx-sunset: '2099-06-01T00:00:00Z'")), Self.s(Self.op("deprecated: true\nx-sunset: '2099-01-01'")))
            .map(\.rule) == ["sunset-brought-forward"])
    }

    @Test(arguments: cases)
    func ruleFires(_ testCase: Case) throws {
        let findings = try DiffSpecs.diff(testCase.old, testCase.new)
        #expect(findings.map(\.rule) == [testCase.rule], "\(findings.map { "\($0.rule): \($0.message)" })")
        let finding = try #require(findings.first)
        #expect(finding.level == testCase.level)
        #expect(RuleCatalog.all.first { $0.id == testCase.rule }?.level == testCase.level)
        #expect(finding.message == testCase.message)
    }
}
