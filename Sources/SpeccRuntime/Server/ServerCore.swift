import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Settings for a generated server's handlers.
public struct ServerOptions: Sendable {
    /// Largest request body accepted; a larger one gets 413 before the handler runs.
    public var maxBodyBytes: Int
    /// Called with every error a handler throws (the client only sees a bare 500), for logging.
    public var onHandlerError: (@Sendable (_ error: any Error, _ operationID: String) -> Void)?

    public init(maxBodyBytes: Int = 2 << 20, onHandlerError: (@Sendable (any Error, String) -> Void)? = nil) {
        self.maxBodyBytes = maxBodyBytes
        self.onHandlerError = onHandlerError
    }
}

/// What every generated server shares: registration on a `ServerTransport` behind the
/// `ServerMiddleware`s, request validation, and the mapping of failures to problem responses.
@_spi(Generated) public struct ServerCore {
    let transport: any ServerTransport
    let pathPrefix: String
    let middlewares: [any ServerMiddleware]
    let options: ServerOptions
    let schemas: ValidationSchemas

    public init(transport: any ServerTransport, pathPrefix: String, middlewares: [any ServerMiddleware], options: ServerOptions, schemas: ValidationSchemas) {
        self.transport = transport
        // `/api/` and `/api` both mean the prefix `/api`; `""` and `/` mean none.
        var prefix = pathPrefix
        while prefix.hasSuffix("/") { prefix.removeLast() }
        if !prefix.isEmpty && !prefix.hasPrefix("/") { prefix = "/" + prefix }
        self.pathPrefix = prefix
        self.middlewares = middlewares
        self.options = options
        self.schemas = schemas
    }

    /// Registers one operation: `handle` runs only for a request that passed validation.
    public func register(_ method: HTTPRequest.Method, path: String, operationID: String, handle: @escaping @Sendable (ServerRequest) async throws -> ServerResponse) throws {
        let schemas = self.schemas
        let options = self.options
        var next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?) = { request, body, metadata in
            let response = await Self.respond(request, body: body, metadata: metadata, operationID: operationID, schemas: schemas, options: options, handle: handle)
            return response.http
        }
        for middleware in middlewares.reversed() {
            let inner = next
            next = { request, body, metadata in
                try await middleware.intercept(request, body: body, metadata: metadata, operationID: operationID, next: inner)
            }
        }
        try transport.register(next, method: method, path: pathPrefix + path)
    }

    private static func respond(_ request: HTTPRequest, body: HTTPBody?, metadata: ServerRequestMetadata, operationID: String, schemas: ValidationSchemas, options: ServerOptions, handle: @Sendable (ServerRequest) async throws -> ServerResponse) async -> ServerResponse {
        do {
            let data = try await collect(body, limit: options.maxBodyBytes)
            let parsed = ServerRequest(head: request, body: data, pathParameters: metadata.pathParameters, operationID: operationID, schemas: schemas)
            return try await handle(parsed)
        } catch let rejection as RequestRejection {
            return ServerResponse.problem(rejection)
        } catch {
            options.onHandlerError?(error, operationID)
            // The error's text may hold internals (paths, queries, credentials): it stays on the server.
            return ServerResponse.problem(RequestRejection(status: 500, title: "Internal Server Error", detail: "The server could not complete the request."))
        }
    }

    /// The body's bytes, refusing more than `limit` without reading them all.
    private static func collect(_ body: HTTPBody?, limit: Int) async throws -> Data? {
        guard let body else { return nil }
        let tooLarge = RequestRejection(status: 413, title: "Content Too Large", detail: "The request body is larger than the \(limit) bytes this server accepts.")
        if case .known(let length) = body.length, length > limit { throw tooLarge }
        var data = Data()
        for try await chunk in body {
            guard data.count + chunk.count <= limit else { throw tooLarge }
            data.append(contentsOf: chunk)
        }
        return data
    }
}
