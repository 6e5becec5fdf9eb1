import Foundation
import OpenAPIURLSession
import SpeccGoldenSecodaEvents
@_spi(Generated) import SpeccRuntime
import Testing

/// Secoda's event categories, events and event properties in memory, as JSON resources.
actor SecodaStore: APIProtocol {
    private var resources: [String: [String: AnyJSON]] = [:]
    private var order: [String] = []
    private var next = 1

    private func create(_ kind: String, _ fields: [String: AnyJSON]) -> AnyJSON {
        let id = "\(kind)-\(next)"
        next += 1
        var resource = fields
        resource["id"] = .string(id)
        resource["type"] = .string(kind)
        resources[id] = resource
        order.append(id)
        return .object(resource)
    }

    private func list(_ kind: String, _ filters: [String: String?]) -> AnyJSON {
        let matching = order.compactMap { resources[$0] }.filter { resource in
            resource["type"] == .string(kind) && filters.allSatisfy { key, value in value.map { resource[key] == .string($0) } ?? true }
        }
        return .object(["count": .int(matching.count), "results": .array(matching.map(AnyJSON.object))])
    }

    private func find(_ kind: String, _ id: String) -> AnyJSON? {
        resources[id].flatMap { $0["type"] == .string(kind) ? .object($0) : nil }
    }

    private func update(_ kind: String, _ id: String, _ body: ResourceUpdate?) throws -> AnyJSON? {
        guard var resource = resources[id], resource["type"] == .string(kind) else { return nil }
        if let body, case .object(let changes) = try JSONCoding.decode(AnyJSON.self, from: JSONCoding.encode(body)) {
            resource.merge(changes) { _, new in new }
        }
        resources[id] = resource
        return .object(resource)
    }

    private func delete(_ kind: String, _ id: String) -> Bool {
        guard resources[id]?["type"] == .string(kind) else { return false }
        resources[id] = nil
        order.removeAll { $0 == id }
        return true
    }

    private static let notFound = UndocumentedResponse(statusCode: 404, body: Data(#"{"detail":"Not found."}"#.utf8))

    private static func json(_ status: Int, _ value: AnyJSON) throws -> UndocumentedResponse {
        UndocumentedResponse(statusCode: status, body: try JSONCoding.encode(value))
    }

    private static func fields(_ body: some Encodable) throws -> [String: AnyJSON] {
        guard case .object(let members) = try JSONCoding.decode(AnyJSON.self, from: JSONCoding.encode(body)) else { return [:] }
        return members
    }

    func listEventCategories(title: String?) async throws -> ListEventCategoriesResponse { .ok(list("category", ["title": title])) }

    func createEventCategory(body: EventCategoryCreate?) async throws -> CreateEventCategoryResponse {
        .undocumented(try Self.json(201, create("category", try body.map(Self.fields) ?? [:])))
    }

    func getEventCategory(eventCategoryId: String) async throws -> GetEventCategoryResponse {
        find("category", eventCategoryId).map(GetEventCategoryResponse.ok) ?? .undocumented(Self.notFound)
    }

    func listEvents(integrationId: String?, parentId: String?, title: String?) async throws -> ListEventsResponse {
        .ok(list("event", ["integration": integrationId, "parent": parentId, "title": title]))
    }

    func createEvent(body: Unspecified?) async throws -> CreateEventResponse {
        guard case .object(let fields)? = body else { return .undocumented(try Self.json(400, .object(["detail": .string("An event is an object.")]))) }
        return .undocumented(try Self.json(201, create("event", fields)))
    }

    func getEvent(eventId: String) async throws -> GetEventResponse { find("event", eventId).map(GetEventResponse.ok) ?? .undocumented(Self.notFound) }

    func deleteEvent(eventId: String) async throws -> DeleteEventResponse {
        delete("event", eventId) ? .ok(.object(["deleted": .bool(true)])) : .undocumented(Self.notFound)
    }

    func updateEvent(eventId: String, body: ResourceUpdate?) async throws -> UpdateEventResponse {
        try update("event", eventId, body).map(UpdateEventResponse.ok) ?? .undocumented(Self.notFound)
    }

    func listEventProperties(integrationId: String?, parentId: String?, title: String?) async throws -> ListEventPropertiesResponse {
        .ok(list("property", ["integration": integrationId, "parent": parentId, "title": title]))
    }

    func createEventProperty(body: Unspecified?) async throws -> CreateEventPropertyResponse {
        guard case .object(let fields)? = body else { return .undocumented(try Self.json(400, .object(["detail": .string("A property is an object.")]))) }
        return .ok(create("property", fields))
    }

    func getEventProperty(eventPropertyId: String) async throws -> GetEventPropertyResponse {
        find("property", eventPropertyId).map(GetEventPropertyResponse.ok) ?? .undocumented(Self.notFound)
    }

    func deleteEventProperty(eventPropertyId: String) async throws -> DeleteEventPropertyResponse {
        delete("property", eventPropertyId) ? .ok(.object(["deleted": .bool(true)])) : .undocumented(Self.notFound)
    }

    func updateEventProperty(eventPropertyId: String, body: ResourceUpdate?) async throws -> UpdateEventPropertyResponse {
        try update("property", eventPropertyId, body).map(UpdateEventPropertyResponse.ok) ?? .undocumented(Self.notFound)
    }
}

@Suite struct SecodaServerTests {
    static func object(_ data: Data?) throws -> [String: AnyJSON] {
        guard case .object(let members) = try JSONCoding.decode(AnyJSON.self, from: data ?? Data()) else { return [:] }
        return members
    }

    @Test func categoriesEventsAndPropertiesThroughTheClient() async throws {
        let server = try await LiveServer.start { router in
            try SecodaStore().registerHandlers(on: router)
        }
        defer { server.stop() }
        let client = Client(serverURL: server.url(), transport: URLSessionTransport(), middlewares: [Authentication.apiKey(token: "k")])

        // Categories: create (a status the page does not document, so undocumented), get, filter.
        guard case .undocumented(let created) = try await client.createEventCategory(body: EventCategoryCreate(title: "Landing Page", integration: "int-1", teams: ["t1"])) else {
            Issue.record("create category"); return
        }
        #expect(created.statusCode == 201)
        let category = try Self.object(created.body)
        guard case .string(let categoryId)? = category["id"] else { Issue.record("no id"); return }
        #expect(category["teams"] == .array([.string("t1")]))
        #expect(try await client.getEventCategory(eventCategoryId: categoryId) == .ok(.object(category)))
        #expect(try await client.listEventCategories(title: "Landing Page") == .ok(.object(["count": .int(1), "results": .array([.object(category)])])))
        #expect(try await client.listEventCategories(title: "Other") == .ok(.object(["count": .int(0), "results": .array([])])))

        // Events: create, filter by integration and parent, update, delete.
        guard case .undocumented(let eventResponse) = try await client.createEvent(body: .object(["title": .string("Clicked"), "parent": .string(categoryId), "integration": .string("int-1")])) else {
            Issue.record("create event"); return
        }
        guard case .string(let eventId)? = try Self.object(eventResponse.body)["id"] else { Issue.record("no event id"); return }
        guard case .ok(.object(let listed)) = try await (client as any APIProtocol).listEvents(integrationId: "int-1", parentId: categoryId, title: nil) else { Issue.record("list events"); return }
        #expect(listed["count"] == .int(1))
        #expect(try await (client as any APIProtocol).listEvents(integrationId: "int-2", parentId: nil, title: nil) == .ok(.object(["count": .int(0), "results": .array([])])))
        guard case .ok(.object(let updated)) = try await client.updateEvent(eventId: eventId, body: ResourceUpdate(description: "A click", pii: false, tags: ["web"])) else {
            Issue.record("update event"); return
        }
        #expect(updated["description"] == .string("A click"))
        #expect(updated["pii"] == .bool(false))
        #expect(updated["tags"] == .array([.string("web")]))
        #expect(try await (client as any APIProtocol).getEvent(eventId: eventId) == .ok(.object(updated)))
        #expect(try await client.deleteEvent(eventId: eventId) == .ok(.object(["deleted": .bool(true)])))
        guard case .undocumented(let gone) = try await (client as any APIProtocol).getEvent(eventId: eventId) else { Issue.record("deleted event still there"); return }
        #expect(gone.statusCode == 404)

        // Properties: the full cycle too.
        guard case .ok(.object(let property)) = try await client.createEventProperty(body: .object(["title": .string("button"), "parent": .string("evt-x")])),
              case .string(let propertyId)? = property["id"] else { Issue.record("create property"); return }
        #expect(try await client.listEventProperties(parentId: "evt-x") == .ok(.object(["count": .int(1), "results": .array([.object(property)])])))
        guard case .ok(.object(let verified)) = try await client.updateEventProperty(eventPropertyId: propertyId, body: ResourceUpdate(verified: true)) else {
            Issue.record("update property"); return
        }
        #expect(verified["verified"] == .bool(true))
        #expect(try await client.getEventProperty(eventPropertyId: propertyId) == .ok(.object(verified)))
        #expect(try await client.deleteEventProperty(eventPropertyId: propertyId) == .ok(.object(["deleted": .bool(true)])))
        guard case .undocumented(let missing) = try await client.deleteEventProperty(eventPropertyId: propertyId) else { Issue.record("double delete"); return }
        #expect(missing.statusCode == 404)

        // `teams` is a list: a string is refused before the handler runs.
        let raw = try await server.send("POST", "/api/v1/event/category", body: Data(#"{"title": "x", "teams": "t1"}"#.utf8),
                                        headers: ["Content-Type": "application/json", "Authorization": "Bearer k"])
        #expect(raw.status == 400)
        #expect(raw.problem?.detail == "body/teams: must be an array, not a string [type]")
    }
}
