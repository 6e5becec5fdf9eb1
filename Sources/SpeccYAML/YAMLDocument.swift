#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SpeccDiagnostics

/// A parsed YAML (or JSON) document: every node in one flat arena, keys in source order, every node located.
///
/// Nodes are records in contiguous arrays rather than objects, so that loading a multi-megabyte
/// spec allocates a handful of buffers instead of one object per node. Aliases share the anchored
/// node (no copy), which is why the loader bounds how much an alias may expand.
public final class YAMLDocument: Sendable {
    /// The path as given by the caller; used verbatim in every location.
    public let file: String
    let records: [NodeRecord]
    /// Child node indices: key/value pairs for mappings, items for sequences, each collection contiguous.
    let children: [Int32]
    /// Scalar bytes (UTF-8) of every scalar, back to back.
    let text: [UInt8]
    let rootIndex: Int32?
    /// The `ContentDigest` of the bytes the document was parsed from: what a rerun compares.
    public let sourceDigest: UInt64

    init(file: String, records: [NodeRecord], children: [Int32], text: [UInt8], rootIndex: Int32?, sourceDigest: UInt64) {
        self.file = file
        self.sourceDigest = sourceDigest
        self.records = records
        self.children = children
        self.text = text
        self.rootIndex = rootIndex
    }

    /// The top-level node, or `nil` for an empty document.
    public var root: YAMLNode? { rootIndex.map { YAMLNode(document: self, index: $0) } }

    /// How many distinct nodes the document holds (aliases not expanded).
    public var nodeCount: Int { records.count }

    /// Whether any scalar (key or value) contains one of `needles`: a scan of the text alone,
    /// to skip a walk of the tree when a document cannot hold what the walk looks for.
    public func anyScalarContains(_ needles: [String]) -> Bool {
        let patterns = needles.map { Array($0.utf8) }.filter { !$0.isEmpty }
        // By first byte, each found with `memchr`, which skips the bytes between far faster than
        // a loop looking at each (a large spec's text runs to megabytes).
        let byFirstByte = Dictionary(grouping: patterns, by: \.[0])
        return text.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return false }
            for (first, candidates) in byFirstByte {
                var offset = 0
                while offset < bytes.count, let found = memchr(base + offset, Int32(first), bytes.count - offset) {
                    let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    for pattern in candidates where index + pattern.count <= bytes.count {
                        if memcmp(base + index, pattern, pattern.count) == 0 { return true }
                    }
                    offset = index + 1
                }
            }
            return false
        }
    }
}

/// One node's fixed-size record in the arena. 20 bytes, so a 4 MB spec costs a few MB of records.
struct NodeRecord: Sendable, Equatable {
    var kind: YAMLNode.Kind
    var style: YAMLNode.ScalarStyle
    var tag: YAMLNode.Tag
    var line: UInt32
    var column: UInt32
    /// Scalars: offset into `text`. Collections: offset into `children`.
    var start: UInt32
    /// Scalars: byte length. Sequences: item count. Mappings: pair count.
    var count: UInt32
}
