import Foundation
import OpenAPIRuntime
import OpenAPIURLSession
import SpeccGoldenEdgeCases
import SpeccRuntime
import Testing

/// Echoes what it received, so a test can see exactly what the generated server decoded.
actor EdgeCasesEcho: APIProtocol {
    private(set) var lastPost: String?

    func postItem(id: Int64, format: PostItemFormat, tags: [String]?, filter: PostItemFilter?, xRequestID: String, session: String?, limit: Int64?, body: PostItemBody) async throws -> PostItemResponse {
        lastPost = "id=\(id) format=\(format.rawValue) tags=\(tags ?? []) filter=\(filter?.min ?? -1)..\(filter?.max ?? -1) id=\(xRequestID) session=\(session ?? "-") limit=\(limit ?? -1) name=\(body.name) count=\(body.count ?? -1) nested=\(body.nested?.a ?? "-")"
        if body.name == "conflict" { return .clientError(statusCode: 409, body: Problem(title: "exists", status: 409)) }
        return .created(body: Item(id: Int(id), kind: format == .json ? .a : .b, extra: ["limit": Double(limit ?? 0)]), location: "/items/\(id)", xRateRemaining: 99)
    }

    func upload(body: HTTPBody?) async throws -> UploadResponse { .noContent }

    func search(q: String, ids: [Int64]?) async throws -> SearchResponse {
        .ok([.item(Item(id: Int(ids?.first ?? 0), kind: .a)), .problem(Problem(title: q, status: 200))])
    }
}

/// The constructs the seed APIs do not use, over real HTTP: Hummingbird on 127.0.0.1 and
/// URLSessionTransport.
@Suite struct EdgeCasesServerTests {
    static let requestID = "9b2f3c1e-0000-4000-8000-000000000000"

    static func start() async throws -> (LiveServer, Client, EdgeCasesEcho) {
        let echo = EdgeCasesEcho()
        let server = try await LiveServer.start { router in try echo.registerHandlers(on: router) }
        return (server, Client(serverURL: server.url(), transport: URLSessionTransport()), echo)
    }

    @Test func everyStyleRoundTripsOverHTTP() async throws {
        let (server, client, echo) = try await Self.start()
        defer { server.stop() }
        let result = try await client.postItem(
            id: 42, format: .xml, tags: ["a,b", "c d", "é"], filter: PostItemFilter(min: 2, max: 5), xRequestID: Self.requestID,
            session: "tok;en=1", limit: 7, body: PostItemBody(name: "x&y=z", count: 3, nested: PostItemBodyNested(a: "deep")))
        #expect(result == .created(body: Item(id: 42, kind: .b, extra: ["limit": 7]), location: "/items/42", xRateRemaining: 99))
        #expect(await echo.lastPost == "id=42 format=xml tags=[\"a,b\", \"c d\", \"é\"] filter=2..5 id=\(Self.requestID) session=tok;en=1 limit=7 name=x&y=z count=3 nested=deep")
        let conflict = try await client.postItem(id: 1, format: .json, xRequestID: Self.requestID, body: PostItemBody(name: "conflict"))
        #expect(conflict == .clientError(statusCode: 409, body: Problem(title: "exists", status: 409)))
        #expect(try await client.search(q: "a|b c", ids: [5, 6]) == .ok([.item(Item(id: 5, kind: .a)), .problem(Problem(title: "a|b c", status: 200))]))
        #expect(try await client.upload(body: HTTPBody(Data(repeating: 7, count: 1000))) == .noContent)
    }

    struct BadRequest: CustomTestStringConvertible, Sendable {
        let label: String
        let method: String
        let path: String
        var headers: [String: String] = ["X-Request-ID": EdgeCasesServerTests.requestID, "Content-Type": "application/x-www-form-urlencoded"]
        var body: String? = "name=n"
        let status: Int
        let detail: String
        var testDescription: String { label }
    }

    static let badRequests: [BadRequest] = [
        BadRequest(label: "a path parameter that is not an integer", method: "POST", path: "/items/abc/.json", status: 400,
                   detail: "path parameter id: must be an integer, not a string [type]"),
        BadRequest(label: "a path parameter below its minimum", method: "POST", path: "/items/0/.json", status: 400,
                   detail: "path parameter id: must be at least 1; got 0 [minimum]"),
        BadRequest(label: "an unknown enum value", method: "POST", path: "/items/1/.yaml", status: 400,
                   detail: "path parameter format: must be one of \"json\", \"xml\"; got \"yaml\" [enum]"),
        BadRequest(label: "a missing required header", method: "POST", path: "/items/1/.json", headers: ["Content-Type": "application/x-www-form-urlencoded"], status: 400,
                   detail: "header parameter X-Request-ID: is required [required]"),
        BadRequest(label: "a header that is not a UUID", method: "POST", path: "/items/1/.json", headers: ["X-Request-ID": "42", "Content-Type": "application/x-www-form-urlencoded"], status: 400,
                   detail: "header parameter X-Request-ID: must be a UUID [format]"),
        BadRequest(label: "a query integer that is not one", method: "POST", path: "/items/1/.json?limit=ten", status: 400,
                   detail: "query parameter limit: must be an integer or null, not a string [type]"),
        BadRequest(label: "a deepObject member of the wrong type", method: "POST", path: "/items/1/.json?filter%5Bmin%5D=low", status: 400,
                   detail: "query parameter filter/min: must be an integer, not a string [type]"),
        BadRequest(label: "an integer beyond 64 bits", method: "POST", path: "/items/1/.json", body: "name=n&count=1897890026954246213074944", status: 400,
                   detail: "body: holds a number out of range for this server (integers must fit in 64 bits) [type]"),
        BadRequest(label: "a form field of the wrong type", method: "POST", path: "/items/1/.json", body: "name=n&count=many", status: 400,
                   detail: "body/count: must be an integer, not a string [type]"),
        BadRequest(label: "a form body missing a required field", method: "POST", path: "/items/1/.json", body: "count=1", status: 400,
                   detail: "body/name: is required [required]"),
        BadRequest(label: "JSON where the operation takes a form", method: "POST", path: "/items/1/.json",
                   headers: ["X-Request-ID": EdgeCasesServerTests.requestID, "Content-Type": "application/json"], body: #"{"name": "n"}"#, status: 415,
                   detail: "Content-Type application/json is not accepted here; send application/x-www-form-urlencoded."),
        BadRequest(label: "a required query parameter left out", method: "GET", path: "/search", headers: [:], body: nil, status: 400,
                   detail: "query parameter q: is required [required]"),
        BadRequest(label: "a query string below its minLength", method: "GET", path: "/search?q=", headers: [:], body: nil, status: 400,
                   detail: "query parameter q: must be at least 1 character long; got 0 [minLength]"),
        BadRequest(label: "a pipeDelimited item that is not an integer", method: "GET", path: "/search?q=x&ids=1%7Ctwo", headers: [:], body: nil, status: 400,
                   detail: "query parameter ids/1: must be an integer, not a string [type]"),
        BadRequest(label: "a body of a media type outside the declared range", method: "PUT", path: "/upload", headers: ["Content-Type": "text/plain"], body: "hello", status: 415,
                   detail: "Content-Type text/plain is not accepted here; send application/octet-stream, image/*."),
    ]

    @Test(arguments: badRequests)
    func badRequestIsRefusedClearly(_ bad: BadRequest) async throws {
        let (server, client, echo) = try await Self.start()
        defer { server.stop() }
        let response = try await server.send(bad.method, bad.path, body: bad.body.map { Data($0.utf8) }, headers: bad.headers)
        #expect(response.status == bad.status, "\(response.text)")
        #expect(response.contentType == "application/problem+json")
        #expect(response.problem?.detail == bad.detail)
        #expect(await echo.lastPost == nil, "the handler never ran")
        // And the server goes on serving.
        #expect(try await client.search(q: "still", ids: nil) == .ok([.item(Item(id: 0, kind: .a)), .problem(Problem(title: "still", status: 200))]))
    }
}
