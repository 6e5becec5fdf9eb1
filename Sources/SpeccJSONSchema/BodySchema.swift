import SpeccIR

/// Which media type's schema stands for a body: the first JSON one (`application/json`, `+json`),
/// else the first with a schema (Stripe's form-encoded bodies validate as the same object). For
/// event streams, JSON Lines and JSON Sequences it is the schema of one item, which is what a
/// validator sees on the wire.
enum BodySchema {
    static func pick(_ content: [MediaType], api: API) -> SchemaRef? {
        guard let media = representative(content) else { return nil }
        return media.kind.isSequential ? api.itemSchema(of: media) ?? media.schema : media.schema
    }

    /// The media type whose schema `pick` takes.
    static func representative(_ content: [MediaType]) -> MediaType? {
        content.first { $0.kind == .json && $0.schema != nil } ?? content.first { $0.schema != nil || $0.itemSchema != nil }
    }
}

extension JSONSchemaEmitter {
    /// The schema that stands for a body with these media types (see `BodySchema`).
    public static func bodySchema(_ content: [MediaType], api: API) -> SchemaRef? { BodySchema.pick(content, api: api) }
}
