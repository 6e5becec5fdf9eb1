import Foundation
import OpenAPIURLSession
import SpeccGoldenUtilityapiEvents
import SpeccRuntime
import Testing

@Suite(.serialized) struct UtilityAPIClientTests {
    let server: RecordingServer
    let client: Client

    init() throws {
        server = try RecordingServer()
        client = Client(serverURL: server.url("/api/v2"), transport: URLSessionTransport(),
                        middlewares: [Authentication.apiToken(token: "API_TOKEN_HERE")])
    }

    @Test func markDeliveredSendsThePageExample() async throws {
        try await server.respond(200, body: #"{"uid":"12345","type":"authorization_created","ts":"2016-01-01T12:30:24.653422+00:00","is_delivered":true}"#)
        let result = try await client.updateEvent(eventUid: "1234", body: EventUpdate(isDelivered: true))
        let sent = try #require(try await server.received().first)
        #expect(sent.method == "PATCH")
        #expect(sent.path == "/api/v2/events/1234")
        #expect(sent.headers["authorization"] == "Bearer API_TOKEN_HERE")
        #expect(sent.bodyText == #"{"is_delivered":true}"#)
        guard case .ok(let event) = result else { Issue.record("\(result)"); return }
        #expect(event.uid == "12345")
        #expect(event.isDelivered == true)
        let expected = try Date("2016-01-01T12:30:24.653Z", strategy: .iso8601.year().month().day().time(includingFractionalSeconds: true))
        #expect(abs(try #require(event.ts).timeIntervalSince(expected)) < 0.001, "fractional seconds and a +00:00 offset decode")
    }

    @Test(arguments: [400, 401, 404])
    func documentedErrorsCarryTheirBody(_ status: Int) async throws {
        try await server.respond(status, body: #"{"error":"invalid_field"}"#)
        let result = try await client.updateEvent(eventUid: "1234", body: EventUpdate())
        let body: ErrorType = ["error": .string("invalid_field")]
        switch (status, result) {
        case (400, .badRequest(let value)), (401, .unauthorized(let value)), (404, .notFound(let value)):
            #expect(value == body)
        default:
            Issue.record("status \(status) gave \(result)")
        }
    }

    @Test func rateLimitingExposesRetryAfter() async throws {
        try await server.respond(429, body: "<html>slow down</html>", headers: ["Retry-After": "30"])
        #expect(try await client.updateEvent(eventUid: "1", body: EventUpdate()) == .tooManyRequests(retryAfter: "30"))
    }

    @Test func serverErrorsWithoutABodyFormat() async throws {
        try await server.respond(503, body: "maintenance")
        #expect(try await client.updateEvent(eventUid: "1", body: EventUpdate()) == .serviceUnavailable)
        try await server.respond(504)
        #expect(try await client.updateEvent(eventUid: "1", body: EventUpdate()) == .gatewayTimeout)
    }

    @Test func anUndocumentedStatusKeepsItsBody() async throws {
        try await server.respond(418, body: "teapot")
        let result = try await client.updateEvent(eventUid: "1", body: EventUpdate())
        #expect(result == .undocumented(UndocumentedResponse(statusCode: 418, body: Data("teapot".utf8))))
    }
}
