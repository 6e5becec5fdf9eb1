import Foundation
import OpenAPIRuntime

/// The parts a multipart body's schema names, as the enum generated for it: each case one
/// property's part, and `undocumented` for a part the schema does not name (unless it is closed).
///
/// Parts arrive in order, as the bytes do: read a file part's (or an undocumented part's) body
/// to its end before asking for the next part; asking earlier is an error, since the bytes of
/// the next part come after it.
public protocol MultipartParts: Sendable {
    /// How many times each part may appear, and whether others may.
    static var partRules: PartRules { get }
    /// The part as it goes on the wire: named, with its media type.
    func rawPart() throws -> MultipartRawPart
    /// The typed part of `raw` by its name; text and JSON values are read as `reader` says.
    init(rawPart raw: MultipartRawPart, reader: PartReader) async throws
}

/// How the parts of one body are read: the most bytes a text or JSON part may have, and on a
/// server the check of each such part against its schema before it is decoded.
public struct PartReader: Sendable {
    public let limit: Int
    let check: (@Sendable (_ part: String, _ value: PartValue) throws -> Void)?

    /// A part's value as it came, before it is decoded.
    enum PartValue {
        case text(String)
        case json(Data)
    }

    /// A reader that checks nothing but size (a client's: responses are the server's to check).
    public init(limit: Int) {
        self.init(limit: limit, check: nil)
    }

    init(limit: Int, check: (@Sendable (_ part: String, _ value: PartValue) throws -> Void)?) {
        self.limit = limit
        self.check = check
    }
}

/// Which parts a multipart body must, may and may not have, by name, checked as it streams.
public struct PartRules: Sendable, Hashable {
    public let exactlyOnce: Set<String>
    public let atLeastOnce: Set<String>
    public let atMostOnce: Set<String>
    public let anyNumber: Set<String>
    /// Whether parts of other names pass (as `undocumented`); else they are an error.
    public let allowsUnknown: Bool

    public init(exactlyOnce: Set<String> = [], atLeastOnce: Set<String> = [], atMostOnce: Set<String> = [], anyNumber: Set<String> = [],
                allowsUnknown: Bool = true) {
        self.exactlyOnce = exactlyOnce
        self.atLeastOnce = atLeastOnce
        self.atMostOnce = atMostOnce
        self.anyNumber = anyNumber
        self.allowsUnknown = allowsUnknown
    }
}

/// A multipart body whose schema names no parts: each part as it came.
extension MultipartRawPart: MultipartParts {
    public static var partRules: PartRules { PartRules() }
    public func rawPart() -> MultipartRawPart { self }
    public init(rawPart raw: MultipartRawPart, reader: PartReader) { self = raw }
}
