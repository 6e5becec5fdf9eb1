import SpeccIR

/// What a body is, in a table cell, by its media type's kind: the schema's type for JSON and
/// form bodies, and for the others what a reader receives: a file, text, a stream of items, parts.
struct MediaDescriber {
    let api: API
    let types: TypeDescriber

    func describe(_ media: MediaType) -> String {
        switch media.kind {
        case .json, .form:
            return types.describe(media.schema)
        case .text:
            return "text"
        case .binary, .other:
            return "file (binary)"
        case .eventStream:
            return "server-sent events, data: " + (api.itemSchema(of: media).map(types.describe) ?? "text")
        case .jsonLines:
            return "JSON Lines of " + types.describe(api.itemSchema(of: media))
        case .jsonSequence:
            return "JSON Sequence of " + types.describe(api.itemSchema(of: media))
        case .multipart:
            return multipart(media)
        }
    }

    /// `parts: file (file (binary)), model (string)`: each property a part, with the media type its
    /// `encoding` gives it.
    private func multipart(_ media: MediaType) -> String {
        guard let schema = media.schema.flatMap(api.schema) else { return "multipart" }
        let properties = api.mergedProperties(of: schema).properties
        guard !properties.isEmpty else { return "multipart" }
        let parts = properties.map { property -> String in
            let encoding = media.encoding?.first { $0.property == property.name }?.contentType
            let type = isBinary(property.schema) ? "file" : types.describe(property.schema)
            return "`\(property.name)` (\(type)\(encoding.map { ", \($0)" } ?? ""))"
        }
        return "multipart, parts: " + parts.joined(separator: ", ")
    }

    private func isBinary(_ schema: SchemaRef) -> Bool {
        guard let resolved = api.schema(schema) else { return false }
        return resolved.types == [.string] && (resolved.format == "binary" || resolved.string?.contentMediaType != nil)
    }
}
