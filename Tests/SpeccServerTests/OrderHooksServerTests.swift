import Foundation
import SpeccGoldenOrderHooks
import SpeccRuntime
import Testing

/// A consumer of the Order Hooks API: receives its webhooks and the callbacks `subscribe` makes.
struct OrderConsumer: Webhooks, SubscribeCallbacks {
    func orderCreated(xShopSignature: String, body: Order) async throws -> OrderCreatedResponse {
        body.id == "dup" ? .conflict : .ok(OrderCreatedOkBody(reference: "ref-\(body.id)-\(body.total)"))
    }

    func orderCancelled(body: OrderCancelledBody) async throws -> OrderCancelledResponse { .accepted }

    func statusChanged(body: StatusChange) async throws -> StatusChangedResponse { .noContent }
}

/// The generated receivers of `Specs/order-hooks.yaml` on a real HTTP server: each webhook and
/// callback arrives at its path and is checked against the spec before its method runs.
@Suite struct OrderHooksServerTests {
    static let json = ["Content-Type": "application/json"]
    static let signature = "sha256=" + String(repeating: "ab", count: 32)

    @Test func webhooksAreReceivedAndAnswered() async throws {
        let server = try await LiveServer.start { router in try OrderConsumer().registerWebhookHandlers(on: router) }
        defer { server.stop() }
        let created = try await server.send("POST", "/order.created", body: Data(#"{"id": "o1", "total": 1250}"#.utf8),
                                            headers: Self.json.merging(["X-Shop-Signature": Self.signature]) { $1 })
        #expect(created.status == 200, "\(created.text)")
        #expect(created.text.contains(#""reference":"ref-o1-1250""#), "\(created.text)")
        let duplicate = try await server.send("POST", "/order.created", body: Data(#"{"id": "dup", "total": 1}"#.utf8),
                                              headers: Self.json.merging(["X-Shop-Signature": Self.signature]) { $1 })
        #expect(duplicate.status == 409)
        let cancelled = try await server.send("POST", "/order.cancelled", body: Data(#"{"id": "o1", "reason": "stock"}"#.utf8), headers: Self.json)
        #expect(cancelled.status == 202)
        let wrongMethod = try await server.send("GET", "/order.cancelled")
        #expect(wrongMethod.status == 405)
    }

    @Test(arguments: [
        // The header's pattern, a required body field, a body field's minimum, an enum.
        ("/order.created", #"{"id": "o1", "total": 5}"#, "sha256=nope", "X-Shop-Signature", "pattern"),
        ("/order.created", #"{"id": "o1"}"#, signature, "/total", "required"),
        ("/order.created", #"{"id": "o1", "total": -1}"#, signature, "/total", "minimum"),
        ("/order.cancelled", #"{"id": "o1", "reason": "bored"}"#, signature, "/reason", "enum"),
    ])
    func anInvalidWebhookIsA400NamingTheRule(_ path: String, _ body: String, _ signature: String, _ field: String, _ rule: String) async throws {
        let server = try await LiveServer.start { router in try OrderConsumer().registerWebhookHandlers(on: router) }
        defer { server.stop() }
        let response = try await server.send("POST", path, body: Data(body.utf8), headers: Self.json.merging(["X-Shop-Signature": signature]) { $1 })
        #expect(response.status == 400, "\(response.text)")
        let errors = response.problem?.errors ?? []
        #expect(errors.contains { ($0.name == field || $0.pointer == "#" + field) && $0.rule == rule }, "\(errors.map { "\($0.pointer) \($0.rule)" })")
    }

    /// The paths are the app's: it told the API where to send them.
    @Test func pathsAreTheAppsAndCallbacksArriveThere() async throws {
        let server = try await LiveServer.start { router in
            try OrderConsumer().registerWebhookHandlers(on: router, paths: WebhookPaths(orderCreated: "/hooks/created", orderCancelled: "/hooks/cancelled"))
            try OrderConsumer().registerCallbackHandlers(on: router, paths: SubscribeCallbackPaths(statusChanged: "/hooks/status"))
        }
        defer { server.stop() }
        #expect(WebhookPaths().orderCreated == "/order.created")
        #expect(SubscribeCallbackPaths().statusChanged == "/subscribe/statusChanged")
        let cancelled = try await server.send("POST", "/hooks/cancelled", body: Data(#"{"id": "o1", "reason": "fraud"}"#.utf8), headers: Self.json)
        #expect(cancelled.status == 202, "\(cancelled.text)")
        let status = try await server.send("POST", "/hooks/status", body: Data(#"{"order": "o1", "status": "shipped"}"#.utf8), headers: Self.json)
        #expect(status.status == 204, "\(status.text)")
        let badStatus = try await server.send("POST", "/hooks/status", body: Data(#"{"order": "o1", "status": "lost"}"#.utf8), headers: Self.json)
        #expect(badStatus.status == 400)
        #expect(badStatus.problem?.errors?.contains { $0.pointer == "#/status" && $0.rule == "enum" } == true)
    }
}
