/// A coding key for any name: how generated models read and write the properties their
/// schema's `additionalProperties` describes, beside the declared ones.
@_spi(Generated) public struct AnyCodingKey: CodingKey, Sendable {
    public let stringValue: String
    public var intValue: Int? { nil }

    public init(_ name: String) { stringValue = name }
    public init?(stringValue: String) { self.stringValue = stringValue }
    public init?(intValue: Int) { nil }
}
