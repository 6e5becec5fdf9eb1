import SpeccYAML

/// The JSON Schema identifiers written in one document: each `$id` (a schema resource, and the
/// base that relative references inside it resolve against), each `$anchor` and `$dynamicAnchor`
/// (a plain-name fragment within its resource), and, for references written inside a resource,
/// that resource's base. Built once per document, on its first reference.
struct SchemaIdentifiers {
    struct Place {
        let node: YAMLNode
        let pointer: JSONPointer
    }

    /// Resource URI → its root schema.
    private(set) var resources: [String: Place] = [:]
    /// `resource#name` → the schema with that `$anchor` or `$dynamicAnchor`.
    private(set) var anchors: [String: Place] = [:]
    /// `$dynamicAnchor` name → every schema that declares it, for telling when a `$dynamicRef`
    /// could resolve differently from its static target.
    private(set) var dynamicAnchors: [String: [Place]] = [:]
    /// `YAMLNode.identity` of a reference string written inside a `$id` resource → that resource.
    private var bases: [Int: String] = [:]

    var hasResources: Bool { !resources.isEmpty }

    init(document: YAMLDocument) {
        // Most documents declare no identifier at all: a scan of their text says so.
        guard let root = document.root, document.anyScalarContains(["$id", "$anchor", "$dynamicAnchor"]) else { return }
        var tokens: [String] = []
        walk(root, base: document.file, tokens: &tokens, depth: 0)
    }

    /// The base URI a reference string node resolves against: its resource's, or the file's.
    func base(of reference: YAMLNode) -> String? { bases[reference.identity] }

    /// Where `reference` (the text of a `$ref` written where `base` applies) lands among this
    /// document's identifiers: a resource by its `$id`, an anchor, or a JSON pointer within a
    /// resource. nil when it names none of them (a file, or a pointer into the document itself).
    func place(of reference: String, base: String, in document: YAMLDocument,
               walk: (YAMLNode, JSONPointer) -> YAMLNode?) -> Place? {
        let hash = reference.firstIndex(of: "#")
        let uriPart = hash.map { String(reference[..<$0]) } ?? reference
        let fragment = hash.map { String(reference[reference.index(after: $0)...]) } ?? ""
        let resource = uriPart.isEmpty ? base : Self.resolve(uriPart, against: base)
        if !fragment.isEmpty && !fragment.hasPrefix("/") {
            return anchors[resource + "#" + fragment.removingPercentEncodingIfPossible]
        }
        guard resource != document.file, let root = resources[resource] else { return nil }
        guard let pointer = JSONPointer(fragment: fragment) else { return nil }
        if pointer.tokens.isEmpty { return root }
        guard let node = walk(root.node, pointer) else { return nil }
        return Place(node: node, pointer: JSONPointer(tokens: root.pointer.tokens + pointer.tokens))
    }

    /// Keys whose values are instance data, never schemas: an example's `$id` is not an identifier.
    private static let dataKeys: Set<String> = ["example", "examples", "default", "const", "enum", "value", "dataValue"]

    private mutating func walk(_ node: YAMLNode, base: String, tokens: inout [String], depth: Int) {
        guard depth < 512 else { return }
        if node.isSequence {
            for (index, item) in node.items.enumerated() {
                tokens.append(String(index))
                walk(item, base: base, tokens: &tokens, depth: depth + 1)
                tokens.removeLast()
            }
            return
        }
        guard node.isMapping else { return }
        var base = base
        let pointer = JSONPointer(tokens: tokens)
        func place() -> Place { Place(node: node, pointer: pointer) }
        if let id = node["$id"]?.scalar, !id.isEmpty {
            base = Self.resolve(id, against: base)
            resources[base] = place()
        }
        if let anchor = node["$anchor"]?.scalar { anchors[base + "#" + anchor] = place() }
        if let anchor = node["$dynamicAnchor"]?.scalar {
            anchors[base + "#" + anchor] = place()
            dynamicAnchors[anchor, default: []].append(place())
        }
        for (key, value) in node.pairs {
            guard let name = key.scalar else { continue }
            if (name == "$ref" || name == "$dynamicRef"), value.isScalar, base != node.document.file {
                bases[value.identity] = base
                continue
            }
            if Self.dataKeys.contains(name) || name.hasPrefix("x-") { continue }
            tokens.append(name)
            walk(value, base: base, tokens: &tokens, depth: depth + 1)
            tokens.removeLast()
        }
    }

    /// A `$id` or reference's URI part, resolved against `base` (a file path or an absolute URI);
    /// the fragment is dropped.
    static func resolve(_ reference: String, against base: String) -> String {
        let uri = reference.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        if uri.isEmpty { return base }
        if uri.contains("://") || uri.hasPrefix("urn:") { return uri }
        if let scheme = base.firstRange(of: "://") {
            let path = base[scheme.upperBound...]
            if uri.hasPrefix("/") {
                let host = path.firstIndex(of: "/").map { base[..<$0] } ?? base[...]
                return host + uri
            }
            guard let slash = base.lastIndex(of: "/"), slash >= scheme.upperBound else { return base + "/" + uri }
            return String(base[...slash]) + uri
        }
        return SpecFiles.join(SpecFiles.directory(of: base), uri)
    }
}
