import Foundation
import OpenAPIRuntime

/// Items read from a body one at a time, as they arrive: server-sent events, JSON Lines or a JSON
/// Sequence, each decoded as the spec's schema says. The first item reaches the caller before the
/// body ends; nothing is buffered beyond the item being read. A stream is iterated once.
///
/// A handler answers with one built from any async sequence of its items (an `AsyncStream`, a
/// database cursor), or from an array.
public struct ItemStream<Element: Sendable>: AsyncSequence, Sendable, Hashable {
    private let makeIterator: @Sendable () -> Iterator
    /// Identity: two streams are equal only if they are the same stream, as with `HTTPBody`.
    private let identity = Identity()

    public init<Upstream: AsyncSequence & Sendable>(_ upstream: Upstream) where Upstream.Element == Element {
        makeIterator = { Iterator(upstream.makeAsyncIterator()) }
    }

    public init(_ items: [Element]) {
        self.init(ArrayItems(items: items))
    }

    public func makeAsyncIterator() -> Iterator { makeIterator() }

    public struct Iterator: AsyncIteratorProtocol {
        private let next: () async throws -> Element?

        init<Base: AsyncIteratorProtocol>(_ base: Base) where Base.Element == Element {
            let box = Box(base)
            next = { try await box.next() }
        }

        public mutating func next() async throws -> Element? { try await next() }
    }

    public static func == (lhs: ItemStream, rhs: ItemStream) -> Bool { lhs.identity === rhs.identity }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(identity)) }

    private final class Identity: Sendable {}

    private final class Box<Base: AsyncIteratorProtocol> where Base.Element == Element {
        var base: Base
        init(_ base: Base) { self.base = base }
        func next() async throws -> Element? { try await base.next() }
    }
}

/// An array as an async sequence, for handlers that have their items at hand.
private struct ArrayItems<Element: Sendable>: AsyncSequence, Sendable {
    let items: [Element]

    func makeAsyncIterator() -> Iterator { Iterator(items: items[...]) }

    struct Iterator: AsyncIteratorProtocol {
        var items: ArraySlice<Element>
        mutating func next() async -> Element? { items.popFirst() }
    }
}

/// Sequential bodies in and out of `HTTPBody`, with the JSON coding of every other body.
@_spi(Generated) public enum ItemCoding {
    /// Events whose `data` is JSON. An event whose data is `[DONE]` ends the stream: it is not
    /// JSON, and OpenAI and the many APIs that follow it send it last without declaring it.
    public static func events<T: Decodable & Sendable & Hashable>(_ body: HTTPBody, of type: T.Type) -> ItemStream<ServerSentEventWithJSONData<T>> {
        ItemStream(body.asDecodedServerSentEventsWithJSONData(of: type, decoder: JSONCoding.decoder(), while: { $0 != doneMarker }))
    }

    private static let doneMarker = ArraySlice("[DONE]".utf8)

    public static func events(_ body: HTTPBody) -> ItemStream<ServerSentEvent> {
        ItemStream(body.asDecodedServerSentEvents())
    }

    public static func jsonLines<T: Decodable & Sendable>(_ body: HTTPBody, of type: T.Type) -> ItemStream<T> {
        ItemStream(body.asDecodedJSONLines(of: type, decoder: JSONCoding.decoder()))
    }

    public static func jsonSequence<T: Decodable & Sendable>(_ body: HTTPBody, of type: T.Type) -> ItemStream<T> {
        ItemStream(JSONSequenceItems<T>(body: body))
    }

    public static func body<T: Encodable & Sendable & Hashable>(events: ItemStream<ServerSentEventWithJSONData<T>>) -> HTTPBody {
        HTTPBody(events.asEncodedServerSentEventsWithJSONData(encoder: JSONCoding.encoder()), length: .unknown, iterationBehavior: .single)
    }

    public static func body(events: ItemStream<ServerSentEvent>) -> HTTPBody {
        HTTPBody(events.asEncodedServerSentEvents(), length: .unknown, iterationBehavior: .single)
    }

    public static func body<T: Encodable & Sendable>(jsonLines items: ItemStream<T>) -> HTTPBody {
        HTTPBody(items.asEncodedJSONLines(encoder: JSONCoding.encoder()), length: .unknown, iterationBehavior: .single)
    }

    public static func body<T: Encodable & Sendable>(jsonSequence items: ItemStream<T>) -> HTTPBody {
        HTTPBody(items.asEncodedJSONSequence(encoder: JSONCoding.encoder()), length: .unknown, iterationBehavior: .single)
    }
}

/// A sequence whose errors are replaced as they are thrown: how a client call's streamed items
/// fail with the call's context.
struct ErrorMappedItems<Base: AsyncSequence & Sendable>: AsyncSequence, Sendable where Base.Element: Sendable {
    typealias Element = Base.Element
    let base: Base
    let transform: @Sendable (any Error) -> any Error

    struct AsyncIterator: AsyncIteratorProtocol {
        var base: Base.AsyncIterator
        let transform: @Sendable (any Error) -> any Error

        mutating func next() async throws -> Element? {
            do {
                return try await base.next()
            } catch {
                throw transform(error)
            }
        }
    }

    func makeAsyncIterator() -> AsyncIterator { AsyncIterator(base: base.makeAsyncIterator(), transform: transform) }
}
