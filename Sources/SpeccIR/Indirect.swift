/// Stores an optional value behind one pointer instead of inline.
///
/// A large spec has tens of thousands of schemas and most use none of a given keyword group
/// (numeric bounds, string limits, array or object shape). Inline, those optional groups made
/// every schema's fields (the box each `Schema` points to) over 500 bytes; behind a pointer an
/// absent group costs 8. The box is immutable,
/// so values keep plain value semantics: assigning replaces the box.
@propertyWrapper
public struct Indirect<Value: Hashable & Sendable & Codable>: Hashable, Sendable {
    private final class Box: Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    private var box: Box?

    public init() {}

    public init(wrappedValue: Value?) {
        box = wrappedValue.map(Box.init)
    }

    public var wrappedValue: Value? {
        get { box?.value }
        set { box = newValue.map(Box.init) }
    }

    public static func == (lhs: Indirect, rhs: Indirect) -> Bool {
        // One box is one value: a schema compared with its own copy is equal without a look inside.
        lhs.box === rhs.box || lhs.wrappedValue == rhs.wrappedValue
    }
    public func hash(into hasher: inout Hasher) { hasher.combine(wrappedValue) }
}

extension Indirect: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self.init(wrappedValue: container.decodeNil() ? nil : try container.decode(Value.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(wrappedValue)
    }
}

// Synthesised Codable calls these for `@Indirect` properties, so an absent group is omitted from
// the JSON exactly like a plain optional, rather than written as `null`.
extension KeyedEncodingContainer {
    public mutating func encode<Value>(_ value: Indirect<Value>, forKey key: Key) throws {
        try encodeIfPresent(value.wrappedValue, forKey: key)
    }
}

extension KeyedDecodingContainer {
    public func decode<Value>(_ type: Indirect<Value>.Type, forKey key: Key) throws -> Indirect<Value> {
        Indirect(wrappedValue: try decodeIfPresent(Value.self, forKey: key))
    }
}
