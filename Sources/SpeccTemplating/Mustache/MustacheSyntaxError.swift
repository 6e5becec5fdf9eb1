/// Why a template does not parse, and where (1-based line and column, in characters).
public struct MustacheSyntaxError: Error, Sendable, CustomStringConvertible {
    public struct Position: Sendable, Equatable, CustomStringConvertible {
        public let line: Int
        public let column: Int

        public var description: String { "\(line):\(column)" }
    }

    public let message: String
    public let position: Position

    public var description: String { "\(position): \(message)" }
}
