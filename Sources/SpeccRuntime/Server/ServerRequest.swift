import Foundation
import HTTPTypes
import OpenAPIRuntime

/// An incoming request as a generated handler reads it: each parameter and the body are parsed by
/// their OpenAPI style, checked against their schema, then decoded into their Swift type. Any
/// failure throws a `RequestRejection` (400, 413, 415) naming the parameter or field and the rule.
///
/// The body is read only as its kind needs: JSON, form and text bodies are collected up to
/// `maxBodyBytes` (413 past it, from Content-Length without reading when it is sent); a binary
/// body reaches the handler unread, however large.
@_spi(Generated) public struct ServerRequest: Sendable {
    let head: HTTPRequest
    let rawBody: HTTPBody?
    let maxBodyBytes: Int
    let maxParts: Int
    let pathParameters: [String: Substring]
    let schemas: ValidationSchemas
    let query: [(name: String, value: String)]

    init(head: HTTPRequest, body: HTTPBody?, maxBodyBytes: Int, maxParts: Int, pathParameters: [String: Substring], query: [(name: String, value: String)],
         schemas: ValidationSchemas) {
        self.head = head
        self.rawBody = body
        self.maxBodyBytes = maxBodyBytes
        self.maxParts = maxParts
        self.pathParameters = pathParameters
        self.query = query
        self.schemas = schemas
    }

    /// The request target's query items, decoded.
    static func query(of head: HTTPRequest) -> [(name: String, value: String)] {
        QueryString.parse(rawQuery(of: head))
    }

    /// The request target's query as sent: what follows the `?`, empty when there is none.
    static func rawQuery(of head: HTTPRequest) -> Substring {
        let path = head.path ?? ""
        return path.firstIndex(of: "?").map { path[path.index(after: $0)...] } ?? ""
    }

    /// The media types of `type` (an operation's `…Accept` enum) that the request's `Accept`
    /// allows, the most wanted first; all of them, in the spec's order, when it sends none. A
    /// request that accepts none of them (only an error's type) gets 406: no answer would do.
    public func accepted<T: RawRepresentable & CaseIterable>(_ type: T.Type) throws -> [T] where T.RawValue == String {
        let all = Array(T.allCases)
        guard let header = head.headerFields[.accept] else { return all }
        let accepted = AcceptHeader(header).preferred(all.map(\.rawValue)).compactMap(T.init(rawValue:))
        guard !accepted.isEmpty else {
            throw RequestRejection(status: 406, title: "Not Acceptable",
                                   detail: "Accept \(header) allows none of the media types this operation answers in: \(all.map(\.rawValue).joined(separator: ", ")).")
        }
        return accepted
    }

    /// A parameter the spec marks required: missing is a 400.
    public func requiredParameter<T: Decodable>(in place: ParameterPlace, _ name: String, as type: T.Type, style: SerializationStyle, explode: Bool, schema key: String) throws -> T {
        guard let value = try parameter(in: place, name, as: type, style: style, explode: explode, schema: key) else {
            throw RequestRejection.badRequest(in: place.rawValue, name: name, rule: "required", detail: "is required")
        }
        return value
    }

    /// An optional parameter: `nil` when the request leaves it out. `key` names its schema in
    /// `ValidationSchemas`, as the generator wrote both.
    public func parameter<T: Decodable>(in place: ParameterPlace, _ name: String, as type: T.Type, style: SerializationStyle, explode: Bool, schema key: String) throws -> T? {
        let schema = try schemas.requiredEntry(key)
        let location = place.rawValue
        let keywords = schemas.dereferenced(schema.json)
        func reader(_ escaping: ParameterReader.Escaping) -> ParameterReader {
            ParameterReader(schemas: schemas, name: name, style: style, explode: explode, escaping: escaping)
        }
        let json: AnyJSON?
        switch place {
        case .path:
            json = pathParameters[name].map { reader(.path).path(String($0), keywords) }
        case .query:
            json = reader(.query).query(query, keywords)
        case .querystring:
            // The whole query is the value, every field of it (the form reader keeps undeclared
            // fields when the parameter has no name), so the schema judges what is allowed.
            json = query.isEmpty ? nil : ParameterReader(schemas: schemas, name: "", style: .form, explode: true, escaping: .query).form(query, keywords)
        case .header:
            let values = HTTPField.Name(name).map { head.headerFields[values: $0] } ?? []
            json = values.isEmpty ? nil : reader(.none).header(values.joined(separator: ","), keywords)
        case .cookie where style == .cookie:
            json = reader(.none).cookie(Cookies.pairs(in: head), keywords)
        case .cookie:
            json = Cookies.value(name, in: head).map { reader(.none).header($0, keywords) }
        }
        guard let json else { return nil }
        try Self.check(json, against: schema, schemas: schemas, in: location, name: name)
        return try decode(type, from: json, in: location, name: name)
    }

    /// A `querystring` parameter the spec marks required: an empty query is a 400.
    public func requiredQuerystring<T: Decodable>(_ name: String, as type: T.Type, content: QueryStringValue.Content, schema key: String) throws -> T {
        guard let value = try querystring(name, as: type, content: content, schema: key) else {
            throw RequestRejection.badRequest(in: "querystring", name: name, rule: "required", detail: "is required")
        }
        return value
    }

    /// An OpenAPI 3.2 `querystring` parameter: the whole query, read as its media type says
    /// (form fields, JSON, or text), checked against its schema; `nil` when the query is empty.
    public func querystring<T: Decodable>(_ name: String, as type: T.Type, content: QueryStringValue.Content, schema key: String) throws -> T? {
        let value: T?
        switch content {
        case .form:
            value = try parameter(in: .querystring, name, as: type, style: .form, explode: true, schema: key)
        case .json, .text:
            let raw = String(Self.rawQuery(of: head))
            if raw.isEmpty {
                value = nil
            } else {
                let text = PercentDecoding.decode(raw)
                let json: AnyJSON
                if content == .text {
                    json = .string(text)
                } else {
                    do {
                        json = try JSONCoding.decode(AnyJSON.self, from: Data(text.utf8))
                    } catch {
                        throw RequestRejection.badRequest(in: "querystring", name: name, rule: "json", detail: "is not JSON")
                    }
                }
                let schema = try schemas.requiredEntry(key)
                try Self.check(json, against: schema, schemas: schemas, in: "querystring", name: name)
                value = try decode(type, from: json, in: "querystring", name: name)
            }
        }
        return value
    }

    /// A body the spec marks required: missing is a 400.
    public func requiredBody<T: Decodable>(_ type: T.Type, mediaTypes: [String], schema key: String? = nil) async throws -> T {
        guard let value = try await body(type, mediaTypes: mediaTypes, schema: key) else { throw Self.missingBody }
        return value
    }

    /// A binary body the spec marks required, unread: missing is a 400.
    public func requiredStream(mediaTypes: [String]) throws -> HTTPBody {
        guard let value = try stream(mediaTypes: mediaTypes) else { throw Self.missingBody }
        return value
    }

    /// A binary body, unread: the handler streams it. `nil` when the request has none.
    public func stream(mediaTypes: [String]) throws -> HTTPBody? {
        guard let rawBody, hasBody else { return nil }
        _ = try mediaType(among: mediaTypes)
        return rawBody
    }

    /// A multipart body the spec marks required: missing is a 400.
    public func requiredParts<Part: MultipartParts>(_ type: Part.Type, mediaTypes: [String], schemas keys: [String: String] = [:]) throws -> MultipartBody<Part> {
        guard let value = try parts(type, mediaTypes: mediaTypes, schemas: keys) else { throw Self.missingBody }
        return value
    }

    /// A multipart body, its parts read as the handler iterates them. A part that breaks the
    /// schema's rules (missing, repeated, not its type, too large), or a text or JSON part that
    /// fails its schema (`keys` names each one's by part name), fails that iteration with a 400.
    public func parts<Part: MultipartParts>(_ type: Part.Type, mediaTypes: [String], schemas keys: [String: String] = [:]) throws -> MultipartBody<Part>? {
        guard let body = try stream(mediaTypes: mediaTypes) else { return nil }
        let schemas = self.schemas
        var check: (@Sendable (String, PartReader.PartValue) throws -> Void)?
        if !keys.isEmpty {
            check = { part, value in
                guard let key = keys[part] else { return }
                try ServerRequest.check(part: part, value, against: try schemas.requiredEntry(key), schemas: schemas)
            }
        }
        let reader = PartReader(limit: maxBodyBytes, check: check)
        return try MultipartCoding.decode(body, contentType: head.headerFields[.contentType], as: type, reader: reader, maxParts: maxParts,
                                          failure: Self.multipartRejection)
    }

    /// A text part is read as a parameter of its schema's type would be (`7` an integer for an
    /// integer schema, a string for a string one); a JSON part is parsed.
    private static func check(part: String, _ value: PartReader.PartValue, against schema: ValidationSchemas.Entry, schemas: ValidationSchemas) throws {
        let json: AnyJSON
        switch value {
        case .text(let text):
            let keywords = schemas.dereferenced(schema.json)
            json = ParameterReader(schemas: schemas, name: part, style: .simple, explode: false, escaping: .none).header(text, keywords)
            // A schema without a `type` (`anyOf: [{type: integer}, {type: 'null'}]`, an enum of
            // numbers) says what the text is only through its alternatives: `5` may be the number.
            if keywords["type"] == nil, let scalar = jsonScalar(text),
               SchemaValidator(schemas: schemas, direction: .request).validate(scalar, against: schema.node).isEmpty {
                return
            }
        case .json(let data):
            do {
                json = try JSONCoding.decode(AnyJSON.self, from: data)
            } catch {
                throw RequestRejection.badRequest(in: "body", name: part, rule: "json", detail: "is not valid JSON" + JSONErrors.reason(data))
            }
        }
        try check(json, against: schema, schemas: schemas, in: "body", name: part)
    }

    /// A 400 listing every way `json` fails `schema`, in the request's `location`.
    private static func check(_ json: AnyJSON, against schema: ValidationSchemas.Entry, schemas: ValidationSchemas, in location: String, name: String?) throws {
        let issues = SchemaValidator(schemas: schemas, direction: .request).validate(json, against: schema.node)
        if !issues.isEmpty {
            throw RequestRejection.badRequest(issues.map { Problem(in: location, name: name, pointer: $0.pointer, rule: $0.rule, detail: $0.detail) })
        }
    }

    /// `text` as a JSON number, boolean or null, if it is one.
    private static func jsonScalar(_ text: String) -> AnyJSON? {
        switch try? JSONCoding.decode(AnyJSON.self, from: Data(text.utf8)) {
        case let value?:
            switch value {
            case .int, .double, .bool, .null: return value
            case .string, .array, .object: return nil
            }
        case nil: return nil
        }
    }

    @Sendable private static func multipartRejection(_ error: any Error) -> any Error {
        if error is RequestRejection { return error }
        let part = (error as? MultipartError)?.part
        let detail = (error as? MultipartError)?.reason ?? String(describing: error)
        return RequestRejection.badRequest([Problem(in: "body", name: part, pointer: "", rule: "multipart", detail: detail)])
    }

    private typealias Problem = RequestRejection.Problem

    /// A text body the spec marks required: missing is a 400.
    public func requiredText(mediaTypes: [String]) async throws -> String {
        guard let value = try await text(mediaTypes: mediaTypes) else { throw Self.missingBody }
        return value
    }

    /// A text body in the charset its Content-Type names (UTF-8 by default); `nil` when empty.
    public func text(mediaTypes: [String]) async throws -> String? {
        guard let body = try await collected(), !body.isEmpty else { return nil }
        _ = try mediaType(among: mediaTypes)
        do {
            return try TextCoding.decode(body, contentType: head.headerFields[.contentType])
        } catch {
            throw RequestRejection.badRequest(in: "body", name: nil, rule: "charset", detail: "is not text in its declared charset")
        }
    }

    /// Which group of media types (a body's representations, in the spec's order) the request's
    /// Content-Type is: 415 for none of them; a missing body is a 400.
    public func requiredRepresentation(among groups: [[String]]) throws -> Int {
        guard let index = try representation(among: groups) else { throw Self.missingBody }
        return index
    }

    /// The same for an optional body: `nil` when the request has none.
    public func representation(among groups: [[String]]) throws -> Int? {
        guard hasBody else { return nil }
        let all = groups.flatMap { $0 }
        let matched = try mediaType(among: all)
        return groups.firstIndex { MediaTypes.match(matched, among: $0) != nil }
    }

    /// Whether the request carries a body at all (one of unknown length might still be empty).
    private var hasBody: Bool {
        guard let rawBody else { return false }
        return rawBody.length != .known(0)
    }

    private static let missingBody = RequestRejection.badRequest(in: "body", name: nil, rule: "required", detail: "is required")

    /// Which of `mediaTypes` (the spec's, in its order) the request's Content-Type is; 415 if none.
    private func mediaType(among mediaTypes: [String]) throws -> String {
        let sent = head.headerFields[.contentType]
        guard let mediaType = MediaTypes.match(sent, among: mediaTypes) else {
            let expected = mediaTypes.joined(separator: ", ")
            throw RequestRejection(status: 415, title: "Unsupported Media Type",
                                   detail: sent.map { "Content-Type \($0) is not accepted here; send \(expected)." } ?? "The request has a body but no Content-Type; send \(expected).")
        }
        return mediaType
    }

    /// The body's bytes, refusing more than `maxBodyBytes` without reading them all.
    private func collected() async throws -> Data? {
        guard let rawBody else { return nil }
        let limit = maxBodyBytes
        let tooLarge = RequestRejection(status: 413, title: "Content Too Large", detail: "The request body is larger than the \(limit) bytes this server accepts.")
        if case .known(let length) = rawBody.length, length > limit { throw tooLarge }
        return try await BoundedBody.collect(rawBody, limit: limit, tooLarge: tooLarge)
    }

    /// An optional body of one of `mediaTypes` (the spec's, in its order): `nil` when empty.
    /// `key` names its schema in `ValidationSchemas`; nil for a body without one.
    public func body<T: Decodable>(_ type: T.Type, mediaTypes: [String], schema key: String? = nil) async throws -> T? {
        guard let body = try await collected(), !body.isEmpty else { return nil }
        let mediaType = try mediaType(among: mediaTypes)
        let schema = try key.map(schemas.requiredEntry)
        let json: AnyJSON
        // A JSON body is decoded into its Swift type from its own bytes; other kinds go through JSON.
        var jsonBytes: Data?
        if MediaTypes.isJSON(mediaType) {
            jsonBytes = body
            do {
                json = try JSONCoding.decode(AnyJSON.self, from: body)
            } catch {
                throw RequestRejection.badRequest(in: "body", name: nil, rule: "json", detail: "is not valid JSON" + JSONErrors.reason(body))
            }
        } else if mediaType == "application/x-www-form-urlencoded" {
            let reader = ParameterReader(schemas: schemas, name: "", style: .form, explode: true, escaping: .query)
            json = reader.form(QueryString.parse(Substring(decoding: body, as: UTF8.self)), schemas.dereferenced(schema?.json)) ?? .object([:])
        } else {
            throw RequestRejection(status: 415, title: "Unsupported Media Type", detail: "This server cannot read \(mediaType) bodies.")
        }
        if let schema {
            try Self.check(json, against: schema, schemas: schemas, in: "body", name: nil)
        }
        return try decode(type, from: json, bytes: jsonBytes, in: "body", name: nil)
    }

    /// The schema passed; the Swift type may still be stricter (an `Int32`, a `Date`). `bytes`,
    /// when given, are `json` as it arrived, which saves encoding it again.
    private func decode<T: Decodable>(_ type: T.Type, from json: AnyJSON, bytes: Data? = nil, in location: String, name: String?) throws -> T {
        do {
            return try JSONCoding.decode(type, from: bytes ?? JSONCoding.encode(json))
        } catch let error as DecodingError {
            var (pointer, detail) = JSONErrors.describe(error)
            // The JSON here parsed already; Foundation says "not valid JSON" for a number that does
            // not fit the Swift type (an integer beyond 64 bits).
            if case .dataCorrupted(let context) = error, context.codingPath.isEmpty, context.debugDescription.contains("not valid JSON") {
                detail = "holds a number out of range for this server (integers must fit in 64 bits)"
            }
            throw RequestRejection.badRequest([RequestRejection.Problem(in: location, name: name, pointer: pointer, rule: "type", detail: detail)])
        }
    }
}

/// Readable text from Foundation's JSON and decoding errors, without type names of ours.
enum JSONErrors {
    /// Why `data` is not JSON (`: Invalid value around character 7.`), or nothing when unknown.
    /// JSONDecoder's own error only says that it is not; JSONSerialization says where.
    static func reason(_ data: Data) -> String {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return ""
        } catch {
            let text = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? ""
            return text.isEmpty ? "" : ": " + text
        }
    }

    static func describe(_ error: DecodingError) -> (pointer: String, detail: String) {
        let context: DecodingError.Context
        switch error {
        case .typeMismatch(_, let found), .valueNotFound(_, let found), .dataCorrupted(let found): context = found
        case .keyNotFound(let key, let found):
            return (pointer(found.codingPath + [key]), "is required")
        @unknown default: return ("", "cannot be read")
        }
        return (pointer(context.codingPath), context.debugDescription)
    }

    private static func pointer(_ path: [any CodingKey]) -> String {
        path.map { "/" + ($0.intValue.map(String.init) ?? Pointer.escape($0.stringValue)) }.joined()
    }
}
