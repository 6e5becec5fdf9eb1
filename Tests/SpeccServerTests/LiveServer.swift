import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Hummingbird
import Logging
import OpenAPIHummingbird

/// A generated server on Hummingbird, listening on 127.0.0.1 on a port the system picks, until
/// `stop()` (tests call it last, which also keeps the server alive until then).
final class LiveServer: Sendable {
    let port: Int
    private let task: Task<Void, any Error>

    /// `register` puts the generated handlers on the router (`api.registerHandlers(on: router)`).
    static func start(_ register: (Router<BasicRequestContext>) throws -> Void) async throws -> LiveServer {
        let router = Router()
        try register(router)
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        var logger = Logger(label: "specc-server-tests")
        logger.logLevel = .critical
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in continuation.yield(channel.localAddress?.port ?? 0) }, logger: logger)
        let task = Task { try await app.run() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next(), port > 0 else { throw ServerDidNotStart() }
        return LiveServer(port: port, task: task)
    }

    private init(port: Int, task: Task<Void, any Error>) {
        self.port = port
        self.task = task
    }

    func stop() { task.cancel() }

    func url(_ path: String = "") -> URL { URL(string: "http://127.0.0.1:\(port)\(path)")! }

    /// A request outside the generated client, for what the client would never send.
    func send(_ method: String, _ path: String, body: Data? = nil, headers: [String: String] = [:]) async throws -> RawResponse {
        var request = URLRequest(url: url(path))
        request.httpMethod = method
        request.httpBody = body
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = response as! HTTPURLResponse
        var headers: [String: String] = [:]
        for case (let name as String, let value as String) in http.allHeaderFields { headers[name] = value }
        return RawResponse(status: http.statusCode, headers: headers, body: data)
    }

    struct ServerDidNotStart: Error {}
}

/// A response to a raw request, with its RFC 9457 problem details when it carries them.
struct RawResponse {
    let status: Int
    let headers: [String: String]
    let body: Data

    var contentType: String? { headers["Content-Type"] }

    var text: String { String(decoding: body, as: UTF8.self) }

    var problem: Problem? { try? JSONDecoder().decode(Problem.self, from: body) }

    struct Problem: Decodable {
        let type: String
        let title: String
        let status: Int
        let detail: String
        let errors: [Item]?

        struct Item: Decodable {
            let `in`: String
            let name: String?
            let pointer: String
            let rule: String
            let detail: String
        }
    }
}
