import Foundation
import HTTPTypes
import OpenAPIRuntime
import OpenAPIURLSession
import SpeccGoldenStrigoEvents
import Testing

@Suite(.serialized) struct StrigoClientTests {
    let server: RecordingServer
    let client: Client

    init() throws {
        server = try RecordingServer()
        client = Client(serverURL: server.url("/api/v1"), transport: URLSessionTransport(),
                        middlewares: [Authentication.orgApiKey(token: "ORG:KEY")])
    }

    static let eventJSON = """
        {"availability":"public","class_id":"hd3ALTaLAbhfzmBbf","date_end":"2018-10-30T13:00:00.000Z",\
        "date_start":"2018-09-20T11:00:00.000Z","event_link":"https://app.strigo.io/event/p3bQnrweEystFToCq",\
        "id":"p3bdnrweEystFToCq","include_chat":false,"include_video":false,"name":"My Event",\
        "owner":{"email":"me@strigo.io","id":"rMWNrMT2pCySh2PGo"},"status":"live","tas":[],"token":"9NX4",\
        "trainees":[],"use_new_terminal":false}
        """

    static func date(_ text: String) -> Date { try! Date(text, strategy: .iso8601) }

    /// A failed call throws OpenAPIRuntime's `ClientError`: the operation, what was sent and
    /// received, and the error underneath, for logging or retrying by operation.
    @Test func aFailedCallSaysWhichOperationAndWhatWasExchanged() async throws {
        try await server.respond(200, body: #"{"id": 7}"#, headers: ["Content-Type": "application/json"])
        do {
            _ = try await client.getEvent(eventId: "e1")
            Issue.record("a body that is no Event must not decode")
        } catch let error as ClientError {
            #expect(error.operationID == "getEvent")
            #expect(error.request?.path == "/events/e1")
            #expect(error.response?.status.code == 200)
            #expect(error.underlyingError is DecodingError)
            #expect(error.causeDescription == "Reading the response failed.")
        }
        struct Refusing: ClientTransport {
            func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
                throw URLError(.notConnectedToInternet)
            }
        }
        do {
            _ = try await Client(transport: Refusing()).listEvents()
            Issue.record("the transport failed")
        } catch let error as ClientError {
            #expect(error.operationID == "listEvents")
            #expect(error.request?.method == .get && error.response == nil)
            #expect((error.underlyingError as? URLError)?.code == .notConnectedToInternet)
            #expect(error.causeDescription == "Sending the request failed (transport or middleware).")
        }
    }

    @Test func createSendsTheExactBodyAndDecodesTheEvent() async throws {
        try await server.respond(200, body: Self.eventJSON, headers: ["Content-Type": "application/json"])
        let result = try await client.createEvent(body: EventCreate(
            name: "My Event", owner: "me@strigo.io", classId: "hd3ALTaLAbhfzmBbf",
            dateStart: Self.date("2018-09-20T11:00:00Z"), dateEnd: Self.date("2018-10-30T13:00:00Z")))
        let sent = try #require(try await server.received().first)
        #expect(sent.method == "POST")
        #expect(sent.path == "/api/v1/events")
        #expect(sent.headers["authorization"] == "Bearer ORG:KEY")
        #expect(sent.headers["content-type"] == "application/json")
        #expect(sent.headers["accept"] == "application/json")
        #expect(sent.bodyText == #"{"class_id":"hd3ALTaLAbhfzmBbf","date_end":"2018-10-30T13:00:00.000Z","date_start":"2018-09-20T11:00:00.000Z","name":"My Event","owner":"me@strigo.io"}"#)
        guard case .ok(let event) = result else { Issue.record("expected .ok, got \(result)"); return }
        #expect(event.id == "p3bdnrweEystFToCq")
        #expect(event.owner == Owner(email: "me@strigo.io", id: "rMWNrMT2pCySh2PGo"))
        #expect(event.availability == .public)
        #expect(event.dateEnd == Self.date("2018-10-30T13:00:00Z"))
        #expect(event.tas == [])
    }

    @Test func listGetModifyAndDelete() async throws {
        try await server.respond(200, body: "[\(Self.eventJSON)]")
        let list = try await client.listEvents()
        guard case .ok(let events) = list else { Issue.record("\(list)"); return }
        #expect(events.map(\.name) == ["My Event"])

        try await server.respond(200, body: Self.eventJSON)
        _ = try await client.getEvent(eventId: "p3b/d n")
        try await server.respond(200, body: Self.eventJSON)
        _ = try await client.modifyEvent(eventId: "p3bdnrweEystFToCq", body: EventUpdate(name: "Another Event", owner: "someone.else@strigo.io"))
        try await server.respond(200, body: #"{"result":"success"}"#)
        let deleted = try await client.deleteEvent(eventId: "p3bdnrweEystFToCq")
        #expect(deleted == .ok(DeleteResult(result: "success")))

        let sent = try await server.received()
        #expect(sent.map { "\($0.method) \($0.path)" } == [
            "GET /api/v1/events",
            "GET /api/v1/events/p3b%2Fd%20n",
            "PATCH /api/v1/events/p3bdnrweEystFToCq",
            "DELETE /api/v1/events/p3bdnrweEystFToCq",
        ])
        #expect(sent[2].bodyText == #"{"name":"Another Event","owner":"someone.else@strigo.io"}"#)
        #expect(sent[0].body.isEmpty && sent[3].body.isEmpty)
    }

    @Test func undocumentedErrorsUseTheDefaultCase() async throws {
        try await server.respond(409, body: "cannot delete a live event")
        #expect(try await client.deleteEvent(eventId: "live") == .default(statusCode: 409))
    }

    @Test func unknownEnumValuesDecode() async throws {
        try await server.respond(200, body: #"{"availability":"secret"}"#)
        let result = try await client.getEvent(eventId: "x")
        guard case .ok(let event) = result else { Issue.record("\(result)"); return }
        #expect(event.availability == .undocumented("secret"))
        #expect(event.availability?.rawValue == "secret")
    }
}
