import Foundation
import OpenAPIURLSession
import SpeccGoldenLosantEvents
import SpeccRuntime
import Testing

/// Losant application events in memory: acknowledge, resolve, delete.
actor LosantStore: APIProtocol {
    private var events: [String: Event] = ["app1/evt1": Event(state: "new", comment: nil)]
    private let states: Set<String> = ["new", "acknowledged", "resolved"]

    func getEvent(applicationId: String, eventId: String) async throws -> GetEventResponse {
        guard let event = events["\(applicationId)/\(eventId)"] else { return .notFound(ErrorType(type: "NotFound", message: "Event was not found")) }
        return .ok(event)
    }

    func patchEvent(applicationId: String, eventId: String, body: EventPatch) async throws -> PatchEventResponse {
        guard let event = events["\(applicationId)/\(eventId)"] else { return .notFound(ErrorType(type: "NotFound", message: "Event was not found")) }
        if let state = body.state, !states.contains(state) {
            return .badRequest(ErrorType(type: "Validation", message: "state must be one of new, acknowledged, resolved"))
        }
        let patched = Event(state: body.state ?? event.state, comment: body.comment ?? event.comment)
        events["\(applicationId)/\(eventId)"] = patched
        return .ok(patched)
    }

    func deleteEvent(applicationId: String, eventId: String) async throws -> DeleteEventResponse {
        guard events.removeValue(forKey: "\(applicationId)/\(eventId)") != nil else { return .notFound(ErrorType(type: "NotFound", message: "Event was not found")) }
        return .ok(Success(success: true))
    }
}

@Suite struct LosantServerTests {
    @Test func getPatchDeleteAndErrors() async throws {
        let server = try await LiveServer.start { router in
            try LosantStore().registerHandlers(on: router)
        }
        defer { server.stop() }
        let client = Client(serverURL: server.url(), transport: URLSessionTransport(), middlewares: [Authentication.apiToken(token: "token")])
        #expect(try await client.getEvent(applicationId: "app1", eventId: "evt1") == .ok(Event(state: "new")))
        #expect(try await client.patchEvent(applicationId: "app1", eventId: "evt1", body: EventPatch(state: "acknowledged", comment: "on it")) == .ok(Event(state: "acknowledged", comment: "on it")))
        #expect(try await client.getEvent(applicationId: "app1", eventId: "evt1") == .ok(Event(state: "acknowledged", comment: "on it")))
        #expect(try await client.patchEvent(applicationId: "app1", eventId: "evt1", body: EventPatch(state: "sleeping")) == .badRequest(ErrorType(type: "Validation", message: "state must be one of new, acknowledged, resolved")))
        #expect(try await client.deleteEvent(applicationId: "app1", eventId: "evt1") == .ok(Success(success: true)))
        #expect(try await client.getEvent(applicationId: "app1", eventId: "evt1") == .notFound(ErrorType(type: "NotFound", message: "Event was not found")))
        #expect(try await client.deleteEvent(applicationId: "app1", eventId: "evt1") == .notFound(ErrorType(type: "NotFound", message: "Event was not found")))

        let anonymous = Client(serverURL: server.url(), transport: URLSessionTransport())
        guard case .undocumented(let response) = try await anonymous.getEvent(applicationId: "app1", eventId: "evt1") else {
            Issue.record("expected an undocumented 401"); return
        }
        #expect(response.statusCode == 401)
        // A patch must be an object with string fields.
        let raw = try await server.send("PATCH", "/applications/app1/events/evt1", body: Data(#"{"state": 3}"#.utf8),
                                        headers: ["Content-Type": "application/json", "Authorization": "Bearer token"])
        #expect(raw.status == 400)
        #expect(raw.problem?.errors?.first?.pointer == "#/state")
    }
}
