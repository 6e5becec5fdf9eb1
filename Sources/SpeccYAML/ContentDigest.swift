/// A 64-bit digest of bytes, to notice that an input changed between two runs on one machine; not
/// cryptographic. Each word is folded in by a bijection of the running state, so two inputs of the
/// same length that differ in one word always differ in digest.
public struct ContentDigest: Hashable, Sendable {
    private var value: UInt64 = 0x243F_6A88_85A3_08D3
    private var length: UInt64 = 0

    public init() {}

    public init(_ text: String) {
        var text = text
        text.withUTF8 { add(UnsafeRawBufferPointer($0)) }
    }

    /// Folds in `bytes`; only the last call may pass a count that is not a multiple of 8.
    public mutating func add(_ bytes: UnsafeRawBufferPointer) {
        let words = bytes.count / 8
        for index in 0..<words { fold(bytes.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)) }
        var tail: UInt64 = 0
        for (shift, byte) in bytes[(words * 8)...].enumerated() { tail |= UInt64(byte) << (UInt64(shift) * 8) }
        if bytes.count % 8 != 0 { fold(tail) }
        length &+= UInt64(bytes.count)
    }

    /// The digest of everything added, its length folded in last.
    public var finished: UInt64 {
        var copy = self
        copy.fold(length)
        return copy.value
    }

    private mutating func fold(_ word: UInt64) {
        value = (value ^ word) &* 0x9E37_79B9_7F4A_7C15
        value ^= value >> 31
    }
}

extension ContentDigest {
    /// The digest of `bytes`, as `add` then `finished` give it.
    public static func of(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes(of)
    }

    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var digest = ContentDigest()
        digest.add(bytes)
        return digest.finished
    }
}
