import SpeccIR

/// Which media type's schema stands for a body: the first JSON one (`application/json`, `+json`),
/// else the first with a schema (Stripe's form-encoded bodies validate as the same object).
enum BodySchema {
    static func pick(_ body: RequestBody) -> SchemaRef? { pick(body.content) }

    static func pick(_ content: [MediaType]) -> SchemaRef? {
        let json = content.first { $0.kind == .json && $0.schema != nil }
        return (json ?? content.first { $0.schema != nil })?.schema
    }
}

extension JSONSchemaEmitter {
    /// The schema that stands for a body with these media types (see `BodySchema`).
    public static func bodySchema(_ content: [MediaType]) -> SchemaRef? { BodySchema.pick(content) }
}
