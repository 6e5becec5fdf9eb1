import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Adds credentials to every request: the client-side half of a spec's security schemes.
public struct AuthenticationMiddleware: ClientMiddleware {
    public enum Credential: Sendable {
        /// `Authorization: Bearer <token>` (http bearer, OAuth 2 and OpenID Connect access tokens).
        case bearer(String)
        /// `Authorization: Basic <base64(user:password)>`.
        case basic(username: String, password: String)
        /// An API key in a header.
        case header(name: String, value: String)
        /// An API key in the query string.
        case query(name: String, value: String)
        /// An API key in a cookie.
        case cookie(name: String, value: String)
    }

    public let credentials: [Credential]

    public init(_ credentials: Credential...) {
        self.credentials = credentials
    }

    public func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        var request = request
        for credential in credentials {
            switch credential {
            case .bearer(let token):
                request.headerFields[.authorization] = "Bearer \(token)"
            case .basic(let username, let password):
                request.headerFields[.authorization] = "Basic " + Data("\(username):\(password)".utf8).base64EncodedString()
            case .header(let name, let value):
                if let field = HTTPField.Name(name) { request.headerFields[field] = value }
            case .query(let name, let value):
                let path = request.path ?? "/"
                let pair = "\(PercentEncoding.escape(name))=\(PercentEncoding.escape(value))"
                request.path = path + (path.contains("?") ? "&" : "?") + pair
            case .cookie(let name, let value):
                let pair = "\(name)=\(value)"
                request.headerFields[.cookie] = request.headerFields[.cookie].map { "\($0); \(pair)" } ?? pair
            }
        }
        return try await next(request, body, baseURL)
    }
}
