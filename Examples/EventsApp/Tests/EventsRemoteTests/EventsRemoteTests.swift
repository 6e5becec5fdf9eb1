import EventsModels
import EventsRemote
import Foundation
import HTTPTypes
import OpenAPIRuntime
import Testing

/// Answers every request with one canned JSON body.
struct CannedTransport: ClientTransport {
    let body: String

    func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
        var response = HTTPResponse(status: .ok)
        response.headerFields[.contentType] = "application/json"
        return (response, HTTPBody(self.body))
    }
}

/// A client generated without its types, in one module, over the models generated alone in
/// another: the app sees one set of types.
@Suite struct EventsRemoteTests {
    @Test func theClientModuleUsesTheModelsModule() async throws {
        let client = EventsRemote.Client(transport: CannedTransport(body: #"[{"id": "e1", "name": "Launch", "date_start": "2030-01-01T10:00:00Z"}]"#))
        guard case .ok(let events) = try await client.listEvents() else {
            Issue.record("a 200 is the ok case")
            return
        }
        let typed: [EventsModels.Event] = events
        #expect(typed.map(\.id) == ["e1"])
        // The API protocol is the models module's: a server or a fake can implement it there.
        let api: any EventsModels.APIProtocol = client
        _ = api
    }
}
