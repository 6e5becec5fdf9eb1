#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SpeccDiagnostics

/// A handle on one node of a `YAMLDocument`: cheap to copy, valid as long as the document.
public struct YAMLNode: Sendable {
    public enum Kind: UInt8, Sendable {
        case scalar, sequence, mapping
    }

    /// How a scalar was written. Quoted scalars are always strings; plain ones are resolved.
    public enum ScalarStyle: UInt8, Sendable {
        case plain, singleQuoted, doubleQuoted, literal, folded, notScalar
    }

    /// The explicit tag of a node, reduced to the ones that change how a scalar resolves.
    public enum Tag: UInt8, Sendable {
        case none, string, integer, float, boolean, null, other
    }

    public let document: YAMLDocument
    let index: Int32

    init(document: YAMLDocument, index: Int32) {
        self.document = document
        self.index = index
    }

    var record: NodeRecord { document.records[Int(index)] }

    public var kind: Kind { record.kind }
    public var style: ScalarStyle { record.style }
    public var tag: Tag { record.tag }
    public var isScalar: Bool { kind == .scalar }
    public var isMapping: Bool { kind == .mapping }
    public var isSequence: Bool { kind == .sequence }

    public var location: SourceLocation {
        let record = record
        return SourceLocation(file: document.file, line: Int(record.line), column: Int(record.column))
    }

    /// A stable identity for the node within its document (aliases share it).
    public var identity: Int { Int(index) }

    // MARK: Scalars

    /// The scalar's text exactly as libyaml decoded it (quotes removed, escapes applied); nil for collections.
    public var scalar: String? {
        let record = record
        guard record.kind == .scalar else { return nil }
        return document.text.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[Int(record.start)..<Int(record.start + record.count)]), as: UTF8.self)
        }
    }

    /// Compares a scalar's text to `string` without allocating.
    public func scalarEquals(_ string: String) -> Bool {
        let record = record
        guard record.kind == .scalar, record.count == string.utf8.count else { return false }
        // memcmp over both buffers: a generic walk of a slice against a UTF-8 view costs more
        // than the comparison itself, and keys and `type` values are compared by the thousand.
        var string = string
        return string.withUTF8 { wanted in
            wanted.isEmpty || document.text.withUnsafeBufferPointer { text in
                memcmp(text.baseAddress! + Int(record.start), wanted.baseAddress!, wanted.count) == 0
            }
        }
    }

    func scalarBytesEqual(_ other: YAMLNode) -> Bool {
        let a = record, b = other.record
        guard a.count == b.count else { return false }
        let text = document.text
        let otherText = other.document.text
        return text[Int(a.start)..<Int(a.start + a.count)].elementsEqual(otherText[Int(b.start)..<Int(b.start + b.count)])
    }

    /// True for a plain, untagged scalar (the only kind YAML resolves to null, bool or number).
    public var isPlainScalar: Bool { kind == .scalar && style == .plain && (tag == .none) }

    // MARK: Collections

    /// Items of a sequence, pairs' count of a mapping, 0 for a scalar.
    public var count: Int { kind == .scalar ? 0 : Int(record.count) }

    /// The items of a sequence (empty for other kinds).
    public var items: [YAMLNode] {
        let record = record
        guard record.kind == .sequence else { return [] }
        let start = Int(record.start)
        return (0..<Int(record.count)).map { YAMLNode(document: document, index: document.children[start + $0]) }
    }

    /// The key/value pairs of a mapping in source order (empty for other kinds).
    public var pairs: [(key: YAMLNode, value: YAMLNode)] {
        let record = record
        guard record.kind == .mapping else { return [] }
        let start = Int(record.start)
        let children = document.children
        return (0..<Int(record.count)).map { i in
            (YAMLNode(document: document, index: children[start + 2 * i]),
             YAMLNode(document: document, index: children[start + 2 * i + 1]))
        }
    }

    /// The pair whose key's text is `key`, if this is a mapping that has it.
    ///
    /// The front end asks every object for dozens of possible keys, so this compares raw bytes
    /// over the arena's buffers rather than building strings.
    public func pair(_ key: String) -> (key: YAMLNode, value: YAMLNode)? {
        var key = key
        let found: Int32? = key.withUTF8 { wanted in
            document.records.withUnsafeBufferPointer { records in
                let record = records[Int(index)]
                guard record.kind == .mapping else { return nil }
                return document.children.withUnsafeBufferPointer { children in
                    document.text.withUnsafeBufferPointer { text in
                        let start = Int(record.start)
                        for i in 0..<Int(record.count) {
                            let keyIndex = children[start + 2 * i]
                            let keyRecord = records[Int(keyIndex)]
                            guard keyRecord.count == wanted.count, keyRecord.kind == .scalar else { continue }
                            if wanted.isEmpty || memcmp(text.baseAddress! + Int(keyRecord.start), wanted.baseAddress!, wanted.count) == 0 {
                                return Int32(start + 2 * i)
                            }
                        }
                        return nil
                    }
                }
            }
        }
        guard let found else { return nil }
        let children = document.children
        return (YAMLNode(document: document, index: children[Int(found)]), YAMLNode(document: document, index: children[Int(found) + 1]))
    }

    /// Calls `body` with the bytes of each scalar key of a mapping, in order, without building
    /// nodes or strings: a pass over an object's keys is cheaper than asking it for many.
    public func forEachScalarKey(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        let record = record
        guard record.kind == .mapping else { return }
        document.records.withUnsafeBufferPointer { records in
            document.children.withUnsafeBufferPointer { children in
                document.text.withUnsafeBufferPointer { text in
                    let start = Int(record.start)
                    for position in stride(from: start, to: start + 2 * Int(record.count), by: 2) {
                        let key = records[Int(children[position])]
                        guard key.kind == .scalar else { continue }
                        body(UnsafeBufferPointer(rebasing: text[Int(key.start)..<Int(key.start) + Int(key.count)]))
                    }
                }
            }
        }
    }

    /// Whether a scalar's text starts with `prefix`, without building a string (`x-` extension keys).
    public func scalarHasPrefix(_ prefix: StaticString) -> Bool {
        let record = record
        guard record.kind == .scalar, record.count >= prefix.utf8CodeUnitCount else { return false }
        return document.text.withUnsafeBufferPointer { text in
            memcmp(text.baseAddress! + Int(record.start), prefix.utf8Start, prefix.utf8CodeUnitCount) == 0
        }
    }

    /// The value for `key`, if this is a mapping that has it.
    public subscript(key: String) -> YAMLNode? { pair(key)?.value }

    /// Item `index` of a sequence, if in range.
    public subscript(index: Int) -> YAMLNode? {
        let record = record
        guard record.kind == .sequence, index >= 0, index < Int(record.count) else { return nil }
        return YAMLNode(document: document, index: document.children[Int(record.start) + index])
    }

    public var kindName: String {
        switch kind {
        case .scalar:
            switch resolved {
            case .null: "null"
            case .bool: "a boolean"
            case .integer, .double: "a number"
            case .string: "a string"
            }
        case .sequence: "a sequence"
        case .mapping: "a mapping"
        }
    }
}

extension YAMLNode {
    /// Where the character `offset` characters into this scalar's text is written: past an opening
    /// quote, on the scalar's own line. Block scalars, and text with escapes before `offset`, fall
    /// back to the scalar's start, which is never wrong, only less sharp.
    public func location(ofCharacterAt offset: Int) -> SourceLocation {
        let start = location
        switch style {
        case .plain:
            return SourceLocation(file: start.file, line: start.line, column: start.column + offset)
        case .singleQuoted, .doubleQuoted:
            let text = scalar ?? ""
            let prefix = text.prefix(offset)
            guard !prefix.contains("'"), !prefix.contains("\\"), !prefix.contains("\n") else { return start }
            return SourceLocation(file: start.file, line: start.line, column: start.column + 1 + offset)
        default:
            return start
        }
    }
}
