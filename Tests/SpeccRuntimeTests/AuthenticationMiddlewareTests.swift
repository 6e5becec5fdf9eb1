import Foundation
import HTTPTypes
import OpenAPIRuntime
@_spi(Generated) import SpeccRuntime
import Testing

/// Captures what would be sent, instead of sending it.
struct CapturingTransport: ClientTransport {
    let captured = Captured()

    final class Captured: @unchecked Sendable {
        private let lock = NSLock()
        private var requests: [HTTPRequest] = []
        func append(_ request: HTTPRequest) { lock.withLock { requests.append(request) } }
        var last: HTTPRequest? { lock.withLock { requests.last } }
    }

    func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
        captured.append(request)
        return (HTTPResponse(status: .noContent), nil)
    }
}

@Suite struct AuthenticationMiddlewareTests {
    func send(with credentials: AuthenticationMiddleware) async throws -> HTTPRequest {
        let transport = CapturingTransport()
        let core = ClientCore(serverURL: URL(string: "https://example.com")!, transport: transport, middlewares: [credentials], maxResponseBytes: 1 << 20)
        let request = ClientCore.request(.get, path: "/pets", query: ["limit=1"], headers: [], contentType: nil, accept: "application/json")
        _ = try await core.send(request, body: nil, operationID: "listPets")
        return try #require(transport.captured.last)
    }

    @Test func bearerAndBasic() async throws {
        #expect(try await send(with: AuthenticationMiddleware(.bearer("t0k"))).headerFields[.authorization] == "Bearer t0k")
        #expect(try await send(with: AuthenticationMiddleware(.basic(username: "user", password: "pa:ss"))).headerFields[.authorization] == "Basic dXNlcjpwYTpzcw==")
    }

    @Test func apiKeysInHeaderQueryAndCookie() async throws {
        #expect(try await send(with: AuthenticationMiddleware(.header(name: "X-API-Key", value: "k"))).headerFields[HTTPField.Name("X-API-Key")!] == "k")
        #expect(try await send(with: AuthenticationMiddleware(.query(name: "api key", value: "a&b"))).path == "/pets?limit=1&api%20key=a%26b")
        let cookies = try await send(with: AuthenticationMiddleware(.cookie(name: "session", value: "s1"), .cookie(name: "team", value: "t")))
        #expect(cookies.headerFields[.cookie] == "session=s1; team=t")
    }
}
