import SpeccDiagnostics


/// One operation with everything resolved: path-level parameters merged in, refs followed.
public struct Operation: Hashable, Sendable, Codable {
    public var method: HTTPMethod
    /// The path template as written (`/pets/{petId}`), or the webhook's name.
    public var path: String
    public var operationId: String?
    /// Where the `operationId` value is written.
    public var operationIdLocation: SourceLocation?
    /// Where each `{name}` of the path template is written (at its `{`), for messages about it.
    public var pathVariableLocations: [String: SourceLocation]?
    public var summary: String?
    public var description: String?
    public var tags: [String]
    public var deprecated: Bool
    /// Path-item parameters merged with the operation's own (the operation's win), in source order.
    public var parameters: [Parameter]
    public var requestBody: RequestBody?
    public var responses: [Response]
    /// nil: inherits the API's requirements. `[]`: explicitly none.
    public var security: [SecurityRequirement]?
    public var servers: [Server]?
    public var callbacks: [Callback]?
    public var externalDocs: ExternalDocs?
    public var extensions: Extensions?
    public var location: SourceLocation

    public init(method: HTTPMethod, path: String, location: SourceLocation) {
        self.method = method
        self.path = path
        self.tags = []
        self.deprecated = false
        self.parameters = []
        self.responses = []
        self.location = location
    }

    /// `GET /pets/{petId}`: how people name an operation in messages and docs.
    public var displayName: String { "\(method.name) \(path)" }
}

public enum ParameterLocation: String, Hashable, Sendable, Codable, CaseIterable {
    case path, query, header, cookie
    /// 3.2: the whole query string as one value, described by `content`.
    case querystring
}

/// How a parameter is serialised; defaults are applied, so emitters never guess.
public enum ParameterStyle: String, Hashable, Sendable, Codable {
    case matrix, label, simple, form, spaceDelimited, pipeDelimited, deepObject
    /// 3.2: `form` with the `Cookie` header's syntax (`n1=v1; n2=v2`) and no percent-encoding.
    case cookie
}

public struct Parameter: Hashable, Sendable, Codable {
    public var name: String
    public var location: ParameterLocation
    public var description: String?
    public var required: Bool
    public var deprecated: Bool
    public var allowEmptyValue: Bool
    public var style: ParameterStyle
    public var explode: Bool
    public var allowReserved: Bool
    /// Set for schema-based parameters.
    public var schema: SchemaRef?
    /// Set for content-based parameters (exactly one media type).
    public var content: [MediaType]?
    public var examples: [Example]
    public var extensions: Extensions?
    public var sourceLocation: SourceLocation

    public init(name: String, location: ParameterLocation, sourceLocation: SourceLocation) {
        self.name = name
        self.location = location
        self.required = location == .path
        self.deprecated = false
        self.allowEmptyValue = false
        self.style = ParameterStyle.defaultStyle(for: location)
        self.explode = self.style.explodesByDefault
        self.allowReserved = false
        self.examples = []
        self.sourceLocation = sourceLocation
    }
}

extension ParameterStyle {
    /// `explode`'s default: true for `form` and 3.2's `cookie`, false for every other style.
    public var explodesByDefault: Bool { self == .form || self == .cookie }

    /// OpenAPI's default style for each parameter location.
    public static func defaultStyle(for location: ParameterLocation) -> ParameterStyle {
        switch location {
        case .query, .cookie, .querystring: .form
        case .path, .header: .simple
        }
    }
}

public struct Example: Hashable, Sendable, Codable {
    /// The key under `examples`; nil for a lone `example`.
    public var name: String?
    public var summary: String?
    public var description: String?
    /// `value`, or 3.2's `dataValue`: the example as data a schema validates.
    public var value: JSONValue?
    /// 3.2: the example as it goes on the wire, shown verbatim.
    public var serializedValue: String?
    public var externalValue: String?

    public init(name: String?, value: JSONValue?) {
        self.name = name
        self.value = value
    }
}

public struct MediaType: Hashable, Sendable, Codable {
    /// As written: `application/json; charset=utf-8`, `image/*`.
    public var contentType: String {
        didSet { kind = MediaKind(contentType: contentType) }
    }
    /// What the body's bytes are: decided here, once, from `contentType`.
    public private(set) var kind: MediaKind
    /// The whole body.
    public var schema: SchemaRef?
    /// 3.2: each item of a sequential body (events, JSON Lines, parts), read as it arrives.
    public var itemSchema: SchemaRef?
    /// Where the media type is written (its key in the `content` map).
    public var location: SourceLocation?
    public var examples: [Example]
    /// Per-property encoding for form and multipart bodies, in source order.
    public var encoding: [Encoding]?
    /// 3.2: encodings by position (`prefixEncoding`), then one for every later item (`itemEncoding`).
    public var prefixEncoding: [Encoding]?
    public var itemEncoding: Encoding?
    /// The `components/mediaTypes` entry this was `$ref`'d from, for docs that link shared types.
    public var componentName: String?
    public var extensions: Extensions?

    public init(contentType: String) {
        self.contentType = contentType
        self.kind = MediaKind(contentType: contentType)
        self.examples = []
    }
}

public struct Encoding: Hashable, Sendable, Codable {
    /// The property it applies to; empty for a positional encoding.
    public var property: String
    public var contentType: String?
    public var style: ParameterStyle?
    public var explode: Bool?
    public var allowReserved: Bool?
    public var headers: [Header]?
    /// 3.2: encodings of a nested body (a `multipart/mixed` part of a `multipart/mixed` body).
    public var nested: NestedEncoding?

    public init(property: String) { self.property = property }
}

/// 3.2: the `encoding`, `prefixEncoding` and `itemEncoding` of an Encoding Object, for one level
/// of nested multipart.
public struct NestedEncoding: Hashable, Sendable, Codable {
    public var byName: [Encoding]?
    public var prefix: [Encoding]?
    @Indirect public var item: Encoding?

    public init() {}
}

public struct RequestBody: Hashable, Sendable, Codable {
    public var description: String?
    public var required: Bool
    public var content: [MediaType]
    public var extensions: Extensions?
    public var location: SourceLocation

    public init(required: Bool, content: [MediaType], location: SourceLocation) {
        self.required = required
        self.content = content
        self.location = location
    }
}

/// A response key: a status code, a range such as `4XX`, or `default`.
public enum ResponseStatus: Hashable, Sendable, Comparable {
    case code(Int)
    /// The class digit: `4` for `4XX`.
    case range(Int)
    case `default`

    public var key: String {
        switch self {
        case .code(let code): String(code)
        case .range(let digit): "\(digit)XX"
        case .default: "default"
        }
    }

    public init?(key: String) {
        if key == "default" {
            self = .default
        } else if key.count == 3, let digit = key.first?.wholeNumberValue, (1...5).contains(digit),
                  key.dropFirst().uppercased() == "XX" {
            self = .range(digit)
        } else if key.count == 3, key.allSatisfy(\.isASCII), let code = Int(key), (100...599).contains(code) {
            self = .code(code)
        } else {
            return nil
        }
    }

    public var isSuccess: Bool {
        switch self {
        case .code(let code): (200..<300).contains(code)
        case .range(let digit): digit == 2
        case .default: false
        }
    }

    private var order: (Int, Int) {
        switch self {
        case .code(let code): (code, 0)
        case .range(let digit): (digit * 100 + 99, 1)
        case .default: (1000, 2)
        }
    }

    public static func < (lhs: ResponseStatus, rhs: ResponseStatus) -> Bool { lhs.order < rhs.order }
}

extension ResponseStatus: Codable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(key)
    }

    public init(from decoder: any Decoder) throws {
        let key = try decoder.singleValueContainer().decode(String.self)
        guard let status = ResponseStatus(key: key) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a response key: \(key)"))
        }
        self = status
    }
}

public struct Response: Hashable, Sendable, Codable {
    public var status: ResponseStatus
    /// 3.2: a short summary beside (or, since 3.2 makes `description` optional, instead of) the description.
    public var summary: String?
    public var description: String
    /// Headers in source order.
    public var headers: [Header]
    public var content: [MediaType]
    public var links: [Link]?
    public var extensions: Extensions?
    public var location: SourceLocation

    public init(status: ResponseStatus, description: String, location: SourceLocation) {
        self.status = status
        self.description = description
        self.headers = []
        self.content = []
        self.location = location
    }
}

public struct Header: Hashable, Sendable, Codable {
    public var name: String
    public var description: String?
    public var required: Bool
    public var deprecated: Bool
    public var schema: SchemaRef?
    public var content: [MediaType]?
    public var examples: [Example]
    public var extensions: Extensions?
    public var location: SourceLocation

    public init(name: String, location: SourceLocation) {
        self.name = name
        self.required = false
        self.deprecated = false
        self.examples = []
        self.location = location
    }
}

public struct Link: Hashable, Sendable, Codable {
    public var name: String
    public var operationId: String?
    /// Where the `operationId` value is written.
    public var operationIdLocation: SourceLocation?
    public var operationRef: String?
    public var parameters: [String: JSONValue]?
    public var requestBody: JSONValue?
    public var description: String?

    public init(name: String) { self.name = name }
}

/// A callback: requests the API makes back to the caller, keyed by a runtime expression.
public struct Callback: Hashable, Sendable, Codable {
    public var name: String
    public var expression: String
    public var operations: [Operation]

    public init(name: String, expression: String, operations: [Operation]) {
        self.name = name
        self.expression = expression
        self.operations = operations
    }
}
