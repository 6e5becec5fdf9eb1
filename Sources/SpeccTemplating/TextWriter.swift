/// Text built line by line: what the built-in templates' Swift specialisations write into.
public struct TextWriter: Sendable {
    public private(set) var text = ""

    public init(capacity: Int = 1 << 12) {
        text.reserveCapacity(capacity)
    }

    /// `parts` joined, then a newline; `line()` is an empty line.
    public mutating func line(_ parts: String...) {
        for part in parts { text += part }
        text += "\n"
    }

    /// Text as it is, newlines included.
    public mutating func append(_ raw: String) {
        text += raw
    }
}
