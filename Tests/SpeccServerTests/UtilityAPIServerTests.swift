import Foundation
import OpenAPIURLSession
import SpeccGoldenUtilityapiEvents
import SpeccRuntime
import Testing

/// UtilityAPI's one writable event field, and every documented error status, in memory.
actor UtilityAPIStore: APIProtocol {
    private var events: [String: Event] = [
        "evt-1": Event(uid: "evt-1", type: "meter_created", ts: try! Date("2024-03-01T08:00:00Z", strategy: .iso8601), isDelivered: false),
    ]
    private var calls = 0
    /// Every third call is rate limited: the page's 429 with `Retry-After`.
    private let rateLimitEvery: Int

    init(rateLimitEvery: Int = .max) { self.rateLimitEvery = rateLimitEvery }

    func updateEvent(eventUid: String, body: EventUpdate) async throws -> UpdateEventResponse {
        calls += 1
        if calls % rateLimitEvery == 0 { return .tooManyRequests(retryAfter: "30") }
        switch eventUid {
        case "broken": return .internalServerError
        case "maintenance": return .serviceUnavailable
        case "slow": return .gatewayTimeout
        case "teapot": return .undocumented(UndocumentedResponse(statusCode: 418, body: Data("short and stout".utf8)))
        default: break
        }
        guard let event = events[eventUid] else { return .notFound(["errors": .array([.object(["type": .string("not_found")])])]) }
        guard let delivered = body.isDelivered else { return .badRequest(["errors": .array([.object(["type": .string("missing_field"), "field": .string("is_delivered")])])]) }
        let updated = Event(uid: event.uid, type: event.type, ts: event.ts, isDelivered: delivered)
        events[eventUid] = updated
        return .ok(updated)
    }
}

@Suite struct UtilityAPIServerTests {
    @Test func updateAndEveryDocumentedStatus() async throws {
        let server = try await LiveServer.start { router in
            try UtilityAPIStore(rateLimitEvery: 8).registerHandlers(on: router, pathPrefix: "/api/v2/")
        }
        defer { server.stop() }
        let client = Client(serverURL: server.url("/api/v2"), transport: URLSessionTransport(), middlewares: [Authentication.apiToken(token: "t")])
        #expect(try await client.updateEvent(eventUid: "evt-1", body: EventUpdate(isDelivered: true))
            == .ok(Event(uid: "evt-1", type: "meter_created", ts: try Date("2024-03-01T08:00:00Z", strategy: .iso8601), isDelivered: true)))
        #expect(try await client.updateEvent(eventUid: "evt-1", body: EventUpdate()) == .badRequest(["errors": .array([.object(["type": .string("missing_field"), "field": .string("is_delivered")])])]))
        #expect(try await client.updateEvent(eventUid: "nope", body: EventUpdate(isDelivered: true)) == .notFound(["errors": .array([.object(["type": .string("not_found")])])]))
        #expect(try await client.updateEvent(eventUid: "broken", body: EventUpdate(isDelivered: true)) == .internalServerError)
        #expect(try await client.updateEvent(eventUid: "maintenance", body: EventUpdate(isDelivered: true)) == .serviceUnavailable)
        #expect(try await client.updateEvent(eventUid: "slow", body: EventUpdate(isDelivered: true)) == .gatewayTimeout)
        #expect(try await client.updateEvent(eventUid: "teapot", body: EventUpdate(isDelivered: true)) == .undocumented(UndocumentedResponse(statusCode: 418, body: Data("short and stout".utf8))))
        #expect(try await client.updateEvent(eventUid: "evt-1", body: EventUpdate(isDelivered: false)) == .tooManyRequests(retryAfter: "30"))

        let anonymous = Client(serverURL: server.url("/api/v2"), transport: URLSessionTransport())
        // The generated server refuses a request without the spec's bearer token; its problem
        // details decode as the spec's free-form error object.
        guard case .unauthorized(let problem) = try await anonymous.updateEvent(eventUid: "evt-1", body: EventUpdate(isDelivered: true)) else {
            Issue.record("expected 401"); return
        }
        #expect(problem["status"] == .int(401))
        #expect(problem["detail"] == .string("This operation requires credentials: Authorization: Bearer … (apiToken)."))
        let raw = try await server.send("PATCH", "/api/v2/events/evt-1", body: Data(#"{"is_delivered": "true"}"#.utf8),
                                        headers: ["Content-Type": "application/json", "Authorization": "Bearer t"])
        #expect(raw.status == 400)
        #expect(raw.problem?.detail == "body/is_delivered: must be a boolean, not a string [type]")
    }
}
