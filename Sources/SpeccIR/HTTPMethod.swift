/// An operation's HTTP method, as sent: one of the Path Item's fixed fields (`get` … `trace`, and
/// 3.2's `query`), or a 3.2 `additionalOperations` key such as `PURGE`, kept in the capitalisation
/// the spec wrote, since methods are case-sensitive (RFC 9110 §9.1).
public struct HTTPMethod: Hashable, Sendable, Codable {
    /// The method token on the wire: `GET`, `QUERY`, `PURGE`.
    public let name: String

    public static let get = HTTPMethod(name: "GET")
    public static let put = HTTPMethod(name: "PUT")
    public static let post = HTTPMethod(name: "POST")
    public static let delete = HTTPMethod(name: "DELETE")
    public static let options = HTTPMethod(name: "OPTIONS")
    public static let head = HTTPMethod(name: "HEAD")
    public static let patch = HTTPMethod(name: "PATCH")
    public static let trace = HTTPMethod(name: "TRACE")
    public static let query = HTTPMethod(name: "QUERY")

    /// The methods a Path Item names with a fixed field, in the specification's order.
    public static let fixed: [HTTPMethod] = [.get, .put, .post, .delete, .options, .head, .patch, .trace, .query]

    /// A method named by `additionalOperations` (or read back from the IR's JSON).
    public init(name: String) { self.name = name }

    /// The method of a Path Item fixed field (`get`), nil for any other key.
    public init?(field: String) {
        guard let method = Self.fixed.first(where: { $0.field == field }) else { return nil }
        self = method
    }

    /// Whether a Path Item field names this method: fixed methods only.
    public var isFixed: Bool { Self.fixed.contains(self) }

    /// The Path Item field (`get`, `query`); for an additional method its name lowercased, which
    /// is also what names and file stems derived from a method use.
    public var field: String { name.lowercased() }

    /// RFC 9110 §5.6.2 `token`: what a method name may be made of.
    public static func isToken(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || tokenPunctuation.contains(byte)
        }
    }

    private static let tokenPunctuation = Set("!#$%&'*+-.^_`|~".utf8)

    public init(from decoder: any Decoder) throws {
        name = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(name)
    }
}
