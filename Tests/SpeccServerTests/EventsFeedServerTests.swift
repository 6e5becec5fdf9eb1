import AsyncHTTPClient
import Foundation
import OpenAPIAsyncHTTPClient
import OpenAPIRuntime
import SpeccGoldenEventsFeed
import SpeccRuntime
import Testing

/// The OpenAPI 3.2 events feed: what each handler received, so tests can check the wire kept it.
actor FeedLog {
    private(set) var filters: [EventFilter?] = []
    private(set) var queries: [EventQuery] = []
    private(set) var purged: [String] = []
    private(set) var ranges: [TimeRange] = []
    private(set) var cookies: [String] = []

    func record(_ filter: EventFilter?) { filters.append(filter) }
    func record(_ query: EventQuery) { queries.append(query) }
    func recordPurge(_ id: String) { purged.append(id) }
    func record(_ range: TimeRange) { ranges.append(range) }
    func recordCookies(_ text: String) { cookies.append(text) }
}

struct EventsFeedService: APIProtocol {
    let gate: Gate
    let log: FeedLog

    static let order = Event(id: "evt_01HZX3K7QF", type: .orderCreated, occurredAt: Date(timeIntervalSince1970: 1_746_100_800),
                             data: .orderPayload(OrderPayload(kind: "order", orderId: "ord_981", total: 4200, currency: "EUR")))

    func listEvents(filter: EventFilter?) async throws -> ListEventsResponse {
        await log.record(filter)
        return .ok(EventPage(items: [Self.order], nextCursor: "after-1"))
    }

    func searchEvents(body: EventQuery) async throws -> SearchEventsResponse {
        await log.record(body)
        return .ok(EventPage(items: Array(repeating: Self.order, count: min(body.limit, 2))))
    }

    func countEvents(range: TimeRange) async throws -> CountEventsResponse {
        await log.record(range)
        return .ok(CountEventsOkBody(count: 7))
    }

    func streamEvents(lastEventID: String?) async throws -> StreamEventsResponse {
        .ok(ItemStream(events(3).map { ServerSentEventWithJSONData(event: $0.type.rawValue, data: $0, id: $0.id) }))
    }

    func exportEvents(since: Date, until: Date?) async throws -> ExportEventsResponse {
        .ok(ItemStream(events(4)))
    }

    func importArchive(body: ItemStream<Event>) async throws -> ImportArchiveResponse {
        var count = 0
        for try await _ in body { count += 1 }
        return count == 0 ? .badRequest(Problem(title: "Empty archive", status: 400)) : .accepted
    }

    func getEvent(eventId: String, fields: [GetEventFieldsItem]?, display: GetEventDisplay?) async throws -> GetEventResponse {
        await log.recordCookies("fields \(fields?.map(\.rawValue) ?? []) tz \(display?.tz ?? "-") lang \(display?.lang ?? "-")")
        guard eventId == Self.order.id else { return .notFound(Problem(title: "No such event", status: 404)) }
        return .ok(Self.order)
    }

    func purgeEvent(eventId: String) async throws -> PurgeEventResponse {
        await log.recordPurge(eventId)
        return .noContent
    }

    /// `count` events; after the first, the rest wait for the gate.
    private func events(_ count: Int) -> AsyncStream<Event> {
        let gate = self.gate
        return AsyncStream { continuation in
            let task = Task {
                for index in 1...count {
                    if index == 2 { await gate.wait() }
                    continuation.yield(Event(id: "evt_\(String(repeating: "0", count: 9))\(index)", type: index == 1 ? .orderCreated : .refundIssued,
                                             occurredAt: Date(timeIntervalSince1970: 1_746_100_800 + Double(index)),
                                             data: index == 1 ? Self.order.data : .genericPayload(GenericPayload())))
                }
                continuation.finish()
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }
}

/// The 3.2 spec's client and server over real HTTP: Hummingbird on 127.0.0.1, the generated
/// client on AsyncHTTPClient.
@Suite struct EventsFeedServerTests {
    static func start() async throws -> (LiveServer, Client, Gate, FeedLog) {
        let gate = Gate(), log = FeedLog()
        let server = try await LiveServer.start { router in try EventsFeedService(gate: gate, log: log).registerHandlers(on: router) }
        let client = Client(serverURL: server.url(), transport: AsyncHTTPClientTransport(), middlewares: [Authentication.feedOAuth(token: "t0k3n")])
        return (server, client, gate, log)
    }

    static let authorized = ["Authorization": "Bearer t0k3n"]

    @Test func theQueryMethodCarriesItsQueryInTheBody() async throws {
        let (server, client, _, log) = try await Self.start()
        defer { server.stop() }
        let query = EventQuery(filters: [FieldFilter(field: .dataOrderId, equals: "ord_981")], range: TimeRange(from: Date(timeIntervalSince1970: 1_746_057_600)), limit: 2)
        guard case .ok(let page) = try await client.searchEvents(body: query) else { Issue.record("expected a page"); return }
        #expect(page.items.count == 2)
        #expect(await log.queries == [query])
        // On the wire the method is QUERY, and the server checks its body like any other.
        let invalid = try await server.send("QUERY", "/events/search", body: Data(#"{"limit": 5}"#.utf8),
                                            headers: Self.authorized.merging(["Content-Type": "application/json"]) { $1 })
        #expect(invalid.status == 400)
        #expect(invalid.problem?.errors?.first?.rule == "required")
        let wrongMethod = try await server.send("POST", "/events/search", body: Data("{}".utf8), headers: Self.authorized.merging(["Content-Type": "application/json"]) { $1 })
        #expect(wrongMethod.status == 404 || wrongMethod.status == 405)
    }

    @Test func aCustomMethodIsSentAndRoutedAsWritten() async throws {
        let (server, client, _, log) = try await Self.start()
        defer { server.stop() }
        #expect(try await client.purgeEvent(eventId: "evt_0123456789") == .noContent)
        #expect(await log.purged == ["evt_0123456789"])
        let badID = try await server.send("PURGE", "/events/nope", headers: Self.authorized)
        #expect(badID.status == 400)
        #expect(try await client.getEvent(eventId: EventsFeedService.order.id, fields: nil, display: nil) == .ok(EventsFeedService.order))
    }

    @Test func aQuerystringParameterIsTheWholeQuery() async throws {
        let (server, client, _, log) = try await Self.start()
        defer { server.stop() }
        let filter = EventFilter(type: .orderCreated, since: Date(timeIntervalSince1970: 1_746_057_600), limit: 10, cursor: "c 1&2")
        guard case .ok(let page) = try await client.listEvents(filter: filter) else { Issue.record("expected a page"); return }
        #expect(page.nextCursor == "after-1")
        // The spec's own serialised example reads back as its data example.
        let raw = try await server.send("GET", "/events?type=order.created&limit=10", headers: Self.authorized)
        #expect(raw.status == 200)
        let none = try await server.send("GET", "/events", headers: Self.authorized)
        #expect(none.status == 200)
        #expect(await log.filters == [filter, EventFilter(type: .orderCreated, limit: 10), nil])
        // The fields are checked against the parameter's schema: limit is at most 100.
        let tooMany = try await server.send("GET", "/events?limit=500", headers: Self.authorized)
        #expect(tooMany.status == 400)
        #expect(tooMany.problem?.errors?.first?.in == "querystring")
    }

    @Test func aJSONQuerystringIsTheWholeQuery() async throws {
        let (server, client, _, log) = try await Self.start()
        defer { server.stop() }
        let range = TimeRange(from: Date(timeIntervalSince1970: 1_746_057_600), to: Date(timeIntervalSince1970: 1_748_736_000))
        #expect(try await client.countEvents(range: range) == .ok(CountEventsOkBody(count: 7)))
        // The spec's serialised example, as a client outside Swift would send it.
        let raw = try await server.send("GET", "/events/count?%7B%22from%22:%222025-05-01T00:00:00Z%22%7D", headers: Self.authorized)
        #expect(raw.status == 200)
        #expect(await log.ranges == [range, TimeRange(from: Date(timeIntervalSince1970: 1_746_057_600))])
        let missing = try await server.send("GET", "/events/count", headers: Self.authorized)
        #expect(missing.status == 400)
        let notJSON = try await server.send("GET", "/events/count?from=2025", headers: Self.authorized)
        #expect(notJSON.status == 400)
        #expect(notJSON.problem?.errors?.first?.in == "querystring")
    }

    @Test func cookieStyleParametersRoundTrip() async throws {
        let (server, client, _, log) = try await Self.start()
        defer { server.stop() }
        #expect(try await client.getEvent(eventId: EventsFeedService.order.id, fields: [.id, .type], display: GetEventDisplay(tz: "Europe/Paris", lang: "fr")) == .ok(EventsFeedService.order))
        // As the spec describes them: exploded, unescaped, one pair each.
        let raw = try await server.send("GET", "/events/\(EventsFeedService.order.id)", headers: Self.authorized.merging(["Cookie": "fields=data; tz=UTC; fields=id"]) { $1 })
        #expect(raw.status == 200)
        #expect(await log.cookies == ["fields [\"id\", \"type\"] tz Europe/Paris lang fr", "fields [\"data\", \"id\"] tz UTC lang -"])
        let badField = try await server.send("GET", "/events/\(EventsFeedService.order.id)", headers: Self.authorized.merging(["Cookie": "fields=colour"]) { $1 })
        #expect(badField.status == 400)
    }

    @Test func eventStreamItemsTypedByItemSchemaArriveOneByOne() async throws {
        let (server, client, gate, _) = try await Self.start()
        defer { server.stop() }
        guard case .ok(let events) = try await client.streamEvents() else { Issue.record("expected events"); return }
        var received: [ServerSentEventWithJSONData<Event>] = []
        for try await event in events {
            received.append(event)
            // The server holds event 2 until this opens: reaching here proves event 1 came first.
            if received.count == 1 { await gate.open() }
        }
        #expect(received.count == 3)
        #expect(received.first?.data?.data == EventsFeedService.order.data)
        #expect(received.first?.event == "order.created")
        #expect(received.first?.id == "evt_0000000001")
        #expect(received.last?.id == "evt_0000000003")
        // The default mapping: a payload without `kind` decodes as the generic one.
        #expect(received.last?.data?.data == .genericPayload(GenericPayload()))
    }

    @Test func jsonLinesBothWaysThroughTheSharedMediaType() async throws {
        let (server, client, gate, _) = try await Self.start()
        defer { server.stop() }
        guard case .ok(let items) = try await client.exportEvents(since: Date(timeIntervalSince1970: 0)) else { Issue.record("expected items"); return }
        var ids: [String] = []
        for try await event in items {
            ids.append(event.id)
            if ids.count == 1 { await gate.open() }
        }
        #expect(ids == (1...4).map { "evt_000000000\($0)" })
        let upload = AsyncStream<Event> { continuation in
            continuation.yield(EventsFeedService.order)
            continuation.yield(EventsFeedService.order)
            continuation.finish()
        }
        #expect(try await client.importArchive(body: ItemStream(upload)) == .accepted)
    }

    @Test func theDefaultMappingTakesPayloadsWithoutOrWithAnUnknownKind() throws {
        func payload(_ json: String) throws -> EventPayload { try JSONDecoder().decode(EventPayload.self, from: Data(json.utf8)) }
        #expect(try payload(#"{"kind": "order", "orderId": "o", "total": 1, "currency": "EUR"}"#)
            == .orderPayload(OrderPayload(kind: "order", orderId: "o", total: 1, currency: "EUR")))
        #expect(try payload(#"{"note": "gift wrap"}"#) == .genericPayload(GenericPayload()))
        #expect(try payload(#"{"kind": "shipment"}"#) == .genericPayload(GenericPayload(kind: "shipment")))
    }

    @Test func namedServersAreNamedFunctions() throws {
        #expect(try Servers.production() == URL(string: "https://api.example.com/v2")!)
        #expect(try Servers.sandbox() == URL(string: "https://sandbox.api.example.com/v2")!)
    }
}
