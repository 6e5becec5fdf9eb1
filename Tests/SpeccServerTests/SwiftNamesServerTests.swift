import Foundation
import OpenAPIRuntime
import OpenAPIURLSession
import SpeccGoldenSwiftNames
import SpeccRuntime
import Testing

/// Answers with what it received, so a test sees the values behind names Swift reserves.
struct SwiftNamesEcho: APIProtocol {
    func init_(extension: String, private: Bool?, in: Int?, self_: String?, core: String?, type: String?) async throws -> InitResponse {
        .ok(body: Echo(extension: `extension`, private: `private`, in: `in`, self_: self_, core: core, type: type),
            self_: "header-\(self_ ?? "-")", statusCode2: 7)
    }

    func self_(`inout`: String, `var`: String, default: Default?, request2: String?, body2: String?, body: TypeType) async throws -> SelfTypeResponse {
        // The body comes back with the path and query values written into it.
        .ok(TypeType(self_: body.self_, self_2: body.self_2, type: `inout`, protocol: `var`, init_: body.init_, super: body.super,
                     default: `default`?.rawValue ?? body.default, class: request2, extension: body.extension, private: body.private,
                     `inout`: body2, var: body.var, let: body.let, await: body.await, some: body.some, any: body.any, any2: body.any2,
                     _2fa: body._2fa, userId: body.userId, userId2: body.userId2, name: body.name, name2: body.name2,
                     hashValue: body.hashValue, codingKeys: body.codingKeys, kind: `default` ?? body.kind))
    }

    func getItem() async throws -> GetItemResponse {
        .ok(ProtocolType(links: ProtocolTypeLinks(self_: Link(href: "/items/1"), next: Link(href: "/items/2")), id: "1"))
    }

    func getItem2(body: SelfType?) async throws -> GetItem2Response { .created(body ?? SelfType()) }

    func `class`(registerHandlers: String?) async throws -> ClassResponse { .noContent }

    func core2(accept: [Core2Accept]) async throws -> Core2Response {
        accept.first == .plainText ? .ok(.plainText("Client")) : .ok(.json(ClientType(client: "c", body: "b")))
    }

    func submitForm(body: MultipartBody<SubmitFormBodyPart>) async throws -> SubmitFormResponse {
        var read: [String] = []
        for try await part in body {
            switch part {
            case .raw(let file): read.append("raw: \(try await [UInt8](collecting: file.value, upTo: 64))")
            case .limit(let limit): read.append("limit: \(limit.value)")
            case .undocumented2(let text): read.append("undocumented: \(text.value)")
            case .self_(let value): read.append("self: \(value.value.self_ ?? "-")")
            case .multipartParts(let value): read.append("MultipartParts: \(value.value.value ?? "-")")
            case .undocumented(let raw): read.append("unnamed \(raw.name ?? "-"): \(try await String(collecting: raw.body, upTo: 64))")
            }
        }
        return .ok(read)
    }
}

/// Names Swift reserves, over real HTTP: the generated client against the generated server.
@Suite struct SwiftNamesServerTests {
    static func start() async throws -> (LiveServer, Client) {
        let server = try await LiveServer.start { router in try SwiftNamesEcho().registerHandlers(on: router) }
        return (server, Client(serverURL: server.url(), transport: URLSessionTransport()))
    }

    @Test func keywordNamedParametersAndHeadersRoundTrip() async throws {
        let (server, client) = try await Self.start()
        defer { server.stop() }
        let result = try await client.init_(extension: "png", private: true, in: 3, self_: "me", core: "c", type: "T")
        #expect(result == .ok(body: Echo(extension: "png", private: true, in: 3, self_: "me", core: "c", type: "T"),
                              self_: "header-me", statusCode2: 7))
    }

    @Test func aBodyOfKeywordNamedPropertiesRoundTripsWithItsJSONNames() async throws {
        let (server, client) = try await Self.start()
        defer { server.stop() }
        let body = TypeType(self_: "s", self_2: "S", init_: 1, super: false, default: "d", extension: "e", private: true,
                            var: "v", let: "l", await: "a", some: "so", any: "an", any2: "AN", _2fa: true, userId: "u1", userId2: "u2",
                            name: "n", name2: "N", hashValue: "h", codingKeys: "k", kind: .aB2)
        let result = try await client.self_(`inout`: "in-path", var: "var-path", default: .type, request2: "req", body2: "b", body: body)
        guard case .ok(let echoed) = result else {
            Issue.record("expected ok, got \(result)")
            return
        }
        #expect(echoed == TypeType(self_: "s", self_2: "S", type: "in-path", protocol: "var-path", init_: 1, super: false, default: "Type",
                                   class: "req", extension: "e", private: true, `inout`: "b", var: "v", let: "l", await: "a", some: "so",
                                   any: "an", any2: "AN", _2fa: true, userId: "u1", userId2: "u2", name: "n", name2: "N",
                                   hashValue: "h", codingKeys: "k", kind: .type))
        // On the wire, every property keeps its JSON name.
        let json = try JSONEncoder().encode(body)
        let object = try #require(JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect(Set(object.keys) == ["self", "Self", "init", "super", "default", "extension", "private", "var", "let", "await", "some",
                                     "any", "Any", "2fa", "user_id", "userId", "name", "Name", "hashValue", "codingKeys", "kind"])
        #expect(object["kind"] as? String == "a_b")
    }

    @Test func multipartPartsNamedLikeTheConformancesOwnNames() async throws {
        let (server, client) = try await Self.start()
        defer { server.stop() }
        let reply = try await client.submitForm(body: [
            .raw(FormPart(HTTPBody([1, 2]))), .limit(FormPart(3)), .undocumented2(FormPart("u")),
            .self_(FormPart(SelfType(self_: "s"))), .multipartParts(FormPart(MultipartPartsType(value: "m"))),
            .undocumented(MultipartRawPart(name: "other", filename: nil, headerFields: [:], body: HTTPBody("o"))),
        ])
        #expect(reply == .ok(["raw: [1, 2]", "limit: 3", "undocumented: u", "self: s", "MultipartParts: m", "unnamed other: o"]))
    }

    @Test func halLinksAndEnumCasesNamedLikeMembers() async throws {
        let (server, client) = try await Self.start()
        defer { server.stop() }
        #expect(try await client.getItem() == .ok(ProtocolType(links: ProtocolTypeLinks(self_: Link(href: "/items/1"), next: Link(href: "/items/2")), id: "1")))
        #expect(try await client.getItem2(body: SelfType(self_: "x", eventType: .deleted)) == .created(SelfType(self_: "x", eventType: .deleted)))
        #expect(try await client.class(registerHandlers: "r") == .noContent)
        #expect(try await client.core2() == .ok(.json(ClientType(client: "c", body: "b"))))
        #expect(try await client.core2(accept: [.plainText]) == .ok(.plainText("Client")))
        #expect(Default(rawValue: "self") == .self_ && Default(rawValue: "init") == .init_ && Default(rawValue: "rawValue") == .rawValue2)
        #expect(Default(rawValue: "something else") == .undocumented("something else"))
    }
}
