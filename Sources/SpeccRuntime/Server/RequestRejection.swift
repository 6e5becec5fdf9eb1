import Foundation

/// A request the server refuses before its handler runs, answered as RFC 9457 problem details.
@_spi(Generated) public struct RequestRejection: Error, Sendable {
    public let status: Int
    public let title: String
    public let detail: String
    public let problems: [Problem]
    /// Headers the response needs besides the problem (`WWW-Authenticate` on a 401).
    let headers: [(String, String)]

    /// One reason: which part of the request (`in`: body, path, query, header or cookie; `name` for
    /// a parameter), where inside it (a JSON pointer), which rule and why.
    public struct Problem: Sendable, Hashable, Encodable {
        public let `in`: String
        public let name: String?
        public let pointer: String
        public let rule: String
        public let detail: String

        /// The pointer as a URI fragment (`#/name`), as RFC 9457's own example writes it.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.in, forKey: .in)
            try container.encodeIfPresent(name, forKey: .name)
            try container.encode("#" + pointer, forKey: .pointer)
            try container.encode(rule, forKey: .rule)
            try container.encode(detail, forKey: .detail)
        }

        private enum CodingKeys: String, CodingKey { case `in`, name, pointer, rule, detail }

        /// `body/name`, `query parameter limit`, `header parameter X-Id/0`.
        var subject: String {
            let base = name.map { "\(self.in) parameter \($0)" } ?? self.in
            return base + (pointer.isEmpty ? "" : pointer)
        }
    }

    public init(status: Int, title: String, detail: String, problems: [Problem] = []) {
        self.init(status: status, title: title, detail: detail, problems: problems, headers: [])
    }

    init(status: Int, title: String, detail: String, problems: [Problem] = [], headers: [(String, String)]) {
        self.status = status
        self.title = title
        self.detail = detail
        self.problems = problems
        self.headers = headers
    }

    static func badRequest(_ problems: [Problem]) -> RequestRejection {
        let shown = problems.prefix(5).map { "\($0.subject): \($0.detail) [\($0.rule)]" }
        let more = problems.count > 5 ? "; and \(problems.count - 5) more" : ""
        return RequestRejection(status: 400, title: "Bad Request", detail: shown.joined(separator: "; ") + more, problems: problems)
    }

    static func badRequest(in location: String, name: String?, rule: String, detail: String) -> RequestRejection {
        badRequest([Problem(in: location, name: name, pointer: "", rule: rule, detail: detail)])
    }

    /// The `application/problem+json` body. `errors` is the extension member RFC 9457's own
    /// example uses for lists of validation problems.
    var body: Data {
        struct Body: Encodable {
            let type = "about:blank"
            let title: String
            let status: Int
            let detail: String
            let errors: [Problem]?
        }
        return (try? JSONCoding.encode(Body(title: title, status: status, detail: detail, errors: problems.isEmpty ? nil : problems))) ?? Data()
    }
}
