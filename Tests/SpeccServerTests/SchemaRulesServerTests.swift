import Foundation
import OpenAPIRuntime
import OpenAPIURLSession
import SpeccGoldenSchemaRules
import SpeccRuntime
import Testing

/// Stores nothing: answers with the payment it was sent, so a test sees what passed validation.
struct PaymentsEcho: APIProtocol {
    func createPayment(legacyCapture: Bool?, body: Payment) async throws -> CreatePaymentResponse { .created(body) }
    func createRefund(body: CreateRefundBody) async throws -> CreateRefundResponse { .noContent }
    func createContact(body: ContactPoint) async throws -> CreateContactResponse { .created(body) }
}

/// The 2020-12 keywords of `Specs/schema-rules.yaml`, enforced by the generated server over HTTP.
@Suite struct SchemaRulesServerTests {
    static let card = #"{"method": "card", "amount": 500, "last4": "4242"}"#

    /// A raw request, for bodies the typed client would not build.
    static func post(_ json: String) async throws -> RawResponse {
        let server = try await LiveServer.start { router in try PaymentsEcho().registerHandlers(on: router) }
        defer { server.stop() }
        return try await server.send("POST", "/payments", body: Data(json.utf8), headers: ["Content-Type": "application/json"])
    }

    @Test func aValidPaymentPassesThroughTheTypedClient() async throws {
        let server = try await LiveServer.start { router in try PaymentsEcho().registerHandlers(on: router) }
        defer { server.stop() }
        let client = Client(serverURL: server.url(), transport: URLSessionTransport())
        let payment = Payment(method: .transfer, amount: 1200, iban: "DE89370400440532013000", priority: ._2, feeRate: .minus2, billingName: "Ada", billingAddress: "1 Loop",
                              line: PaymentLine(item1: "sku-1", item2: 2),
                              point: PaymentPoint(item1: 52.52, item2: 13.4, item3: "Berlin", rest: [.string("extra")]), labels: ["primary", "gift"], metadata: ["x_note": .string("hi"), "count": .int(2)],
                              tags: ["blue"], reference: "inv-7")
        #expect(try await client.createPayment(body: payment) == .created(payment))
    }

    @Test(arguments: [
        // if/then/else: a card needs last4, anything else an iban.
        (#"{"method": "card", "amount": 500}"#, "/last4", "required"),
        (#"{"method": "transfer", "amount": 500}"#, "/iban", "required"),
        // dependentRequired and dependentSchemas.
        (#"{"method": "card", "amount": 500, "last4": "4242", "billing_address": "1 Loop"}"#, "/billing_name", "dependentRequired"),
        (#"{"method": "card", "amount": 500, "last4": "4242", "iban": "DE89370400440532013000"}"#, "/method", "const"),
        // unevaluatedProperties: false sees the property the allOf part declares, and nothing else.
        (#"{"method": "card", "amount": 500, "last4": "4242", "colour": "red"}"#, "/colour", "unevaluatedProperties"),
        (#"{"method": "card", "amount": 500, "last4": "4242", "reference": ""}"#, "/reference", "not"),
        // The $anchor'd amount and the $dynamicRef'd tag.
        (#"{"method": "card", "amount": 0, "last4": "4242"}"#, "/amount", "minimum"),
        (#"{"method": "card", "amount": 500, "last4": "4242", "tags": [""]}"#, "/tags/0", "minLength"),
        // prefixItems with items: false and minItems.
        (#"{"method": "card", "amount": 500, "last4": "4242", "line": [7, 1]}"#, "/line/0", "type"),
        (#"{"method": "card", "amount": 500, "last4": "4242", "line": ["sku"]}"#, "/line", "minItems"),
        (#"{"method": "card", "amount": 500, "last4": "4242", "line": ["sku", 1, "extra"]}"#, "/line/2", "items"),
        // contains with maxContains.
        (#"{"method": "card", "amount": 500, "last4": "4242", "labels": ["primary", "primary"]}"#, "/labels", "maxContains"),
        // propertyNames and patternProperties.
        (#"{"method": "card", "amount": 500, "last4": "4242", "metadata": {"Bad": 1}}"#, "/metadata/Bad", "propertyNames"),
        (#"{"method": "card", "amount": 500, "last4": "4242", "metadata": {"x_flag": 1}}"#, "/metadata/x_flag", "type"),
    ])
    func aBrokenRuleIsA400NamingIt(_ json: String, _ pointer: String, _ rule: String) async throws {
        let response = try await Self.post(json)
        #expect(response.status == 400, "\(response.text)")
        let errors = response.problem?.errors ?? []
        #expect(errors.contains { $0.pointer == "#" + pointer && $0.rule == rule }, "\(errors.map { "\($0.pointer) \($0.rule): \($0.detail)" })")
    }

    /// An `anyOf` whose branches can overlap keeps every branch the value matches, across the
    /// client, the server's validation and back; one whose branches cannot is an enum.
    @Test func anOverlappingAnyOfKeepsEveryMatch() async throws {
        let server = try await LiveServer.start { router in try PaymentsEcho().registerHandlers(on: router) }
        defer { server.stop() }
        let client = Client(serverURL: server.url(), transport: URLSessionTransport())
        let both = ContactPoint(emailContact: EmailContact(email: "ada@example.com", verified: true), phoneContact: PhoneContact(phone: "+4930123456"))
        #expect(try await client.createContact(body: both) == .created(both))
        let phoneOnly = ContactPoint(phoneContact: PhoneContact(phone: "+4930123456"))
        #expect(try await client.createContact(body: phoneOnly) == .created(phoneOnly))

        let decoded = try JSONDecoder().decode(ContactPoint.self, from: Data(#"{"email": "ada@example.com", "phone": "+4930123456"}"#.utf8))
        #expect(decoded.emailContact?.email == "ada@example.com" && decoded.phoneContact?.phone == "+4930123456")
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ContactPoint.self, from: Data(#"{"name": "Ada"}"#.utf8)) }
        #expect(throws: EncodingError.self) { try JSONEncoder().encode(ContactPoint()) }
        // The server checks anyOf: a body matching neither branch is refused.
        let refused = try await server.send("POST", "/contacts", body: Data(#"{"name": "Ada"}"#.utf8), headers: ["Content-Type": "application/json"])
        #expect(refused.status == 400, "\(refused.text)")

        // string or object: at most one can match, so an enum.
        let payer = try JSONDecoder().decode(PaymentPayer.self, from: Data(#""cus_1""#.utf8))
        #expect(payer == .string("cus_1"))
    }

    /// Positional items decode by position: those past `minItems` may be missing, and what
    /// follows them is kept in `rest`.
    @Test func positionalItemsRoundTripWithTheirOptionalTail() throws {
        let short = try JSONDecoder().decode(PaymentPoint.self, from: Data("[52.5, 13.4]".utf8))
        #expect(short == PaymentPoint(item1: 52.5, item2: 13.4))
        #expect(String(decoding: try JSONEncoder().encode(short), as: UTF8.self) == "[52.5,13.4]")
        let long = try JSONDecoder().decode(PaymentPoint.self, from: Data(#"[1, 2, "here", 3, {"a": true}]"#.utf8))
        #expect(long.item3 == "here")
        #expect(long.rest == [.int(3), .object(["a": .bool(true)])])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(PaymentPoint.self, from: Data("[1]".utf8)) }
    }

    /// Numeric enums are Swift enums of the format's type, and keep a value the spec does not list.
    @Test func numericEnumsDecodeKnownAndUnknownValues() throws {
        #expect(try JSONDecoder().decode(PaymentPriority.self, from: Data("2".utf8)) == ._2)
        #expect(try JSONDecoder().decode(PaymentPriority.self, from: Data("7".utf8)) == .undocumented(7))
        #expect(PaymentPriority._3.rawValue == Int32(3))
        #expect(try JSONDecoder().decode(PaymentFeeRate.self, from: Data("1.5".utf8)) == ._1_5)
        #expect(String(decoding: try JSONEncoder().encode(PaymentFeeRate.minus2), as: UTF8.self) == "-2")
    }

    /// `Servers` builds each server's URL from its variables; an operation with servers of its
    /// own sends to them (`OperationServerURLs`), the others to the client's server.
    @Test func serversAndAnOperationsOwnServer() async throws {
        #expect(try Servers.server1() == URL(string: "https://eu.payments.example.com/v1"))
        #expect(try Servers.server1(region: .us, version: "v2") == URL(string: "https://us.payments.example.com/v2"))
        #expect(try Servers.server2(port: "9000") == URL(string: "http://localhost:9000"))
        #expect(try Servers.CreateRefund.server1(tenant: "acme") == URL(string: "https://acme.refunds.example.com"))
        #expect(throws: InvalidServerURL.self) { try Servers.server2(port: "not a port") }
        #expect(OperationServerURLs().createRefund == URL(string: "https://main.refunds.example.com"))
        #expect(Servers.Server1Region.allCases == [.eu, .us])

        let server = try await LiveServer.start { router in try PaymentsEcho().registerHandlers(on: router) }
        defer { server.stop() }
        // The client's own server is unreachable; the refund's goes to the live one.
        let client = Client(serverURL: URL(string: "http://127.0.0.1:9")!, transport: URLSessionTransport(),
                            operationServerURLs: OperationServerURLs(createRefund: server.url()))
        // createRefund is deprecated: the client's method says so; through APIProtocol it does not.
        let api: any APIProtocol = client
        #expect(try await api.createRefund(body: CreateRefundBody(payment: "p1")) == .noContent)
        await #expect(throws: ClientError.self) { try await client.createPayment(body: Payment(method: .card, amount: 1, last4: "4242")) }
    }

    /// A property with a `default` is not optional: a missing field decodes as the default, and
    /// the initialiser offers it.
    @Test func defaultsFillMissingFields() throws {
        let decoded = try JSONDecoder().decode(Payment.self, from: Data(Self.card.utf8))
        #expect(decoded.currency == "EUR" && decoded.capture && decoded.priority == ._2)
        #expect(decoded == Payment(method: .card, amount: 500, last4: "4242"))
        let explicit = try JSONDecoder().decode(Payment.self, from: Data(#"{"method": "card", "amount": 500, "last4": "4242", "currency": "USD", "capture": false, "priority": 3}"#.utf8))
        #expect(explicit.currency == "USD" && !explicit.capture && explicit.priority == ._3)
        // A field at its default is not sent; any other value is.
        let sent = String(decoding: try JSONEncoder().encode(Payment(method: .card, amount: 500, last4: "4242", currency: "USD")), as: UTF8.self)
        #expect(sent.contains(#""currency":"USD""#) && !sent.contains("capture") && !sent.contains("priority"), "\(sent)")
    }

    /// `additionalProperties` beside `properties`: the undeclared fields are kept by name, typed,
    /// and written back.
    @Test func additionalPropertiesRoundTrip() throws {
        let receipt = try JSONDecoder().decode(Receipt.self, from: Data(#"{"number": "R-1", "printer": "front", "note": "thanks"}"#.utf8))
        #expect(receipt == Receipt(number: "R-1", additionalProperties: ["printer": "front", "note": "thanks"]))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(String(decoding: try encoder.encode(receipt), as: UTF8.self) == #"{"note":"thanks","number":"R-1","printer":"front"}"#)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Receipt.self, from: Data(#"{"number": "R-1", "copies": 2}"#.utf8)) }
    }

    /// A deprecated property is read through a deprecated accessor (callers are warned), while
    /// its JSON name, the initialiser and the coding are unchanged.
    @Test func aDeprecatedPropertyStillRoundTrips() throws {
        let payment = try JSONDecoder().decode(Payment.self, from: Data(#"{"method": "card", "amount": 500, "last4": "4242", "card_holder": "Ada"}"#.utf8))
        #expect(payment == Payment(method: .card, amount: 500, last4: "4242", cardHolder: "Ada"))
        #expect(String(decoding: try JSONEncoder().encode(payment), as: UTF8.self).contains(#""card_holder":"Ada""#))
    }

    @Test func theCardPaymentPasses() async throws {
        let response = try await Self.post(Self.card)
        #expect(response.status == 201, "\(response.text)")
    }
}
