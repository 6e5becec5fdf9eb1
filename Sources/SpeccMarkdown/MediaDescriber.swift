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
            return "server-sent events, data: " + (media.schema.map { isText($0) ? "text" : types.describe($0) } ?? "text")
        case .jsonLines:
            return "JSON Lines of " + types.describe(sequenceItem(media.schema))
        case .jsonSequence:
            return "JSON Sequence of " + types.describe(sequenceItem(media.schema))
        case .multipart:
            return multipart(media)
        }
    }

    /// `parts: file (file (binary)), model (string)`: each property a part, with the media type its
    /// `encoding` gives it.
    private func multipart(_ media: MediaType) -> String {
        guard let schema = media.schema.flatMap(resolve), !api.mergedProperties(of: schema).properties.isEmpty else { return "multipart" }
        let parts = api.mergedProperties(of: schema).properties.map { property -> String in
            let encoding = media.encoding?.first { $0.property == property.name }?.contentType
            let type = isBinary(property.schema) ? "file" : types.describe(property.schema)
            return "`\(property.name)` (\(type)\(encoding.map { ", \($0)" } ?? ""))"
        }
        return "multipart, parts: " + parts.joined(separator: ", ")
    }

    private func sequenceItem(_ schema: SchemaRef?) -> SchemaRef? {
        guard let schema, let resolved = resolve(schema), resolved.types == [.array], let items = resolved.array?.items else { return schema }
        return items
    }

    private func isText(_ schema: SchemaRef) -> Bool { resolve(schema)?.types == [.string] }

    private func isBinary(_ schema: SchemaRef) -> Bool {
        guard let resolved = resolve(schema) else { return false }
        return resolved.types == [.string] && (resolved.format == "binary" || resolved.string?.contentMediaType != nil)
    }

    private func resolve(_ schema: SchemaRef) -> Schema? {
        switch schema {
        case .inline(let inline): inline
        case .named(let name): api.schemas[name]
        }
    }
}
