import Foundation
import OpenAPIURLSession
import SpeccGoldenLosantEvents
import SpeccRuntime
import Testing

@Suite(.serialized) struct LosantClientTests {
    let server: RecordingServer
    let client: Client

    init() throws {
        server = try RecordingServer()
        client = Client(serverURL: server.url(), transport: URLSessionTransport(), middlewares: [Authentication.apiToken(token: "YOUR_API_ACCESS_TOKEN")])
    }

    @Test func patchSendsThePageBodyAndDecodesTheEvent() async throws {
        try await server.respond(200, body: #"{"state":"acknowledged","comment":"Looking into this issue"}"#)
        let result = try await client.patchEvent(applicationId: "575ec8687ae143cd83dc4a97", eventId: "575ed0de7ae143cd83dc4aa5",
                                                 body: EventPatch(state: "acknowledged", comment: "Looking into this issue"))
        let sent = try #require(try await server.received().first)
        #expect(sent.method == "PATCH")
        #expect(sent.path == "/applications/575ec8687ae143cd83dc4a97/events/575ed0de7ae143cd83dc4aa5")
        #expect(sent.headers["authorization"] == "Bearer YOUR_API_ACCESS_TOKEN")
        #expect(sent.headers["content-type"] == "application/json")
        #expect(sent.bodyText == #"{"comment":"Looking into this issue","state":"acknowledged"}"#)
        #expect(result == .ok(Event(state: "acknowledged", comment: "Looking into this issue")))
    }

    @Test func deleteAndItsDocumentedErrors() async throws {
        try await server.respond(200, body: #"{"success":true}"#)
        #expect(try await client.deleteEvent(applicationId: "a", eventId: "e") == .ok(Success(success: true)))
        try await server.respond(400, body: #"{"type":"Validation","message":"bad id"}"#)
        #expect(try await client.getEvent(applicationId: "a", eventId: "e") == .badRequest(ErrorType(type: "Validation", message: "bad id")))
        try await server.respond(404, body: #"{"type":"NotFound","message":"Event was not found"}"#)
        #expect(try await client.deleteEvent(applicationId: "a", eventId: "e") == .notFound(ErrorType(type: "NotFound", message: "Event was not found")))
        try await server.respond(500, body: "oops")
        #expect(try await client.getEvent(applicationId: "a", eventId: "e") == .undocumented(UndocumentedResponse(statusCode: 500, body: Data("oops".utf8))))
        #expect(try await server.received().map(\.method) == ["DELETE", "GET", "DELETE", "GET"])
    }
}
