import Foundation
import HTTPTypes
// The multipart framing (boundary scanning, part validation) is swift-openapi-runtime's, reached
// through the converter its own generated code uses; this file is the only place that does.
@_spi(Generated) import OpenAPIRuntime

/// Multipart bodies on the wire: a fresh boundary for each body sent, parts parsed as the bytes
/// arrive (a file part's body streams; a part the receiver skips is read past when it asks for
/// the next), each part's count checked against the schema's rules as it comes.
@_spi(Generated) public enum MultipartCoding {
    private static let converter = Converter(configuration: Configuration(
        multipartBoundaryGenerator: RandomMultipartBoundaryGenerator(boundaryPrefix: "specc-", randomNumberSuffixLength: 24)))

    /// `parts` as a body of `contentType`, and the Content-Type to send with it (its boundary added).
    public static func encode<Part: MultipartParts>(_ parts: MultipartBody<Part>, contentType: String) throws -> (body: HTTPBody, contentType: String) {
        var fields = HTTPFields()
        let rules = Part.partRules
        let body = try converter.setResponseBodyAsMultipart(
            parts, headerFields: &fields, contentType: contentType,
            allowsUnknownParts: rules.allowsUnknown, requiredExactlyOncePartNames: rules.exactlyOnce,
            requiredAtLeastOncePartNames: rules.atLeastOnce, atMostOncePartNames: rules.atMostOnce,
            zeroOrMoreTimesPartNames: rules.anyNumber, encoding: { try $0.rawPart() })
        return (body, fields[.contentType] ?? contentType)
    }

    /// The parts of `body`, whose Content-Type names the boundary. Text and JSON parts are read
    /// as `reader` says; more than `maxParts` parts is an error. `failure` turns any error
    /// reading the parts into the one the caller throws.
    public static func decode<Part: MultipartParts>(_ body: HTTPBody, contentType: String?, as type: Part.Type, reader: PartReader, maxParts: Int,
                                                    failure: @escaping @Sendable (any Error) -> any Error = { $0 }) throws -> MultipartBody<Part> {
        guard let boundary = contentType.flatMap({ MediaTypes.parameter("boundary", of: $0, keepingCase: true) }), !boundary.isEmpty else {
            throw failure(MultipartError(part: nil, reason: "the Content-Type \(contentType.map { "'\($0)'" } ?? "(none)") names no boundary"))
        }
        let rules = Part.partRules
        let current = CurrentPart()
        let parts = try converter.getRequiredRequestBodyAsMultipart(
            MultipartBody<Part>.self, from: body, transforming: { $0 }, boundary: boundary,
            allowsUnknownParts: rules.allowsUnknown, requiredExactlyOncePartNames: rules.exactlyOnce,
            requiredAtLeastOncePartNames: rules.atLeastOnce, atMostOncePartNames: rules.atMostOnce,
            zeroOrMoreTimesPartNames: rules.anyNumber, decoding: { raw in
                var tracked = raw
                tracked.body = current.track(raw.body, failure: failure)
                return try await Part(rawPart: tracked, reader: reader)
            })
        return MultipartBody(CountedParts(upstream: parts, maxParts: maxParts, current: current, failure: failure), iterationBehavior: parts.iterationBehavior)
    }

    // MARK: Parts out

    /// A file part: its bytes as they are, streamed.
    public static func filePart(_ part: FormPart<HTTPBody>, name: String, contentType: String) -> MultipartRawPart {
        raw(name: name, part: part, contentType: contentType, body: part.value)
    }

    /// A `text/plain` part: a string as it is, any other value as its JSON text without quotes
    /// (`42`, `true`, `2024-05-01T10:00:00Z`), in the charset `contentType` names.
    public static func textPart<T: Encodable>(_ part: FormPart<T>, name: String, contentType: String) throws -> MultipartRawPart {
        let text = try (part.value as? String) ?? plainText(part.value)
        // In the charset of the Content-Type the part goes with: the caller's, if it set one.
        let sent = part.headers[.contentType] ?? contentType
        return raw(name: name, part: part, contentType: contentType, body: HTTPBody(try TextCoding.encode(text, contentType: sent)))
    }

    /// A JSON part.
    public static func jsonPart<T: Encodable>(_ part: FormPart<T>, name: String, contentType: String) throws -> MultipartRawPart {
        raw(name: name, part: part, contentType: contentType, body: HTTPBody(try JSONCoding.encode(part.value)))
    }

    private static func plainText<T: Encodable>(_ value: T) throws -> String {
        let json = try JSONCoding.encode(value)
        // A JSON string (an enum's raw value, a date) goes as its characters, unquoted.
        return (try? JSONCoding.decode(String.self, from: json)) ?? String(decoding: json, as: UTF8.self)
    }

    private static func raw<T>(name: String, part: FormPart<T>, contentType: String, body: HTTPBody) -> MultipartRawPart {
        var raw = MultipartRawPart(name: name, filename: part.filename, headerFields: [:], body: body)
        if part.headers[.contentType] == nil { raw.headerFields[.contentType] = contentType }
        for field in part.headers where field.name != .contentDisposition { raw.headerFields.append(field) }
        return raw
    }

    // MARK: Parts in

    /// A file part, unread: the receiver streams it before asking for the next part.
    public static func file(_ raw: MultipartRawPart) -> FormPart<HTTPBody> {
        received(raw.body, raw)
    }

    /// A text part decoded as `type`: a string as it came, any other value from its text.
    public static func text<T: Decodable & Sendable & Hashable>(_ raw: MultipartRawPart, as type: T.Type, reader: PartReader) async throws -> FormPart<T> {
        let name = raw.name ?? ""
        let text: String
        do {
            text = try TextCoding.decode(try await collect(raw, limit: reader.limit), contentType: raw.headerFields[.contentType])
        } catch let error as MultipartError {
            throw error
        } catch {
            throw MultipartError(part: name, reason: "is not text in its charset")
        }
        try reader.check?(name, .text(text))
        if let string = text as? T { return received(string, raw) }
        let bytes = Data(text.utf8)
        guard let value = (try? JSONCoding.decode(T.self, from: bytes)) ?? (try? JSONCoding.decode(T.self, from: JSONCoding.encode(text))) else {
            throw MultipartError(part: name, reason: "'\(text.prefix(100))' is not a valid value")
        }
        return received(value, raw)
    }

    /// A JSON part decoded as `type`.
    public static func json<T: Decodable & Sendable & Hashable>(_ raw: MultipartRawPart, as type: T.Type, reader: PartReader) async throws -> FormPart<T> {
        let data = try await collect(raw, limit: reader.limit)
        try reader.check?(raw.name ?? "", .json(data))
        do {
            return received(try JSONCoding.decode(T.self, from: data), raw)
        } catch let error as DecodingError {
            let (pointer, detail) = JSONErrors.describe(error)
            throw MultipartError(part: raw.name ?? "", reason: "is not its schema's JSON: \(pointer.isEmpty ? "" : pointer + " ")\(detail)")
        }
    }

    /// The error for a part a closed schema does not name.
    public static func unknownPart(_ raw: MultipartRawPart) -> MultipartError {
        MultipartError(part: raw.name ?? "", reason: "is not a part this body has")
    }

    private static func collect(_ raw: MultipartRawPart, limit: Int) async throws -> Data {
        try await BoundedBody.collect(raw.body, limit: limit,
                                      tooLarge: MultipartError(part: raw.name ?? "", reason: "is larger than the \(limit) bytes read into memory for a part"))
    }

    /// A received part's value with what came with it.
    private static func received<T>(_ value: T, _ raw: MultipartRawPart) -> FormPart<T> {
        FormPart(value, filename: raw.filename, headers: headers(of: raw))
    }

    private static func headers(of raw: MultipartRawPart) -> HTTPFields {
        var fields = raw.headerFields
        fields[.contentDisposition] = nil
        return fields
    }
}

/// A multipart body that breaks a rule: a part that is not its type, missing, repeated or too
/// large, or a body that is not multipart at all.
public struct MultipartError: Error, Sendable, CustomStringConvertible {
    /// The part's name, when the problem is one part's.
    public let part: String?
    public let reason: String

    public var description: String { part.map { "multipart part '\($0)' \(reason)" } ?? "multipart body: \(reason)" }
}

/// Parts passed on until there are more than `maxParts`, a skipped part's body read past before
/// the next, errors as `failure` makes them.
private struct CountedParts<Upstream: AsyncSequence & Sendable>: AsyncSequence, Sendable where Upstream.Element: Sendable {
    let upstream: Upstream
    let maxParts: Int
    let current: CurrentPart
    let failure: @Sendable (any Error) -> any Error

    func makeAsyncIterator() -> Iterator { Iterator(upstream: upstream.makeAsyncIterator(), maxParts: maxParts, current: current, failure: failure) }

    struct Iterator: AsyncIteratorProtocol {
        var upstream: Upstream.AsyncIterator
        let maxParts: Int
        let current: CurrentPart
        let failure: @Sendable (any Error) -> any Error
        var count = 0

        mutating func next() async throws -> Upstream.Element? {
            let part: Upstream.Element?
            do {
                // The next part's bytes come after this one's: read past what nobody read.
                if let unread = current.takeUnread() {
                    for try await _ in unread {}
                }
                part = try await upstream.next()
            } catch {
                throw failure(error)
            }
            guard let part else { return nil }
            count += 1
            guard count <= maxParts else { throw failure(MultipartError(part: nil, reason: "has more than the \(maxParts) parts this side accepts")) }
            return part
        }
    }
}

/// The body of the part last handed out, so that one nobody started reading can be read past.
private final class CurrentPart: @unchecked Sendable {
    private let lock = NSLock()
    private var body: HTTPBody?
    private var started = false

    /// `body` as the receiver gets it: marked read once iterated, its errors as `failure` makes them.
    func track(_ body: HTTPBody, failure: @escaping @Sendable (any Error) -> any Error) -> HTTPBody {
        lock.withLock {
            self.body = body
            started = false
        }
        return HTTPBody(TrackedBytes(upstream: body, current: self, failure: failure), length: body.length, iterationBehavior: .single)
    }

    fileprivate func markStarted() { lock.withLock { started = true } }

    /// The last body, if nobody started reading it.
    func takeUnread() -> HTTPBody? {
        lock.withLock {
            defer { body = nil }
            return started ? nil : body
        }
    }
}

private struct TrackedBytes: AsyncSequence, Sendable {
    let upstream: HTTPBody
    let current: CurrentPart
    let failure: @Sendable (any Error) -> any Error

    func makeAsyncIterator() -> Iterator {
        current.markStarted()
        return Iterator(upstream: upstream.makeAsyncIterator(), failure: failure)
    }

    struct Iterator: AsyncIteratorProtocol {
        var upstream: HTTPBody.AsyncIterator
        let failure: @Sendable (any Error) -> any Error

        mutating func next() async throws -> ArraySlice<UInt8>? {
            do {
                return try await upstream.next()
            } catch {
                throw failure(error)
            }
        }
    }
}
