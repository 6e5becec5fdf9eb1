import CSpeccYAML
import SpeccDiagnostics

/// Turns libyaml events into arena records, enforcing the document's structural rules as it goes:
/// one document per file, scalar keys, no duplicate keys, bounded depth and alias expansion.
struct TreeBuilder {
    enum Outcome {
        case ok
        case failed(Diagnostic)
    }

    private struct Frame {
        var recordIndex: Int32
        var kind: YAMLNode.Kind
        /// Where this collection's children start in `pending`.
        var childStart: Int
        /// Nodes in this subtree once aliases are expanded (saturating).
        var weight: Int
        var anchor: String?
    }

    let file: String
    private let limits: YAMLLimits
    private(set) var records: [NodeRecord] = []
    private(set) var children: [Int32] = []
    private(set) var text: [UInt8] = []
    private var stack: [Frame] = []
    private var pending: [Int32] = []
    private var anchors: [String: (index: Int32, weight: Int)] = [:]
    private(set) var aliasExpansion = 0
    private(set) var root: Int32?
    /// A piece of a document (see `DocumentPieces`): its root mapping's pairs are stored as read,
    /// checked once the pieces are joined, as one mapping.
    private let isPiece: Bool
    /// How deep a piece's root sits in the whole document: 1 for the piece of a mapping one level
    /// in, whose nesting the depth limit counts from the document's root.
    private let depthOffset: Int
    private var documents = 0

    init(file: String, limits: YAMLLimits, sizeHint: Int, isPiece: Bool = false, depthOffset: Int = 0) {
        self.file = file
        self.limits = limits
        self.isPiece = isPiece
        self.depthOffset = depthOffset
        // Rough shape of real specs: one node per ~12 bytes, most bytes scalar text.
        records.reserveCapacity(sizeHint / 12)
        children.reserveCapacity(sizeHint / 10)
        text.reserveCapacity(sizeHint)
    }

    /// The tree's arrays, moved out: the builder is left empty, so the caller holds the only
    /// reference and grows them in place.
    mutating func takeStorage() -> (records: [NodeRecord], children: [Int32], text: [UInt8]) {
        defer { records = []; children = []; text = [] }
        return (records, children, text)
    }

    func finish(sourceDigest: UInt64) -> YAMLDocument {
        YAMLDocument(file: file, records: records, children: children, text: text, rootIndex: root, sourceDigest: sourceDigest)
    }

    mutating func consume(_ event: yaml_event_t) -> Outcome {
        // Built only when a diagnostic needs it: this runs once per event of a multi-megabyte file.
        var location: SourceLocation { SourceLocation(file: file, line: line, column: column) }
        let line = event.start_mark.line + 1, column = event.start_mark.column + 1
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                return .failed(.error("yaml-multiple-documents", "a spec file must hold one YAML document; found a second one here", at: location))
            }
            anchors.removeAll()
        case YAML_DOCUMENT_END_EVENT where isPiece && event.data.document_end.implicit == 0:
            // The pieces' join would take a second document for the rest of the first.
            return .failed(.error("yaml-piece-ended", "a piece of the document ends with '...'", at: location))
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let start = UInt32(text.count)
            if let value = scalar.value, scalar.length > 0 {
                text.append(contentsOf: UnsafeBufferPointer(start: value, count: scalar.length))
            }
            let index = appendRecord(NodeRecord(
                kind: .scalar, style: Self.style(scalar.style), tag: Self.tag(scalar.tag),
                line: UInt32(truncatingIfNeeded: line), column: UInt32(truncatingIfNeeded: column),
                start: start, count: UInt32(text.count) - start))
            attach(index, weight: 1, anchor: Self.string(scalar.anchor))
        case YAML_SEQUENCE_START_EVENT:
            return open(.sequence, tag: event.data.sequence_start.tag, anchor: event.data.sequence_start.anchor, line: line, column: column)
        case YAML_MAPPING_START_EVENT:
            return open(.mapping, tag: event.data.mapping_start.tag, anchor: event.data.mapping_start.anchor, line: line, column: column)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            return close()
        case YAML_ALIAS_EVENT:
            let name = Self.string(event.data.alias.anchor) ?? ""
            guard let target = anchors[name] else {
                let isOpen = stack.contains { $0.anchor == name }
                let message = isOpen
                    ? "alias '*\(name)' refers to a node that contains it; recursive aliases are not supported"
                    : "alias '*\(name)' refers to no anchor defined before it"
                return .failed(.error("yaml-unknown-alias", message, at: location))
            }
            let (sum, overflow) = aliasExpansion.addingReportingOverflow(target.weight)
            aliasExpansion = overflow ? .max : sum
            if aliasExpansion > limits.maxAliasExpansion {
                return .failed(.error(
                    "yaml-alias-budget",
                    "aliases expand to more than \(limits.maxAliasExpansion) nodes; refusing a possible alias bomb",
                    at: location,
                    notes: [.init("each alias copies its anchor's whole subtree for every reader of the document")]))
            }
            attach(target.index, weight: target.weight, anchor: nil)
        default:
            break
        }
        return .ok
    }

    private mutating func open(_ kind: YAMLNode.Kind, tag: UnsafeMutablePointer<yaml_char_t>?, anchor: UnsafeMutablePointer<yaml_char_t>?, line: Int, column: Int) -> Outcome {
        if stack.count + depthOffset >= limits.maxDepth {
            return .failed(.error("yaml-too-deep", "nesting is deeper than \(limits.maxDepth) levels", at: SourceLocation(file: file, line: line, column: column)))
        }
        let index = appendRecord(NodeRecord(
            kind: kind, style: .notScalar, tag: tag == nil ? .none : .other,
            line: UInt32(truncatingIfNeeded: line), column: UInt32(truncatingIfNeeded: column), start: 0, count: 0))
        stack.append(Frame(recordIndex: index, kind: kind, childStart: pending.count, weight: 1, anchor: Self.string(anchor)))
        return .ok
    }

    private mutating func close() -> Outcome {
        let frame = stack.removeLast()
        var merged: [Int32]?
        if frame.kind == .mapping, !(isPiece && stack.isEmpty) {
            // Scoped so the checker's references to the arrays are released before they are
            // mutated below; otherwise every close would copy the whole arena.
            var failure: Diagnostic?
            do {
                let checks = MappingChecks(records: records, children: children, text: text, file: file)
                switch checks.normalise(pending[frame.childStart...]) {
                case .success(let rewritten): merged = rewritten
                case .failure(let diagnostic): failure = diagnostic
                }
            }
            if let failure { return .failed(failure) }
        }
        let start = children.count
        if let merged {
            children.append(contentsOf: merged)
        } else {
            children.append(contentsOf: pending[frame.childStart...])
        }
        pending.removeSubrange(frame.childStart...)
        let stored = children.count - start
        records[Int(frame.recordIndex)].start = UInt32(start)
        records[Int(frame.recordIndex)].count = UInt32(frame.kind == .mapping ? stored / 2 : stored)
        attach(frame.recordIndex, weight: frame.weight, anchor: frame.anchor)
        return .ok
    }

    private mutating func appendRecord(_ record: NodeRecord) -> Int32 {
        records.append(record)
        return Int32(records.count - 1)
    }

    private mutating func attach(_ index: Int32, weight: Int, anchor: String?) {
        if let anchor { anchors[anchor] = (index, weight) }
        guard !stack.isEmpty else {
            root = index
            return
        }
        pending.append(index)
        let (sum, overflow) = stack[stack.count - 1].weight.addingReportingOverflow(weight)
        stack[stack.count - 1].weight = overflow ? .max : sum
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: UnsafePointer($0)) }
    }

    private static func style(_ style: yaml_scalar_style_t) -> YAMLNode.ScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }

    private static func tag(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> YAMLNode.Tag {
        guard let name = string(pointer) else { return .none }
        switch name {
        case "tag:yaml.org,2002:str": return .string
        case "tag:yaml.org,2002:int": return .integer
        case "tag:yaml.org,2002:float": return .float
        case "tag:yaml.org,2002:bool": return .boolean
        case "tag:yaml.org,2002:null": return .null
        case "!": return .string  // the non-specific tag forces a plain scalar to be a string
        default: return .other
        }
    }
}
