#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Names looked up by a key's bytes (`YAMLNode.forEachScalarKey`), with no string built and no
/// retain per name: every name's UTF-8 in one buffer, its entries by length, compared first byte
/// first, then with memcmp. For the passes over every object's keys of a large spec.
struct ByteKeyTable<Value: Sendable>: Sendable {
    private let bytes: [UInt8]
    private let byLength: [[(offset: Int, value: Value)]]

    init(_ entries: [(name: String, value: Value)]) {
        var bytes: [UInt8] = []
        var byLength = [[(offset: Int, value: Value)]](repeating: [], count: (entries.map(\.name.utf8.count).max() ?? 0) + 1)
        for (name, value) in entries {
            byLength[name.utf8.count].append((bytes.count, value))
            bytes += name.utf8
        }
        self.bytes = bytes
        self.byLength = byLength
    }

    /// The value of the name `key` spells, if any.
    func value(of key: UnsafeBufferPointer<UInt8>) -> Value? {
        guard key.count < byLength.count, let first = key.first else { return nil }
        return bytes.withUnsafeBufferPointer { names in
            for entry in byLength[key.count] where names[entry.offset] == first {
                if memcmp(names.baseAddress! + entry.offset, key.baseAddress!, key.count) == 0 { return entry.value }
            }
            return nil
        }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Whether these are a specification extension's key's bytes (`x-…`).
    var isExtensionKey: Bool { count >= 2 && self[0] == UInt8(ascii: "x") && self[1] == UInt8(ascii: "-") }
}
