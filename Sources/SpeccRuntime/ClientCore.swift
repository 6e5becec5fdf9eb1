import Foundation
import HTTPTypes
import OpenAPIRuntime

/// What every generated client shares: the transport, the middleware chain, and body handling.
///
/// Bodies stream: a request body is an `HTTPBody` handed to the transport as it is, and a
/// response body is read only as far as its case needs. JSON and text are collected (up to
/// `maxResponseBytes`); binary bodies and event streams reach the caller unread.
@_spi(Generated) public struct ClientCore: Sendable {
    public let serverURL: URL
    public let transport: any ClientTransport
    public let middlewares: [any ClientMiddleware]
    /// Largest response body read into memory (JSON, text, an undocumented response's body).
    public let maxResponseBytes: Int

    /// The limit's default is the generated `Client.init`'s, the one place users see it.
    public init(serverURL: URL, transport: any ClientTransport, middlewares: [any ClientMiddleware], maxResponseBytes: Int) {
        self.serverURL = serverURL
        self.transport = transport
        self.middlewares = middlewares
        self.maxResponseBytes = maxResponseBytes
    }

    /// Sends through the middlewares (first listed runs first) and the transport.
    public func send(_ request: HTTPRequest, body: HTTPBody?, operationID: String) async throws -> Response {
        let (response, responseBody) = try await exchange(request, body: body, baseURL: serverURL, operationID: operationID)
        return Response(status: response.status.code, headerFields: response.headerFields, body: responseBody, maxBytes: maxResponseBytes)
    }

    func exchange(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
        var next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?) = { request, body, url in
            try await transport.send(request, body: body, baseURL: url, operationID: operationID)
        }
        for middleware in middlewares.reversed() {
            let inner = next
            next = { request, body, url in
                try await middleware.intercept(request, body: body, baseURL: url, operationID: operationID, next: inner)
            }
        }
        return try await next(request, body, baseURL)
    }

    /// A response whose body has not been read yet.
    public struct Response: Sendable {
        public let status: Int
        public let headerFields: HTTPFields
        let body: HTTPBody?
        let maxBytes: Int

        /// The body collected, up to the client's limit.
        public func data() async throws -> Data? {
            guard let body else { return nil }
            return try await Data(collecting: body, upTo: maxBytes)
        }

        /// A JSON body decoded as `type`.
        public func decode<T: Decodable>(_ type: T.Type) async throws -> T {
            try JSONCoding.decode(type, from: try await data() ?? Data())
        }

        /// A text body, decoded by the `charset` of its Content-Type (UTF-8 when it names none).
        public func text() async throws -> String {
            try TextCoding.decode(try await data() ?? Data(), contentType: header("Content-Type"))
        }

        /// A multipart body, its parts read as the caller iterates them; text and JSON parts are
        /// held to the client's limit each.
        public func parts<Part: MultipartParts>(_ type: Part.Type) throws -> MultipartBody<Part> {
            try MultipartCoding.decode(stream, contentType: header("Content-Type"), as: type, reader: PartReader(limit: maxBytes), maxParts: .max)
        }

        /// The body unread, for binary content: the caller streams it.
        public var stream: HTTPBody { body ?? HTTPBody() }

        /// Any other status: its body kept, up to the client's limit.
        public func undocumented() async throws -> UndocumentedResponse {
            UndocumentedResponse(statusCode: status, body: try await data())
        }

        public func header(_ name: String) -> String? {
            HTTPField.Name(name).flatMap { headerFields[$0] }
        }

        /// Which group of media types (a body's representations, in the spec's order) the
        /// response's Content-Type is; the first when it is none of them.
        public func representation(among groups: [[String]]) -> Int {
            let contentType = header("Content-Type")
            return groups.firstIndex { MediaTypes.match(contentType, among: $0) != nil } ?? 0
        }
    }

    /// The `Accept` header for the media types a caller chose, in its order of preference,
    /// weighted down the list (`application/json, text/csv;q=0.9`) so a server that honours
    /// weights answers in the first it can, then at the lowest weight `also` (the media types of
    /// the operation's other responses, an error's), so a server can still send those.
    public static func accept<T: RawRepresentable>(_ choice: [T], also: [String] = []) -> String? where T.RawValue == String {
        // Weights in tenths, written by hand: the header's grammar is not the locale's.
        let chosen = choice.enumerated().map { index, mediaType in
            index == 0 ? mediaType.rawValue : mediaType.rawValue + ";q=0." + String(max(1, 9 - min(index - 1, 8)))
        }
        let others = also.filter { type in !choice.contains { $0.rawValue == type } }.map { $0 + ";q=0.1" }
        let all = chosen + others
        return all.isEmpty ? nil : all.joined(separator: ", ")
    }

    /// A request for `method` and an already-encoded path and query.
    /// `accept` lists the media types the operation's responses document (none: no header).
    public static func request(_ method: HTTPRequest.Method, path: String, query: [String], headers: [(String, String)], contentType: String?,
                               accept: String?) -> HTTPRequest {
        var request = HTTPRequest(method: method, scheme: nil, authority: nil, path: query.isEmpty ? path : path + "?" + query.joined(separator: "&"))
        if let accept { request.headerFields[.accept] = accept }
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
