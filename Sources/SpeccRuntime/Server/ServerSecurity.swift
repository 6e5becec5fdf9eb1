import Foundation
import HTTPTypes

/// A credential a request carries for one of the spec's security schemes, handed to
/// `ServerOptions.authenticate` to accept or refuse.
public struct Credential: Sendable, Hashable {
    /// The scheme's name under `components/securitySchemes`.
    public let scheme: String
    /// The token, API key, or (HTTP basic) the base64 `user:password` as sent.
    public let value: String
    /// The scopes (OAuth) or roles the operation requires of this scheme.
    public let scopes: [String]

    /// HTTP basic credentials decoded, when `value` is valid base64 of `user:password`.
    public var basic: (username: String, password: String)? {
        guard let data = Data(base64Encoded: value), let text = String(data: data, encoding: .utf8),
              let colon = text.firstIndex(of: ":") else { return nil }
        return (String(text[..<colon]), String(text[text.index(after: colon)...]))
    }
}

/// One scheme of a security requirement and where its credential travels.
@_spi(Generated) public struct SecurityEntry: Sendable {
    public enum Source: Sendable {
        /// `Authorization: <scheme> <value>` (HTTP schemes; OAuth 2 and OpenID Connect as bearer).
        case authorization(String)
        case header(String)
        case query(String)
        case cookie(String)
        /// Mutual TLS: established by the transport, not visible here.
        case transport
    }

    let scheme: String
    let source: Source
    let scopes: [String]

    public init(_ scheme: String, _ source: Source, scopes: [String]) {
        self.scheme = scheme
        self.source = source
        self.scopes = scopes
    }

    var summary: String {
        switch source {
        case .authorization(let kind): "Authorization: \(kind.prefix(1).uppercased() + kind.dropFirst()) … (\(scheme))"
        case .header(let name): "header \(name) (\(scheme))"
        case .query(let name): "query parameter \(name) (\(scheme))"
        case .cookie(let name): "cookie \(name) (\(scheme))"
        case .transport: "mutual TLS (\(scheme))"
        }
    }
}

/// Enforces an operation's security requirements: alternatives (any one suffices) of schemes
/// (all needed together). Credentials must be present; `authenticate`, when given, decides
/// whether they are good. Either failure is a 401 before validation and before the handler.
enum SecurityCheck {
    static func enforce(_ alternatives: [[SecurityEntry]], request: HTTPRequest, query: [(name: String, value: String)],
                        authenticate: (@Sendable (Credential) async throws -> Bool)?) async throws {
        guard !alternatives.isEmpty else { return }
        var presented = false
        for alternative in alternatives {
            var credentials: [Credential] = []
            var complete = true
            for entry in alternative {
                switch credential(entry, request: request, query: query) {
                case .some(let value): credentials.append(Credential(scheme: entry.scheme, value: value, scopes: entry.scopes))
                case .none: complete = false
                }
                if !complete { break }
            }
            guard complete else { continue }
            presented = presented || !credentials.isEmpty
            guard let authenticate else { return }
            var accepted = true
            for credential in credentials where accepted {
                accepted = try await authenticate(credential)
            }
            if accepted { return }
        }
        let challenge = alternatives.joined().compactMap { entry -> String? in
            if case .authorization(let kind) = entry.source { return kind.prefix(1).uppercased() + kind.dropFirst() }
            return nil
        }
        let options = alternatives.map { $0.map(\.summary).joined(separator: " and ") }.joined(separator: "; or ")
        throw RequestRejection(
            status: 401, title: "Unauthorized",
            detail: presented ? "The credentials were not accepted." : "This operation requires credentials: \(options).",
            headers: challenge.isEmpty ? [] : [("WWW-Authenticate", Array(Set(challenge)).sorted().joined(separator: ", "))])
    }

    /// The credential's text, or nil when the request does not carry it (mutual TLS: "").
    private static func credential(_ entry: SecurityEntry, request: HTTPRequest, query: [(name: String, value: String)]) -> String? {
        switch entry.source {
        case .authorization(let kind):
            guard let value = request.headerFields[.authorization] else { return nil }
            let prefix = kind + " "
            guard value.count > prefix.count, value.prefix(prefix.count).lowercased() == prefix.lowercased() else { return nil }
            let token = value.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
            return token.isEmpty ? nil : token
        case .header(let name):
            return HTTPField.Name(name).flatMap { request.headerFields[$0] }.flatMap { $0.isEmpty ? nil : $0 }
        case .query(let name):
            return query.first { $0.name == name }.flatMap { $0.value.isEmpty ? nil : QueryString.decode($0.value) }
        case .cookie(let name):
            return Cookies.value(name, in: request).flatMap { $0.isEmpty ? nil : $0 }
        case .transport:
            return ""
        }
    }
}

/// `Cookie: a=1; b=2`, across repeated headers.
enum Cookies {
    /// Every `name=value` pair of the request's `Cookie` headers, as sent (OpenAPI 3.2's cookie
    /// style escapes nothing, so nothing is decoded).
    static func pairs(in request: HTTPRequest) -> [(name: String, value: String)] {
        request.headerFields[values: .cookie].flatMap { header in
            header.split(separator: ";").compactMap { pair -> (name: String, value: String)? in
                let parts = pair.split(separator: "=", maxSplits: 1)
                guard parts.count == 2 else { return nil }
                return (parts[0].trimmingCharacters(in: .whitespaces), parts[1].trimmingCharacters(in: .whitespaces))
            }
        }
    }

    static func value(_ name: String, in request: HTTPRequest) -> String? {
        for header in request.headerFields[values: .cookie] {
            for pair in header.split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                if parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == name {
                    return PercentDecoding.decode(parts[1].trimmingCharacters(in: .whitespaces))
                }
            }
        }
        return nil
    }
}
