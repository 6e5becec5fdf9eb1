import EventsClient
import Foundation
import HTTPTypes
import OpenAPIRuntime
import Testing

/// Answers every request with a canned response and remembers what was sent.
final class StubTransport: ClientTransport, @unchecked Sendable {
    private let lock = NSLock()
    private var requests: [HTTPRequest] = []
    let status: Int
    let body: String

    init(status: Int, body: String) {
        self.status = status
        self.body = body
    }

    var sent: [HTTPRequest] { lock.withLock { requests } }

    func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
        lock.withLock { requests.append(request) }
        var response = HTTPResponse(status: .init(code: status))
        response.headerFields[.contentType] = "application/json"
        return (response, HTTPBody(self.body))
    }
}

@Suite struct EventsClientTests {
    static let events = """
        [{"id": "late", "name": "Later", "date_start": "2030-02-01T10:00:00Z"},
         {"id": "past", "name": "Past", "date_start": "2020-01-01T10:00:00Z"},
         {"id": "soon", "name": "Soon", "date_start": "2030-01-01T10:00:00.5Z", "availability": "private"}]
        """

    @Test func theGeneratedClientDecodesTheSpecsResponses() async throws {
        let transport = StubTransport(status: 200, body: Self.events)
        let client = Client(transport: transport, middlewares: [Authentication.orgApiKey(token: "ORG:KEY")])
        let upcoming = try await UpcomingEvents(client: client).list(after: try Date("2025-01-01T00:00:00Z", strategy: .iso8601))
        #expect(upcoming.map(\.id) == ["soon", "late"])
        #expect(upcoming.first?.availability == .private)
        let request = try #require(transport.sent.first)
        #expect(request.method == .get)
        #expect(request.path == "/events")
        #expect(request.headerFields[.authorization] == "Bearer ORG:KEY")
        #expect(Client.defaultServerURL.absoluteString == "https://app.strigo.io/api/v1")
    }

    @Test func documentedFailuresReachTheApp() async throws {
        let client = Client(transport: StubTransport(status: 503, body: "{}"))
        do {
            _ = try await UpcomingEvents(client: client).list(after: Date())
            Issue.record("a 503 must not read as an empty list")
        } catch let error as UnexpectedStatus {
            #expect(error == UnexpectedStatus(statusCode: 503))
        }
    }
}
