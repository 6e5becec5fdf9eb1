import Foundation
import OpenAPIRuntime

/// An RFC 7464 JSON text sequence (`RS text LF`, repeated) decoded item by item. Each item is
/// handed over as soon as its line feed arrives and the text so far decodes, rather than when
/// the next record separator does, so a slow producer's first item is not held back by its
/// second. A pretty-printed text, whose inner line feeds end no complete value, is decoded at
/// the next separator instead.
struct JSONSequenceItems<Item: Decodable & Sendable>: AsyncSequence, Sendable {
    typealias Element = Item
    let body: HTTPBody

    func makeAsyncIterator() -> Iterator { Iterator(upstream: body.makeAsyncIterator()) }

    struct Iterator: AsyncIteratorProtocol {
        var upstream: HTTPBody.AsyncIterator
        var record: [UInt8] = []
        /// Bytes read but not yet looked at.
        var pending: ArraySlice<UInt8> = []
        /// Whether the current record was already decoded at a line feed.
        var emitted = false
        var finished = false
        let decoder = JSONCoding.decoder()

        init(upstream: HTTPBody.AsyncIterator) { self.upstream = upstream }

        mutating func next() async throws -> Item? {
            while true {
                while let byte = pending.popFirst() {
                    switch byte {
                    case 0x1E:
                        if let item = try flush() { return item }
                    case 0x0A where !emitted && !record.isEmpty:
                        record.append(byte)
                        if let item = try? decoder.decode(Item.self, from: Data(record)) {
                            emitted = true
                            return item
                        }
                    default:
                        if !emitted { record.append(byte) }
                    }
                }
                if finished { return try flush() }
                if let chunk = try await upstream.next() {
                    pending = chunk
                } else {
                    finished = true
                }
            }
        }

        /// The record that ends here, unless it was handed over already or is blank.
        private mutating func flush() throws -> Item? {
            defer { record = []; emitted = false }
            guard !emitted, record.contains(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }) else { return nil }
            return try decoder.decode(Item.self, from: Data(record))
        }
    }
}
