import Foundation
import HTTPTypes
import OpenAPIRuntime

/// What every generated client shares: the transport, the middleware chain, and body handling.
@_spi(Generated) public struct ClientCore: Sendable {
    public let serverURL: URL
    public let transport: any ClientTransport
    public let middlewares: [any ClientMiddleware]
    /// Largest response body read into memory.
    public let maxResponseBytes: Int

    public init(serverURL: URL, transport: any ClientTransport, middlewares: [any ClientMiddleware], maxResponseBytes: Int = 16 << 20) {
        self.serverURL = serverURL
        self.transport = transport
        self.middlewares = middlewares
        self.maxResponseBytes = maxResponseBytes
    }

    /// Sends through the middlewares (first listed runs first) and the transport.
    public func send(_ request: HTTPRequest, body: Data?, operationID: String) async throws -> Response {
        var next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?) = { request, body, url in
            try await transport.send(request, body: body, baseURL: url, operationID: operationID)
        }
        for middleware in middlewares.reversed() {
            let inner = next
            next = { request, body, url in
                try await middleware.intercept(request, body: body, baseURL: url, operationID: operationID, next: inner)
            }
        }
        let (response, responseBody) = try await next(request, body.map { HTTPBody($0) }, serverURL)
        var data: Data?
        if let responseBody { data = try await Data(collecting: responseBody, upTo: maxResponseBytes) }
        return Response(status: response.status.code, headerFields: response.headerFields, body: data)
    }

    public struct Response: Sendable {
        public let status: Int
        public let headerFields: HTTPFields
        public let body: Data?

        public func decode<T: Decodable>(_ type: T.Type) throws -> T {
            try JSONCoding.decode(type, from: body ?? Data())
        }

        public func header(_ name: String) -> String? {
            HTTPField.Name(name).flatMap { headerFields[$0] }
        }
    }

    /// A request for `method` and an already-encoded path and query.
    public static func request(_ method: HTTPRequest.Method, path: String, query: [String], headers: [(String, String)], contentType: String?) -> HTTPRequest {
        var request = HTTPRequest(method: method, scheme: nil, authority: nil, path: query.isEmpty ? path : path + "?" + query.joined(separator: "&"))
        request.headerFields[.accept] = "application/json"
        if let contentType { request.headerFields[.contentType] = contentType }
        for (name, value) in headers {
            if let field = HTTPField.Name(name) { request.headerFields.append(HTTPField(name: field, value: value)) }
        }
        return request
    }
}

/// A response whose status the spec does not document.
public struct UndocumentedResponse: Sendable, Hashable {
    public let statusCode: Int
    public let body: Data?

    public init(statusCode: Int, body: Data?) {
        self.statusCode = statusCode
        self.body = body
    }
}
