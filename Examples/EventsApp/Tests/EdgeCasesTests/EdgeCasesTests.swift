import EdgeCases
import Foundation
import HTTPTypes
import OpenAPIRuntime
import SpeccRuntime
import Testing

/// Remembers what the server handed to each method, and answers from it.
actor Recorder: APIProtocol {
    struct PostItemInput: Equatable {
        let id: Int64, format: PostItemFormat, tags: [String]?, filter: PostItemFilter?, xRequestID: String, session: String?, limit: Int64?, body: PostItemBody
    }

    private(set) var posted: [PostItemInput] = []
    private(set) var uploads: [Data?] = []
    private(set) var searches: [(q: String, ids: [Int64]?)] = []

    func postItem(id: Int64, format: PostItemFormat, tags: [String]?, filter: PostItemFilter?, xRequestID: String, session: String?, limit: Int64?, body: PostItemBody) async throws -> PostItemResponse {
        posted.append(PostItemInput(id: id, format: format, tags: tags, filter: filter, xRequestID: xRequestID, session: session, limit: limit, body: body))
        if body.name == "teapot" { return .clientError(statusCode: 418, body: Problem(title: "I'm a teapot", status: 418)) }
        let item = Item(id: Int(id), kind: format == .json ? .a : .b, extra: ["count": Double(body.count ?? 0)])
        return .created(body: item, location: "/items/\(id)", xRateRemaining: 41)
    }

    func upload(body: HTTPBody?) async throws -> UploadResponse {
        // The body arrives unread; collecting it here is the handler's choice.
        if let body {
            uploads.append(try await Data(collecting: body, upTo: 1 << 20))
        } else {
            uploads.append(nil)
        }
        return .noContent
    }

    func search(q: String, ids: [Int64]?) async throws -> SearchResponse {
        searches.append((q, ids))
        return .ok([.item(Item(id: 1, kind: .a)), .problem(Problem(title: "partial", status: 206))])
    }
}

@Suite struct EdgeCasesTests {
    static func start() throws -> (Client, Recorder, InProcessTransport) {
        let transport = InProcessTransport()
        let recorder = Recorder()
        try recorder.registerHandlers(on: transport)
        return (Client(serverURL: URL(string: "https://edge.test")!, transport: transport), recorder, transport)
    }

    @Test func everyParameterStyleAndTheFormBodyRoundTrip() async throws {
        let (client, recorder, _) = try Self.start()
        let body = PostItemBody(name: "a & b = c", count: 3, nested: PostItemBodyNested(a: "x/y"))
        let result = try await client.postItem(
            id: 7, format: .xml, tags: ["one", "two, three", "ünï"], filter: PostItemFilter(min: 1, max: 9),
            xRequestID: "9b2f3c1e-0000-4000-8000-000000000000", session: "s p%ce", limit: 20, body: body)
        #expect(result == .created(body: Item(id: 7, kind: .b, extra: ["count": 3]), location: "/items/7", xRateRemaining: 41))
        let received = try #require(await recorder.posted.first)
        #expect(received == Recorder.PostItemInput(
            id: 7, format: .xml, tags: ["one", "two, three", "ünï"], filter: PostItemFilter(min: 1, max: 9),
            xRequestID: "9b2f3c1e-0000-4000-8000-000000000000", session: "s p%ce", limit: 20, body: body))
    }

    @Test func optionalParametersMayBeLeftOut() async throws {
        let (client, recorder, _) = try Self.start()
        _ = try await client.postItem(id: 1, format: .json, xRequestID: "9b2f3c1e-0000-4000-8000-000000000000", body: PostItemBody(name: "n"))
        let received = try #require(await recorder.posted.first)
        #expect(received.tags == nil && received.filter == nil && received.session == nil && received.limit == nil)
    }

    @Test func rangesBytesAndUnions() async throws {
        let (client, recorder, _) = try Self.start()
        let teapot = try await client.postItem(id: 2, format: .json, xRequestID: "9b2f3c1e-0000-4000-8000-000000000000", body: PostItemBody(name: "teapot"))
        #expect(teapot == .clientError(statusCode: 418, body: Problem(title: "I'm a teapot", status: 418)))
        #expect(try await client.upload(body: HTTPBody([0, 1, 2, 255])) == .noContent)
        #expect(await recorder.uploads == [Data([0, 1, 2, 255])])
        #expect(try await client.search(q: "red | blue", ids: [3, 1, 2]) == .ok([.item(Item(id: 1, kind: .a)), .problem(Problem(title: "partial", status: 206))]))
        let search = try #require(await recorder.searches.first)
        #expect(search.q == "red | blue")
        #expect(search.ids == [3, 1, 2])
    }

    @Test func theServerRefusesWhatTheSpecForbids() async throws {
        let (_, recorder, transport) = try Self.start()
        func post(_ path: String, headers: [(String, String)] = [("X-Request-ID", "9b2f3c1e-0000-4000-8000-000000000000")], body: String = "name=n") async throws -> (Int, String) {
            var request = HTTPRequest(method: .post, scheme: nil, authority: nil, path: path)
            request.headerFields[.contentType] = "application/x-www-form-urlencoded"
            for (name, value) in headers { request.headerFields[HTTPField.Name(name)!] = value }
            let (response, responseBody) = try await transport.send(request, body: HTTPBody(body), baseURL: URL(string: "https://edge.test")!, operationID: "")
            var text = ""
            if let responseBody { text = try await String(collecting: responseBody, upTo: 1 << 20) }
            return (response.status.code, text)
        }
        let zero = try await post("/items/0/.json")
        #expect(zero.0 == 400)
        #expect(zero.1.contains("path parameter id: must be at least 1; got 0 [minimum]"))
        let format = try await post("/items/1/.yaml")
        #expect(format.1.contains("path parameter format: must be one of \\\"json\\\", \\\"xml\\\"; got \\\"yaml\\\" [enum]"), "\(format.1)")
        let header = try await post("/items/1/.json", headers: [])
        #expect(header.1.contains("header parameter X-Request-ID: is required [required]"))
        let uuid = try await post("/items/1/.json", headers: [("X-Request-ID", "not-a-uuid")])
        #expect(uuid.1.contains("header parameter X-Request-ID: must be a UUID [format]"))
        let count = try await post("/items/1/.json", body: "name=n&count=many")
        #expect(count.1.contains("body/count: must be an integer, not a string [type]"))
        let missing = try await post("/items/1/.json", body: "count=1")
        #expect(missing.1.contains("body/name: is required [required]"))
        #expect(await recorder.posted.isEmpty)
    }
}
