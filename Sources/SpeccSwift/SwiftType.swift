/// A Swift type as generated code writes it, built by the one type assigner (`ModelCollector`)
/// and the body codings, and printed in one place (`description`), so no stage takes a type
/// apart from its text.
indirect enum SwiftType: Hashable, Sendable, CustomStringConvertible {
    /// A type by name: one the generated code declares (`Event`) or a runtime symbol (`String`).
    case named(String)
    case optional(SwiftType)
    case array(SwiftType)
    /// `[String: Value]`: a JSON object keyed by its member names.
    case dictionary(SwiftType)
    /// `ItemStream<Change>`: a runtime generic applied to its arguments.
    case generic(RuntimeSymbol, [SwiftType])

    static func runtime(_ symbol: RuntimeSymbol) -> SwiftType { .named(symbol.name) }

    static let string = runtime(.string), int = runtime(.int), double = runtime(.double), bool = runtime(.bool)
    static let int32 = runtime(.int32), int64 = runtime(.int64), float = runtime(.float)
    static let date = runtime(.date), data = runtime(.data), anyJSON = runtime(.anyJSON), httpBody = runtime(.httpBody)
    static let multipartRawPart = runtime(.multipartRawPart), serverSentEvent = runtime(.serverSentEvent)

    /// The type, or its optional when `optional` is set.
    func optional(_ optional: Bool) -> SwiftType { optional ? .optional(self) : self }

    var description: String {
        switch self {
        case .named(let name): name
        case .optional(let wrapped): "\(wrapped)?"
        case .array(let element): "[\(element)]"
        case .dictionary(let value): "[String: \(value)]"
        case .generic(let symbol, let arguments): "\(symbol.name)<\(arguments.map(\.description).joined(separator: ", "))>"
        }
    }

    /// A name for what the type holds, for the case of a union holding it: `[Event]` →
    /// `EventArray`, `[String: Int]` → `IntMap`, `Event?` → `Event`.
    var stem: String {
        switch self {
        case .named(let name): name
        case .optional(let wrapped): wrapped.stem
        case .array(let element): element.stem + "Array"
        case .dictionary(let value): value.stem + "Map"
        case .generic(let symbol, let arguments): arguments.map(\.stem).joined() + symbol.name
        }
    }
}
