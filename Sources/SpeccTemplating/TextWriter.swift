/// Text built line by line: what the built-in templates' Swift specialisations write into.
public struct TextWriter: Sendable {
    // Internal but usable from inlinable code, so `line` specialises where it is called.
    @usableFromInline var buffer = ""

    public var text: String { buffer }

    public init(capacity: Int = 1 << 12) {
        buffer.reserveCapacity(capacity)
    }

    /// `parts` joined, then a newline; `line()` is an empty line. A parameter pack, not a
    /// variadic array: this runs for every line of every generated file.
    @inlinable
    public mutating func line<each Part: StringProtocol>(_ parts: repeat each Part) {
        for part in repeat each parts { buffer.append(contentsOf: part) }
        buffer.append("\n")
    }

    /// Text as it is, newlines included.
    public mutating func append(_ raw: String) {
        buffer += raw
    }
}
