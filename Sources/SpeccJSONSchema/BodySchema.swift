import SpeccIR

/// Which media type's schema stands for a body: the first JSON one (`application/json`, `+json`),
/// else the first with a schema (Stripe's form-encoded bodies validate as the same object). For
/// event streams, JSON Lines and JSON Sequences it is the schema of one item, which is what a
/// validator sees on the wire.
enum BodySchema {
    static func pick(_ body: RequestBody) -> SchemaRef? { pick(body.content) }

    static func pick(_ content: [MediaType]) -> SchemaRef? {
        let json = content.first { $0.kind == .json && $0.schema != nil }
        guard let media = json ?? content.first(where: { $0.schema != nil }), let schema = media.schema else { return nil }
        // A sequence of items described as an array: each message on the wire is one item.
        if media.kind.isSequential, case .inline(let array) = schema, array.types == [.array], let items = array.array?.items {
            return items
        }
        return schema
    }
}

extension JSONSchemaEmitter {
    /// The schema that stands for a body with these media types (see `BodySchema`).
    public static func bodySchema(_ content: [MediaType]) -> SchemaRef? { BodySchema.pick(content) }
}
