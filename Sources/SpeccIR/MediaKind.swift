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
        let essence = text.prefix { $0 != ";" }.trimmingWhitespace.lowercased()
        let halves = essence.split(separator: "/", omittingEmptySubsequences: false)
        guard halves.count == 2, Self.isToken(halves[0]), Self.isToken(halves[1]) else { return nil }
        type = String(halves[0])
        subtype = String(halves[1])
    }

    /// `type/subtype`, without parameters.
    public var essence: String { "\(type)/\(subtype)" }

    /// `json` for `application/problem+json`.
    public var suffix: String? {
        guard let plus = subtype.lastIndex(of: "+") else { return nil }
        return String(subtype[subtype.index(after: plus)...])
    }

    public var isWildcard: Bool { type == "*" || subtype == "*" }

    private static func isToken(_ text: Substring) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { $0.isASCII && $0.value > 32 && !"()<>@,;:\\\"/[]?={}".unicodeScalars.contains($0) }
    }
}

private extension Substring {
    var trimmingWhitespace: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
