import Foundation
import OpenAPIRuntime
@testable @_spi(Generated) import SpeccRuntime
import Testing

/// Sequential bodies decoded item by item, whatever the chunking.
@Suite struct ItemStreamTests {
    struct Item: Codable, Hashable, Sendable {
        let id: Int
    }

    /// `text` delivered in chunks of `size` bytes.
    static func body(_ text: String, chunk size: Int) -> HTTPBody {
        let bytes = Array(text.utf8)
        let chunks = stride(from: 0, to: bytes.count, by: size).map { ArraySlice(bytes[$0..<min($0 + size, bytes.count)]) }
        return HTTPBody(AsyncStream { continuation in
            for chunk in chunks { continuation.yield(chunk) }
            continuation.finish()
        }, length: .unknown)
    }

    static func ids(_ stream: ItemStream<Item>) async throws -> [Int] {
        var ids: [Int] = []
        for try await item in stream { ids.append(item.id) }
        return ids
    }

    @Test(arguments: [1, 3, 1024])
    func jsonSequenceRecordsCompactPrettyAndBlank(_ chunk: Int) async throws {
        // A compact record, a pretty-printed one (inner line feeds end no value), a blank one, a last without its line feed.
        let text = "\u{1E}{\"id\":1}\n\u{1E}{\n  \"id\": 2\n}\n\u{1E}\n\u{1E}{\"id\":3}"
        #expect(try await Self.ids(ItemCoding.jsonSequence(Self.body(text, chunk: chunk), of: Item.self)) == [1, 2, 3])
    }

    @Test(arguments: [1, 7, 1024])
    func jsonEventsEndAtOpenAIsDoneMarker(_ chunk: Int) async throws {
        let text = "data: {\"id\":1}\n\nevent: x\ndata: {\"id\":2}\n\ndata: [DONE]\n\n"
        var ids: [Int?] = []
        for try await event in ItemCoding.events(Self.body(text, chunk: chunk), of: Item.self) { ids.append(event.data?.id) }
        #expect(ids == [1, 2])
        // Any other data that is not JSON is still an error.
        let broken = ItemCoding.events(Self.body("data: {\"id\":1}\n\ndata: DONE\n\n", chunk: chunk), of: Item.self)
        await #expect(throws: DecodingError.self) { for try await _ in broken {} }
    }

    @Test func aBrokenJSONSequenceRecordIsAnError() async throws {
        let stream = ItemCoding.jsonSequence(Self.body("\u{1E}{\"id\":1}\n\u{1E}{\"id\":\n", chunk: 4), of: Item.self)
        await #expect(throws: DecodingError.self) { _ = try await Self.ids(stream) }
    }

    @Test(arguments: [1, 5, 1024])
    func jsonLines(_ chunk: Int) async throws {
        #expect(try await Self.ids(ItemCoding.jsonLines(Self.body("{\"id\":1}\n{\"id\":2}\n", chunk: chunk), of: Item.self)) == [1, 2])
    }

    @Test func anItemStreamFromAnArrayAndItsIdentity() async throws {
        let stream = ItemStream([Item(id: 4), Item(id: 5)])
        #expect(try await Self.ids(stream) == [4, 5])
        #expect(stream == stream)
        #expect(stream != ItemStream([Item(id: 4), Item(id: 5)]))
    }
}
