import SpeccDiagnostics
import SpeccIR
import SpeccYAML

extension LoweringContext {
    /// A `content` map: media types in source order. 3.2 lets each be a Reference Object (to
    /// `components/mediaTypes`); earlier versions read one with a portability warning.
    func lowerContent(_ node: YAMLNode, owner: String) -> [MediaType]? {
        guard let map = mapping(node, "content", in: owner) else { return nil }
        return entries(map).compactMap { contentType, key, node in
            let what = "media type '\(contentType)'"
            let value = version >= .v3_2 ? withResolved(node, what) { $0 } : object(node, what)
            guard let value else { return nil }
            var media = lowerMediaType(value, contentType: contentType, shared: RefResolver.reference(in: node) != nil)
            media.location = key.location
            if media.itemSchema != nil, !media.kind.isSequential, media.kind != .multipart || MediaTypeName(contentType)?.subtype == "form-data",
               let field = value.pair("itemSchema") {
                sink.warning("item-schema-ignored", "'itemSchema' of \(what) is ignored: it describes the items of a sequential media type (text/event-stream, application/jsonl, application/json-seq, multipart/mixed), and \(contentType) is read whole; use 'schema'", at: field.key.location)
            }
            media.componentName = Self.mediaTypeComponent(referencedBy: node)
            return media
        }
    }

    /// A Media Type Object, of a `content` entry or of `components/mediaTypes` (whose key is no
    /// media type: `contentType` is then the component's name, only for messages). A shared one
    /// is lowered once, where it is first met, so its problems are reported once.
    func lowerMediaType(_ value: YAMLNode, contentType: String, shared: Bool) -> MediaType {
        guard shared else { return uncachedMediaType(value, contentType: contentType) }
        let key = RefTarget.nodeKey(value)
        if var shared = loweredMediaTypes[key] {
            shared.contentType = contentType
            return shared
        }
        // Its problems are reported where it is first met in reading order, and worded for that use.
        if let orderDependence {
            orderDependence.raise()
            return MediaType(contentType: contentType)
        }
        let media = uncachedMediaType(value, contentType: contentType)
        loweredMediaTypes[key] = media
        return media
    }

    private func uncachedMediaType(_ value: YAMLNode, contentType: String) -> MediaType {
        var media = MediaType(contentType: contentType)
        let owner = "media type '\(contentType)'"
        checkKnownFields(value, .mediaType, owner: owner)
        media.extensions = extensions(of: value)
        media.schema = value["schema"].flatMap { lowerSchemaRef($0, "'schema' of \(owner)") }
        media.itemSchema = value["itemSchema"].flatMap { lowerSchemaRef($0, "'itemSchema' of \(owner)") }
        media.examples = lowerExamples(value, owner: owner)
        let encodings = lowerEncodings(value, owner: owner)
        media.encoding = encodings.byName
        media.prefixEncoding = encodings.prefix
        media.itemEncoding = encodings.item
        if encodings.isPositional, media.itemSchema == nil, !isArraySchema(value["schema"]) {
            let key = value.pair("prefixEncoding") ?? value.pair("itemEncoding")
            sink.error("encoding-by-position", "\(owner) has positional encodings but neither an 'itemSchema' nor an array 'schema' for them to apply to", at: key!.key.location)
        }
        return media
    }

    /// `encoding`, `prefixEncoding` and `itemEncoding` of a Media Type or (3.2, nested) Encoding
    /// Object; by name and by position exclude each other (§4.14.4).
    private func lowerEncodings(_ node: YAMLNode, owner: String) -> NestedEncoding {
        var result = NestedEncoding()
        if let encodings = mapping(node, "encoding", in: owner) {
            result.byName = entries(encodings).compactMap { property, _, node in
                object(node, "encoding '\(property)'").map { lowerEncoding($0, property: property, owner: "encoding '\(property)'") }
            }
        }
        if let items = sequence(node, "prefixEncoding", in: owner) {
            result.prefix = items.enumerated().compactMap { index, item in
                object(item, "prefixEncoding item \(index + 1)").map { lowerEncoding($0, property: "", owner: "prefixEncoding item \(index + 1) of \(owner)") }
            }
        }
        if let item = mapping(node, "itemEncoding", in: owner) {
            result.item = lowerEncoding(item, property: "", owner: "itemEncoding of \(owner)")
        }
        if let byName = node.pair("encoding") {
            var reported = Set<SourceLocation>()
            for positional in [node.pair("prefixEncoding"), node.pair("itemEncoding")].compactMap({ $0 }) {
                let later = byName.key.location > positional.key.location ? byName : positional
                guard reported.insert(later.key.location).inserted else { continue }
                sink.error("encoding-exclusive", "\(owner) has both 'encoding' and '\(positional.key.scalar ?? "")': encode by name or by position, not both", at: later.key.location)
            }
        }
        return result
    }

    private func lowerEncoding(_ node: YAMLNode, property: String, owner: String) -> Encoding {
        var encoding = Encoding(property: property)
        checkKnownFields(node, .encoding, owner: owner)
        encoding.contentType = string(node, "contentType", in: owner)
        encoding.style = string(node, "style", in: owner).flatMap(ParameterStyle.init(rawValue:))
        encoding.explode = bool(node, "explode", in: owner)
        encoding.allowReserved = bool(node, "allowReserved", in: owner)
        let headers = lowerHeaders(node, owner: owner)
        encoding.headers = headers.isEmpty ? nil : headers
        // One level of nesting is what 3.2 requires (§4.15.2); deeper is bounded by inlineDepth.
        if node["encoding"] != nil || node["prefixEncoding"] != nil || node["itemEncoding"] != nil, inlineDepth < Self.maxInlineDepth {
            inlineDepth += 1
            defer { inlineDepth -= 1 }
            encoding.nested = lowerEncodings(node, owner: owner)
        }
        return encoding
    }

    private func isArraySchema(_ node: YAMLNode?) -> Bool {
        guard let node, let schema = resolved(node) else { return false }
        if let type = schema["type"] {
            return type.scalar == "array" || type.items.contains { $0.scalar == "array" }
        }
        return schema["items"] != nil || schema["prefixItems"] != nil
    }

    /// `Name` when `node` is `$ref: '#/components/mediaTypes/Name'`.
    static func mediaTypeComponent(referencedBy node: YAMLNode) -> String? {
        guard let ref = RefResolver.reference(in: node)?.scalar else { return nil }
        let prefix = "#/components/mediaTypes/"
        guard ref.hasPrefix(prefix) else { return nil }
        return JSONPointer(fragment: String(ref.dropFirst(1)))?.tokens.last
    }
}

extension NestedEncoding {
    var isPositional: Bool { prefix != nil || item != nil }
}
