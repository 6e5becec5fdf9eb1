import Foundation
import OpenAPIURLSession
import SpeccGoldenSecodaEvents
import SpeccRuntime
import Testing

@Suite(.serialized) struct SecodaClientTests {
    let server: RecordingServer
    let client: Client

    init() throws {
        server = try RecordingServer()
        client = Client(serverURL: server.url(), transport: URLSessionTransport(), middlewares: [Authentication.apiKey(token: "KEY")])
    }

    @Test func eventCategories() async throws {
        try await server.respond(200, body: #"[{"id":"43d7c33dad744dfbbfadc172f6701afb","title":"Landing Page"}]"#)
        let list = try await client.listEventCategories(title: "Landing Page")
        try await server.respond(201, body: "{}")
        let created = try await client.createEventCategory(body: EventCategoryCreate(title: "Landing Page", teams: ["e8ac09ede51e4e618eaf59942c98c260"]))
        try await server.respond(200, body: #"{"id":"43d7c33dad744dfbbfadc172f6701afb"}"#)
        _ = try await client.getEventCategory(eventCategoryId: "43d7c33dad744dfbbfadc172f6701afb")
        let sent = try await server.received()
        #expect(sent.map { "\($0.method) \($0.path)" } == [
            "GET /api/v1/event/category?title=Landing%20Page",
            "POST /api/v1/event/category",
            "GET /api/v1/event/category/43d7c33dad744dfbbfadc172f6701afb",
        ])
        #expect(sent[1].bodyText == #"{"teams":["e8ac09ede51e4e618eaf59942c98c260"],"title":"Landing Page"}"#)
        #expect(sent.allSatisfy { $0.headers["authorization"] == "Bearer KEY" })
        guard case .ok(.array(let categories)) = list else { Issue.record("\(list)"); return }
        #expect(categories.count == 1)
        // The page documents no response for creating a category: every status is undocumented.
        #expect(created == .undocumented(UndocumentedResponse(statusCode: 201, body: Data("{}".utf8))))
    }

    @Test func eventsAndProperties() async throws {
        try await server.respond(200, body: "[]")
        // Deprecated in the spec: the client's method warns; the protocol's requirement does not.
        let api: any APIProtocol = client
        _ = try await api.listEvents(integrationId: "cf103b4785764467ad34384cd523abd9", parentId: "43d7c33dad744dfbbfadc172f6701afb", title: nil)
        try await server.respond(200, body: "{}")
        let updated = try await client.updateEvent(eventId: "226dc8aafa8d46468b116652cdc64065", body: ResourceUpdate(pii: false, verified: true, owners: ["33733f42"]))
        try await server.respond(200, body: "{}")
        _ = try await client.deleteEventProperty(eventPropertyId: "226dc8aafa8d46468b116652cdc64065")
        try await server.respond(200, body: #"{"title":"true"}"#)
        _ = try await client.listEventProperties(title: "true")
        let sent = try await server.received()
        #expect(sent.map { "\($0.method) \($0.path)" } == [
            "GET /api/v1/event/events?integration_id=cf103b4785764467ad34384cd523abd9&parent_id=43d7c33dad744dfbbfadc172f6701afb",
            "PATCH /api/v1/event/events/226dc8aafa8d46468b116652cdc64065",
            "DELETE /api/v1/event/event_properties/226dc8aafa8d46468b116652cdc64065",
            "GET /api/v1/event/event_properties?title=true",
        ])
        #expect(sent[1].bodyText == #"{"owners":["33733f42"],"pii":false,"verified":true}"#)
        #expect(updated == .ok(.object([:])))
    }
}
