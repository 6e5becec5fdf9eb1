import Foundation
import HTTPTypes
import OpenAPIRuntime

/// A server transport and a client transport in one: the generated server registers its handlers
/// here, and the generated client's requests go straight to them, through the same HTTP types a
/// real server would see (path template matching included), without a socket.
final class InProcessTransport: ServerTransport, ClientTransport, @unchecked Sendable {
    typealias Handler = @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)

    private let lock = NSLock()
    private var routes: [(method: HTTPRequest.Method, segments: [Substring], handler: Handler)] = []

    func register(_ handler: @escaping Handler, method: HTTPRequest.Method, path: String) throws {
        lock.withLock { routes.append((method, path.split(separator: "/"), handler)) }
    }

    func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
        let target = request.path ?? "/"
        let path = target.split(separator: "?", maxSplits: 1).first ?? ""
        let segments = path.split(separator: "/")
        let candidates = lock.withLock { routes }
        for route in candidates where route.method == request.method && route.segments.count == segments.count {
            var parameters: [String: Substring] = [:]
            let matches = zip(route.segments, segments).allSatisfy { template, actual in
                if template.hasPrefix("{") && template.hasSuffix("}") {
                    parameters[String(template.dropFirst().dropLast())] = actual
                    return true
                }
                return template == actual
            }
            if matches { return try await route.handler(request, body, ServerRequestMetadata(pathParameters: parameters)) }
        }
        return (HTTPResponse(status: .notFound), nil)
    }
}
