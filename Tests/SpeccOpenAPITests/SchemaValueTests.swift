import Foundation
import SpeccIR
import Testing

/// `Schema` keeps its fields in one shared box; it must still behave as a plain value: a copy
/// changed is a different schema, and the original is as it was, at any depth.
@Suite struct SchemaValueTests {
    private func pet() -> Schema {
        var schema = Schema()
        schema.types = [.object]
        schema.object = ObjectShape(properties: [Property(name: "name", schema: .inline(Schema()))], required: ["name"])
        schema.allOf = [.named("Animal")]
        return schema
    }

    @Test func changingACopyLeavesTheOriginal() {
        let original = pet()
        var copy = original
        #expect(copy == original)
        #expect(copy.hashValue == original.hashValue)

        copy.object?.properties.append(Property(name: "tag", schema: .named("Tag")))
        copy.allOf?.append(.named("Pet"))
        copy.description = "changed"
        #expect(original.object?.properties.map(\.name) == ["name"])
        #expect(original.allOf == [.named("Animal")])
        #expect(original.description == nil)
        #expect(copy != original)
        #expect(copy.object?.properties.map(\.name) == ["name", "tag"])
    }

    @Test func equalWithoutSharingABox() {
        // Two schemas built apart are equal and hash alike, as a dictionary of schemas needs.
        #expect(pet() == pet())
        #expect(Set([pet(), pet()]).count == 1)
        var other = pet()
        other.types = [.object, .null]
        #expect(other != pet())
    }

    @Test func copiesOnEveryThreadStayApart() {
        let shared = pet()
        let renamed = ConcurrentMap.map(64) { index -> Schema in
            var copy = shared
            copy.title = "pet \(index)"
            return copy
        }
        #expect(shared.title == nil)
        #expect(Set(renamed.compactMap(\.title)).count == 64)
    }

    @Test func codingKeepsTheKeywords() throws {
        let data = try JSONEncoder().encode(pet())
        let keys = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any]).keys.sorted()
        #expect(keys == ["allOf", "object", "types"])
        #expect(try JSONDecoder().decode(Schema.self, from: data) == pet())
    }
}
