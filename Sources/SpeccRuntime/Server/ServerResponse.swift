import Foundation
import HTTPTypes
import OpenAPIRuntime

/// A handler's outcome as HTTP: status, headers and body bytes.
@_spi(Generated) public struct ServerResponse: Sendable {
    let status: Int
    let headers: [(String, String)]
    let body: Data?

    /// A typed body encoded for `contentType` (JSON, or form-encoded), with optional headers.
    public static func body(_ status: Int, _ value: some Encodable, contentType: String, headers: [(String, String?)] = []) throws -> ServerResponse {
        let data = contentType == "application/x-www-form-urlencoded" ? try FormEncoding.encode(value) : try JSONCoding.encode(value)
        return ServerResponse(status: status, headers: [("Content-Type", contentType)] + present(headers), body: data)
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

    private static func present(_ headers: [(String, String?)]) -> [(String, String)] {
        headers.compactMap { name, value in value.map { (name, $0) } }
    }

    var http: (HTTPResponse, HTTPBody?) {
        var response = HTTPResponse(status: .init(code: status))
        for (name, value) in headers {
            if let field = HTTPField.Name(name) { response.headerFields.append(HTTPField(name: field, value: value)) }
        }
        return (response, body.map { HTTPBody($0) })
    }
}
