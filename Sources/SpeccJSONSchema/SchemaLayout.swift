/// How a spec's JSON Schemas are laid out under `<spec>/schemas/`.
public enum SchemaLayout: String, CaseIterable, Sendable {
    /// One document per named schema and per body (`components/<Name>.json`, …): a changed schema
    /// changes one file, and each body's schema is fetched on its own.
    case files
    /// One document, `bundle.json`, holding every one of those under `$defs`, by folder then file
    /// name (`#/$defs/components/$defs/<Name>`, `#/$defs/operations/$defs/<operation>.request`):
    /// one file to publish or load for a validator.
    case bundle
    /// Both of the above.
    case both
}
