import Foundation
import HTTPTypes
import OpenAPIRuntime
import OpenAPIURLSession
import SpeccGoldenStrigoEvents
import SpeccRuntime
import StrigoEventsStore
import Testing

/// The example's in-memory Strigo API behind the generated server, called by the generated client.
@Suite struct StrigoServerTests {
    static func date(_ text: String) -> Date { try! Date(text, strategy: .iso8601) }

    static let token = "ORG:KEY"
    static let auth = ["Authorization": "Bearer \(token)"]

    static func start() async throws -> (LiveServer, Client) {
        let server = try await LiveServer.start { router in
            try StrigoEventsStore().registerHandlers(on: router, pathPrefix: "/api/v1", options: ServerOptions(authenticate: { $0.value == token }))
        }
        return (server, Client(serverURL: server.url("/api/v1"), transport: URLSessionTransport(), middlewares: [Authentication.orgApiKey(token: token)]))
    }

    @Test func createListGetModifyDelete() async throws {
        let (server, client) = try await Self.start()
        defer { server.stop() }
        guard case .ok(let empty) = try await client.listEvents() else { Issue.record("list failed"); return }
        #expect(empty.isEmpty)

        let created = try await client.createEvent(body: EventCreate(
            name: "My Event", owner: "me@strigo.io", classId: "hd3ALTaLAbhfzmBbf", description: "Intro",
            dateStart: Self.date("2018-09-20T11:00:00Z"), dateEnd: Self.date("2018-10-30T13:00:00Z"),
            includeChat: true, tas: ["ta@strigo.io"]))
        guard case .ok(let event) = created, let id = event.id else { Issue.record("create: \(created)"); return }
        #expect(event.name == "My Event")
        #expect(event.owner?.email == "me@strigo.io")
        #expect(event.dateStart == Self.date("2018-09-20T11:00:00Z"))
        #expect(event.includeChat == true)
        #expect(event.tas == ["ta@strigo.io"])
        #expect(event.availability == .public)

        #expect(try await client.listEvents() == .ok([event]))
        #expect(try await client.getEvent(eventId: id) == .ok(event))

        let modified = try await client.modifyEvent(eventId: id, body: EventUpdate(name: "Renamed", dateEnd: Self.date("2018-11-01T09:30:15.250Z")))
        guard case .ok(let changed) = modified else { Issue.record("modify: \(modified)"); return }
        #expect(changed.name == "Renamed")
        #expect(changed.description == "Intro")
        #expect(changed.dateEnd == Self.date("2018-11-01T09:30:15.250Z"))
        #expect(try await client.getEvent(eventId: id) == .ok(changed))

        #expect(try await client.deleteEvent(eventId: id) == .ok(DeleteResult(result: "success")))
        #expect(try await client.getEvent(eventId: id) == .default(statusCode: 404))
        #expect(try await client.deleteEvent(eventId: id) == .default(statusCode: 404))
        #expect(try await client.listEvents() == .ok([]))
    }

    @Test func idsWithReservedCharactersRoundTrip() async throws {
        // A handler that answers with the id it was given: the path must arrive decoded, exactly.
        let server = try await LiveServer.start { router in
            try EchoStrigo().registerHandlers(on: router, options: ServerOptions(authenticate: { _ in true }))
        }
        defer { server.stop() }
        let client = Client(serverURL: server.url(), transport: URLSessionTransport(), middlewares: [Authentication.orgApiKey(token: Self.token)])
        for id in ["a b/c?d#e%f", "ünïcode", "100%", "x+y", "semi;colon,comma"] {
            #expect(try await client.getEvent(eventId: id) == .ok(Event(id: id)), "\(id)")
            #expect(try await client.modifyEvent(eventId: id, body: EventUpdate(name: "n")) == .ok(Event(id: id, name: "n")))
        }
    }

    static let valid = #"{"name":"n","owner":"o@x.io","class_id":"c","date_start":"2024-05-01T10:00:00Z","date_end":"2024-05-01T12:00:00Z"}"#

    /// One bad request: what is sent, the status it must get, and the rule and field it must name.
    struct BadRequest: CustomTestStringConvertible, Sendable {
        let label: String
        let method: String
        let path: String
        let body: String?
        var contentType: String? = "application/json"
        let status: Int
        let rule: String?
        let pointer: String?

        var testDescription: String { label }
    }

    static func replacing(_ key: String, with value: String) -> String {
        var object = try! JSONSerialization.jsonObject(with: Data(valid.utf8)) as! [String: Any]
        object[key] = try! JSONSerialization.jsonObject(with: Data(value.utf8), options: .fragmentsAllowed)
        return String(decoding: try! JSONSerialization.data(withJSONObject: object, options: .sortedKeys), as: UTF8.self)
    }

    static func removing(_ key: String) -> String {
        var object = try! JSONSerialization.jsonObject(with: Data(valid.utf8)) as! [String: Any]
        object[key] = nil
        return String(decoding: try! JSONSerialization.data(withJSONObject: object, options: .sortedKeys), as: UTF8.self)
    }

    static let badRequests: [BadRequest] = [
        BadRequest(label: "malformed JSON", method: "POST", path: "/events", body: #"{"name": "#, status: 400, rule: "json", pointer: "#"),
        BadRequest(label: "trailing garbage", method: "POST", path: "/events", body: valid + "}", status: 400, rule: "json", pointer: "#"),
        BadRequest(label: "an array, not an object", method: "POST", path: "/events", body: "[]", status: 400, rule: "type", pointer: "#"),
        BadRequest(label: "a bare string", method: "POST", path: "/events", body: #""event""#, status: 400, rule: "type", pointer: "#"),
        BadRequest(label: "null body", method: "POST", path: "/events", body: "null", status: 400, rule: "type", pointer: "#"),
        BadRequest(label: "257-character name", method: "POST", path: "/events", body: replacing("name", with: "\"" + String(repeating: "n", count: 257) + "\""), status: 400, rule: "maxLength", pointer: "#/name"),
        BadRequest(label: "name is a number", method: "POST", path: "/events", body: replacing("name", with: "42"), status: 400, rule: "type", pointer: "#/name"),
        BadRequest(label: "missing class_id", method: "POST", path: "/events", body: removing("class_id"), status: 400, rule: "required", pointer: "#/class_id"),
        BadRequest(label: "missing date_start", method: "POST", path: "/events", body: removing("date_start"), status: 400, rule: "required", pointer: "#/date_start"),
        BadRequest(label: "date_start not a date-time", method: "POST", path: "/events", body: replacing("date_start", with: #""next tuesday""#), status: 400, rule: "format", pointer: "#/date_start"),
        BadRequest(label: "include_chat as a string", method: "POST", path: "/events", body: replacing("include_chat", with: #""yes""#), status: 400, rule: "type", pointer: "#/include_chat"),
        BadRequest(label: "tas is not an array", method: "POST", path: "/events", body: replacing("tas", with: #""ta@x.io""#), status: 400, rule: "type", pointer: "#/tas"),
        BadRequest(label: "tas item is a number", method: "POST", path: "/events", body: replacing("tas", with: #"["a@x.io", 7]"#), status: 400, rule: "type", pointer: "#/tas/1"),
        BadRequest(label: "65,537-character description", method: "POST", path: "/events", body: replacing("description", with: "\"" + String(repeating: "d", count: 65_537) + "\""), status: 400, rule: "maxLength", pointer: "#/description"),
        BadRequest(label: "empty body where one is required", method: "POST", path: "/events", body: nil, status: 400, rule: "required", pointer: "#"),
        BadRequest(label: "text/plain body", method: "POST", path: "/events", body: valid, contentType: "text/plain", status: 415, rule: nil, pointer: nil),
        BadRequest(label: "form-encoded body", method: "POST", path: "/events", body: "name=n", contentType: "application/x-www-form-urlencoded", status: 415, rule: nil, pointer: nil),
        BadRequest(label: "no Content-Type", method: "POST", path: "/events", body: valid, contentType: nil, status: 415, rule: nil, pointer: nil),
        BadRequest(label: "10 MB body", method: "POST", path: "/events", body: "[" + String(repeating: "1,", count: 5_000_000) + "1]", status: 413, rule: nil, pointer: nil),
        BadRequest(label: "modify with a wrong-typed field", method: "PATCH", path: "/events/evt1", body: #"{"include_video": 1}"#, status: 400, rule: "type", pointer: "#/include_video"),
        BadRequest(label: "modify with malformed JSON", method: "PATCH", path: "/events/evt1", body: "{", status: 400, rule: "json", pointer: "#"),
        BadRequest(label: "modify with a 257-character name", method: "PATCH", path: "/events/evt1", body: #"{"name":""# + String(repeating: "x", count: 257) + #""}"#, status: 400, rule: "maxLength", pointer: "#/name"),
        BadRequest(label: "modify without a body", method: "PATCH", path: "/events/evt1", body: nil, status: 400, rule: "required", pointer: "#"),
    ]

    @Test(arguments: badRequests)
    func badRequestGetsItsStatusAndAClearProblem(_ bad: BadRequest) async throws {
        let (server, client) = try await Self.start()
        defer { server.stop() }
        var headers = Self.auth
        if let contentType = bad.contentType { headers["Content-Type"] = contentType }
        let response = try await server.send(bad.method, "/api/v1" + bad.path, body: bad.body.map { Data($0.utf8) }, headers: headers)
        #expect(response.status == bad.status, "\(response.status): \(response.text.prefix(300))")
        #expect(response.contentType == "application/problem+json")
        let problem = try #require(response.problem, "not problem details: \(response.text.prefix(300))")
        #expect(problem.status == bad.status)
        #expect(problem.type == "about:blank")
        #expect(!problem.detail.isEmpty)
        if let rule = bad.rule {
            let first = try #require(problem.errors?.first)
            #expect(first.rule == rule)
            #expect(first.in == "body")
            #expect(first.pointer == bad.pointer)
            // The summary names the field and the rule, for people reading logs.
            #expect(problem.detail.contains("[\(rule)]"))
            #expect(problem.detail.contains("body" + String(bad.pointer!.dropFirst())))
        }
        // Nothing was created, and the server goes on serving.
        #expect(try await client.listEvents() == .ok([]))
    }

    @Test func problemDetailsAreSpecific() async throws {
        let (server, _) = try await Self.start()
        defer { server.stop() }
        let long = try await server.send("POST", "/api/v1/events", body: Data(Self.replacing("name", with: "\"" + String(repeating: "n", count: 257) + "\"").utf8), headers: ["Content-Type": "application/json"].merging(Self.auth) { $1 })
        #expect(long.problem?.detail == "body/name: must be at most 256 characters long; got 257 [maxLength]")
        let wrongType = try await server.send("POST", "/api/v1/events", body: Data(#"{"name": 1, "owner": [], "date_start": "2024-05-01T10:00:00Z", "date_end": "2024-05-01T12:00:00Z"}"#.utf8), headers: ["Content-Type": "application/json; charset=utf-8"].merging(Self.auth) { $1 })
        #expect(wrongType.problem?.errors?.map(\.pointer) == ["#/class_id", "#/name", "#/owner"])
        #expect(wrongType.problem?.detail == "body/class_id: is required [required]; body/name: must be a string, not an integer [type]; body/owner: must be a string, not an array [type]")
        let malformed = try await server.send("POST", "/api/v1/events", body: Data("{\"name\": tru}".utf8), headers: ["Content-Type": "application/json"].merging(Self.auth) { $1 })
        #expect(malformed.problem?.detail.hasPrefix("body: is not valid JSON: ") == true)
        let media = try await server.send("POST", "/api/v1/events", body: Data("x".utf8), headers: ["Content-Type": "text/csv"].merging(Self.auth) { $1 })
        #expect(media.problem?.detail == "Content-Type text/csv is not accepted here; send application/json.")
        let methodOnly = try await server.send("PUT", "/api/v1/events", headers: Self.auth)
        #expect(methodOnly.status == 405)
        #expect(methodOnly.headers["Allow"] == "GET, POST")
        #expect(methodOnly.problem?.detail == "/events supports GET, POST.")
    }

    /// The spec's bearer scheme: a request without it, or with a token `authenticate` refuses,
    /// gets 401 before validation and before the handler.
    @Test func credentialsAreRequiredAndChecked() async throws {
        let (server, client) = try await Self.start()
        defer { server.stop() }
        let anonymous = try await server.send("POST", "/api/v1/events", body: Data("{".utf8), headers: ["Content-Type": "application/json"])
        #expect(anonymous.status == 401)
        #expect(anonymous.contentType == "application/problem+json")
        #expect(anonymous.headers["WWW-Authenticate"] == "Bearer")
        #expect(anonymous.problem?.detail == "This operation requires credentials: Authorization: Bearer … (orgApiKey).")
        let wrongScheme = try await server.send("GET", "/api/v1/events", headers: ["Authorization": "Basic T1JHOktFWQ=="])
        #expect(wrongScheme.status == 401)
        let wrongToken = try await server.send("GET", "/api/v1/events", headers: ["Authorization": "Bearer ORG:OTHER"])
        #expect(wrongToken.status == 401)
        #expect(wrongToken.problem?.detail == "The credentials were not accepted.")
        let lowercaseScheme = try await server.send("GET", "/api/v1/events", headers: ["Authorization": "bearer ORG:KEY"])
        #expect(lowercaseScheme.status == 200, "RFC 9110: the scheme is case-insensitive")
        #expect(try await client.listEvents() == .ok([]))
    }

    /// A handler that throws gets a bare 500: no message, type or stack reaches the client.
    @Test func aThrowingHandlerGetsA500WithoutInternals() async throws {
        let errors = ErrorLog()
        let server = try await LiveServer.start { router in
            try FailingStrigo().registerHandlers(on: router, options: ServerOptions(authenticate: { _ in true }, onHandlerError: { error, operation in
                errors.append("\(operation): \(error)")
            }))
        }
        defer { server.stop() }
        let response = try await server.send("GET", "/events", headers: Self.auth)
        #expect(response.status == 500)
        #expect(response.contentType == "application/problem+json")
        #expect(response.problem?.detail == "The server could not complete the request.")
        #expect(!response.text.contains("secret"))
        #expect(!response.text.contains("FailingStrigo"))
        // The log gets the operation, the request (credentials redacted) and the handler's error.
        let entry = try #require(errors.entries.first)
        #expect(errors.entries.count == 1)
        #expect(entry.hasPrefix("listEvents: Server error - cause description: 'The handler threw an error.', underlying error: DatabaseDown(connection: \"postgres://admin:secret@db\"), operationID: listEvents, request: GET /events"), "\(entry)")
        #expect(entry.contains("authorization: <redacted>") && !entry.contains("ORG:KEY"), "\(entry)")
    }

    /// A handler's error that conforms to `HTTPResponseConvertible` chooses the response: its
    /// status and headers, and problem details when it gives no body of its own.
    @Test func aHandlerErrorCanChooseItsResponse() async throws {
        struct Teapot: Error, HTTPResponseConvertible {
            var httpStatus: HTTPResponse.Status { .init(code: 418, reasonPhrase: "I'm a teapot") }
            var httpHeaderFields: HTTPFields { [.retryAfter: "5"] }
        }
        struct Limited: Error, HTTPResponseConvertible {
            var httpStatus: HTTPResponse.Status { .tooManyRequests }
            var httpBody: HTTPBody? { HTTPBody("slow down") }
        }
        struct Handlers: APIProtocol {
            let error: any Error & Sendable
            func listEvents() async throws -> ListEventsResponse { throw error }
            func createEvent(body: EventCreate) async throws -> CreateEventResponse { throw error }
            func getEvent(eventId: String) async throws -> GetEventResponse { throw error }
            func modifyEvent(eventId: String, body: EventUpdate) async throws -> ModifyEventResponse { throw error }
            func deleteEvent(eventId: String) async throws -> DeleteEventResponse { throw error }
        }
        let teapot = try await LiveServer.start { router in
            try Handlers(error: Teapot()).registerHandlers(on: router, options: ServerOptions(authenticate: { _ in true }))
        }
        defer { teapot.stop() }
        let brewed = try await teapot.send("GET", "/events", headers: Self.auth)
        #expect(brewed.status == 418)
        #expect(brewed.headers["Retry-After"] == "5")
        #expect(brewed.contentType == "application/problem+json")
        #expect(brewed.problem?.title == "I'm a teapot")
        let limited = try await LiveServer.start { router in
            try Handlers(error: Limited()).registerHandlers(on: router, options: ServerOptions(authenticate: { _ in true }))
        }
        defer { limited.stop() }
        let slow = try await limited.send("GET", "/events", headers: Self.auth)
        #expect(slow.status == 429)
        #expect(slow.text == "slow down")
    }
}

struct DatabaseDown: Error {
    let connection: String
}

/// Every method fails the way a broken dependency would.
struct FailingStrigo: APIProtocol {
    func listEvents() async throws -> ListEventsResponse { throw DatabaseDown(connection: "postgres://admin:secret@db") }
    func createEvent(body: EventCreate) async throws -> CreateEventResponse { throw DatabaseDown(connection: "") }
    func getEvent(eventId: String) async throws -> GetEventResponse { throw DatabaseDown(connection: "") }
    func modifyEvent(eventId: String, body: EventUpdate) async throws -> ModifyEventResponse { throw DatabaseDown(connection: "") }
    func deleteEvent(eventId: String) async throws -> DeleteEventResponse { throw DatabaseDown(connection: "") }
}

/// Answers with what it was asked for.
struct EchoStrigo: APIProtocol {
    func listEvents() async throws -> ListEventsResponse { .ok([]) }
    func createEvent(body: EventCreate) async throws -> CreateEventResponse { .ok(Event(name: body.name)) }
    func getEvent(eventId: String) async throws -> GetEventResponse { .ok(Event(id: eventId)) }
    func modifyEvent(eventId: String, body: EventUpdate) async throws -> ModifyEventResponse { .ok(Event(id: eventId, name: body.name)) }
    func deleteEvent(eventId: String) async throws -> DeleteEventResponse { .ok(DeleteResult(result: eventId)) }
}

final class ErrorLog: @unchecked Sendable {
    private var stored: [String] = []
    private let lock = NSLock()
    func append(_ entry: String) { lock.withLock { stored.append(entry) } }
    var entries: [String] { lock.withLock { stored } }
}
