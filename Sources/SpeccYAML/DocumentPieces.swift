#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A large block-style document parsed in pieces on two cores and joined into the tree one parse
/// would build, node for node. libyaml's parse is most of the front end's time on a large spec,
/// and one parser cannot use a second core.
///
/// The cut is at the first line past the middle that starts a key of the root mapping (column 0)
/// or of a mapping one level in (at the file's first indentation): Stripe's and OpenAI's root
/// keys are few, and one of them holds most of the file. After a cut one level in, the root keys
/// that follow that mapping are a third piece. Each piece parses as a document of its own; the
/// join moves every node index, text offset, child run and line of the later pieces past the
/// earlier ones, and checks the pairs of the mappings a cut split (duplicates, merge keys) once,
/// whole, as one parse checks a mapping when it closes.
///
/// Whatever the pieces cannot settle alone is left to one parse of the whole file: a piece that
/// fails (a construct that spans a cut, an alias to an anchor in another piece, a second document,
/// a first piece ending in `...`), aliases expanding past the budget between them, joined pairs
/// that fail their checks. So the result, a diagnostic included, is the one parse's. (A merge key
/// before a cut one level in is expanded in its piece: its keys then stand as explicit ones, and
/// one the mapping repeats after the cut fails the joined check, as a duplicate.)
enum DocumentPieces {
    /// Below this, a second thread costs more than it saves.
    static let minimumBytes = 256 << 10

    /// Byte offsets: where the second piece starts and, after a cut one level in (`isNested`),
    /// where the third does (the next root key, if any).
    struct Cut: Equatable {
        var second: Int
        var isNested: Bool
        var third: Int?
    }

    /// Where to cut `bytes`: at the first line past the middle that starts with a letter, digit,
    /// `_` or `/` at column 0 (a root key, in a block-style file) or at the file's first
    /// indentation (a key one level in). Nil where no cut leaves the second piece a quarter of
    /// the file, or the file is not one to cut: JSON and other flow-style files have no such
    /// line, and UTF-16 and UTF-32 ones are decoded by libyaml from their start.
    static func cut(in bytes: UnsafeBufferPointer<UInt8>, minimumBytes: Int = minimumBytes) -> Cut? {
        guard bytes.count >= max(minimumBytes, 4), let base = bytes.baseAddress else { return nil }
        // A byte-order mark or a NUL among the first bytes: not UTF-8.
        if bytes[0] == 0xFE || bytes[0] == 0xFF || bytes[0..<4].contains(0) { return nil }
        // A directive (`%TAG`) would reach past the cut: the later pieces would read tags without it.
        if hasDirective(bytes, base: base) { return nil }
        let middle = bytes.count / 2
        // At the root where that leaves the second piece a fair share; else one level in.
        let rootKey = firstKey(after: middle, indent: 0, in: bytes, base: base)
        if let rootKey, let cut = balanced(Cut(second: rootKey, isNested: false), bytes.count) { return cut }
        guard let indent = firstIndent(in: bytes), let nestedKey = firstKey(after: middle, indent: indent, in: bytes, base: base),
              rootKey.map({ nestedKey < $0 }) ?? true else { return nil }
        // The root's next key after that mapping, if any, starts the third piece.
        return balanced(Cut(second: nestedKey, isNested: true, third: rootKey), bytes.count)
    }

    /// The start of the first line after `offset`'s that starts with `indent` spaces, then a key.
    private static func firstKey(after offset: Int, indent: Int, in bytes: UnsafeBufferPointer<UInt8>, base: UnsafePointer<UInt8>) -> Int? {
        var lineStart = offset
        while let start = nextLine(after: lineStart, in: bytes, base: base) {
            lineStart = start
            var spaces = 0
            while spaces < indent, start + spaces < bytes.count, bytes[start + spaces] == UInt8(ascii: " ") { spaces += 1 }
            if spaces == indent, start + spaces < bytes.count, startsKey(bytes[start + spaces]) { return start }
        }
        return nil
    }

    /// `cut`, where its second piece (the one parsed beside) is a quarter of the file or more:
    /// the first line that qualifies may be far past the middle (OpenAI's components hold its
    /// schemas two levels in, so the next key one level in is near the end).
    private static func balanced(_ cut: Cut, _ count: Int) -> Cut? {
        (cut.third ?? count) - cut.second >= count / 4 ? cut : nil
    }

    /// The start of the line after the one `offset` is on; nil at the end.
    private static func nextLine(after offset: Int, in bytes: UnsafeBufferPointer<UInt8>, base: UnsafePointer<UInt8>) -> Int? {
        guard offset < bytes.count, let found = memchr(base + offset, Int32(UInt8(ascii: "\n")), bytes.count - offset) else { return nil }
        let start = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
        return start < bytes.count ? start : nil
    }

    /// Whether a `%` line comes before the document's content (comments and blank lines aside).
    private static func hasDirective(_ bytes: UnsafeBufferPointer<UInt8>, base: UnsafePointer<UInt8>) -> Bool {
        var start = 0
        while start < bytes.count {
            switch bytes[start] {
            case UInt8(ascii: "%"): return true
            case UInt8(ascii: "#"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: " "), 0xEF:
                // A comment, a blank line or the UTF-8 byte-order mark's line: look at the next.
                guard let next = nextLine(after: start, in: bytes, base: base) else { return false }
                start = next
            default: return false
            }
        }
        return false
    }

    /// The indentation of the first indented line that is not a comment: the one the root's
    /// mappings' keys are at.
    private static func firstIndent(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        var offset = 0
        while let start = nextLine(after: offset, in: bytes, base: base) {
            offset = start
            var spaces = 0
            while start + spaces < bytes.count, bytes[start + spaces] == UInt8(ascii: " ") { spaces += 1 }
            guard start + spaces < bytes.count else { return nil }
            let first = bytes[start + spaces]
            if first == UInt8(ascii: "#") || first == UInt8(ascii: "\n") || first == UInt8(ascii: "\r") { continue }
            if spaces > 0 { return spaces }
        }
        return nil
    }

    private static func startsKey(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "/"): true
        default: false
        }
    }

    /// One piece's parse: its tree, and the number of lines it spans.
    struct Piece {
        var tree: TreeBuilder
        var lines: Int
    }

    /// The pieces' trees as one parse would have built the whole file's: nil where they cannot be
    /// (see the type). `nested` is the second piece of a cut one level in; `rest` the root keys
    /// after it, or the second piece of a cut at the root. The pieces are consumed: the first
    /// one's arrays become the joined tree's, and each later piece is freed once it is appended,
    /// so the file's nodes are never held twice over (on Stripe, 6 MB less at the front end's peak).
    static func join(_ first: consuming Piece, nested: consuming Piece?, rest: consuming Piece?, limits: YAMLLimits, sourceDigest: UInt64) -> YAMLDocument? {
        var aliasExpansion = 0
        func fits(_ tree: borrowing TreeBuilder) -> Bool {
            guard tree.root == 0, tree.records[0].kind == .mapping,
                  Int(tree.records[0].start) + 2 * Int(tree.records[0].count) == tree.children.count else { return false }
            let (sum, overflow) = aliasExpansion.addingReportingOverflow(tree.aliasExpansion)
            guard !overflow, sum <= limits.maxAliasExpansion else { return false }
            aliasExpansion = sum
            return true
        }
        guard fits(first.tree), nested.map({ fits($0.tree) }) ?? true, rest.map({ fits($0.tree) }) ?? true else { return nil }
        var linesBefore = first.lines
        var (joined, rootPairs) = Joined.taking(&first.tree)
        if let nestedPiece = nested.take() {
            // The mapping cut: the first piece's last root value, its run the one before the root's.
            guard let split = rootPairs.last else { return nil }
            let record = joined.records[Int(split)]
            guard record.kind == .mapping, record.style == .notScalar,
                  Int(record.start) + 2 * Int(record.count) == joined.children.count,
                  nestedPiece.tree.records[0].column == record.column else { return nil }
            let nestedLines = nestedPiece.lines
            var pairs = Array(joined.children[Int(record.start)...])
            joined.children.removeSubrange(Int(record.start)...)
            pairs += joined.append(nestedPiece, lineShift: linesBefore)
            guard joined.store(pairs, of: split) else { return nil }
            linesBefore += nestedLines
        }
        if let restPiece = rest.take() {
            rootPairs += joined.append(restPiece, lineShift: linesBefore)
        }
        guard joined.store(rootPairs, of: 0) else { return nil }
        return YAMLDocument(file: joined.file, records: joined.records, children: joined.children, text: joined.text, rootIndex: 0, sourceDigest: sourceDigest)
    }

    /// The tree being joined, in one parse's order.
    private struct Joined {
        var records: [NodeRecord]
        var children: [Int32]
        var text: [UInt8]
        let file: String

        /// The first piece's records, text and runs but the root's, moved out of it; and the
        /// root's pairs.
        static func taking(_ first: inout TreeBuilder) -> (Joined, rootPairs: [Int32]) {
            let file = first.file
            var (records, children, text) = first.takeStorage()
            let rootStart = Int(records[0].start)
            let rootPairs = Array(children[rootStart...])
            children.removeSubrange(rootStart...)
            return (Joined(records: records, children: children, text: text, file: file), rootPairs)
        }

        /// A later piece's nodes but its root, its text, and its runs but its root's, moved past
        /// what is joined so far; returns its root's pairs, moved likewise. The piece is freed on
        /// return.
        mutating func append(_ piece: consuming Piece, lineShift: Int) -> [Int32] {
            let tree = piece.tree
            let nodeShift = Int32(records.count - 1)
            let textShift = UInt32(text.count), runShift = UInt32(children.count)
            records.reserveCapacity(records.count + tree.records.count - 1)
            for var record in tree.records.dropFirst() {
                record.line += UInt32(lineShift)
                if record.kind == .scalar { record.start += textShift } else { record.start += runShift }
                records.append(record)
            }
            text += tree.text
            // Every node a piece's runs name is one of its own, never its root.
            let pairsStart = Int(tree.records[0].start)
            children += tree.children[..<pairsStart].lazy.map { $0 + nodeShift }
            return tree.children[pairsStart...].map { $0 + nodeShift }
        }

        /// `pairs` checked as one parse checks a mapping when it closes, stored as its run.
        mutating func store(_ pairs: [Int32], of mapping: Int32) -> Bool {
            let checks = MappingChecks(records: records, children: children, text: text, file: file)
            guard case .success(let rewritten) = checks.normalise(pairs[...]) else { return false }
            let stored = rewritten ?? pairs
            records[Int(mapping)].start = UInt32(children.count)
            records[Int(mapping)].count = UInt32(stored.count / 2)
            children += stored
            return true
        }
    }
}
