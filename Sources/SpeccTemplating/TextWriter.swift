/// Text built line by line: what the built-in templates' Swift specialisations write into.
///
/// UTF-8 bytes, handed on as they are (`utf8`): a generated file is written in pieces of a dozen
/// bytes on average, and each `String` append paid over 300 instructions of bookkeeping (capacity,
/// uniqueness, the ASCII flag) for them, 14% of generating Stripe; an array append is a copy.
public struct TextWriter: Sendable {
    // Internal but usable from inlinable code, so `line` specialises where it is called.
    @usableFromInline var bytes: [UInt8] = []

    /// What was written: the file's bytes.
    public var utf8: [UInt8] { bytes }

    /// What was written, as a `String` (a copy, validated).
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    public init(capacity: Int = 1 << 12) {
        bytes.reserveCapacity(capacity)
    }

    /// `parts` joined, then a newline; `line()` is an empty line. A parameter pack, not a
    /// variadic array: this runs for every line of every generated file.
    @inlinable
    public mutating func line<each Part: TextPart>(_ parts: repeat each Part) {
        for part in repeat each parts { part.appendUTF8(to: &bytes) }
        bytes.append(UInt8(ascii: "\n"))
    }

    /// Text as it is, newlines included.
    public mutating func append(_ raw: String) {
        raw.appendUTF8(to: &bytes)
    }
}

/// What `TextWriter.line` takes: its own requirement, not `StringProtocol`'s, because the compiler
/// does not specialise a parameter pack's elements; through `StringProtocol` every part took the
/// unspecialised generic append (a metadata lookup each), through this one witness call reaches
/// the concrete copy.
public protocol TextPart {
    func appendUTF8(to bytes: inout [UInt8])
}

// Through the contiguous UTF-8 where there is some (always, for Swift's own strings): a copy
// of a buffer, where appending the view went through the sequence protocol's generic loop.
extension TextPart where Self: StringProtocol {
    public func appendUTF8(to bytes: inout [UInt8]) {
        if utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil { bytes.append(contentsOf: utf8) }
    }
}

extension String: TextPart {}
extension Substring: TextPart {}
