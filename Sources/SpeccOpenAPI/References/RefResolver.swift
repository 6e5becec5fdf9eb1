import SpeccDiagnostics
import SpeccYAML

/// Where a `$ref` lands: a node, the file it lives in, and the pointer that reached it.
struct RefTarget {
    let node: YAMLNode
    let file: String
    let pointer: JSONPointer
    /// Identity of the target across the whole compilation: its file and canonical pointer.
    let key: String
    /// Identity of the node itself, which several pointers may reach (`#/components/schemas/Pet`
    /// through a `schemas: {$ref: schemas.yaml}`, and `schemas.yaml#/Pet`).
    var nodeKey: String { Self.nodeKey(node) }

    init(node: YAMLNode, file: String, pointer: JSONPointer) {
        self.node = node
        self.file = file
        self.pointer = pointer
        self.key = "\(file)#\(pointer)"
    }

    static func nodeKey(_ node: YAMLNode) -> String {
        let location = node.location
        return "\(location.file):\(location.line):\(location.column)"
    }
}

/// Follows `$ref`s: local JSON pointers, relative files (loaded once each), never the network,
/// never outside the root spec's directory unless allowed. Errors are located at the ref itself.
final class RefResolver {
    let files: SpecFiles
    /// Set on a worker of `ParallelLowering`, which reads only the files already loaded.
    private let orderDependence: OrderDependence?

    init(files: SpecFiles) {
        self.files = files
        self.orderDependence = nil
    }

    /// A resolver for a worker of `ParallelLowering`: the same files, and to start from, the
    /// documents' identifiers and the targets `parent` has found.
    init(workerOf parent: RefResolver, orderDependence: OrderDependence) {
        self.files = parent.files
        self.identifiersByDocument = parent.identifiersByDocument
        self.cache = parent.cache
        self.orderDependence = orderDependence
    }

    /// The `$ref` string of `node`, when it is a Reference Object.
    static func reference(in node: YAMLNode) -> YAMLNode? {
        guard node.isMapping, let ref = node["$ref"] else { return nil }
        return ref
    }

    /// One step: where the `$ref` value `refNode` (written in `node.document`) points.
    func target(of refNode: YAMLNode, sink: inout DiagnosticSink) -> RefTarget? {
        guard let ref = refNode.scalar, refNode.isScalar else {
            sink.error("ref-invalid", "'$ref' must be a string", at: refNode.location)
            return nil
        }
        return target(ofReference: ref, writtenAt: refNode, sink: &sink)
    }

    /// Where the reference text `ref` points, resolved relative to the file of `refNode`, which
    /// also locates any error (a discriminator mapping value, say).
    func target(ofReference ref: String, writtenAt refNode: YAMLNode, sink: inout DiagnosticSink) -> RefTarget? {
        // Large specs repeat the same few hundred refs thousands of times; failures are not cached
        // so that each bad ref is reported where it is written.
        let identifiers = identifiers(of: refNode.document)
        let base = identifiers.hasResources ? identifiers.base(of: refNode) : nil
        let cacheKey = CacheKey(file: base ?? refNode.document.file, ref: ref)
        if let cached = cache[cacheKey] { return cached }
        let target = uncachedTarget(ofReference: ref, writtenAt: refNode, sink: &sink)
        if let target { cache[cacheKey] = target }
        return target
    }

    private struct CacheKey: Hashable {
        let file: String
        let ref: String
    }

    private var cache: [CacheKey: RefTarget] = [:]
    /// By document identity, not path: hashing a pointer is cheaper than a path, and every ref
    /// asks. `SpecFiles` keeps each document alive for the whole compilation.
    private var identifiersByDocument: [ObjectIdentifier: SchemaIdentifiers] = [:]

    /// The `$id`s and anchors of `document`, indexed on first use.
    func identifiers(of document: YAMLDocument) -> SchemaIdentifiers {
        let key = ObjectIdentifier(document)
        if let known = identifiersByDocument[key] { return known }
        let identifiers = SchemaIdentifiers(document: document)
        identifiersByDocument[key] = identifiers
        return identifiers
    }

    /// The whole text of a file that is not YAML or JSON (a Markdown description), named by the
    /// reference text `file` written at `refNode`; the same root-directory rule as any ref.
    func text(ofFile file: String, writtenAt refNode: YAMLNode, sink: inout DiagnosticSink) -> String? {
        guard let path = path(of: file, ref: file, writtenAt: refNode, sink: &sink) else { return nil }
        if let orderDependence {
            guard let read = files.readText(at: path) else { orderDependence.raise(); return nil }
            return read
        }
        return files.text(at: path, referencedFrom: refNode.location, sink: &sink)
    }

    /// The parsed file at `path`; a worker of `ParallelLowering` stops at one not loaded yet.
    private func parsedFile(at path: String, referencedFrom location: SourceLocation, sink: inout DiagnosticSink) -> YAMLDocument? {
        if let orderDependence {
            guard let loaded = files.loadedDocument(at: path) else { orderDependence.raise(); return nil }
            return loaded
        }
        return files.document(at: path, referencedFrom: location, sink: &sink)
    }

    /// The path of the file part of `ref`, relative to the file it is written in; an error if it
    /// leaves the root spec's directory (unless allowed).
    private func path(of filePart: String, ref: String, writtenAt refNode: YAMLNode, sink: inout DiagnosticSink) -> String? {
        let path = SpecFiles.join(SpecFiles.directory(of: refNode.document.file), filePart.removingPercentEncodingIfPossible)
        guard files.allowsRefsOutsideRoot || files.isInsideRoot(path) else {
            sink.error("ref-outside-root", "reference '\(ref)' leaves the spec's directory", at: refNode.location,
                       notes: [.init("refs stay inside '\(SpecFiles.directory(of: files.rootFile))/'; pass --allow-external-refs to allow others")])
            return nil
        }
        return path
    }

    private func uncachedTarget(ofReference ref: String, writtenAt refNode: YAMLNode, sink: inout DiagnosticSink) -> RefTarget? {
        var (filePart, fragment) = Self.split(ref)
        if let local = Self.localPart(of: filePart, selfURI: Self.selfURI(of: refNode.document)) { filePart = local }
        // JSON Schema's own identifiers first: a `$id` names a resource, `#name` an anchor.
        let identifiers = identifiers(of: refNode.document)
        let plainName = Self.isAnchorName(fragment)
        if identifiers.hasResources || plainName {
            let base = identifiers.base(of: refNode) ?? refNode.document.file
            var silent = DiagnosticSink()
            if let place = identifiers.place(of: ref, base: base, in: refNode.document, walk: { node, pointer in
                self.walk(node, pointer: pointer, ref: ref, at: refNode.location, sink: &silent)
            }) {
                return RefTarget(node: place.node, file: refNode.document.file, pointer: place.pointer)
            }
            if plainName && filePart.isEmpty {
                sink.error("ref-unresolved", "'\(ref)' does not resolve: no '$anchor' or '$dynamicAnchor' named '\(fragment)' in this schema resource", at: refNode.location)
                return nil
            }
        }
        if let scheme = filePart.firstIndex(of: ":"), filePart[..<scheme].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "+" || $0 == "." || $0 == "-" }), filePart.distance(from: filePart.startIndex, to: scheme) > 1 {
            sink.error("ref-remote", "remote reference '\(ref)' is not followed: specc never reads from the network", at: refNode.location,
                       notes: [.init("download the file next to the spec and refer to it by a relative path")])
            return nil
        }
        let document: YAMLDocument
        if filePart.isEmpty {
            document = refNode.document
        } else {
            guard let path = path(of: filePart, ref: ref, writtenAt: refNode, sink: &sink) else { return nil }
            guard let loaded = parsedFile(at: path, referencedFrom: refNode.location, sink: &sink) else { return nil }
            document = loaded
        }
        if plainName {
            if let place = self.identifiers(of: document).place(of: "#" + fragment, base: document.file, in: document, walk: { _, _ in nil }) {
                return RefTarget(node: place.node, file: document.file, pointer: place.pointer)
            }
            sink.error("ref-unresolved", "'\(ref)' does not resolve: no '$anchor' or '$dynamicAnchor' named '\(fragment)' in '\(filePart)'", at: refNode.location)
            return nil
        }
        guard let pointer = JSONPointer(fragment: fragment) else {
            sink.error("ref-invalid", "'\(ref)' is not a valid reference: the part after '#' must be a JSON pointer starting with '/' or an anchor name", at: refNode.location)
            return nil
        }
        guard let root = document.root else {
            sink.error("ref-unresolved", "'\(ref)' points into an empty document", at: refNode.location)
            return nil
        }
        guard let node = walk(root, pointer: pointer, ref: ref, at: refNode.location, sink: &sink) else { return nil }
        return RefTarget(node: node, file: document.file, pointer: pointer)
    }

    /// 3.2 `$self`: a reference that names the document by its self-assigned URI, or a file beside
    /// it by that URI's base, is the file on disk at the same place relative to this one; nil for
    /// any other reference, read as written. Only absolute references (`https://…`) and
    /// absolute-path ones (`/apis/…`) are rewritten: a relative reference already resolves
    /// against the file's folder, which is where `$self`'s base lies.
    static func localPart(of filePart: String, selfURI: String?) -> String? {
        guard let selfURI, !filePart.isEmpty, let origin = SelfBase(selfURI) else { return nil }
        let target: Substring
        if filePart.hasPrefix(origin.authority) {
            target = filePart.dropFirst(origin.authority.count)
        } else if filePart.hasPrefix("/"), !filePart.hasPrefix("//") {
            target = Substring(filePart)
        } else {
            return nil
        }
        if target == origin.path { return "" }
        guard target.hasPrefix(origin.directory), target.count > origin.directory.count else { return nil }
        return String(target.dropFirst(origin.directory.count))
    }

    /// An absolute `$self` split as RFC 3986 §5.2 resolves against it: `https://host`, the path
    /// `/apis/root.yaml`, and its directory `/apis/`.
    private struct SelfBase {
        let authority: String
        let path: Substring
        let directory: Substring

        init?(_ uri: String) {
            guard let schemeEnd = uri.firstRange(of: "://"), !uri[..<schemeEnd.lowerBound].isEmpty else { return nil }
            let afterAuthority = uri[schemeEnd.upperBound...].firstIndex(of: "/") ?? uri.endIndex
            authority = String(uri[..<afterAuthority])
            path = uri[afterAuthority...].isEmpty ? "/" : uri[afterAuthority...]
            directory = path[...path.lastIndex(of: "/")!]
        }
    }

    /// The `$self` a document's root declares (OpenAPI 3.2), without its fragment; nil when it
    /// is not a URI reference (the front end reports that).
    static func selfURI(of document: YAMLDocument) -> String? {
        guard let text = document.root?["$self"]?.scalar, URIText.isReference(text) else { return nil }
        return text.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init)
    }

    /// Follows a chain of Reference Objects to the first node that is not one.
    /// A chain that comes back on itself is an error reported once, at the loop's first ref in
    /// reading order, with the same message whichever member the walk started from.
    func resolve(_ node: YAMLNode, sink: inout DiagnosticSink) -> (node: YAMLNode, target: RefTarget?)? {
        guard var refNode = Self.reference(in: node) else { return (node, nil) }
        // visited[i] was reached through producers[i]; the ref held by visited[i] is producers[i + 1].
        var visited: [String] = []
        var producers: [YAMLNode] = []
        while true {
            guard let target = target(of: refNode, sink: &sink) else { return nil }
            if let loopStart = visited.firstIndex(of: target.key) {
                let members = Array(visited[loopStart...])
                let heldRefs = Array(producers[(loopStart + 1)...]) + [refNode]
                let first = heldRefs.indices.min { heldRefs[$0].location < heldRefs[$1].location } ?? 0
                let names = (members[first...] + members[..<first] + [members[first]]).map(Self.shortName)
                sink.error("ref-cycle", "reference cycle with no schema or object in between: \(names.joined(separator: " → "))",
                           at: heldRefs[first].location)
                return nil
            }
            visited.append(target.key)
            producers.append(refNode)
            guard let next = Self.reference(in: target.node) else { return (target.node, target) }
            refNode = next
        }
    }

    private static func child(of node: YAMLNode, _ token: String) -> YAMLNode? {
        node.isSequence ? Int(token).flatMap { node[$0] } : node[token]
    }

    /// A pointer that passes through a `$ref` written where OpenAPI allows none (`components:
    /// schemas: {$ref: schemas.yaml}`) continues in the referenced object, as bundlers read it.
    /// Bounded, since such a ref may point back into the pointer being walked.
    private func throughReference(_ node: YAMLNode, sink: inout DiagnosticSink) -> YAMLNode? {
        guard Self.reference(in: node) != nil else { return nil }
        guard walkDepth < Self.maxWalkDepth else {
            // Whether the bound is met depends on which refs are already found, which differs
            // between a worker and lowering in order.
            orderDependence?.raise()
            return nil
        }
        walkDepth += 1
        defer { walkDepth -= 1 }
        return resolve(node, sink: &sink)?.node
    }

    private var walkDepth = 0
    private static let maxWalkDepth = 32

    private static func shortName(_ key: String) -> String {
        guard let hash = key.firstIndex(of: "#") else { return key }
        return String(key[key.index(after: hash)...])
    }

    private func walk(_ root: YAMLNode, pointer: JSONPointer, ref: String, at location: SourceLocation, sink: inout DiagnosticSink) -> YAMLNode? {
        var current = root
        for (depth, token) in pointer.tokens.enumerated() {
            var next = Self.child(of: current, token)
            if next == nil, let through = throughReference(current, sink: &sink) {
                current = through
                next = Self.child(of: current, token)
            }
            guard let next else {
                let parent = JSONPointer(tokens: Array(pointer.tokens[..<depth]))
                var notes: [Diagnostic.Note] = []
                let candidates = current.pairs.compactMap { $0.key.scalar }
                if let suggestion = Suggestion.closest(to: token, in: candidates) {
                    notes.append(.init("did you mean '\(suggestion)'?", at: current[suggestion]?.location))
                }
                let message: String
                if parent.tokens.count == 2, parent.tokens[0] == "components" {
                    message = "'\(ref)' does not resolve: no \(Self.componentNoun(parent.tokens[1])) named '\(token)'"
                } else if parent.tokens.isEmpty {
                    message = "'\(ref)' does not resolve: the document has no top-level '\(token)'"
                } else {
                    message = "'\(ref)' does not resolve: '\(token)' not found under '#\(parent)'"
                }
                sink.error("ref-unresolved", message, at: location, notes: notes)
                return nil
            }
            current = next
        }
        return current
    }

    private static func componentNoun(_ section: String) -> String {
        switch section {
        case "schemas": "schema"
        case "responses": "response"
        case "parameters": "parameter"
        case "requestBodies": "request body"
        case "headers": "header"
        case "securitySchemes": "security scheme"
        case "examples": "example"
        case "links": "link"
        case "callbacks": "callback"
        case "pathItems": "path item"
        default: "component"
        }
    }

    /// JSON Schema's anchor grammar (`$anchor`, `$dynamicAnchor`): a letter or `_`, then letters,
    /// digits, `-`, `_` and `.`.
    static func isAnchorName(_ text: String) -> Bool {
        func isLetter(_ scalar: Unicode.Scalar) -> Bool { ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar) }
        guard let first = text.unicodeScalars.first, isLetter(first) || first == "_" else { return false }
        return text.unicodeScalars.allSatisfy { isLetter($0) || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0) }
    }

    /// `file.yaml#/a/b` → (`file.yaml`, `/a/b`); no `#` means the whole file.
    static func split(_ ref: String) -> (file: String, fragment: String) {
        guard let hash = ref.firstIndex(of: "#") else { return (ref, "") }
        return (String(ref[..<hash]), String(ref[ref.index(after: hash)...]))
    }
}

extension String {
    /// `%XX` escapes decoded, or the text as written when they do not decode.
    var removingPercentEncodingIfPossible: String {
        JSONPointer.percentDecoded(Array(utf8)).map { String(decoding: $0, as: UTF8.self) } ?? self
    }
}
