/// What a body's bytes are, decided once from its media type, so the docs, the JSON Schemas and
/// the Swift client and server all treat a body the same way.
public enum MediaKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// `application/json` and any `+json` suffix (`application/problem+json`).
    case json
    /// `application/x-www-form-urlencoded`.
    case form
    /// `multipart/form-data`, `multipart/mixed`, any `multipart/…`.
    case multipart
    /// Bytes with no structure specc reads: `application/octet-stream`, `image/*`, `audio/*`,
    /// `application/pdf`, wildcards such as `*/*`, and any type not named below.
    case binary
    /// Characters: `text/*` (but event streams), XML, YAML, JavaScript.
    case text
    /// `text/event-stream`: server-sent events, one by one.
    case eventStream
    /// `application/jsonl`, `application/x-ndjson`: one JSON value per line.
    case jsonLines
    /// `application/json-seq` (RFC 7464): JSON values each after a record separator.
    case jsonSequence
    /// A media type that does not parse as `type/subtype`: passed on as raw bytes.
    case other

    /// Bodies whose items arrive one at a time and are read as they come.
    public var isSequential: Bool { self == .eventStream || self == .jsonLines || self == .jsonSequence }

    public init(_ name: MediaTypeName?) {
        guard let name else {
            self = .other
            return
        }
        switch (name.type, name.subtype) {
        case ("text", "event-stream"): self = .eventStream
        case ("application", "jsonl"), ("application", "x-ndjson"), ("application", "x-jsonlines"), ("application", "jsonlines"):
            self = .jsonLines
        case ("application", "json-seq"): self = .jsonSequence
        case ("application", "json"), ("text", "json"): self = .json
        case ("application", "x-www-form-urlencoded"): self = .form
        case ("multipart", _): self = .multipart
        case ("text", _), ("application", "xml"), ("application", "yaml"), ("application", "x-yaml"), ("application", "javascript"):
            self = .text
        default:
            switch name.suffix {
            case "json": self = .json
            case "xml", "yaml": self = .text
            default: self = .binary
            }
        }
    }

    public init(contentType: String) {
        self.init(MediaTypeName(contentType))
    }
}

/// A media type as written in a `content` map, parsed: `type/subtype`, lowercased, and its
/// `+suffix`; parameters (`; charset=utf-8`) do not change what a body is and are set aside.
/// Wildcards (`*/*`, `image/*`) parse too.
public struct MediaTypeName: Hashable, Sendable {
    public let type: String
    public let subtype: String

    public init?(_ text: String) {
        // Bytes, not characters: this runs for every media type of a large spec, and a media type
        // is ASCII by its grammar (anything else fails `isToken`).
        var bytes = ArraySlice(text.utf8.prefix { $0 != UInt8(ascii: ";") })
        while let first = bytes.first, first == 0x20 || first == 0x09 { bytes.removeFirst() }
        while let last = bytes.last, last == 0x20 || last == 0x09 { bytes.removeLast() }
        guard let slash = bytes.firstIndex(of: UInt8(ascii: "/")) else { return nil }
        let typeBytes = bytes[..<slash], subtypeBytes = bytes[(slash + 1)...]
        guard Self.isToken(typeBytes), Self.isToken(subtypeBytes) else { return nil }
        type = Self.lowercased(typeBytes)
        subtype = Self.lowercased(subtypeBytes)
    }

    /// The media type a body or part declared as `contentType` is sent with: a range (`image/*`)
    /// or text that is no media type names nothing a receiver can read, so `fallback` goes instead.
    public static func sent(_ contentType: String, fallback: String = "application/octet-stream") -> String {
        guard let name = MediaTypeName(contentType), !name.isWildcard else { return fallback }
        return contentType
    }

    /// `type/subtype`, without parameters.
    public var essence: String { "\(type)/\(subtype)" }

    /// `json` for `application/problem+json`.
    public var suffix: String? {
        guard let plus = subtype.lastIndex(of: "+") else { return nil }
        return String(subtype[subtype.index(after: plus)...])
    }

    public var isWildcard: Bool { type == "*" || subtype == "*" }

    private static func isToken(_ bytes: ArraySlice<UInt8>) -> Bool {
        !bytes.isEmpty && bytes.allSatisfy { $0 > 32 && $0 < 127 && !separators.contains($0) }
    }

    private static let separators = Set("()<>@,;:\\\"/[]?={}".utf8)

    private static func lowercased(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
    }
}
