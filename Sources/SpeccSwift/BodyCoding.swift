import SpeccIR
import SpeccTemplating

/// How one media type's body is typed and carried in generated Swift, for request bodies and
/// responses alike: the one place that reads the IR's `MediaKind` for Swift.
///
/// JSON and form bodies are their schema's type, decoded whole; text is a `String` in its
/// charset; event streams, JSON Lines and JSON Sequences are an `ItemStream` of their items, read
/// as they arrive; multipart bodies a `MultipartBody` of their typed parts, read as they arrive;
/// anything else (binary, wildcards) an `HTTPBody`, unread.
struct BodyCoding {
    enum Kind: Equatable {
        case json, form, text, binary
        /// Server-sent events; `json` when their `data` is the schema's JSON, else raw text.
        case events(json: Bool)
        case jsonLines, jsonSequence
        /// Parts, each named, typed and read as it arrives.
        case multipart

        /// Read whole and checked against the schema before a handler runs (the others are text,
        /// or streamed and handed over unread; multipart parts are checked one by one).
        var isValidated: Bool { self == .json || self == .form }
    }

    /// What the server checks a request body against, each schema under its key in the
    /// validation document.
    enum Validation {
        case none
        /// The whole body, before the handler runs.
        case schema(key: String)
        /// Each text or JSON part, by name, as the handler reads it.
        case parts([(name: String, key: String)])
    }

    let kind: Kind
    /// The Swift type of the body's value.
    let type: SwiftType
    /// The media type as the spec writes it.
    let contentType: String
    /// The item type of a sequential body (the decoded JSON of each item or event's data), or the
    /// parts enum of a multipart body.
    private let item: SwiftType?
    private let deepObjectProperties: [String]
    /// The parts of a multipart body the server checks against their schemas: text and JSON ones
    /// (a file part streams unread).
    private(set) var checkedParts: [MultipartPart] = []

    init(_ media: MediaType, direction: BodyDirection, api: API, models: ModelCollector, hint: String) {
        contentType = media.contentType
        deepObjectProperties = (media.encoding ?? []).filter { $0.style == .deepObject }.map(\.property)
        func schemaType(_ fallback: SwiftType) -> SwiftType {
            guard let schema = media.schema else { return fallback }
            let mapped = models.type(for: schema, hint: hint)
            return mapped.type.optional(mapped.nullable)
        }
        switch media.kind {
        case .json:
            kind = .json
            type = schemaType(.anyJSON)
            item = nil
        case .form:
            kind = .form
            type = schemaType(.dictionary(.anyJSON))
            item = nil
        case .text:
            kind = .text
            type = .string
            item = nil
        case .eventStream:
            let data = api.itemSchema(of: media).map { models.type(for: $0, hint: hint + "Data").type }
            kind = .events(json: data != nil)
            item = data
            type = .generic(.itemStream, [data.map { .generic(.serverSentEventWithJSONData, [$0]) } ?? .serverSentEvent])
        case .jsonLines, .jsonSequence:
            kind = media.kind == .jsonLines ? .jsonLines : .jsonSequence
            let element = api.itemSchema(of: media).map { models.type(for: $0, hint: hint + "Item").type } ?? .anyJSON
            item = element
            type = .generic(.itemStream, [element])
        case .multipart:
            kind = .multipart
            let shape = models.multipartShape(for: media, direction: direction, hint: hint)
            let parts = shape.map { SwiftType.named($0.typeName) } ?? .multipartRawPart
            type = .generic(.multipartBody, [parts])
            item = parts
            checkedParts = (shape?.cases ?? []).map(\.part).filter { $0.kind != .binary }
        case .binary, .other:
            kind = .binary
            type = .httpBody
            item = nil
        }
    }

    /// The media type a body's Swift is generated for: its first JSON media type with a schema,
    /// else its first with a schema, else its first.
    static func representative(_ content: [MediaType]) -> MediaType? {
        content.first { $0.schema != nil && $0.kind == .json } ?? content.first { $0.schema != nil } ?? content.first
    }

    /// Whether Swift carries bodies of these kinds the same way, so one handler reads both.
    static func carriedAlike(_ first: MediaKind, _ second: MediaKind) -> Bool {
        func carriage(_ kind: MediaKind) -> MediaKind {
            switch kind {
            case .binary, .other: .binary
            default: kind
            }
        }
        return carriage(first) == carriage(second)
    }

    /// The media type a body is sent with: a range (`image/*`) names none, so such a body goes out
    /// as `application/octet-stream` (`multipart/*` as `multipart/form-data`).
    var sentContentType: String {
        MediaTypeName.sent(contentType, fallback: kind == .multipart ? "multipart/form-data" : "application/octet-stream")
    }

    // MARK: Client

    /// Whether `clientEncode` makes the Content-Type too (a multipart boundary is chosen per body):
    /// it is then a `(body:, contentType:)` pair.
    var encodesContentType: Bool { kind == .multipart }

    /// `body` (the value) as the `HTTPBody` the client sends.
    var clientEncode: String {
        switch kind {
        case .json: "HTTPBody(try JSONCoding.encode(body))"
        case .form:
            deepObjectProperties.isEmpty ? "HTTPBody(try FormEncoding.encode(body))"
                : "HTTPBody(try FormEncoding.encode(body, deepObjectProperties: [\(deepObjectProperties.map(SwiftLiteral.string).joined(separator: ", "))]))"
        case .text: "HTTPBody(try TextCoding.encode(body, contentType: \(SwiftLiteral.string(contentType))))"
        case .binary: "body"
        case .events: "ItemCoding.body(events: body)"
        case .jsonLines: "ItemCoding.body(jsonLines: body)"
        case .jsonSequence: "ItemCoding.body(jsonSequence: body)"
        case .multipart: "try MultipartCoding.encode(body, contentType: \(SwiftLiteral.string(contentType)))"
        }
    }

    /// The value read from the client's `response`.
    var clientDecode: String {
        switch kind {
        case .json, .form: "try await response.decode(\(type).self)"
        case .text: "try await response.text()"
        case .binary: "response.stream"
        case .multipart: "try response.parts(\(item ?? .multipartRawPart).self)"
        // Iterated after the method returns: the call maps the stream's failures to its errors.
        case .events, .jsonLines, .jsonSequence: "call.stream(\(items(from: "response.stream")))"
        }
    }

    /// The items of a sequential body read from the `HTTPBody` expression `source`.
    private func items(from source: String) -> String {
        let item = item ?? .anyJSON
        return switch kind {
        case .events(json: true): "ItemCoding.events(\(source), of: \(item).self)"
        case .jsonLines: "ItemCoding.jsonLines(\(source), of: \(item).self)"
        case .jsonSequence: "ItemCoding.jsonSequence(\(source), of: \(item).self)"
        default: "ItemCoding.events(\(source))"
        }
    }

    // MARK: Server

    /// The expression reading the request's body, checked as `validation` says.
    func serverRead(required: Bool, mediaTypes: [String], validation: Validation) -> String {
        let accepted = "mediaTypes: [" + mediaTypes.map(SwiftLiteral.string).joined(separator: ", ") + "]"
        var schemaArgument = ""
        switch validation {
        case .none: break
        case .schema(let key): schemaArgument = ", schema: \(SwiftLiteral.string(key))"
        case .parts(let parts):
            schemaArgument = ", schemas: [" + parts.map { "\(SwiftLiteral.string($0.name)): \(SwiftLiteral.string($0.key))" }.joined(separator: ", ") + "]"
        }
        switch kind {
        case .json, .form:
            return "try await request.\(required ? "requiredBody" : "body")(\(type).self, \(accepted)\(schemaArgument))"
        case .text:
            return "try await request.\(required ? "requiredText" : "text")(\(accepted))"
        case .binary:
            return "try request.\(required ? "requiredStream" : "stream")(\(accepted))"
        case .multipart:
            return "try request.\(required ? "requiredParts" : "parts")(\(item ?? .multipartRawPart).self, \(accepted)\(schemaArgument))"
        case .events, .jsonLines, .jsonSequence:
            return required ? items(from: "try request.requiredStream(\(accepted))")
                : "try request.stream(\(accepted)).map { \(items(from: "$0")) }"
        }
    }

    /// The `ServerResponse` for the value `body` with status `code` and `headerList` (`, headers: […]` or empty).
    func serverResponse(code: String, headerList: String) -> String {
        let literal = SwiftLiteral.string(sentContentType)
        switch kind {
        case .json, .form: return "try .body(\(code), body, contentType: \(literal)\(headerList))"
        case .text: return "try .string(\(code), body, contentType: \(literal)\(headerList))"
        case .binary: return ".stream(\(code), body, contentType: \(literal)\(headerList))"
        case .multipart: return "try .multipart(\(code), body, contentType: \(literal)\(headerList))"
        case .events: return ".stream(\(code), ItemCoding.body(events: body), contentType: \(literal)\(headerList))"
        case .jsonLines: return ".stream(\(code), ItemCoding.body(jsonLines: body), contentType: \(literal)\(headerList))"
        case .jsonSequence: return ".stream(\(code), ItemCoding.body(jsonSequence: body), contentType: \(literal)\(headerList))"
        }
    }
}
