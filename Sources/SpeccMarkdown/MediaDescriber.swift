import SpeccIR

/// What a body is, in a table cell, by its media type's kind: the schema's type for JSON and
/// form bodies, and for the others what a reader receives: a file, text, a stream of items, parts.
struct MediaDescriber {
    let api: API
    let types: TypeDescriber

    /// What the body is; a 3.2 shared media type (`components/mediaTypes`) is named after it, so
    /// readers see which bodies are the same.
    func describe(_ media: MediaType, direction: BodyDirection) -> String {
        let body = describeBody(media, direction: direction)
        return media.componentName.map { "\(body) (media type \(MarkdownText.code($0)))" } ?? body
    }

    private func describeBody(_ media: MediaType, direction: BodyDirection) -> String {
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
            return multipart(media, direction: direction)
        }
    }

    /// `parts: `file` (file, image/png; required), `tags` (string, text/plain; repeated)`: each
    /// part with what it holds and the media type it is sent as.
    private func multipart(_ media: MediaType, direction: BodyDirection) -> String {
        guard let parts = api.multipartParts(of: media, direction: direction) else { return "multipart" }
        let described = parts.map { part -> String in
            let value = part.kind == .binary ? "file" : types.describe(part.schema)
            return "`\(part.name)` (\(value), \(part.contentType)\(part.multiplicity.summary.map { "; " + $0 } ?? ""))"
        }
        return "multipart, parts: " + described.joined(separator: ", ")
    }
}
