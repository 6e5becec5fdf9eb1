import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Settings for a generated server's handlers.
public struct ServerOptions: Sendable {
    /// Largest JSON, form or text request body read into memory; a larger one gets 413 before the
    /// handler runs. Binary bodies stream to the handler and have no such limit.
    public var maxBodyBytes: Int
    /// Most parts a multipart request body may have (each text or JSON part is held to
    /// `maxBodyBytes`; file parts stream); past it the handler's read of the parts fails with 400.
    public var maxParts: Int
    /// Decides whether a credential the spec requires is good (a token lookup, a password check).
    /// Without it, the server only checks that required credentials are present. Either way a
    /// request that fails gets 401 before validation and before the handler.
    public var authenticate: (@Sendable (_ credential: Credential) async throws -> Bool)?
    /// Called with every error a handler throws, for logging: an OpenAPIRuntime `ServerError`
    /// carrying the operation, the request and the handler's own error (`underlyingError`). The
    /// client sees a bare 500, unless the handler's error chooses its response by conforming to
    /// OpenAPIRuntime's `HTTPResponseConvertible` (status, headers, body; problem details when it
    /// gives no body).
    public var onHandlerError: (@Sendable (_ error: any Error, _ operationID: String) -> Void)?

    public init(maxBodyBytes: Int = 2 << 20, maxParts: Int = 100, authenticate: (@Sendable (Credential) async throws -> Bool)? = nil,
                onHandlerError: (@Sendable (any Error, String) -> Void)? = nil) {
        self.maxBodyBytes = maxBodyBytes
        self.maxParts = maxParts
        self.authenticate = authenticate
        self.onHandlerError = onHandlerError
    }
}

/// What every generated server shares: registration on a `ServerTransport` behind the
/// `ServerMiddleware`s, request validation, and the mapping of failures to problem responses.
@_spi(Generated) public final class ServerCore {
    let transport: any ServerTransport
    let pathPrefix: String
    let middlewares: [any ServerMiddleware]
    let options: ServerOptions
    let schemas: ValidationSchemas
    /// Path → the methods the spec declares on it, in registration order.
    private var declared: [(path: String, methods: [HTTPRequest.Method])] = []

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

    /// Registers one operation: `handle` runs only for a request that passed the security check
    /// (`security`: alternatives, each a set of schemes needed together) and validation.
    /// `produces` lists the media types the operation's responses document: a request whose
    /// `Accept` allows none of them gets 406 before the handler runs.
    public func register(_ method: HTTPRequest.Method, path: String, operationID: String, security: [[SecurityEntry]] = [], produces: [String] = [],
                         handle: @escaping @Sendable (ServerRequest) async throws -> ServerResponse) throws {
        let schemas = self.schemas
        let options = self.options
        var next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?) = { request, body, metadata in
            let response = await Self.respond(request, body: body, metadata: metadata, operationID: operationID, security: security,
                                              produces: produces, schemas: schemas, options: options, handle: handle)
            return response.http
        }
        for middleware in middlewares.reversed() {
            let inner = next
            next = { request, body, metadata in
                try await middleware.intercept(request, body: body, metadata: metadata, operationID: operationID, next: inner)
            }
        }
        try transport.register(next, method: method, path: pathPrefix + path)
        if let index = declared.firstIndex(where: { $0.path == path }) {
            declared[index].methods.append(method)
        } else {
            declared.append((path, [method]))
        }
    }

    /// Answers 405 with `Allow` for the methods the spec does not declare on each of its paths
    /// (rather than the transport's 404, which would say the path does not exist).
    public func registerUndeclaredMethods() throws {
        // QUERY: the safe method with a body (draft-ietf-httpbis-safe-method-w-body, OpenAPI 3.2).
        let all: [HTTPRequest.Method] = [.get, .put, .post, .delete, .options, .head, .patch, .trace] + [HTTPRequest.Method("QUERY")].compactMap { $0 }
        for (path, methods) in declared {
            let allow = methods.map(\.rawValue).joined(separator: ", ")
            let response = ServerResponse.problem(RequestRejection(
                status: 405, title: "Method Not Allowed", detail: "\(path) supports \(allow).", headers: [("Allow", allow)]))
            // HEAD is part of GET (RFC 9110); transports that route it separately keep their answer.
            for method in all where !methods.contains(method) && !(method == .head && methods.contains(.get)) {
                try transport.register({ _, _, _ in response.http }, method: method, path: pathPrefix + path)
            }
        }
    }

    /// The request as logs may show it: credentials (`Authorization`, cookies, the operation's
    /// API key headers and query parameters) replaced by `<redacted>`.
    static func redacted(_ request: HTTPRequest, security: [[SecurityEntry]]) -> HTTPRequest {
        var copy = request
        var headers: Set<String> = ["authorization", "proxy-authorization", "cookie"]
        var queryNames: Set<String> = []
        for entry in security.joined() {
            switch entry.source {
            case .header(let name): headers.insert(name.lowercased())
            case .query(let name): queryNames.insert(name)
            default: break
            }
        }
        copy.headerFields = HTTPFields(request.headerFields.map { field in
            headers.contains(field.name.canonicalName) ? HTTPField(name: field.name, value: "<redacted>") : field
        })
        if !queryNames.isEmpty, let path = request.path, let mark = path.firstIndex(of: "?") {
            let pairs = path[path.index(after: mark)...].split(separator: "&", omittingEmptySubsequences: false).map { pair -> String in
                let name = pair.split(separator: "=", maxSplits: 1).first.map { String($0).removingPercentEncoding ?? String($0) } ?? ""
                return queryNames.contains(name) ? "\(pair.split(separator: "=", maxSplits: 1).first ?? "")=<redacted>" : String(pair)
            }
            copy.path = String(path[..<mark]) + "?" + pairs.joined(separator: "&")
        }
        return copy
    }

    private static func respond(_ request: HTTPRequest, body: HTTPBody?, metadata: ServerRequestMetadata, operationID: String, security: [[SecurityEntry]],
                                produces: [String], schemas: ValidationSchemas, options: ServerOptions,
                                handle: @Sendable (ServerRequest) async throws -> ServerResponse) async -> ServerResponse {
        do {
            let query = ServerRequest.query(of: request)
            // Credentials before the body is even read: an anonymous caller cannot make us buffer it.
            try await SecurityCheck.enforce(security, request: request, query: query, authenticate: options.authenticate)
            if let accept = request.headerFields[.accept], !produces.isEmpty {
                let acceptable = AcceptHeader(accept)
                guard produces.contains(where: acceptable.allows) else {
                    throw RequestRejection(status: 406, title: "Not Acceptable",
                                           detail: "Accept \(accept) allows none of what this operation answers: \(produces.joined(separator: ", ")).")
                }
            }
            let parsed = ServerRequest(head: request, body: body, maxBodyBytes: options.maxBodyBytes, maxParts: options.maxParts, pathParameters: metadata.pathParameters, query: query,
                                       schemas: schemas)
            return try await handle(parsed)
        } catch let rejection as RequestRejection {
            return ServerResponse.problem(rejection)
        } catch {
            let failure = error as? ServerError ?? ServerError(operationID: operationID, request: Self.redacted(request, security: security), requestBody: nil,
                                                              requestMetadata: metadata, causeDescription: "The handler threw an error.", underlyingError: error)
            options.onHandlerError?(failure, operationID)
            return ServerResponse.failure(failure)
        }
    }
}
