import Foundation
import OpenAPIURLSession
import SpeccGoldenNotificationEvents
import SpeccRuntime
import Testing

/// Events of applications, and their triggered occurrences, in memory.
actor NotificationStore: APIProtocol {
    /// `org/prj/app` → the application's events.
    private var applications: [String: [Event]] = ["acme/web/shop": [Event(name: "Order shipped", slug: "order-shipped")]]
    private(set) var occurrences: [(event: String, request: TriggerRequest?)] = []
    /// Keys allowed to trigger; any key may list. Stands in for the page's `event:trigger` permission.
    private let triggerKeys: Set<String> = ["key-with-trigger"]
    private let currentKey: @Sendable () -> String?

    init(currentKey: @escaping @Sendable () -> String? = { "key-with-trigger" }) { self.currentKey = currentKey }

    func listEvents(org: String, prj: String, app: String) async throws -> ListEventsResponse {
        guard let events = applications["\(org)/\(prj)/\(app)"] else { return .notFound }
        return .ok(events)
    }

    func triggerEvent(org: String, prj: String, app: String, evt: String, body: TriggerRequest?) async throws -> TriggerEventResponse {
        guard let events = applications["\(org)/\(prj)/\(app)"], events.contains(where: { $0.slug == evt }) else { return .notFound }
        guard let key = currentKey(), triggerKeys.contains(key) else { return .forbidden }
        if case .string(let channel)? = body?.options?["channel"], channel != "email" { return .badRequest }
        occurrences.append((evt, body))
        return .created(Occurrence(occurrence: "occ-\(occurrences.count)"))
    }
}

@Suite struct NotificationServerTests {
    static func start(key: String?) async throws -> (LiveServer, Client, NotificationStore) {
        let store = NotificationStore(currentKey: { key })
        let server = try await LiveServer.start { router in
            try store.registerHandlers(on: router)
        }
        let client = Client(serverURL: server.url(), transport: URLSessionTransport(),
                            middlewares: key.map { [Authentication.apiKeyAuthentication(key: $0)] } ?? [])
        return (server, client, store)
    }

    @Test func triggerAndList() async throws {
        let (server, client, store) = try await Self.start(key: "key-with-trigger")
        defer { server.stop() }
        #expect(try await client.listEvents(org: "acme", prj: "web", app: "shop") == .ok([Event(name: "Order shipped", slug: "order-shipped")]))
        let request = TriggerRequest(context: ["variable1": .string("value1"), "count": .int(3), "nested": .object(["a": .array([.bool(true), .null])])],
                                     options: ["channel": .string("email")])
        #expect(try await client.triggerEvent(org: "acme", prj: "web", app: "shop", evt: "order-shipped", body: request) == .created(Occurrence(occurrence: "occ-1")))
        // The body is optional: a trigger without one is valid too.
        #expect(try await client.triggerEvent(org: "acme", prj: "web", app: "shop", evt: "order-shipped") == .created(Occurrence(occurrence: "occ-2")))
        let received = await store.occurrences
        #expect(received.map(\.event) == ["order-shipped", "order-shipped"])
        #expect(received.first?.request == request)
        #expect(received.last?.request == nil)
    }

    @Test func documentedErrors() async throws {
        let (server, client, _) = try await Self.start(key: "key-without-trigger")
        defer { server.stop() }
        #expect(try await client.listEvents(org: "acme", prj: "web", app: "nope") == .notFound)
        #expect(try await client.triggerEvent(org: "acme", prj: "web", app: "shop", evt: "nope") == .notFound)
        #expect(try await client.triggerEvent(org: "acme", prj: "web", app: "shop", evt: "order-shipped") == .forbidden)

        let (open, anonymous, _) = try await Self.start(key: nil)
        defer { open.stop() }
        #expect(try await anonymous.listEvents(org: "acme", prj: "web", app: "shop") == .unauthorized)

        let (allowed, trigger, _) = try await Self.start(key: "key-with-trigger")
        defer { allowed.stop() }
        #expect(try await trigger.triggerEvent(org: "acme", prj: "web", app: "shop", evt: "order-shipped", body: TriggerRequest(options: ["channel": .string("pigeon")])) == .badRequest)
        // `context` must be an object: the server refuses a string before the handler runs.
        let raw = try await allowed.send("POST", "/api/o/acme/p/web/a/shop/e/order-shipped/trigger/", body: Data(#"{"context": "variable1=value1"}"#.utf8),
                                         headers: ["Content-Type": "application/json", "Authorization": "key-with-trigger"])
        #expect(raw.status == 400)
        #expect(raw.problem?.errors?.first?.pointer == "#/context")
        #expect(raw.problem?.errors?.first?.rule == "type")
    }
}
