import Foundation
import HTTPTypes
import OpenAPIRuntime

/// A handler's outcome as HTTP: status, headers and body, which streams where the handler
/// gave a stream.
@_spi(Generated) public struct ServerResponse: Sendable {
    let status: Int
    let headers: [(String, String)]
    let body: HTTPBody?

    init(status: Int, headers: [(String, String)], body: Data?) {
        self.init(status: status, headers: headers, stream: body.map { HTTPBody($0) })
    }

    init(status: Int, headers: [(String, String)], stream: HTTPBody?) {
        self.status = status
        self.headers = headers
        self.body = stream
    }

    /// A typed body encoded for `contentType` (JSON, or form-encoded), with optional headers.
    public static func body(_ status: Int, _ value: some Encodable, contentType: String, headers: [(String, String?)] = []) throws -> ServerResponse {
        let data = contentType == "application/x-www-form-urlencoded" ? try FormEncoding.encode(value) : try JSONCoding.encode(value)
        return ServerResponse(status: status, headers: [("Content-Type", contentType)] + present(headers), body: data)
    }

    /// A binary body, streamed to the client as the handler produces it.
    public static func stream(_ status: Int, _ body: HTTPBody, contentType: String, headers: [(String, String?)] = []) -> ServerResponse {
        ServerResponse(status: status, headers: [("Content-Type", contentType)] + present(headers), stream: body)
    }

    /// A multipart body, its parts written as the handler produces them, under a fresh boundary.
    public static func multipart<Part: MultipartParts>(_ status: Int, _ parts: MultipartBody<Part>, contentType: String, headers: [(String, String?)] = []) throws -> ServerResponse {
        let encoded = try MultipartCoding.encode(parts, contentType: contentType)
        return stream(status, encoded.body, contentType: encoded.contentType, headers: headers)
    }

    /// A text body, written in the charset `contentType` names (UTF-8 by default).
    public static func string(_ status: Int, _ text: String, contentType: String, headers: [(String, String?)] = []) throws -> ServerResponse {
        ServerResponse(status: status, headers: [("Content-Type", contentType)] + present(headers), body: try TextCoding.encode(text, contentType: contentType))
    }

    /// A status with headers and no body.
    public static func empty(_ status: Int, headers: [(String, String?)] = []) -> ServerResponse {
        ServerResponse(status: status, headers: present(headers), body: nil)
    }

    /// A status the spec does not document, passed through as the handler gave it.
    public static func undocumented(_ response: UndocumentedResponse) -> ServerResponse {
        ServerResponse(status: response.statusCode, headers: [], body: response.body)
    }

    /// A header value in its simple-style text form (`nil` leaves the header out).
    public static func text(_ value: (some CustomStringConvertible)?) -> String? {
        value.map(\.description)
    }

    static func problem(_ rejection: RequestRejection) -> ServerResponse {
        ServerResponse(status: rejection.status, headers: [("Content-Type", "application/problem+json")] + rejection.headers, body: rejection.body)
    }

    /// A handler's error as the client sees it: the response an `HTTPResponseConvertible` error
    /// chose (problem details for its status when it gave no body), else a bare 500. The text of
    /// any other error may hold internals (paths, queries, credentials): it stays on the server.
    static func failure(_ error: ServerError) -> ServerResponse {
        guard error.underlyingError is any HTTPResponseConvertible else {
            return problem(RequestRejection(status: 500, title: "Internal Server Error", detail: "The server could not complete the request."))
        }
        let status = error.httpStatus
        let headers = error.httpHeaderFields.map { ($0.name.rawName, $0.value) }
        if let body = error.httpBody {
            return ServerResponse(status: status.code, headers: headers, stream: body)
        }
        let rejection = RequestRejection(status: status.code, title: status.reasonPhrase.isEmpty ? "Error" : status.reasonPhrase,
                                         detail: "The server could not complete the request.", headers: headers)
        return problem(rejection)
    }

    private static func present(_ headers: [(String, String?)]) -> [(String, String)] {
        headers.compactMap { name, value in value.map { (name, $0) } }
    }

    var http: (HTTPResponse, HTTPBody?) {
        var response = HTTPResponse(status: .init(code: status))
        for (name, value) in headers {
            if let field = HTTPField.Name(name) { response.headerFields.append(HTTPField(name: field, value: value)) }
        }
        return (response, body)
    }
}
