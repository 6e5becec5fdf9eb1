import Foundation
import OpenAPIURLSession
import SpeccGoldenNotificationEvents
import SpeccRuntime
import Testing

@Suite(.serialized) struct NotificationClientTests {
    let server: RecordingServer
    let client: Client

    init() throws {
        server = try RecordingServer()
        client = Client(serverURL: server.url(), transport: URLSessionTransport(), middlewares: [Authentication.apiKeyAuthentication(key: "secret-key")])
    }

    @Test func listEvents() async throws {
        try await server.respond(200, body: #"[{"name":"Signed up","slug":"signed-up"}]"#)
        let result = try await client.listEvents(org: "acme", prj: "web", app: "shop")
        let sent = try #require(try await server.received().first)
        #expect(sent.method == "GET")
        #expect(sent.path == "/api/o/acme/p/web/a/shop/e/")
        #expect(sent.headers["authorization"] == "secret-key")
        #expect(result == .ok([Event(name: "Signed up", slug: "signed-up")]))
    }

    @Test func triggerAnEvent() async throws {
        try await server.respond(201, body: #"{"occurrence":"occ_123"}"#)
        let result = try await client.triggerEvent(org: "acme", prj: "web", app: "shop", evt: "signed-up",
                                                   body: TriggerRequest(context: ["variable1": .string("value1")], options: ["channels": .array([.string("email")])]))
        let sent = try #require(try await server.received().first)
        #expect(sent.method == "POST")
        #expect(sent.path == "/api/o/acme/p/web/a/shop/e/signed-up/trigger/")
        #expect(sent.bodyText == #"{"context":{"variable1":"value1"},"options":{"channels":["email"]}}"#)
        #expect(result == .created(Occurrence(occurrence: "occ_123")))
    }

    @Test(arguments: [(400, TriggerEventResponse.badRequest), (401, .unauthorized), (403, .forbidden), (404, .notFound)])
    func documentedErrors(_ status: Int, _ expected: TriggerEventResponse) async throws {
        try await server.respond(status)
        #expect(try await client.triggerEvent(org: "o", prj: "p", app: "a", evt: "e") == expected)
    }

    @Test func anUndocumentedStatus() async throws {
        try await server.respond(502, body: "bad gateway")
        #expect(try await client.listEvents(org: "o", prj: "p", app: "a") == .undocumented(UndocumentedResponse(statusCode: 502, body: Data("bad gateway".utf8))))
    }
}
